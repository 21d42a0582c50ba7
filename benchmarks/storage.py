"""Disk work without a screen, timed in this process: the autosave of one change as a whole
(encode and write, with fsync: the writer's thread does that), and the part of it that stays
on the app's event loop (the copy of the session, `to_document`), the only part a key can
wait for. Everything a person sees is measured on a terminal in screen.py."""

from __future__ import annotations

import random
import time
from pathlib import Path

from benchmarks.figures import Figure
from benchmarks.screen import CONTENT, generated
from workshop.files.sessionfile import to_document
from workshop.files.store import save_document, save_session


def autosave(participants: int, repeats: int, scratch: Path) -> list[Figure]:
    sessie = generated(0, random.Random(1))
    for number in range(6, participants):
        sessie.add_deelnemer(f"Deelnemer {number + 1}", "raadslid-coalitie").antwoorden = {
            vraag.id: number % 5 + 1 for vraag in CONTENT.vragen
        }
    path = scratch / "autosave.toml"
    save_session(sessie, path, CONTENT)
    times, copies = [], []
    for number in range(repeats):
        deelnemer = sessie.deelnemers[number % len(sessie.deelnemers)]
        deelnemer.antwoorden[CONTENT.vragen[number % len(CONTENT.vragen)].id] = number % 5 + 1  # one change
        started = time.perf_counter()
        document = to_document(sessie, CONTENT)
        copied = time.perf_counter()
        save_document(document, path)  # what the writer's thread does with the copy
        times.append(time.perf_counter() - copied)
        copies.append(copied - started)
    people = len(sessie.deelnemers)
    return [
        Figure.of(f"autosave van één wijziging, {people} deelnemers (eigen thread)", times, "ms", 1000, limit=10),
        Figure.of(f"autosave: de kopie op de lus, {people} deelnemers", copies, "ms", 1000),
    ]
