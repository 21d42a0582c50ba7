"""Earlier sessions of the same municipality: the landkaart trail and the previous action plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from workshop.domain.model import Sessie, Terugblik, moment, same_municipality


@dataclass(frozen=True)
class Eerder:
    """An earlier session and the file it is in."""

    path: Path
    sessie: Sessie


def earlier_sessions(current: Sessie, others: Sequence[Eerder]) -> list[Eerder]:
    """Sessions of the same municipality held before this one, oldest first."""
    earlier = [o for o in others if same_municipality(o.sessie, current) and moment(o.sessie) < moment(current)]
    return sorted(earlier, key=lambda o: moment(o.sessie))


def previous_with_plan(current: Sessie, others: Sequence[Eerder]) -> Eerder | None:
    """The most recent earlier session that has an action plan to review."""
    with_plan = [o for o in earlier_sessions(current, others) if o.sessie.actieplan]
    return with_plan[-1] if with_plan else None


def review_rows(current: Sessie, previous: Eerder) -> list[Terugblik]:
    """The review of each action of the previous plan: as reviewed in this session, or as the
    previous session left it."""
    reviewed = {(t.sessie, t.nummer): t for t in current.terugblik}
    eerder = previous.sessie
    rows = []
    for nummer, actie in enumerate(eerder.actieplan, start=1):
        row = reviewed.get((previous.path.name, nummer)) or Terugblik(
            previous.path.name, nummer, actie.instrument, actie.status, ""
        )
        rows.append(replace(row, titel=eerder.titel, datum=eerder.datum))  # named as a person names it
    return rows


def set_review(current: Sessie, row: Terugblik) -> None:
    """Record the review of one action in this session, replacing an earlier review of it."""
    current.terugblik = [t for t in current.terugblik if (t.sessie, t.nummer) != (row.sessie, row.nummer)]
    current.terugblik.append(row)
    current.terugblik.sort(key=lambda t: (t.sessie, t.nummer))


def needs_review(current: Sessie, previous: Eerder | None) -> bool:
    """True when there is a previous plan that this session has not reviewed at all."""
    return previous is not None and not any(t.sessie == previous.path.name for t in current.terugblik)
