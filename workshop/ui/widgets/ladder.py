"""The escalation ladder: three rungs, phase 1 at the bottom, the app's indicatie marked and
the group's choice marked more strongly: the choice is what counts."""

from __future__ import annotations

from textual.content import Content as Text
from textual.widget import Widget

from workshop.content import Content
from workshop.domain.advice import FaseVoorstel
from workshop.ui.display import fit
from workshop.ui.widgets.plain import literal

SUGGESTED, CHOSEN = "◀ indicatie", "● keuze groep"


def rung_marks(fase: int, voorstel: FaseVoorstel, gekozen: int | None, short: bool = False) -> str:
    """'◀ indicatie  ● keuze groep', or where room is short '◀ app ● groep'."""
    marks = []
    if voorstel.fase == fase:
        marks.append("◀ app" if short else SUGGESTED)
    if gekozen == fase:
        marks.append("● groep" if short else CHOSEN)
    return (" " if short else "  ").join(marks)


def mini_lines(voorstel: FaseVoorstel, gekozen: int | None, content: Content, width: int) -> list[Text]:
    """The three rungs, highest first, and the 'no occasion seen' state below them."""
    lines = []
    for fase in (3, 2, 1, 0):
        if fase == 0 and voorstel.fase != 0 and gekozen != 0:
            continue
        marks = rung_marks(fase, voorstel, gekozen)
        name = content.fase_naam(fase)
        label = f"▶ {name}" if gekozen == fase else f"  {name}"
        style = "bold reverse" if gekozen == fase else "bold"
        if len(label) + len(marks) + 1 > width:
            marks = rung_marks(fase, voorstel, gekozen, short=True)
        lines.append(Text.assemble((label, style), (f" {marks}" if marks else "", "bold $accent")))
    return lines


def suggestion_sentence(voorstel: FaseVoorstel, content: Content) -> str:
    """The first condition that fired, worded for the room: what the indicatie rests on."""
    return voorstel.redenen[0].tekst(content.regels)


def rung_lines(fase: int, voorstel: FaseVoorstel, gekozen: int | None, content: Content, width: int) -> list[Text]:
    """One rung of the full-size ladder, as a box with this phase's own instruments."""
    inner = max(16, width - 2)
    marks = rung_marks(fase, voorstel, gekozen)
    title = content.fase_naam(fase) + ("" if fase == 1 else f" (plus fase {'1' if fase == 2 else '1 en 2'})")
    strong = "bold reverse" if gekozen == fase else "bold"
    lines = [Text.assemble(("┌ ", strong), (fit(title, inner - 1), strong))]
    if marks:
        lines.append(Text.assemble("│ ", (fit(marks, inner), "bold $accent")))
    for instrument_id in content.fasen[fase - 1].ladder:
        instrument = content.instrument(instrument_id)
        home = f" (fase {instrument.fase})" if instrument.fase != fase else ""
        lines.append(Text.assemble("│ ", fit(instrument.naam + home, inner)))
    lines.append(Text("└" + "─" * (inner + 1)))
    return lines


def full_lines(voorstel: FaseVoorstel, gekozen: int | None, content: Content, width: int) -> list[Text]:
    """The three rungs, phase 3 at the top and phase 1 at the bottom, and below them the
    app's own 'no occasion seen', marked as the app's."""
    lines: list[Text] = []
    for fase in (3, 2, 1):
        lines += rung_lines(fase, voorstel, gekozen, content, width)
    marks = rung_marks(0, voorstel, gekozen)
    zero = f"{content.fase_naam(0)} {content.eigen_mark('geen_aanleiding', 'tekst')}".strip()
    lines.append(
        Text.assemble(
            ("▶ " if gekozen == 0 else "  ", "bold"),
            (zero, "bold reverse" if gekozen == 0 else "bold"),
            (f" {marks}" if marks else "", "bold $accent"),
        )
    )
    return lines


class LadderView(Widget):
    """The full-size ladder, drawn at the width it is given."""

    def __init__(self, content: Content, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handreiking = content
        self.voorstel: FaseVoorstel | None = None
        self.gekozen: int | None = None

    def show(self, voorstel: FaseVoorstel, gekozen: int | None) -> None:
        self.voorstel, self.gekozen = voorstel, gekozen
        self.refresh(layout=True)

    def render(self) -> Text:
        if self.voorstel is None:
            return Text("")
        return literal(Text("\n").join(full_lines(self.voorstel, self.gekozen, self.handreiking, self.size.width)))

    def on_resize(self) -> None:
        self.refresh(layout=True)  # the lines are drawn for a width: a new width, new lines

    def get_content_height(self, container, viewport, width: int) -> int:
        if self.voorstel is None:
            return 1
        return len(full_lines(self.voorstel, self.gekozen, self.handreiking, width))
