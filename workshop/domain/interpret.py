"""Stap 2, interpreting: sort orders, a filter by section, and comparing two groups.

Pure functions over `Uitslag` results; a group is any list of participants (one person,
a role group, or the whole room).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop.content import Vraag
from workshop.domain.rules import Uitslag, unfavourability

HANDREIKING, ONGUNSTIG, VERDEELD = "handreiking", "ongunstig", "verdeeld"
SORTS = {
    HANDREIKING: "volgorde van de handreiking",
    ONGUNSTIG: "meest ongunstig eerst",
    VERDEELD: "meest verdeeld eerst",
}


def sort_results(results: Sequence[Uitslag], order: str) -> list[Uitslag]:
    """Questions without answers always come last, in the handreiking's order."""
    if order == ONGUNSTIG:
        return sorted(results, key=_unfavourable_first)
    if order == VERDEELD:
        return sorted(results, key=lambda r: (r.spreiding is None, -(r.spreiding or 0), r.vraag.nummer))
    return sorted(results, key=lambda r: r.vraag.nummer)


def _unfavourable_first(result: Uitslag) -> tuple:
    """By deviation from the norm, then by how unfavourable the group answer is."""
    if result.groepsantwoord is None:
        return (True, 0, 0, result.vraag.nummer)
    deviation = result.afwijking if result.afwijking is not None else -1
    return (False, -deviation, -unfavourability(result.groepsantwoord, result.vraag), result.vraag.nummer)


def in_section(results: Sequence[Uitslag], sectie: str | None) -> list[Uitslag]:
    return [r for r in results if sectie is None or r.vraag.sectie == sectie]


@dataclass(frozen=True)
class Verschil:
    """One question, answered by two groups: "is er overeenstemming, waar zitten de verschillen?"."""

    vraag: Vraag
    a: int | None  # group answer of the first group
    b: int | None
    stappen: int | None  # how far apart, in scale steps; None when one side has no answer


def compare(first: Sequence[Uitslag], second: Sequence[Uitslag]) -> list[Verschil]:
    """Pair the results of two groups question by question."""
    pairs = []
    for a, b in zip(first, second, strict=True):
        apart = (
            None if a.groepsantwoord is None or b.groepsantwoord is None else abs(a.groepsantwoord - b.groepsantwoord)
        )
        pairs.append(Verschil(a.vraag, a.groepsantwoord, b.groepsantwoord, apart))
    return pairs


def agreement(pairs: Sequence[Verschil]) -> tuple[int, int]:
    """(questions answered the same by both, questions answered by both)."""
    both = [p for p in pairs if p.stappen is not None]
    return sum(1 for p in both if p.stappen == 0), len(both)
