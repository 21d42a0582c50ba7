"""Disk work: autosave of one change, listing a thousand sessions, the picker, a comparison."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.figures import Figure
from benchmarks.startup import ROOT, first_paint
from workshop.content import default_content
from workshop.domain.model import Sessie, new_session
from workshop.files.store import save_session

CONTENT = default_content()
ROLES = [rol.id for rol in CONTENT.rollen]


def generated(number: int, participants: int, rng: random.Random, gemeente: str | None = None) -> Sessie:
    now = dt.datetime(2020, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=number)
    sessie = new_session(
        gemeente=gemeente or f"Gemeente {number % 40}", titel=f"Ronde {number}", datum=now.date(), opzet="raad",
        begeleider="Begeleider", inhoud_versie=CONTENT.versie, now=now,
    )  # fmt: skip
    for index in range(participants):
        deelnemer = sessie.add_deelnemer(f"Deelnemer {index + 1}", rng.choice(ROLES))
        deelnemer.antwoorden = {vraag.id: rng.randint(1, 5) for vraag in CONTENT.vragen}
    sessie.normen = {vraag.id: rng.randint(2, 5) for vraag in CONTENT.vragen}
    return sessie


def autosave(participants: int, repeats: int, scratch: Path) -> Figure:
    rng = random.Random(1)
    sessie = generated(0, participants, rng)
    path = scratch / "autosave.toml"
    save_session(sessie, path, CONTENT)
    times = []
    for number in range(repeats):
        deelnemer = sessie.deelnemers[number % participants]
        deelnemer.antwoorden[CONTENT.vragen[number % len(CONTENT.vragen)].id] = number % 5 + 1  # one change
        started = time.perf_counter()
        save_session(sessie, path, CONTENT)
        times.append(time.perf_counter() - started)
    return Figure.of(f"autosave van één wijziging, {participants} deelnemers", times, "ms", scale=1000, limit=5)


def folder_of(count: int, scratch: Path) -> Path:
    folder = scratch / f"map-{count}"
    rng = random.Random(2)
    for number in range(count):
        save_session(generated(number, 6, rng), folder / f"sessie-{number:04d}.toml", CONTENT)
    return folder


def timed_command(arguments: list[str], environment: dict | None = None) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", *arguments], capture_output=True, text=True, cwd=ROOT, env=environment, timeout=120
    )
    if done.returncode != 0:
        raise RuntimeError(f"{arguments} failed: {done.stderr[-1000:]}")
    return time.perf_counter() - started


def listing(count: int, repeats: int, scratch: Path) -> list[Figure]:
    folder = folder_of(count, scratch)
    cold = timed_command(["workshop", "list", "--sessions", str(folder)])  # no summary cache yet
    warm = [timed_command(["workshop", "list", "--sessions", str(folder)]) for _ in range(repeats)]
    picker = [first_paint("picker", folder)["seconds"] for _ in range(repeats)]
    return [
        Figure(f"workshop list, {count} sessies, eerste keer", cold, "s", "n=1", "", None),
        Figure.of(f"workshop list, {count} sessies", warm, "s", limit=0.5),
        Figure.of(f"keuzelijst toont {count} sessies", picker, "s", limit=1),
    ]


def comparison(count: int, repeats: int, scratch: Path) -> Figure:
    folder = scratch / "vergelijk"
    rng = random.Random(3)
    paths = []
    for number in range(count):
        path = folder / f"ronde-{number:02d}.toml"
        save_session(generated(number, 6, rng, gemeente="Lindendal"), path, CONTENT)
        paths.append(str(path))
    times = [timed_command(["workshop", "compare", *paths, "--format", "md"]) for _ in range(repeats)]
    return Figure.of(f"workshop compare, {count} sessies", times, "s", limit=0.3)
