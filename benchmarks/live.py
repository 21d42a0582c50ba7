"""Answering on phones, measured as a user sees it: `workshop SESSIE --live` on a real
pseudo-terminal (benchmarks/terminal.py), read frame by frame; phones are aiohttp clients on
the loopback address, in a process of their own (see Phones). Only ever 127.0.0.1, and bounded in count
and time.

- Key to frame on the facilitator's screen, idle and while every phone answers all 19
  statements at once: the p95 ratio of the two (target ≤ 1.3), the keys of three rounds
  of rest and load pooled, with the ratio of each round as its spread. Rest is the same
  app with the same phones joined, only without traffic: the keys before the phones answer
  and after. (Rest measured before any phone joined made the ratio 1.3-1.6x: a key on the
  live panel costs about 1.5 ms more with 50 participants than with one, with no traffic.)
- Answer to projector: from the server's reply to a phone until a frame shows that
  question's count with it (p95 ≤ 250 ms); 18 statements a phone, the 19th it answered
  when it joined (a phone is a participant from its first answer on).
- Server: the time of each answer request on loopback (p99 ≤ 50 ms).
- Page weight: the answer page of one phone with its style sheet and script (≤ 30 KB), as the phones of the load got it
  (nothing revealed) and in the demo session, where every question is revealed and the page
  shows the totals of all nineteen: the heaviest page a phone gets.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import subprocess
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from pathlib import Path

import aiohttp

from benchmarks.figures import Figure, percentile
from benchmarks.terminal import Terminal
from workshop.content import default_content
from workshop.domain.model import new_session
from workshop.files.demo import write_demo
from workshop.files.store import save_session

COLUMNS, ROWS = 120, 40
COUNTS = re.compile(r"(\d+):(\d+)")  # '3:17' in the panel: question 3, 17 answers
# Seconds in which every phone answers all 19 statements. A room on paper takes minutes; 60 s
# is already three times as fast as a quick room (about 16 answers a second from 50 phones),
# the target's case. 8 s (about 120 a second) is a stress test, reported without a target.
ROOM, STRESS = 60.0, 8.0
JOINED = "aangemeld"  # the phones' process: every phone has joined
AT_JOIN = default_content().vragen[-1].id  # the statement a phone answers when it joins
GAPS = (0.05, 0.5)  # seconds between the facilitator's keys, at random: idle and under load alike


def demo_file(folder: Path) -> Path:
    """The demo session (every question revealed) in `folder`."""
    path = folder / "demo.toml"
    write_demo(default_content(), path, folder)
    return path


def revealed_page(scratch: Path) -> int:
    """The bytes of the answer page in the demo session, as one phone that joins gets it."""
    projector = Projector(demo_file(scratch))
    try:
        url = projector.url()

        async def fetch() -> int:
            async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:
                return (await loaded(http, url))[1]

        return asyncio.run(fetch())
    finally:
        projector.close()


async def loaded(http: aiohttp.ClientSession, url: str) -> tuple[str, int]:
    """The answer page as a browser loads it, with its style sheet and script: the page, and
    the bytes of all three (the page's weight)."""
    async with http.get(url) as response:
        assert response.status == 200, response.status
        page = await response.read()
    root = re.match(r"http://[^/]+", url).group(0)
    weight = len(page)
    for part in ("/stijl.css", "/antwoord.js"):
        async with http.get(root + part) as response:
            weight += len(await response.read())
    return page.decode(), weight


def session_file(folder: Path) -> Path:
    content = default_content()
    now = time.time()
    import datetime as dt

    moment = dt.datetime.fromtimestamp(now, dt.timezone.utc)
    sessie = new_session(
        gemeente="Bank", titel="Live", datum=moment.date(), opzet="raad", begeleider="",
        inhoud_versie=content.versie, now=moment,
    )  # fmt: skip
    sessie.add_deelnemer("Begeleider", "anders")
    path = folder / "live.toml"
    save_session(sessie, path, content)
    return path


class Projector:
    """The app on a pty, read by a thread of its own: every complete frame kept the moment it
    arrives, with its text and the panel's counts; the keys are pressed from the caller's thread."""

    def __init__(self, path: Path) -> None:
        argv = [sys.executable, "-m", "workshop", str(path), "--live", "--bind", "127.0.0.1"]
        env = {"PATH": "/usr/bin:/bin", "HOME": str(path.parent), "PYTHONPATH": str(Path(__file__).parent.parent)}
        self.terminal = Terminal(argv, COLUMNS, ROWS, env, path.parent)
        self.frames: list[tuple[float, str, dict[int, int]]] = []
        self.stopped = threading.Event()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        def keep(lines: list[str]) -> bool:
            screen = "\n".join(lines)
            part = screen.split("(alleen aantallen):", 1)[-1]
            counts = {int(q): int(n) for q, n in COUNTS.findall(part)}
            self.frames.append((self.terminal.frame_time, screen, counts))
            return self.stopped.is_set()

        while not self.stopped.is_set():
            try:
                self.terminal.wait_for(keep, timeout=1.0)
            except Exception:  # a second without a frame, or the end
                continue

    def wait_for(self, words: str, since: int = 0, timeout: float = 30.0) -> tuple[float, str]:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            for moment, screen, _ in self.frames[since:]:
                if words in screen:
                    return moment, screen
            time.sleep(0.002)
        raise TimeoutError(f"{words!r} not shown")

    def url(self) -> str:
        _, screen = self.wait_for("http://127.0.0.1:")
        return re.search(r"http://127\.0\.0\.1:\d+/[A-Za-z0-9_-]+/", screen).group(0)

    def key_to_frame(self, key: bytes, words: str) -> float:
        """Press a key; the seconds until a frame shows `words`."""
        time.sleep(random.uniform(*GAPS))  # at any moment of the repaint and save cycle
        since = len(self.frames)
        pressed = self.terminal.press(key)
        shown, _ = self.wait_for(words, since, timeout=10)
        return shown - pressed

    def close(self) -> None:
        self.stopped.set()
        self.terminal.close()
        self.reader.join(timeout=2)


async def phones(
    url: str, count: int, spread: float, go: Callable[[], Awaitable[object]], acked: list, durations: list, sizes: list
) -> None:
    """`count` phones join (open the page and answer the last statement); once `go` returns,
    each answers all 19 statements within `spread` seconds, at random moments, as the page's
    script does (one POST, two lines back; a phone without script loads the page again after
    each answer); each answer's reply with its time and question (not the last statement's:
    answered the same at joining, its count on the projector does not move)."""
    origin = re.match(r"http://[^/]+", url).group(0)
    content = default_content()

    async def post(http: aiohttp.ClientSession, csrf: str, vraag_id: str) -> tuple[float, float]:
        """One answer as antwoord.js sends it; when it was sent and when its reply was read."""
        data = {"vraag": vraag_id, "waarde": "3", "csrf": csrf}
        started = time.perf_counter()
        async with http.post(
            f"{url}antwoord", data=data, headers={"Origin": origin, "Accept": "application/json"}
        ) as reply:
            assert reply.status == 200, reply.status
            await reply.read()  # two lines for antwoord.js to show
        return started, time.perf_counter()

    async def join(http: aiohttp.ClientSession) -> str:
        """The page, and the first answer: a phone is a participant from then on (domain/live.py),
        so that the keys in rest, before the load, are with every phone in the grid."""
        page, weight = await loaded(http, url)
        sizes.append(weight)
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        await post(http, csrf, AT_JOIN)
        return csrf

    async def answer(http: aiohttp.ClientSession, csrf: str) -> None:
        for vraag in content.vragen:
            await asyncio.sleep(random.uniform(0, 2 * spread / len(content.vragen)))
            started, done = await post(http, csrf, vraag.id)
            durations.append(done - started)
            if vraag.id != AT_JOIN:  # answered the same at joining: no count moves on the projector
                acked.append((done, vraag.id))

    jar = lambda: aiohttp.CookieJar(unsafe=True)  # noqa: E731 - cookies for an IP address
    sessions = [aiohttp.ClientSession(cookie_jar=jar()) for _ in range(count)]
    try:
        tokens = await asyncio.gather(*(join(http) for http in sessions))
        await go()
        await asyncio.gather(*(answer(http, csrf) for http, csrf in zip(sessions, tokens)))
    finally:
        await asyncio.gather(*(http.close() for http in sessions))


def to_projector(acked: list[tuple[float, str]], frames: list[tuple[float, str, dict[int, int]]]) -> list[float]:
    """Per answer: from its reply to the first frame showing its question's count with it (the
    k-th reply to a question needs a count of at least k)."""
    numbers = {vraag.id: vraag.nummer for vraag in default_content().vragen}
    seen: dict[str, int] = {}
    delays = []
    for moment, vraag_id in sorted(acked):
        seen[vraag_id] = seen.get(vraag_id, 0) + 1
        nummer, wanted = numbers[vraag_id], seen[vraag_id]
        shown = next((t for t, _, counts in frames if t >= moment and counts.get(nummer, 0) >= wanted), None)
        if shown is not None:
            delays.append(shown - moment)
    return delays


class Phones:
    """The phones in a process of their own at a lower priority: real phones do not share the
    laptop's CPU or this process's interpreter lock, so the load on the facilitator's screen is
    the server's work, not the simulated browsers'. perf_counter is the system's monotonic
    clock, so its moments compare across the two processes.

    Made, the phones have joined; `answer` lets them answer, `result` waits for the last."""

    def __init__(self, url: str, count: int, spread: float) -> None:
        command = [sys.executable, "-m", "benchmarks.live", url, str(count), str(spread)]
        self.spread = spread
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=lambda: os.nice(10),
        )  # fmt: skip
        if self.process.stdout.readline().strip() != JOINED:
            self.process.kill()
            raise RuntimeError(stopped(self.process.stderr.read(), self.process.wait()))

    def answer(self) -> None:
        """The phones answer; what they report is read as it comes (a full pipe would stop them)."""
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        self.reader = threading.Thread(target=self._collect, daemon=True)
        self.reader.start()

    @property
    def answering(self) -> bool:
        return self.reader.is_alive()

    def _collect(self) -> None:
        self.out, self.err = self.process.communicate(timeout=self.spread + 120)

    def result(self) -> tuple[list[tuple[float, str]], list[float], list[int]]:
        self.reader.join()
        if self.process.returncode:
            raise RuntimeError(stopped(self.err, self.process.returncode))
        result = json.loads(self.out)
        return [tuple(pair) for pair in result["acked"]], result["durations"], result["sizes"]


