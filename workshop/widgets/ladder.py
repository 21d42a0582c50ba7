"""The escalation ladder: three rungs, phase 1 at the bottom, the suggestion marked."""

from __future__ import annotations

from textual.content import Content as Text

from workshop.content import Content
from workshop.domain.advice import FaseVoorstel

SUGGESTED, CHOSEN = "◀ voorgesteld", "● gekozen"


def rung_marks(fase: int, voorstel: FaseVoorstel, gekozen: int | None) -> str:
    marks = []
    if voorstel.fase == fase:
        marks.append(SUGGESTED)
    if gekozen == fase:
        marks.append(CHOSEN)
    return "  ".join(marks)


def mini_lines(voorstel: FaseVoorstel, gekozen: int | None, content: Content, width: int) -> list[Text]:
    """The three rungs, highest first, and the 'no intervention' state below them."""
    lines = []
    for fase in (3, 2, 1, 0):
        if fase == 0 and voorstel.fase != 0 and gekozen != 0:
            continue
        marks = rung_marks(fase, voorstel, gekozen)
        name = content.fase_naam(fase)
        label = f"▶ {name}" if marks else f"  {name}"
        style = "bold reverse" if voorstel.fase == fase else "bold"
        lines.append(Text.assemble((label, style), (f" {marks}" if marks else "", "bold $accent")))
    return lines


def suggestion_sentence(voorstel: FaseVoorstel, content: Content) -> str:
    """The first condition that fired, worded for the room."""
    return voorstel.redenen[0].tekst(content.regels)
