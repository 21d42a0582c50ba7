"""The one address the answer page listens on: by default the laptop's own private address
on the meeting's network (its hotspot, say), never every interface at once."""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"
PRIVATE = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))  # RFC 1918
# Connecting a UDP socket sends nothing: the kernel only picks the route and so the local
# address. First the default route (a documentation address, RFC 5737), then each private range.
PROBES = ("192.0.2.1", "10.254.254.254", "172.16.254.254", "192.168.254.254")


def is_private(address: str) -> bool:
    """An RFC 1918 IPv4 address (10/8, 172.16/12, 192.168/16)."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return ip.version == 4 and any(ip in network for network in PRIVATE)


def _routed(target: str) -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect((target, 9))
            return probe.getsockname()[0]
    except OSError:
        return None


def _of_hostname() -> list[str]:
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET, socket.SOCK_DGRAM)
    except OSError:
        return []
    return [info[4][0] for info in infos]


def candidates() -> list[str]:
    """The machine's IPv4 addresses as routing and its host name give them, first found first."""
    found = [_routed(target) for target in PROBES] + _of_hostname()
    return list(dict.fromkeys(a for a in found if a))


def default_address() -> str:
    """The first private (RFC 1918) address of this machine, else loopback."""
    return next((a for a in candidates() if is_private(a)), LOOPBACK)


def check_bind(address: str) -> str:
    """The address to listen on, as written; a ValueError in Dutch for an address that is no
    IP address or that means every interface."""
    text = address.strip()
    try:
        ip = ipaddress.ip_address(text)
    except ValueError:
        raise ValueError(
            f"'{text[:60]}' is geen IP-adres; geef één adres van deze computer, zoals 192.168.1.10 of 127.0.0.1"
        ) from None
    if ip.is_unspecified:
        raise ValueError(
            f"{text} luistert op alle netwerken tegelijk en wordt geweigerd; "
            "geef één adres van deze computer, zoals 192.168.1.10 of 127.0.0.1"
        )
    if ip.is_multicast:
        raise ValueError(f"{text} is een multicastadres; geef één adres van deze computer")
    return str(ip)


def live_options(live: bool, path: object, bind: str | None, port: int) -> tuple[str | None, int] | None:
    """`workshop SESSIE --live [--bind ADRES] [--port POORT]`: the address to serve on (None:
    the laptop's own, found when joining opens) and the port (0: a free one); None without
    --live. A ValueError says in Dutch what is wrong."""
    if not live:
        if bind is not None or port:
            raise ValueError("--bind en --port horen bij --live")
        return None
    if path is None:
        raise ValueError("--live opent een sessie: geef SESSIE, bijvoorbeeld 'workshop sessie.toml --live'")
    if not 0 <= port <= 65535:
        raise ValueError(f"--port {port}: kies een poort van 1 tot 65535 (of 0 voor een vrije)")
    try:
        return (None if bind is None else check_bind(bind)), port
    except ValueError as problem:
        raise ValueError(f"--bind: {problem}") from None
