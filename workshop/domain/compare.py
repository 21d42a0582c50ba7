"""Comparing sessions over time: per question the direction of change, the change in deviation
and range, the tallies side by side; per session the phase, the landkaart and the actions.

Sessions are compared by question id, oldest first. Each deviation is measured against that
session's own norms. A question a session does not have (another content version), or has
not revealed yet, is None: the comparison shows what each room has seen, and a suggestion
waits for the hidden questions as it does on screen. An action counts as done when its own
plan says so, or when a later session in the comparison reviewed it as done.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workshop.content import Content
from workshop.domain.advice import indicatie
from workshop.domain.model import Sessie, moment
from workshop.domain.rules import Telling, Uitslag, revealed_results, unfavourability

DONE = "gedaan"

BETER, SLECHTER, GELIJK = "beter", "slechter", "gelijk"
SYMBOLS = {BETER: "▲", SLECHTER: "▼", GELIJK: "="}
HANDREIKING, SLECHTER_EERST = "handreiking", "slechter"


def direction_label(richting: str | None) -> str:
    """'▼ slechter', '▲ beter', '= gelijk', or '–' when it cannot be said."""
    return f"{SYMBOLS[richting]} {richting}" if richting else "–"


@dataclass(frozen=True)
class Punt:
    """One question in one session."""

    groepsantwoord: int | None
    afwijking: int | None
    spreiding: int | None
    telling: Telling


@dataclass(frozen=True)
class Rij:
    """One question across the sessions, oldest first; None where a session lacks it."""

    vraag_id: str
    nummer: int
    tekst: str
    punten: tuple[Punt | None, ...]
    richtingen: tuple[str | None, ...]  # from each session to the next
    richting: str | None  # from the first to the last session
    verslechtering: int | None  # steps worse from first to last (negative: better)
    afwijking_verschil: int | None  # deviation last minus first
    spreiding_verschil: int | None


@dataclass(frozen=True)
class Stand:
    """One session's outcome: the phase suggested and chosen, the quadrant, the actions."""

    voorgesteld: int | None
    verborgen: int  # questions answered but not revealed: then nothing is suggested yet
    gekozen: int | None
    kwadrant: str | None
    acties: int
    gedaan: int


@dataclass(frozen=True)
class Vergelijking:
    sessies: tuple[Sessie, ...]  # oldest first
    rijen: tuple[Rij, ...]
    standen: tuple[Stand, ...]
    normen_verschillen: tuple[int, ...]  # numbers of the questions whose norm differs
    inhoud_verschilt: bool


def compare_sessions(sessies: Sequence[Sessie], content: Content, names: Sequence[str] | None = None) -> Vergelijking:
    """`names` are the sessions' file names, in the same order: they let a later session's
    review of an action credit the session it came from."""
    pairs = sorted(zip(sessies, names or [""] * len(sessies)), key=lambda pair: moment(pair[0]))
    ordered = tuple(sessie for sessie, _ in pairs)
    results = [{r.vraag.id: r for r in revealed_results(s, content)} for s in ordered]
    rijen = tuple(_row(vraag, [r.get(vraag.id) for r in results], ordered) for vraag in content.vragen)
    standen = tuple(_stand(index, pairs, content) for index in range(len(pairs)))
    return Vergelijking(
        sessies=ordered,
        rijen=rijen,
        standen=standen,
        normen_verschillen=tuple(
            vraag.nummer for vraag in content.vragen if len({s.normen.get(vraag.id) for s in ordered}) > 1
        ),
        inhoud_verschilt=len({s.inhoud_versie for s in ordered} | {content.versie}) > 1,
    )


def _has(sessie: Sessie, vraag_id: str) -> bool:
    """A session has a question when someone answered it and it is revealed; an older
    content version may lack it."""
    return sessie.is_revealed(vraag_id) and any(vraag_id in d.antwoorden for d in sessie.deelnemers)


def _row(vraag, results: list[Uitslag | None], sessies: Sequence[Sessie]) -> Rij:
    punten = tuple(
        Punt(r.groepsantwoord, r.afwijking, r.spreiding, r.telling) if r is not None and _has(s, vraag.id) else None
        for r, s in zip(results, sessies)
    )
    steps = tuple(_direction(vraag, a, b) for a, b in zip(punten, punten[1:]))
    first, last = punten[0], punten[-1]
    worse = None
    if first and last and first.groepsantwoord is not None and last.groepsantwoord is not None:
        worse = unfavourability(last.groepsantwoord, vraag) - unfavourability(first.groepsantwoord, vraag)
    return Rij(
        vraag_id=vraag.id,
        nummer=vraag.nummer,
        tekst=vraag.tekst,
        punten=punten,
        richtingen=steps,
        richting=_direction(vraag, first, last),
        verslechtering=worse,
        afwijking_verschil=_difference(first and first.afwijking, last and last.afwijking),
        spreiding_verschil=_difference(first and first.spreiding, last and last.spreiding),
    )


def _direction(vraag, earlier: Punt | None, later: Punt | None) -> str | None:
    if earlier is None or later is None or earlier.groepsantwoord is None or later.groepsantwoord is None:
        return None
    change = unfavourability(later.groepsantwoord, vraag) - unfavourability(earlier.groepsantwoord, vraag)
    return SLECHTER if change > 0 else BETER if change < 0 else GELIJK


def _difference(first: int | None, last: int | None) -> int | None:
    return None if first is None or last is None else last - first


def _stand(index: int, pairs: Sequence[tuple[Sessie, str]], content: Content) -> Stand:
    sessie, name = pairs[index]
    advice = indicatie(sessie, content)
    status = {nummer: actie.status for nummer, actie in enumerate(sessie.actieplan, start=1)}
    for later, _ in pairs[index + 1 :]:  # oldest first: the latest review counts
        for review in later.terugblik:
            if name and review.sessie == name and review.nummer in status:
                status[review.nummer] = review.status
    return Stand(
        voorgesteld=advice.fase.fase,
        verborgen=advice.verborgen,
        gekozen=sessie.fase,
        kwadrant=sessie.kwadrant,
        acties=len(sessie.actieplan),
        gedaan=sum(1 for value in status.values() if value == DONE),
    )


def sorted_rows(vergelijking: Vergelijking, order: str) -> list[Rij]:
    """The handreiking's order, or the biggest change for the worse first (unknown last)."""
    rows = list(vergelijking.rijen)
    if order == SLECHTER_EERST:
        return sorted(rows, key=lambda r: (r.verslechtering is None, -(r.verslechtering or 0), r.nummer))
    return rows


def signed(number: int | None) -> str:
    """'+1', '-2', '0', or '–'."""
    if number is None:
        return "–"
    return f"+{number}" if number > 0 else str(number)
