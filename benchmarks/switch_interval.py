"""How long the event loop can wait for Python's lock while the writer's thread encodes a session:
a model, not a screen. A thread encodes a session of 151 participants (tomli_w, pure Python,
the autosave's work in the app) again and again, 9 ms of work (5 ms on the faster machine of 4
December) and 20 ms of rest: a worst case, for the app encodes it once a second. Another thread
writes to a pipe at random moments, as Textual's input thread hands a key on; the main thread
waits on the pipe, as the event loop does. A key waits twice: the input thread for the lock
before it can hand the key on, then the event loop for the lock after it woke. So the wait is
timed from the moment the writing thread was due to wake (a fixed schedule) to the main
thread's read, per switch interval: Python's default 5 ms, and the 1 ms the app runs with
(workshop/ui/launch.py). (Until 4 December the time ran from the write, the second wait alone:
on a faster machine that day it was 0.17 ms at 5 ms against 1.25 ms at 1 ms, the first wait
left out.)

    python -m benchmarks.switch_interval [WAKES]   (also part of python -m benchmarks)
"""

from __future__ import annotations

import os
import random
import select
import sys
import threading
import time

import tomli_w

from benchmarks.figures import Figure, table
from benchmarks.screen import CONTENT, generated
from workshop.files.sessionfile import to_document

PARTICIPANTS = 151  # the live benchmark's last round: 1 + 3 x 50 phones


def document() -> dict:
    sessie = generated(0, random.Random(1))
    for number in range(len(sessie.deelnemers), PARTICIPANTS):
        deelnemer = sessie.add_deelnemer(f"Deelnemer {number + 1}", "anders")
        deelnemer.antwoorden = {vraag.id: (number + n) % 5 + 1 for n, vraag in enumerate(CONTENT.vragen)}
    return to_document(sessie, CONTENT)


def waits(interval: float, wakes: int, encoded: dict) -> list[float]:
    """Seconds from the moment a write to the pipe was due until the main thread read it,
    with `interval`."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    done = threading.Event()
    reading, writing = os.pipe()
    rng = random.Random(2)

    def encode() -> None:
        while not done.is_set():
            tomli_w.dumps(encoded)
            time.sleep(0.02)

    def wake() -> None:
        due = time.perf_counter()
        for _ in range(wakes):
            due += rng.uniform(0.005, 0.02)
            time.sleep(max(0.0, due - time.perf_counter()))
            os.write(writing, f"{due:<32}".encode())  # waiting for the lock after the sleep counts
        done.set()

    threads = [threading.Thread(target=encode), threading.Thread(target=wake)]
    for thread in threads:
        thread.start()
    measured: list[float] = []
    try:
        while len(measured) < wakes and (threads[1].is_alive() or select.select([reading], [], [], 0)[0]):
            if select.select([reading], [], [], 1.0)[0]:
                sent = float(os.read(reading, 32))
                measured.append(time.perf_counter() - sent)
    finally:
        done.set()
        for thread in threads:
            thread.join()
        os.close(reading)
        os.close(writing)
        sys.setswitchinterval(before)
    return measured


def measure(wakes: int) -> list[Figure]:
    """The p95 wait per interval, over two runs of each, in turn."""
    encoded = document()
    pooled: dict[float, list[float]] = {0.005: [], 0.001: []}
    for interval in (*pooled, *pooled):
        pooled[interval] += waits(interval, wakes, encoded)
    return [
        Figure.of(
            f"wachten op het slot (model), wisselinterval {interval * 1000:.0f} ms, p95 ({len(measured)}x)",
            [sorted(measured)[int(0.95 * len(measured))]],
            "ms",
            scale=1000,
        )  # fmt: skip
        for interval, measured in pooled.items()
    ]


if __name__ == "__main__":
    print(table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 300)))
