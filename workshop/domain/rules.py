"""The rules of PRODUCT.md that work on answers: tallies, deviation, group answer, range.

Everything here is a pure function of a session and the content.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from workshop.content import Content, Keuze, Regels, Vraag
from workshop.domain.model import Deelnemer, Sessie

SCALE = (1, 2, 3, 4, 5)


@dataclass(frozen=True)
class Telling:
    """How often each of the five words was answered."""

    counts: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)

    @classmethod
    def of(cls, values: Iterable[int]) -> Telling:
        counts = [0] * len(SCALE)
        for value in values:
            counts[value - 1] += 1
        return cls(tuple(counts))  # type: ignore[arg-type]

    def __add__(self, other: Telling) -> Telling:
        return Telling(tuple(a + b for a, b in zip(self.counts, other.counts)))  # type: ignore[arg-type]

    def count(self, waarde: int) -> int:
        return self.counts[waarde - 1]

    @property
    def total(self) -> int:
        return sum(self.counts)


def deviation_from_norm(antwoord: int, norm: int, vraag: Vraag) -> int:
    """Scale steps an answer lies on the wrong side of the norm; 0 when acceptable."""
    return max(0, antwoord - norm) if vraag.gewenst else max(0, norm - antwoord)


def unfavourability(antwoord: int, vraag: Vraag) -> int:
    """0 for the most favourable answer up to 4 for the least favourable."""
    return antwoord - 1 if vraag.gewenst else 5 - antwoord


def group_answer(values: Sequence[int], vraag: Vraag) -> int | None:
    """The median; with an even count the less favourable of the two middle values."""
    if not values:
        return None
    ordered, middle = sorted(values), len(values) // 2
    if len(ordered) % 2:
        return ordered[middle]
    low, high = ordered[middle - 1], ordered[middle]  # the two middle values
    return high if vraag.gewenst else low


def answer_range(values: Sequence[int]) -> int | None:
    """Highest minus lowest answer: how far the room is apart."""
    return max(values) - min(values) if values else None


class Uitslag(NamedTuple):
    """The result of one question for a group of participants."""

    vraag: Vraag
    telling: Telling
    groepsantwoord: int | None
    norm: int | None
    afwijking: int | None  # of the group answer from the norm; None without norm or answers
    spreiding: int | None
    discussiepunt: bool

    @property
    def afwijkend(self) -> bool:
        return bool(self.afwijking)


def uitslag(vraag: Vraag, values: Sequence[int], norm: int | None, regels: Regels) -> Uitslag:
    groep = group_answer(values, vraag)
    spreiding = answer_range(values)
    afwijking = None if groep is None or norm is None else deviation_from_norm(groep, norm, vraag)
    return Uitslag(
        vraag=vraag,
        telling=Telling.of(values),
        groepsantwoord=groep,
        norm=norm,
        afwijking=afwijking,
        spreiding=spreiding,
        discussiepunt=spreiding is not None and spreiding >= regels.discussiepunt_vanaf,
    )


def answers(vraag_id: str, deelnemers: Iterable[Deelnemer]) -> list[int]:
    return [d.antwoorden[vraag_id] for d in deelnemers if vraag_id in d.antwoorden]


def question_result(
    sessie: Sessie, vraag: Vraag, content: Content, deelnemers: Sequence[Deelnemer] | None = None
) -> Uitslag:
    """The result of one question against the session's norm, for all participants or for
    the ones given."""
    group = sessie.deelnemers if deelnemers is None else deelnemers
    return uitslag(vraag, answers(vraag.id, group), sessie.normen.get(vraag.id), content.regels)


def uitslagen(sessie: Sessie, content: Content, deelnemers: Sequence[Deelnemer] | None = None) -> tuple[Uitslag, ...]:
    """The result of every question, for all participants or for the ones given."""
    return tuple(question_result(sessie, vraag, content, deelnemers) for vraag in content.vragen)


def list_tally(results: Iterable[Uitslag]) -> Telling:
    """Over the whole list: "Hoe vaak heeft u 'altijd', 'vaak', ... geantwoord?"."""
    total = Telling()
    for result in results:
        total = total + result.telling
    return total


def role_groups(sessie: Sessie, content: Content) -> list[tuple[Keuze, list[Deelnemer]]]:
    """The participants per role, in the order of content/sessie.toml; empty roles left out."""
    groups = []
    for rol in content.rollen:
        members = [d for d in sessie.deelnemers if d.rol == rol.id]
        if members:
            groups.append((rol, members))
    return groups


OVERIG = "Overig"


class Rolgroepen(NamedTuple):
    """The role groups a screen or report may show, and what it must say about the others."""

    groepen: tuple[tuple[str, tuple[Deelnemer, ...]], ...]  # (name, members)
    weggelaten: str  # one line for the reader; '' when every group is shown


def shown_role_groups(sessie: Sessie, content: Content) -> Rolgroepen:
    """In the open mode every role group. In the anonymous mode only groups of at least
    `anoniem_groep_minstens`: the smaller ones together as 'Overig' when that group is big
    enough, else left out; `weggelaten` says which, so a single burgemeester is never a group."""
    minimum = content.regels.anoniem_groep_minstens
    if not sessie.anoniem:
        return _open_groups(sessie, content, minimum)
    groups = [(rol.naam, tuple(members)) for rol, members in role_groups(sessie, content)]
    small = [(name, members) for name, members in groups if len(members) < minimum]
    if not small:
        return Rolgroepen(tuple(groups), "")
    kept = [(name, members) for name, members in groups if len(members) >= minimum]
    merged = tuple(member for _, members in small for member in members)
    names = _and(name.lower() for name, _ in small)
    if len(merged) >= minimum:
        note = f"Anoniem: kleine rolgroepen ({names}) staan samen onder ‘{OVERIG}’."
        return Rolgroepen((*kept, (OVERIG, merged)), note)
    note = f"Anoniem: {names} ({len(merged)} samen) niet apart getoond: minder dan {minimum} deelnemers."
    return Rolgroepen(tuple(kept), note)


def _open_groups(sessie: Sessie, content: Content, minimum: int) -> Rolgroepen:
    """Every role group, except a small group of phones: someone who answered on a phone and
    said only 'raad' or 'college' was promised that a group shows from `minimum` members."""
    coarse = {groep.id for groep in content.samengesteld}  # the roles a phone can choose
    shown, small = [], []
    for rol, members in role_groups(sessie, content):
        (small if rol.id in coarse and len(members) < minimum else shown).append((rol.naam, tuple(members)))
    if not small:
        return Rolgroepen(tuple(shown), "")
    names = _and(f"{name.lower()} ({len(members)})" for name, members in small)
    return Rolgroepen(tuple(shown), f"Via de telefoon: {names} niet apart getoond, minder dan {minimum}.")


def view_groups(sessie: Sessie, content: Content) -> Rolgroepen:
    """What stap 2 can show and compare: the role groups that may be shown, then the groups
    of several roles (the whole raad, the whole college) where more than one of their roles
    has members; only when each of its roles is shown on its own (the anonymous mode and
    small groups of phones leave some out): then it is their sum and tells nothing new."""
    shown = shown_role_groups(sessie, content)
    names = {naam for naam, _ in shown.groepen}
    combined = []
    for groep in content.samengesteld:
        parts = [(rol, members) for rol, members in role_groups(sessie, content) if rol.id in groep.rollen]
        if len(parts) < 2 or any(rol.naam not in names for rol, _ in parts):  # never a sum with a hidden group
            continue
        combined.append((groep.naam, tuple(member for _, members in parts for member in members)))
    return Rolgroepen((*shown.groepen, *combined), shown.weggelaten)


def _and(names: Iterable[str]) -> str:
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def missing(sessie: Sessie, vraag_id: str) -> list[Deelnemer]:
    """Who has not yet answered this question, in the order the room sees them."""
    return [d for d in sessie.columns() if vraag_id not in d.antwoorden]


def revealed_results(
    sessie: Sessie, content: Content, deelnemers: Sequence[Deelnemer] | None = None
) -> tuple[Uitslag, ...]:
    """The results as the room may see them: a question not yet revealed counts as unanswered."""
    return as_revealed(sessie, content, uitslagen(sessie, content, deelnemers))


def as_revealed(sessie: Sessie, content: Content, results: Iterable[Uitslag]) -> tuple[Uitslag, ...]:
    """`revealed_results` of results already at hand."""
    return tuple(
        result if sessie.is_revealed(result.vraag.id) else uitslag(result.vraag, [], result.norm, content.regels)
        for result in results
    )


def traceable_reveals(sessie: Sessie, vraag_ids: Iterable[str], minimum: int) -> list[str]:
    """The questions among `vraag_ids`, not yet revealed, whose answers could be traced back
    if revealed now: fewer than `minimum` answers (but some), in a session where answers are
    meant to be anonymous (the anonymous mode, or any participant on a phone)."""
    if not (sessie.anoniem or any(d.apparaat for d in sessie.deelnemers)):
        return []
    traceable = []
    for vraag_id in vraag_ids:
        answered = sum(1 for d in sessie.deelnemers if vraag_id in d.antwoorden)
        if 0 < answered < minimum and not sessie.is_revealed(vraag_id):
            traceable.append(vraag_id)
    return traceable
