"""Python's garbage collector between keys rather than during them.

By default the collector walks the youngest objects every 700 allocations, wherever that
count is reached: about once per key in the questionnaire (0.2 ms each), and one key in ten
also walks the middle generation (1.5 ms), in the middle of building the key's frame. Here
it runs on a timer instead, between keys, with Python's own rule of which generation is
due; its automatic run stays as a safety net for a burst that allocates much between two
ticks, and it is back as it was when the app ends.
"""

from __future__ import annotations

import gc

from textual.app import App

EVERY = 0.1  # seconds between two looks
YOUNG = 700  # Python's threshold for the youngest generation: a collection is due
OLDER = 10  # collections of a generation before the next older one is due (Python's too)
SAFETY = 20_000  # allocations after which Python still collects by itself (a burst)


def start(app: App) -> tuple[int, ...]:
    """What lives by now lives as long as the app: frozen, out of every collection; then the
    collections on the app's timer. The thresholds as they were, for `stop`."""
    gc.freeze()
    before = gc.get_threshold()
    gc.set_threshold(SAFETY, OLDER, OLDER)
    app.set_interval(EVERY, collect)
    return before


def stop(before: tuple[int, ...]) -> None:
    gc.set_threshold(*before)


def collect() -> int:
    """Collect the generation that is due, if any; the generation collected, else -1."""
    young, middle, old = gc.get_count()
    if young < YOUNG:
        return -1
    generation = 2 if old >= OLDER else 1 if middle >= OLDER else 0
    gc.collect(generation)
    return generation
