"""Start-up to first paint and peak memory, against the bare app: fresh processes, A B A B."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.figures import Figure

ROOT = Path(__file__).resolve().parent.parent
HEADLESS = "textual.drivers.headless_driver:HeadlessDriver"


def first_paint(which: str, sessions: Path) -> dict:
    # Python caches compiled modules on the first import, as pip did for Textual when it
    # installed it; a machine that forbids that (PYTHONDONTWRITEBYTECODE) would make us pay
    # for compiling our own code on every start and Textual not: both get their cache.
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    environment["TEXTUAL_DRIVER"] = HEADLESS
    environment["WORKSHOP_CACHE"] = str(sessions.parent / "cache")  # filled by the warm-up run, as by a first start
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.child", which, repr(started), str(sessions)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=environment,
        timeout=60,
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"{which} reported nothing: {done.stderr[-1000:]}")
    return json.loads(lines[-1])


def measure(pairs: int, scratch: Path) -> list[Figure]:
    bare, ours, ratios, rss_ratios = [], [], [], []
    first_paint("bare", scratch / "warm-kaal")  # not counted: fills the caches (disk, bytecode)
    first_paint("workshop", scratch / "warm-sessies")
    for number in range(pairs):
        a = first_paint("bare", scratch / f"kaal-{number}")
        b = first_paint("workshop", scratch / f"sessies-{number}")  # a fresh folder: no question
        bare.append(a["seconds"])
        ours.append(b["seconds"])
        ratios.append(b["seconds"] / a["seconds"])
        rss_ratios.append(b["rss_kb"] / a["rss_kb"])
    return [
        Figure.of("start tot eerste beeld, kale app", bare, "s"),
        Figure.of("start tot eerste beeld, workshop --demo", ours, "s"),
        Figure.of("start: verhouding workshop / kaal", ratios, "x", limit=1.3),
        Figure.of("piekgeheugen: verhouding workshop / kaal", rss_ratios, "x", limit=1.3),
    ]
