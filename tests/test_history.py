"""Earlier sessions of a municipality: the trail, the previous plan and its review."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from helpers import session

from workshop.domain.history import Eerder, earlier_sessions, needs_review, previous_with_plan, review_rows, set_review
from workshop.domain.model import Actie, Terugblik


def held(gemeente: str, day: dt.date, name: str, plan: int = 0) -> Eerder:
    sessie = session(gemeente=gemeente, titel=name, datum=day)
    sessie.actieplan = [Actie("feedback-geven", status="gepland") for _ in range(plan)]
    return Eerder(Path(f"{name}.toml"), sessie)


MARCH, JUNE, OCTOBER = dt.date(2026, 3, 1), dt.date(2026, 6, 1), dt.date(2026, 10, 1)


def test_earlier_sessions_of_the_same_municipality_oldest_first():
    current = session(gemeente="Lindendal", datum=OCTOBER)
    others = [held("lindendal ", JUNE, "juni"), held("Elders", MARCH, "elders"), held("Lindendal", MARCH, "maart")]
    others.append(held("Lindendal", dt.date(2026, 12, 1), "later"))
    assert [o.path.name for o in earlier_sessions(current, others)] == ["maart.toml", "juni.toml"]


def test_the_previous_plan_is_the_latest_earlier_one_that_has_a_plan():
    current = session(gemeente="Lindendal", datum=OCTOBER)
    others = [
        held("Lindendal", MARCH, "maart", plan=2),
        held("Lindendal", dt.date(2026, 1, 1), "januari", plan=1),  # earlier still: not the latest
        held("Lindendal", JUNE, "juni", plan=0),
    ]
    previous = previous_with_plan(current, others)
    assert previous.path.name == "maart.toml"
    assert needs_review(current, previous)
    assert previous_with_plan(session(gemeente="Elders", datum=OCTOBER), others) is None


def test_a_review_is_kept_per_action_and_replaces_an_earlier_review():
    current = session(gemeente="Lindendal", datum=OCTOBER)
    previous = held("Lindendal", MARCH, "maart", plan=2)
    rows = review_rows(current, previous)
    assert [(r.nummer, r.status) for r in rows] == [(1, "gepland"), (2, "gepland")]
    set_review(current, Terugblik("maart.toml", 2, "feedback-geven", "lopend"))
    set_review(current, Terugblik("maart.toml", 2, "feedback-geven", "gedaan", "klaar in mei"))
    assert current.terugblik == [Terugblik("maart.toml", 2, "feedback-geven", "gedaan", "klaar in mei")]
    assert [(r.nummer, r.status) for r in review_rows(current, previous)] == [(1, "gepland"), (2, "gedaan")]
    assert not needs_review(current, previous)
