"""A thread that reads many files hands Python's lock to the interface now and then.

A thread that runs Python keeps the lock until Python takes it away, after 5 ms (the switch
interval) of a waiting thread asking for it; a key needs the lock a few times between its
arrival and its frame, so a key pressed while the picker or the scan for an earlier plan reads
the folder waited up to 5 ms each time. `time.sleep(0)` gives the lock away at once, but costs
about 50 µs (the kernel's timer slack): once per file it made reading 10,000 summaries 0.5 s
slower. So the thread gives the lock away once every `EVERY` seconds of its own work.

Measured on the pseudo-terminal, the longest of 100 keys after opening a session in a folder
of 1,000 sessions (five alternating runs, with the scan loading one file instead of all):
a median of 27 against 35.5 ms before.
"""

from __future__ import annotations

import time

EVERY = 0.002  # seconds of a thread's work between two turns for the interface


class Turns:
    """Call `give` before each file: now and then it lets a waiting thread run first."""

    def __init__(self) -> None:
        self._last = time.perf_counter()

    def give(self) -> None:
        if time.perf_counter() - self._last >= EVERY:
            time.sleep(0)  # releases the lock; a thread waiting for it runs first
            self._last = time.perf_counter()
