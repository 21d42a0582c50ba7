"""Moving through the answer grid: the cursor, its automatic advance, and missing answers.

Rows are questions, columns are participants. After an answer the cursor moves on:
"omlaag" goes down the list for one person, "opzij" goes across the room per question.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from workshop.domain.model import OMLAAG, OPZIJ, Sessie
from workshop.domain.rules import missing


class Cursor(NamedTuple):
    rij: int  # question index, 0-based
    kolom: int  # participant index, 0-based


def advance(cursor: Cursor, richting: str, rows: int, columns: int) -> Cursor:
    """The next cell after an answer; the last cell stays put."""
    if richting == OMLAAG:
        if cursor.rij + 1 < rows:
            return Cursor(cursor.rij + 1, cursor.kolom)
        if cursor.kolom + 1 < columns:
            return Cursor(0, cursor.kolom + 1)
    elif richting == OPZIJ:
        if cursor.kolom + 1 < columns:
            return Cursor(cursor.rij, cursor.kolom + 1)
        if cursor.rij + 1 < rows:
            return Cursor(cursor.rij + 1, 0)
    return cursor


def move(cursor: Cursor, rows: int, columns: int, *, drij: int = 0, dkolom: int = 0) -> Cursor:
    """A move with the arrow keys, clamped to the grid."""
    return Cursor(
        min(max(cursor.rij + drij, 0), max(rows - 1, 0)),
        min(max(cursor.kolom + dkolom, 0), max(columns - 1, 0)),
    )


def resume(sessie: Sessie, vraag_ids: Sequence[str]) -> Cursor:
    """The cell where the session left off (its saved position), among the questions
    `vraag_ids` and the participants in the order the room sees them; the first question or
    participant when there is no position, or it names one that is no longer there."""
    positie = sessie.positie
    if positie is None:
        return Cursor(0, 0)
    rij = next((i for i, vraag_id in enumerate(vraag_ids) if vraag_id == positie.vraag), 0)
    kolom = next((i for i, d in enumerate(sessie.columns()) if d.id == positie.deelnemer), 0)
    return Cursor(rij, kolom)


def toggle(richting: str) -> str:
    return OPZIJ if richting == OMLAAG else OMLAAG


@dataclass
class MissingWarnings:
    """Warn once per question (across the room) or per participant (down the list) that is
    left with answers missing; the natural flow of the other direction is not nagged."""

    warned: set[tuple[str, str]] = field(default_factory=set)

    def check(self, sessie: Sessie, vraag_ids: Sequence[str], old: Cursor, new: Cursor, richting: str) -> str | None:
        """The warning to show for moving from `old` to `new`, or None."""
        if not sessie.deelnemers:
            return None
        if richting == OPZIJ and new.rij != old.rij:
            vraag_id = vraag_ids[old.rij]
            open_ones = missing(sessie, vraag_id)
            key = ("vraag", vraag_id)
            if open_ones and key not in self.warned:
                self.warned.add(key)
                return f"Vraag {old.rij + 1}: nog geen antwoord van {_count(len(open_ones), 'deelnemer', 'deelnemers')}"
        if richting == OMLAAG and new.kolom != old.kolom and old.kolom < len(sessie.deelnemers):
            deelnemer = sessie.columns()[old.kolom]
            open_questions = [v for v in vraag_ids if v not in deelnemer.antwoorden]
            key = ("deelnemer", deelnemer.id)
            if open_questions and key not in self.warned:
                self.warned.add(key)
                return (
                    f"Deelnemer {old.kolom + 1}: nog {_count(len(open_questions), 'vraag', 'vragen')} zonder antwoord"
                )
        return None


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"
