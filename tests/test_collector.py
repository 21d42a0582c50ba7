"""The garbage collector runs on the app's timer, between keys (workshop/ui/collector.py)."""

from __future__ import annotations

import gc
import weakref

from app_harness import demo_file, make_app

from workshop.ui import collector


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_collect_waits_until_a_collection_is_due_then_frees_the_youngest_garbage():
    enabled = gc.isenabled()
    gc.disable()  # no automatic collection in between: the counts are ours
    try:
        gc.collect()
        assert collector.collect() == -1  # nothing allocated since: nothing due
        garbage = Node()
        gone = weakref.ref(garbage)
        del garbage
        keep = [[] for _ in range(collector.YOUNG)]  # 700 new objects: the youngest generation is due
        assert gone() is not None
        assert collector.collect() == 0
        assert gone() is None
        assert gc.get_count()[0] < collector.YOUNG
        del keep
    finally:
        if enabled:
            gc.enable()


def test_collect_takes_the_generation_that_is_due_as_python_would():
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        due, kept = [], []
        for _ in range(collector.OLDER + 1):  # ten young collections make the middle one due
            kept.append([[] for _ in range(collector.YOUNG)])  # alive: freeing would lower the count
            due.append(collector.collect())
        assert due == [0] * collector.OLDER + [1]
    finally:
        if enabled:
            gc.enable()


async def test_the_app_collects_on_its_timer_and_gives_the_thresholds_back(tmp_path, monkeypatch):
    looks = []
    real = collector.collect
    monkeypatch.setattr(collector, "collect", lambda: looks.append(real()))
    before = gc.get_threshold()
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path, demo_file(tmp_path))  # a session that is answered and saved meanwhile
    async with app.run_test() as pilot:
        await pilot.pause()
        assert gc.get_threshold()[0] == collector.SAFETY
        await pilot.press("3")
        await pilot.pause(collector.EVERY * 4 + 0.05)
        assert len(looks) >= 3  # every 0.1 s: at least three looks in 0.45 s, even on a slow machine
    assert gc.get_threshold() == before
