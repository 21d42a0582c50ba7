"""The answer grid: questions down, participants across, drawn with the line API.

A keypress repaints only the lines it changes (the old and new cursor rows), so that a
room of fifty participants answers as fast as a room of six. The header row and the
question labels stay in place while the cells scroll.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workshop.content import Content
from workshop.domain.model import Deelnemer, Sessie
from workshop.domain.questionnaire import Cursor, move
from workshop.domain.rules import deviation_from_norm
from workshop.ui.display import fit as _fit

CELL_MIN, CELL_MAX, LABEL_MIN, LABEL_MAX = 7, 22, 5, 45  # 45: the longest short label, 40, whole
NUMBER_ONLY = 12  # a label narrower than this shows the question number only
OPEN, FILLED, WITHIN, OUTSIDE = "·", "●", "✓", "✗"


def grid_layout(width: int, columns: int, label_max: int = LABEL_MAX) -> tuple[int, int]:
    """(label width, cell width): every column at its minimum first, then a wider label (up
    to `label_max`, the longest label), then wider cells."""
    if columns == 0:
        return min(max(width, LABEL_MIN), label_max), CELL_MIN
    label = max(LABEL_MIN, min(label_max, width - columns * CELL_MIN))
    cell = max(CELL_MIN, min(CELL_MAX, (width - label) // columns))
    return label, cell


def line_spacing(height: int, lines: int) -> int:
    """2 (a blank line under every row, easier to follow across a room) when the whole grid
    still fits that way below its header row, else 1."""
    return 2 if height >= 1 + 2 * lines else 1


def cell_text(value: int | None, vraag, norm: int | None, content: Content, width: int, show: bool) -> tuple[str, str]:
    """The text of one cell and its kind: open, filled (hidden), within, outside, plain."""
    if value is None:
        return OPEN, "open"
    if not show:
        return FILLED, "filled"
    woord = content.woord(value)
    if norm is None:
        return _first_fitting((woord.woord, woord.kort, woord.woord[0].upper()), width), "plain"
    steps = deviation_from_norm(value, norm, vraag)
    mark = f"{OUTSIDE}{steps}" if steps else WITHIN
    forms = (f"{woord.woord} {mark}", f"{woord.kort} {mark}", f"{woord.kort}{mark}", f"{woord.woord[:3]}{mark}")
    return _first_fitting(forms, width), "outside" if steps else "within"


def _first_fitting(forms: tuple[str, ...], width: int) -> str:
    """The longest form that fits, down to a one-letter abbreviation."""
    return next((form for form in forms if len(form) <= width), forms[-1])


def row_state(sessie: Sessie, people: list[Deelnemer], vraag_id: str, shown: range) -> tuple:
    """What a question's cells for the columns `shown` are drawn from: those columns, whether
    the question is revealed, its norm, and the answers."""
    values = tuple(people[column].antwoorden.get(vraag_id) for column in shown)
    return shown, sessie.is_revealed(vraag_id), sessie.normen.get(vraag_id), values


@dataclass(frozen=True)
class Line:
    kind: str  # "sectie" or "vraag"
    index: int  # section or question index
    text: str  # the section's heading, or the question's short label


class AnswerGrid(ScrollView, can_focus=True):
    """Questions as rows under their section headings, participants as columns."""

    COMPONENT_CLASSES = {
        "answer-grid--header",
        "answer-grid--header-cursor",
        "answer-grid--label",
        "answer-grid--label-cursor",
        "answer-grid--section",
        "answer-grid--cell",
        "answer-grid--cursor",
        "answer-grid--open",
        "answer-grid--within",
        "answer-grid--outside",
    }

    BINDINGS = [
        Binding("up", "move(-1, 0)", "Omhoog", show=False),
        Binding("down", "move(1, 0)", "Omlaag", show=False),
        Binding("left", "move(0, -1)", "Links", show=False),
        Binding("right", "move(0, 1)", "Rechts", show=False),
        Binding("home", "move(-99, 0)", "Eerste vraag", show=False),
        Binding("end", "move(99, 0)", "Laatste vraag", show=False),
    ]

    class Moved(Message):
        """The cursor moved, by a key of this grid or by the screen."""

        def __init__(self, old: Cursor, new: Cursor) -> None:
            super().__init__()
            self.old = old
            self.new = new

    def __init__(self, content: Content, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handreiking = content
        self.sessie: Sessie | None = None
        self.people: list[Deelnemer] = []  # the columns, in the order the room sees them
        self.cursor = Cursor(0, 0)
        self._lines: list[Line] = []
        self._line_of_question: list[int] = []
        self._layout = (LABEL_MIN, CELL_MIN)
        self._spacing = 1
        self._styles: dict[str, Style] = {}
        # per question row drawn since the grid was last shown whole: what its cells were drawn from
        self._drawn: dict[int, tuple] = {}
        for index, sectie in enumerate(content.secties):
            self._lines.append(Line("sectie", index, sectie.naam.upper()))
            for vraag in content.vragen_in(sectie.id):
                self._line_of_question.append(len(self._lines))
                self._lines.append(Line("vraag", vraag.nummer - 1, vraag.kort))
        # the cursor marker, the number, the label and a blank after it
        self._label_max = min(LABEL_MAX, max(len(line.text) for line in self._lines) + 5)

    # --- state ------------------------------------------------------------------------

    def show(self, sessie: Sessie, cursor: Cursor) -> None:
        """Draw this session (again), e.g. after participants changed."""
        self.sessie = sessie
        self.people = sessie.columns()
        self.cursor = cursor
        self._drawn.clear()  # drawn again whole: what each row records then is for these columns
        self._relayout()
        self.refresh()

    def shows_columns_of(self, sessie: Sessie) -> bool:
        """Whether the columns on screen are this session's participants, the same ones."""
        columns = sessie.columns()
        return (
            sessie is self.sessie and len(columns) == len(self.people) and all(map(operator.is_, columns, self.people))
        )

    def show_answers(self) -> None:
        """Answers changed elsewhere (on phones), with the same participants: only the rows
        whose cells were drawn from other answers than the session's are drawn again (a row in
        view records itself again when it is drawn; one out of view, when it comes into view).
        At 200x60 with fifty participants the whole grid took 5.8 ms to draw, seven times a
        second while phones answer, and a key that came meanwhile waited for it."""
        changed = [
            index
            for index, drawn in self._drawn.items()
            if drawn != row_state(self.sessie, self.people, self.handreiking.vragen[index].id, drawn[0])
        ]
        for index in changed:
            del self._drawn[index]
            self.refresh_question(index)

    @property
    def spacing(self) -> int:
        """2 when a blank line follows every row (a tall screen), else 1."""
        return self._spacing

    @property
    def columns(self) -> int:
        return len(self.people)

    @property
    def rows(self) -> int:
        return len(self.handreiking.vragen)

    def set_cursor(self, cursor: Cursor, *, announce: bool = True) -> None:
        """Move the cursor; `announce` posts Moved (the screen handles its own moves directly)."""
        old = self.cursor
        if cursor == old:
            return
        self.cursor = cursor
        self.refresh_question(old.rij)
        self.refresh_question(cursor.rij)
        self._refresh_header()
        self.scroll_to_cursor()
        if announce:
            self.post_message(self.Moved(old, cursor))

    def line_of(self, vraag_index: int) -> int:
        """The line of the grid's content (under its header) that holds this question."""
        return self._line_of_question[vraag_index] * self._spacing

    def refresh_question(self, vraag_index: int) -> None:
        """Repaint one question's row: after an answer, or a move of the cursor."""
        self.refresh_line(self._line_of_question[vraag_index] * self._spacing + 1)

    def _refresh_header(self) -> None:
        self.refresh(Region(0, 0, self.size.width, 1))

    def action_move(self, drij: int, dkolom: int) -> None:
        self.set_cursor(move(self.cursor, self.rows, self.columns, drij=drij, dkolom=dkolom))

    # --- layout -----------------------------------------------------------------------

    def on_resize(self) -> None:
        self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def _relayout(self) -> None:
        region = self.scrollable_content_region
        self._layout = grid_layout(region.width, self.columns, self._label_max)
        self._spacing = line_spacing(region.height, len(self._lines))
        label, cell = self._layout
        # when the columns need scrolling, a cell more: the last page of columns then starts on
        # a column's edge (scrolling stops at the virtual width, and would cut a column in half)
        width = label + cell * self.columns
        if width > region.width:
            width += cell
        self.virtual_size = Size(width, len(self._lines) * self._spacing + 1)

    def scroll_to_cursor(self) -> None:
        """Keep the cursor in view by turning a page, not a line or a column at a time: the
        room sees a steady grid, and a key repaints a few lines instead of all of them. A
        hidden grid (behind the view for the room) has no size and keeps its place."""
        if not self.size.height:
            return
        label, cell = self._layout
        line = self._line_of_question[self.cursor.rij] * self._spacing
        # the header row and the label column stay in place, so the visible body is smaller
        visible_height = max(1, self.scrollable_content_region.height - 1)
        columns_visible = max(1, (self.scrollable_content_region.width - label) // cell)
        scroll_y = _page(line, self.scroll_offset.y, visible_height, len(self._lines) * self._spacing)
        first_column = _page(self.cursor.kolom, self.scroll_offset.x // cell, columns_visible, self.columns)
        if self.cursor.rij == 0:
            scroll_y = 0  # the heading above the first question stays in view
        self.scroll_to(first_column * cell, scroll_y, animate=False, immediate=True)

    # --- drawing ----------------------------------------------------------------------

    def _base_style(self) -> Style:
        """The widget's own style; rich_style walks the DOM on every access, so it is kept
        until the styles change (a new theme)."""
        style = self._styles.get("")
        if style is None:
            style = self._styles[""] = self.rich_style
        return style

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(f"answer-grid--{name}")
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._base_style()
        if self.sessie is None:
            return Strip.blank(width, base)
        label_width, cell_width = self._layout
        scroll_x, scroll_y = self.scroll_offset
        room = max(0, width - label_width)
        # only the columns in view are drawn: a room of fifty costs what a room of six does
        shown = range(scroll_x // cell_width, min(self.columns, -(-(scroll_x + room) // cell_width)))
        if y == 0:
            label, cells = self._header(label_width, cell_width, shown)
        else:
            index, spacer = divmod(scroll_y + y - 1, self._spacing)
            if spacer or index >= len(self._lines):
                return Strip.blank(width, base)
            line = self._lines[index]
            if line.kind == "sectie":
                # the heading runs over the label and the cells, and stays put when the
                # cells scroll sideways: it is never cut in the middle
                return Strip([Segment(_fit(line.text, width), self._style("section"))])
            label, cells = self._body(line, label_width, cell_width, shown)
        left = scroll_x - shown.start * cell_width
        cells = cells.crop_extend(left, left + room, base)
        return Strip.join([label, cells]).adjust_cell_length(width, base)

    def _header(self, label_width: int, cell_width: int, shown: range) -> tuple[Strip, Strip]:
        style, cursor_style = self._style("header"), self._style("header-cursor")
        focused = self.has_focus
        label = Strip([Segment(" " + _fit("Vraag" if label_width >= NUMBER_ONLY else "Nr", label_width - 1), style)])
        segments = []
        for index in shown:
            deelnemer = self.people[index]
            name = str(index + 1) if self.sessie.anoniem else f"{index + 1} {deelnemer.naam}"
            current = index == self.cursor.kolom
            text = _fit(("▼" if current else " ") + name, cell_width - 1) + " "
            segments.append(Segment(text, cursor_style if current and focused else style))
        return label, Strip(segments, cell_width * len(segments))

    def _body(self, line: Line, label_width: int, cell_width: int, shown: range) -> tuple[Strip, Strip]:
        """A question's row: its label, a blank, and per participant in `shown` a cell that ends in
        a blank."""
        current_row = line.index == self.cursor.rij
        marker = "▶" if current_row else " "
        label_style = self._style("label-cursor" if current_row else "label")
        # '▶ 3 Slechte omgang raadsleden ': the numbers right-aligned, and a blank at the end
        short = _fit(line.text, label_width - 5) if label_width >= NUMBER_ONLY else " " * (label_width - 5)
        label = Strip([Segment(f"{marker}{line.index + 1:>2} {short} ", label_style)])
        vraag = self.handreiking.vragen[line.index]
        state = self._drawn[line.index] = row_state(self.sessie, self.people, vraag.id, shown)
        _, show, norm, values = state
        segments = []
        for column, value in zip(shown, values):
            cursor = current_row and column == self.cursor.kolom
            room = cell_width - (2 if cursor else 1)  # the cursor's ▸ takes a cell of its own
            text, kind = cell_text(value, vraag, norm, self.handreiking, room, show)
            style = self._style(_KIND_STYLE.get(kind, "cell"))
            if cursor:
                style = style + self._style("cursor") if self.has_focus else style + Style(reverse=True)
                segments.append(Segment("▸" + _cell(text, cell_width - 1), style))
            else:
                segments.append(Segment(_cell(text, cell_width), style))
        return label, Strip(segments, cell_width * len(segments))

    def on_focus(self) -> None:
        self.refresh()

    def on_blur(self) -> None:
        self.refresh()


_KIND_STYLE = {"open": "open", "within": "within", "outside": "outside"}


def _page(position: int, first: int, visible: int, total: int) -> int:
    """The first visible line or column: unchanged while `position` is in view, else the
    page that holds it, with the last page full."""
    if first <= position < first + visible:
        return first
    start = (position // visible) * visible
    return max(0, min(start, total - visible))


@functools.lru_cache(maxsize=4096)
def _cell(text: str, width: int) -> str:
    """A cell's text and the blank that parts it from the next, `width` cells in all: there
    are few different ones, so they are kept."""
    return _fit(text, width - 1) + " "
