"""What a person sees, measured on a pseudo-terminal of our own (benchmarks/terminal.py): from
exec, or from writing a key, to the end of the first complete frame that shows the result.
Side by side with the floor app (benchmarks/floor_app.py), alternating, in one run.

- start to the finished first frame at 200x60 and 80x24 (the first frame that already looks
  as the screen stays; Terminal.settled): `workshop --demo` against the floor app;
- key to frame at 200x60 and 80x24 in a session of 50 participants, autosave on, against
  the floor app that updates one Static per key;
- the picker at 100, 1,000 and 10,000 sessions: its first frame and all rows, on a first run
  (no index in the folder) and warm; `workshop list` the same;
- `workshop compare` in its default table output;
- the longest wait for a key in the seconds after a session opens in a folder of 1,000
  sessions of its municipality (the scan for an earlier plan runs then).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.figures import Figure, percentile
from benchmarks.terminal import Terminal, text_shown
from workshop.content import default_content
from workshop.domain.forms import format_count
from workshop.domain.model import OPZIJ, Positie, Sessie, new_session
from workshop.files.index import INDEX_NAME
from workshop.files.store import encode, save_session

ROOT = Path(__file__).resolve().parent.parent
CONTENT = default_content()
ROLES = [rol.id for rol in CONTENT.rollen]
SIZES = {"200x60": (200, 60), "80x24": (80, 24)}
GAPS = (0.05, 0.15)  # seconds between keys: a quick typist, the autosave done in between


def environment(home: Path) -> dict[str, str]:
    """As a user starts it: the project's Python, a home of its own (settings and the content
    cache there, filled by the warm-up run as by a first start)."""
    keep = {key: value for key, value in os.environ.items() if key in ("PATH", "LANG", "LC_ALL")}
    return keep | {"HOME": str(home), "PYTHONPATH": str(ROOT), "XDG_CACHE_HOME": str(home / "cache")}


def program(which: str, *arguments: str) -> list[str]:
    return [sys.executable, "-m", "benchmarks.floor_app" if which == "floor" else "workshop", *arguments]


def to_frame(
    argv: list[str],
    words: tuple[str, ...],
    size: tuple[int, int],
    home: Path,
    *,
    finished: bool = False,
    env: dict[str, str] | None = None,
) -> tuple[float, Terminal]:
    """Start `argv` on a pty; the seconds from exec to the frame that shows `words`, or with
    `finished` to the first frame that shows the screen as it stays (a frame can show the
    words while the screen is still being built: the rest of it comes a frame later). The
    environment is `environment(home)` unless `env` is given."""
    terminal = Terminal(argv, *size, environment(home) if env is None else env, home)
    try:
        shown = terminal.wait_for(text_shown(*words), timeout=60)
        if finished:
            shown = terminal.settled()
    except Exception:
        terminal.close()
        raise
    return shown - terminal.started, terminal


Run = tuple[list[str], tuple[str, ...], "dict[str, str] | None"]  # argv, the words of its screen, env


def starts(
    pairs: int, size: tuple[int, int], home: Path, round_of: Callable[[int], dict[str, Run]]
) -> dict[str, list[float]]:
    """Per round the programs `round_of(number)` names, in its order, each from start to its
    finished frame: the seconds by name. The first round fills the caches (a first start)
    and is not counted."""
    times: dict[str, list[float]] = {}
    for number in range(pairs + 1):
        for name, (argv, words, env) in round_of(number).items():
            seconds, terminal = to_frame(argv, words, size, home, finished=True, env=env)
            terminal.close()
            if number:
                times.setdefault(name, []).append(seconds)
    return times


def ratios(times: dict[str, list[float]], name: str, bare: str) -> list[float]:
    return [ours / floor for floor, ours in zip(times[bare], times[name])]


def startup(pairs: int, scratch: Path) -> list[Figure]:
    figures = []
    for label, size in SIZES.items():
        home = scratch / f"start-{label}"
        home.mkdir(parents=True)
        times = starts(
            pairs,
            size,
            home,
            lambda number, home=home: {  # a fresh folder each time: the demo opens without a question
                "kaal": (program("floor"), ("Hallo",), None),
                "workshop": (program("workshop", "--demo", "--sessions", str(home / f"s{number}")), ("van 19",), None),
            },
        )
        figures += [
            Figure.of(f"start tot afgemaakt beeld, kale app, {label}", times["kaal"], "s"),
            Figure.of(f"start tot afgemaakt beeld, workshop --demo, {label}", times["workshop"], "s"),
            Figure.of(
                f"start: workshop / kaal, {label}",
                ratios(times, "workshop", "kaal"),
                "x",
                limit=1.25 if label == "200x60" else None,
            ),
        ]
    return figures


def room(count: int, folder: Path) -> Path:
    """A session of `count` participants, answered across the room (→), cursor on the first."""
    now = dt.datetime(2026, 11, 28, 20, 0, tzinfo=dt.timezone.utc)
    sessie = new_session(
        gemeente="Bank", titel=f"{count} deelnemers", datum=now.date(), opzet="raad", begeleider="",
        inhoud_versie=CONTENT.versie, now=now,
    )  # fmt: skip
    for number in range(count):
        sessie.add_deelnemer(f"Deelnemer {number + 1}", "raadslid-coalitie")
    sessie.normen = {vraag.id: 4 for vraag in CONTENT.vragen}
    sessie.reveal(vraag.id for vraag in CONTENT.vragen)  # revealed: the side panel shows the tallies
    sessie.positie = Positie(CONTENT.vragen[0].id, sessie.deelnemers[0].id, OPZIJ)
    path = folder / f"bank-{count}.toml"
    save_session(sessie, path, CONTENT)
    return path


def keys(apps: list[tuple[Terminal, Callable[[int], str]]], presses: int) -> list[list[float]]:
    """Press answer keys in each app in turn (with two apps, a key to the floor app and then one
    to ours, so that a machine that slows down or speeds up during the run weighs on both
    alike). Per app and key, the seconds until a frame shows `expected(k)`."""
    rng, times = random.Random(4), [[] for _ in apps]
    for k in range(presses):
        for (terminal, expected), measured in zip(apps, times):
            time.sleep(rng.uniform(*GAPS))
            pressed = terminal.press(str(k % 5 + 1).encode())
            measured.append(terminal.wait_for(text_shown(expected(k)), timeout=10) - pressed)
    return times


def keypress(participants: int, presses: int, scratch: Path) -> list[Figure]:
    figures = []
    for label, size in SIZES.items():
        home = scratch / f"toets-{label}"
        home.mkdir(parents=True)
        path = room(participants, home / "s")
        argv = program("workshop", str(path), "--sessions", str(path.parent))
        _, floor_terminal = to_frame(program("floor"), ("Hallo",), size, home)
        try:
            _, terminal = to_frame(argv, (f"Deelnemer 1 van {participants}",), size, home)
            try:  # after each answer the cursor moves to the next participant (→)
                floor, ours = keys(
                    [
                        (floor_terminal, lambda k: f"toets {k + 1}"),
                        (terminal, lambda k: f"Deelnemer {(k + 1) % participants + 1} van {participants}"),
                    ],
                    presses,
                )
            finally:
                terminal.close()
        finally:
            floor_terminal.close()
        p50, p95 = (percentile(floor, 0.5), percentile(ours, 0.5)), (percentile(floor, 0.95), percentile(ours, 0.95))
        figures += [
            Figure.of(f"toets tot beeld, kale app, {label}, p50 ({len(floor)}x)", [p50[0]], "ms", 1000),
            Figure.of(f"toets tot beeld, kale app, {label}, p95", [p95[0]], "ms", 1000),
            Figure.of(f"toets tot beeld, {participants} deelnemers, {label}, p50 ({len(ours)}x)", [p50[1]], "ms", 1000),
            Figure.of(f"toets tot beeld, {participants} deelnemers, {label}, p95", [p95[1]], "ms", 1000),
            Figure.of(f"toets p50: workshop / kaal, {label}", [p50[1] / p50[0]], "x", limit=2),
            Figure.of(f"toets p95: workshop / kaal, {label}", [p95[1] / p95[0]], "x", limit=3),
        ]
    return figures


def generated(number: int, rng: random.Random, gemeente: str | None = None) -> Sessie:
    now = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=number)
    sessie = new_session(
        gemeente=gemeente or f"Gemeente {number % 40}", titel=f"Ronde {number}", datum=now.date(), opzet="raad",
        begeleider="Begeleider", inhoud_versie=CONTENT.versie, now=now,
    )  # fmt: skip
    for index in range(6):
        deelnemer = sessie.add_deelnemer(f"Deelnemer {index + 1}", rng.choice(ROLES))
        deelnemer.antwoorden = {vraag.id: rng.randint(1, 5) for vraag in CONTENT.vragen}
    sessie.normen = {vraag.id: rng.randint(2, 5) for vraag in CONTENT.vragen}
    return sessie


def folder_of(count: int, folder: Path, gemeente: str | None = None) -> Path:
    """`count` session files, written plainly (a fixture: no fsync per file), then flushed to
    the disk: a user's folder was written long before, so the kernel's writeback of thousands
    of new files must not run while the app is timed. (Its effect on the longest key after
    opening was within the noise: six alternating pairs, median 29.5 ms without, 24.1 with.)"""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(2)
    for number in range(count):
        (folder / f"sessie-{number:05d}.toml").write_bytes(encode(generated(number, rng, gemeente), CONTENT))
    os.sync()
    return folder


def command(arguments: list[str], home: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        program("workshop", *arguments), capture_output=True, text=True, env=environment(home), timeout=300
    )
    if done.returncode != 0:
        raise RuntimeError(f"{arguments} failed: {done.stderr[-1000:]}")
    return time.perf_counter() - started


def picker_and_list(counts: tuple[int, ...], repeats: int, scratch: Path) -> list[Figure]:
    figures = []
    for count in counts:
        home = scratch / f"lijst-{count}"
        folder = folder_of(count, home / "s")
        for run in ("eerste keer", "warm"):
            firsts, alls = [], []
            for _ in range(1 if run == "eerste keer" else repeats):
                (folder / INDEX_NAME).unlink(missing_ok=True) if run == "eerste keer" else None
                first, terminal = to_frame(
                    program("workshop", "--sessions", str(folder)), ("sessies",), (200, 60), home
                )
                try:
                    all_rows = text_shown(f"· {format_count(count)} sessies")
                    every = terminal.wait_for(all_rows, timeout=120) - terminal.started
                finally:
                    terminal.close()
                firsts.append(first)
                alls.append(every)
            figures += [
                Figure.of(
                    f"keuzelijst, {count} sessies, {run}: eerste beeld",
                    firsts,
                    "s",
                    limit=0.5 if count == max(counts) else None,
                ),
                Figure.of(
                    f"keuzelijst, {count} sessies, {run}: alle rijen",
                    alls,
                    "s",
                    limit=1.5 if count == max(counts) and run == "warm" else None,
                ),
            ]
        (folder / INDEX_NAME).unlink(missing_ok=True)
        cold = [command(["list", "--sessions", str(folder)], home)]
        warm = [command(["list", "--sessions", str(folder)], home) for _ in range(repeats)]
        figures += [
            Figure.of(f"workshop list, {count} sessies, eerste keer", cold, "s"),
            Figure.of(f"workshop list, {count} sessies, warm", warm, "s", limit=0.5 if count <= 1000 else None),
        ]
    return figures


def comparison(count: int, repeats: int, scratch: Path) -> Figure:
    home = scratch / "vergelijk"
    folder = folder_of(count, home / "s", gemeente="Lindendal")
    paths = [str(path) for path in sorted(folder.glob("*.toml"))]
    times = [command(["compare", *paths], home) for _ in range(repeats)]
    return Figure.of(f"workshop compare, {count} sessies, tabel", times, "s", limit=0.3)


def after_opening(count: int, presses: int, scratch: Path) -> Figure:
    """Keys pressed from the first frame of a session in a folder of `count` sessions of its
    municipality: the longest key to frame is the longest the event loop was held."""
    home = scratch / f"openen-{count}"
    folder = folder_of(count, home / "s", gemeente="Bank")
    path = room(6, folder)
    _, terminal = to_frame(
        program("workshop", str(path), "--sessions", str(folder)), ("Deelnemer 1 van 6",), (200, 60), home
    )
    try:
        [times] = keys([(terminal, lambda k: f"Deelnemer {(k + 1) % 6 + 1} van 6")], presses)
    finally:
        terminal.close()
    return Figure.of(
        f"langste toets na openen, {count} sessies in de map ({len(times)}x)", [max(times)], "ms", 1000, limit=50
    )
