"""Disk work without a screen: the autosave of one change (save_session, with fsync), timed
in this process. Everything a person sees is measured on a terminal in screen.py."""

from __future__ import annotations

import random
import time
from pathlib import Path

from benchmarks.figures import Figure
from benchmarks.screen import CONTENT, generated
from workshop.files.store import save_session


def autosave(participants: int, repeats: int, scratch: Path) -> Figure:
    sessie = generated(0, random.Random(1))
    for number in range(6, participants):
        sessie.add_deelnemer(f"Deelnemer {number + 1}", "raadslid-coalitie").antwoorden = {
            vraag.id: number % 5 + 1 for vraag in CONTENT.vragen
        }
    path = scratch / "autosave.toml"
    save_session(sessie, path, CONTENT)
    times = []
    for number in range(repeats):
        deelnemer = sessie.deelnemers[number % len(sessie.deelnemers)]
        deelnemer.antwoorden[CONTENT.vragen[number % len(CONTENT.vragen)].id] = number % 5 + 1  # one change
        started = time.perf_counter()
        save_session(sessie, path, CONTENT)
        times.append(time.perf_counter() - started)
    return Figure.of(f"autosave van één wijziging, {len(sessie.deelnemers)} deelnemers", times, "ms", 1000, limit=10)
