"""The discussion timer, on a clock the test turns by hand."""

from __future__ import annotations

from workshop.domain.timer import DiscussionTimers


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_start_pause_and_reset():
    clock = Clock()
    timers = DiscussionTimers(clock)
    assert timers.label("q1") == ""  # never started: nothing on screen
    timers.toggle("q1")
    clock.now += 75
    assert timers.label("q1") == "⏱ 01:15 loopt"
    timers.toggle("q1")
    clock.now += 30
    assert timers.label("q1") == "⏱ 01:15 gepauzeerd"
    timers.toggle("q1")
    clock.now += 5
    assert timers.seconds("q1") == 80
    timers.reset("q1")
    assert timers.label("q1") == ""


def test_one_timer_runs_at_a_time():
    clock = Clock()
    timers = DiscussionTimers(clock)
    timers.toggle("q1")
    clock.now += 10
    timers.toggle("q2")  # pauses q1
    clock.now += 20
    assert (timers.seconds("q1"), timers.seconds("q2")) == (10, 20)
    assert timers.running == "q2"
