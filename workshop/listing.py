"""One line per session for `workshop list` and the session picker."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workshop.content import Content
from workshop.domain.advice import suggest_phase
from workshop.domain.model import Sessie
from workshop.domain.rules import uitslagen
from workshop.store import Entry, list_sessions


@dataclass(frozen=True)
class Samenvatting:
    gemeente: str
    titel: str
    datum: str
    deelnemers: int
    beantwoord: int  # percent of all cells, rounded down
    voorgesteld: str  # the suggested phase, as the room reads it
    gekozen: str


def share_answered(sessie: Sessie, content: Content) -> int:
    """Percent of the cells of this version's questionnaire that hold an answer."""
    cells = len(sessie.deelnemers) * len(content.vragen)
    answered = sum(1 for d in sessie.deelnemers for vraag_id in d.antwoorden if content.has_vraag(vraag_id))
    return 100 * answered // cells if cells else 0


def summarize(sessie: Sessie, content: Content) -> Samenvatting:
    voorstel = suggest_phase(uitslagen(sessie, content), content)
    return Samenvatting(
        gemeente=sessie.gemeente,
        titel=sessie.titel,
        datum=sessie.datum.isoformat(),
        deelnemers=len(sessie.deelnemers),
        beantwoord=share_answered(sessie, content),
        voorgesteld="–" if voorstel.fase is None else content.fase_naam(voorstel.fase),
        gekozen="–" if sessie.fase is None else content.fase_naam(sessie.fase),
    )


HEADINGS = ("Gemeente", "Titel", "Datum", "Deelnemers", "Beantwoord", "Voorgestelde fase", "Bestand")


def rows(entries: list[Entry], content: Content) -> list[tuple[str, ...]]:
    result = []
    for entry in entries:
        if entry.sessie is None:
            result.append(("ONLEESBAAR", entry.fout or "", "", "", "", "", entry.path.name))
            continue
        s = summarize(entry.sessie, content)
        result.append(
            (s.gemeente, s.titel, s.datum, str(s.deelnemers), f"{s.beantwoord}%", s.voorgesteld, entry.path.name)
        )
    return result


def _fit(text: str, width: int) -> str:
    flat = " ".join(text.split())  # names may hold newlines or tabs: one line per session
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def print_listing(folder: Path, content: Content) -> None:
    entries = list_sessions(folder, content)
    if not entries:
        print(f"Geen sessies in {folder}")
        return
    widths = (20, 30, 10, 10, 10, 18, 200)  # the file name last, in full
    table = [HEADINGS, *rows(entries, content)]
    for line in table:
        if line[0] == "ONLEESBAAR":
            print(f"ONLEESBAAR  {_fit(line[1], 200)}")
            continue
        print("  ".join(_fit(cell, width).ljust(width) for cell, width in zip(line, widths)).rstrip())
