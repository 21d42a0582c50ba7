"""The landkaart: the conscious-competence 2x2, with the hint and the group's choice."""

from __future__ import annotations

from textual.content import Content as Text

from workshop.content import BEKWAAM, BEWUST, ONBEKWAAM, ONBEWUST, Content
from workshop.display import fit
from workshop.domain.advice import LandkaartHint

HINT, CHOICE = "◆", "●"
ROWS, COLUMNS = (BEWUST, ONBEWUST), (ONBEKWAAM, BEKWAAM)


def cell_marks(kwadrant_id: str, hint: LandkaartHint, gekozen: str | None) -> str:
    marks = []
    if kwadrant_id == gekozen:
        marks.append(f"{CHOICE} keuze")
    if kwadrant_id == hint.kwadrant_id:
        marks.append(f"{HINT} hint")
    return " ".join(marks)


def mini_lines(hint: LandkaartHint, gekozen: str | None, width: int) -> list[Text]:
    """A small 2x2 for the side panel: rows bewust/onbewust, columns onbekwaam/bekwaam."""
    row_width = 9
    cell = max(10, (width - row_width) // 2)
    lines = [
        Text.assemble(" " * row_width, (fit("onbekwaam", cell - 1) + " ", "bold"), (fit("bekwaam", cell - 1), "bold"))
    ]
    for rij in ROWS:
        cells = []
        for kolom in COLUMNS:
            marks = cell_marks(f"{rij}-{kolom}", hint, gekozen)
            style = "bold reverse" if f"{rij}-{kolom}" == gekozen else "bold $accent" if marks else ""
            cells.append((fit(marks or "·", cell - 1) + " ", style))
        lines.append(Text.assemble((fit(rij, row_width), "bold"), *cells))
    return lines


def hint_sentence(hint: LandkaartHint, gekozen: str | None, content: Content) -> str:
    hinted = content.kwadrant_by_id(hint.kwadrant_id).naam.lower() if hint.kwadrant_id else "nog open"
    chosen = content.kwadrant_by_id(gekozen).naam.lower() if gekozen else "nog niet gekozen"
    return f"{HINT} hint: {hinted}\n{CHOICE} keuze: {chosen}"
