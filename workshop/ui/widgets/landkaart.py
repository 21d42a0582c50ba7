"""The landkaart: the conscious-competence 2x2, with the app's indicatie and the group's choice."""

from __future__ import annotations

from textwrap import wrap

from textual.binding import Binding
from textual.content import Content as Text
from textual.message import Message
from textual.widget import Widget

from workshop.content import BEKWAAM, BEWUST, ONBEKWAAM, ONBEWUST, Content
from workshop.domain.advice import LandkaartHint
from workshop.ui.display import fit
from workshop.ui.widgets.plain import literal

HINT, CHOICE = "◆", "●"
ROWS, COLUMNS = (BEWUST, ONBEWUST), (ONBEKWAAM, BEKWAAM)


def cell_marks(kwadrant_id: str, hint: LandkaartHint, gekozen: str | None, short: bool = False) -> str:
    """'● keuze groep ◆ indicatie', or where room is short '● groep ◆ app'."""
    marks = []
    if kwadrant_id == gekozen:
        marks.append(f"{CHOICE} groep" if short else f"{CHOICE} keuze groep")
    if kwadrant_id == hint.kwadrant_id:
        marks.append(f"{HINT} app" if short else f"{HINT} indicatie")
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
            if len(marks) > cell - 1:
                marks = cell_marks(f"{rij}-{kolom}", hint, gekozen, short=True)
            style = "bold reverse" if f"{rij}-{kolom}" == gekozen else "bold $accent" if marks else ""
            cells.append((fit(marks or "·", cell - 1) + " ", style))
        lines.append(Text.assemble((fit(rij, row_width), "bold"), *cells))
    return lines


def hint_sentence(hint: LandkaartHint, gekozen: str | None, content: Content) -> str:
    hinted = content.kwadrant_by_id(hint.kwadrant_id).naam.lower() if hint.kwadrant_id else "nog open"
    chosen = content.kwadrant_by_id(gekozen).naam.lower() if gekozen else "nog niet gekozen"
    return f"{HINT} indicatie: {hinted}\n{CHOICE} keuze groep: {chosen}"


def map_lines(
    content: Content,
    hint: LandkaartHint,
    gekozen: str | None,
    selected: str | None,
    trail: dict[str, list[str]],
    width: int,
) -> list[Text]:
    """The full-size landkaart: four boxes with name, markers, earlier sessions and explanation."""
    cell = max(24, (width - 12) // 2)
    lines: list[Text] = [Text.assemble(" " * 10, (fit("onbekwaam", cell + 1), "bold"), (fit("bekwaam", cell), "bold"))]
    for rij in ROWS:
        own = content.eigen_mark("kwadranten.uitleg")
        bodies = [
            _body(content.kwadrant(rij, kolom), own, hint, gekozen, selected, trail, cell - 2) for kolom in COLUMNS
        ]
        height = max(len(body) for body in bodies)
        boxes = [_box(body, height, cell, f"{rij}-{kolom}" == selected) for body, kolom in zip(bodies, COLUMNS)]
        for index in range(height + 2):
            row_label = (fit(rij, 9), "bold") if index == 1 else " " * 9
            lines.append(Text.assemble(row_label, " ", boxes[0][index], " ", boxes[1][index]))
    return lines


def _body(kwadrant, own: str, hint: LandkaartHint, gekozen, selected, trail, inner: int) -> list[tuple[str, str]]:
    marks = cell_marks(kwadrant.id, hint, gekozen)
    body = [(("▸ " if kwadrant.id == selected else "  ") + kwadrant.naam, "bold")]
    body.append((marks, "bold reverse" if kwadrant.id == gekozen else "bold $accent"))
    if trail.get(kwadrant.id):
        body.append(("eerder: " + ", ".join(trail[kwadrant.id]), "bold"))
    # the explanations are the app's, and this is where the group decides: marked as such
    body += [(line, "") for line in wrap(f"{kwadrant.uitleg} {own}".strip(), inner - 1)]
    return body


def _box(body: list[tuple[str, str]], height: int, cell: int, selected: bool) -> list[Text]:
    """A box of `height` lines of text; the selected one is drawn heavy, so it shows without colour."""
    inner = cell - 2
    edge = "bold $primary" if selected else ""
    horizontal, side, corners = ("━", "┃", "┏┓┗┛") if selected else ("─", "│", "┌┐└┘")
    lines = [Text.styled(corners[0] + horizontal * inner + corners[1], edge)]
    for text, style in body + [("", "")] * (height - len(body)):
        lines.append(Text.assemble((side, edge), (fit(text, inner), style), (side, edge)))
    lines.append(Text.styled(corners[2] + horizontal * inner + corners[3], edge))
    return lines


class LandkaartKiezer(Widget, can_focus=True):
    """The full-size landkaart; the arrow keys move the selection, Enter makes it the group's choice."""

    # The focus: a thick frame, seen from the back of the room; without it the frame is blank,
    # so that nothing moves when the focus comes or goes.
    DEFAULT_CSS = """
    LandkaartKiezer {
        height: auto;
        border: blank;
        &:focus { border: thick $primary; }
    }
    """

    BINDINGS = [
        Binding("up", "move('rij', -1)", "Omhoog", show=False),
        Binding("down", "move('rij', 1)", "Omlaag", show=False),
        Binding("left", "move('kolom', -1)", "Links", show=False),
        Binding("right", "move('kolom', 1)", "Rechts", show=False),
        Binding("enter", "choose", "Kiezen", tooltip="Het geselecteerde kwadrant als keuze van de groep vastleggen"),
        Binding("delete,backspace", "clear", "Wis", tooltip="De keuze van de groep wissen"),
    ]

    class Chosen(Message):
        """The group's quadrant, or None: the choice cleared."""

        def __init__(self, kwadrant_id: str | None) -> None:
            super().__init__()
            self.kwadrant_id = kwadrant_id

    def __init__(self, content: Content, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handreiking = content
        self.hint: LandkaartHint | None = None
        self.gekozen: str | None = None
        self.trail: dict[str, list[str]] = {}
        self.rij, self.kolom = 0, 0

    def show(self, hint: LandkaartHint, gekozen: str | None, trail: dict[str, list[str]]) -> None:
        self.hint, self.gekozen, self.trail = hint, gekozen, trail
        start = gekozen or hint.kwadrant_id
        if start:
            rij, kolom = start.split("-")
            self.rij, self.kolom = ROWS.index(rij), COLUMNS.index(kolom)
        self.refresh(layout=True)

    @property
    def selected(self) -> str:
        return f"{ROWS[self.rij]}-{COLUMNS[self.kolom]}"

    def render(self) -> Text:
        if self.hint is None:
            return Text("")
        lines = map_lines(self.handreiking, self.hint, self.gekozen, self.selected, self.trail, self.size.width)
        return literal(Text("\n").join(lines))

    def on_resize(self) -> None:
        self.refresh(layout=True)  # the lines are drawn for a width: a new width, new lines

    def get_content_height(self, container, viewport, width: int) -> int:
        if self.hint is None:
            return 1
        return len(map_lines(self.handreiking, self.hint, self.gekozen, self.selected, self.trail, width))

    def action_move(self, axis: str, delta: int) -> None:
        if axis == "rij":
            self.rij = min(max(self.rij + delta, 0), 1)
        else:
            self.kolom = min(max(self.kolom + delta, 0), 1)
        self.refresh()

    def action_choose(self) -> None:
        self.post_message(self.Chosen(self.selected))

    def action_clear(self) -> None:
        if self.gekozen is not None:
            self.post_message(self.Chosen(None))
