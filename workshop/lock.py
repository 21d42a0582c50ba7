"""One writer per session: a lock file beside the session, holding the process id and host.

A second instance that finds a live lock opens the session read-only or takes it over on
request; a lock left by a process that no longer runs on this host is stale and taken over.
The writer checks before every save that the lock is still its own, so that a take-over is
never silently overwritten by the instance that lost it.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
from pathlib import Path
from typing import NamedTuple

from workshop.store import FILE_MODE, ensure_folder


class Houder(NamedTuple):
    """Who holds a lock."""

    pid: int
    host: str
    sinds: str

    def describe(self) -> str:
        return f"proces {self.pid} op {self.host}, sinds {self.sinds}"


def lock_path(session_path: Path) -> Path:
    return session_path.with_name(f".{session_path.name}.lock")


def me() -> Houder:
    return Houder(os.getpid(), socket.gethostname(), dt.datetime.now().astimezone().strftime("%d-%m-%Y %H:%M"))


def read_holder(path: Path) -> Houder | None:
    """The holder written in a lock file; None when there is none or it cannot be read."""
    try:
        pid, host, since = path.read_text(encoding="utf-8").split("\n")[:3]
        return Houder(int(pid), host, since)
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def is_running(holder: Houder) -> bool:
    """Whether the holder's process runs. On another host this cannot be known: assume it does."""
    if holder.host != socket.gethostname():
        return True
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True


class SessionLock:
    def __init__(self, session_path: Path) -> None:
        self.path = lock_path(session_path)
        self.mine = me()
        self.written = False

    def acquire(self, *, take_over: bool = False) -> Houder | None:
        """Take the lock; returns None when it is ours, else the live holder that keeps it.
        A stale or unreadable lock is taken over; a live one only with `take_over`. Where no
        lock can be written (a read-only folder), `written` is False and saving will say why."""
        holder = read_holder(self.path) if self.path.exists() else None
        if holder is not None and self._is_me(holder):
            self.written = True  # ours already (the same session opened again): it is on disk
            return None
        if holder is not None and is_running(holder) and not take_over:
            return holder
        self.written = self._write()
        return None

    def still_ours(self) -> bool:
        holder = read_holder(self.path)
        return holder is not None and self._is_me(holder)

    def release(self) -> None:
        if self.still_ours():
            try:
                self.path.unlink()
            except OSError:
                pass

    def _is_me(self, holder: Houder) -> bool:
        return (holder.pid, holder.host) == (self.mine.pid, self.mine.host)

    def _write(self) -> bool:
        """Write the lock atomically; True when it is on disk."""
        temporary = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
        try:
            ensure_folder(self.path.parent)
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(f"{self.mine.pid}\n{self.mine.host}\n{self.mine.sinds}\n")
            os.replace(temporary, self.path)
        except OSError:
            try:
                temporary.unlink()
            except OSError:
                pass
            return False
        return True
