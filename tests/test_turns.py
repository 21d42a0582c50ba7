"""A reading thread gives the interface a turn once every few milliseconds of its work."""

from __future__ import annotations

from workshop.ui import turns


def test_a_turn_is_given_once_per_stretch_of_work_not_per_file(monkeypatch):
    now, slept = [100.0], []
    monkeypatch.setattr(turns.time, "perf_counter", lambda: now[0])
    monkeypatch.setattr(turns.time, "sleep", slept.append)
    given = turns.Turns()
    for _ in range(10):  # ten files of 0.5 ms: a turn after each 2 ms
        now[0] += 0.0005
        given.give()
    assert slept == [0, 0]
    now[0] += 0.010  # one long file: one turn, not five
    given.give()
    assert slept == [0, 0, 0]