def stopped(errors: str, code: int) -> str:
    """Why the phones' process stopped: its last line of errors, else its exit code."""
    lines = errors.strip().splitlines()
    return lines[-1] if lines else f"de telefoons stopten ({code})"


WORDS = ("Groepskeuze op de telefoon: aan", "Groepskeuze op de telefoon: uit")


def round_of(projector: Projector, url: str, count: int, spread: float, presses: int, rest: bool = True):
    """One round: `count` phones join; keys in rest (half before the phones answer, half after,
    so that rest has the same phones and answers around the load, not an emptier session);
    keys while they answer all 19 statements in `spread` seconds. The keys in rest and under
    load, and the phones' answers (moment, question), request times and page sizes."""

    def keys(pairs: int) -> list[float]:
        return [projector.key_to_frame(b"G", word) for word in WORDS * pairs]

    calm_pairs = presses // 4 if rest else 0
    phones = Phones(url, count, spread)
    calm = keys(calm_pairs)
    phones.answer()
    busy: list[float] = []
    while phones.answering and len(busy) < presses:
        busy += keys(1)
    answered = phones.result()
    time.sleep(1.0)  # the last answers reach the screen
    calm += keys(calm_pairs)
    return calm, busy, *answered


def measure(count: int, presses: int, scratch: Path, spread: float = ROOM, rounds: int = 3) -> list[Figure]:
    """The key's p95 in rest and while the phones answer at a room's pace (target) and as a
    stress test (no target); the other figures from the room's pace. The p95 of 200 keys
    moves from run to run (one slow key more or less decides it): `rounds` times rest and
    load, each round with its own phones, the keys of all rounds pooled; the spread is the
    ratio per round."""
    projector = Projector(session_file(scratch))
    idle: list[float] = []
    busy: list[float] = []
    ratios: list[float] = []
    acked: list[tuple[float, str]] = []
    durations: list[float] = []
    sizes: list[int] = []
    try:
        url = projector.url()
        for _ in range(rounds):
            # G turns the phones' group choice on and off: a key with a visible effect that
            # does not change how the phones answer (t, the pace, would)
            rest, load, answered, took, pages = round_of(projector, url, count, spread, presses)
            idle += rest
            busy += load
            ratios.append(percentile(load, 0.95) / percentile(rest, 0.95))
            acked += answered
            durations += took
            sizes += pages
        delays = to_projector(acked, projector.frames)
        _, stress, *_ = round_of(projector, url, count, min(STRESS, spread), presses, rest=False)
    finally:
        projector.close()
    heaviest = revealed_page(scratch)  # an app of its own, on the demo: after this one has stopped
    p95 = {name: percentile(keys, 0.95) for name, keys in (("idle", idle), ("busy", busy), ("stress", stress))}
    room = f"{count} telefoons in {spread:.0f} s"
    rounds_named = "1 ronde" if rounds == 1 else f"{rounds} rondes samen"
    ratio = Figure.of(f"toets: {room} / rust, p95, {rounds_named}", [p95["busy"] / p95["idle"]], "x", limit=1.3)
    per_round = ", ".join(f"{r:.2f}".replace(".", ",") for r in ratios)
    return [
        Figure.of(f"toets tot beeld, live, rust, p95 ({len(idle)}x)", [p95["idle"]], "ms", scale=1000),
        Figure.of(f"toets tot beeld, {room}, p95 ({len(busy)}x)", [p95["busy"]], "ms", 1000),
        replace(ratio, spread=f"per ronde {per_round}"),
        Figure.of(f"toets: stresstest in {min(STRESS, spread):.0f} s / rust, p95", [p95["stress"] / p95["idle"]], "x"),
        Figure.of(
            f"antwoord tot projector, p95 ({len(delays)} van {len(acked)})",
            [percentile(delays, 0.95)] if delays else [float("inf")],
            "ms",
            scale=1000,
            limit=250,
        ),
        Figure.of(f"server, antwoord, p99 ({len(durations)}x)", [percentile(durations, 0.99)], "ms", 1000, limit=50),
        Figure.of("antwoordpagina, niets onthuld", [max(sizes) / 1024], "KB", limit=30),
        Figure.of("antwoordpagina, alles onthuld (de demo)", [heaviest / 1024], "KB", limit=30),
    ]


if __name__ == "__main__":  # the phones' process: python -m benchmarks.live URL COUNT SPREAD
    url, count, spread = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    if not url.startswith("http://127.0.0.1:") or not 0 < count <= 200 or not 0 < spread <= 600:
        sys.exit("alleen 127.0.0.1, hoogstens 200 telefoons en 600 s")
    acked: list[tuple[float, str]] = []
    durations: list[float] = []
    sizes: list[int] = []

    async def go() -> None:  # joined: say so, and answer when the benchmark says
        print(JOINED, flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)

    asyncio.run(phones(url, count, spread, go, acked, durations, sizes))
    print(json.dumps({"acked": acked, "durations": durations, "sizes": sizes}))
