"""A long list of rows in fixed-width columns, drawn with the line API: only the rows on
screen are made and drawn.

The picker shows every session in the folder. Textual's DataTable measures every cell of
every row when rows are added and again before the first paint: 10,000 sessions took four
seconds before a row was on screen. Here showing 10,000 rows costs nothing until a row is
drawn, and a row's cells are asked for (and kept) only when it comes into view. The header
stays in place while the rows scroll; the cursor is a whole row, as in DataTable's row mode.

Cells are text: each is made one visible line (`clip`) and drawn as a plain segment, never
read as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from workshop.ui.display import clip, fit

Cells = Sequence[str]
WIDTH_CLASS = 20  # columns: the rows are laid out again when the width crosses a multiple of this


def widths_for(width: int, columns: Sequence[tuple[str, int]]) -> list[tuple[str, int]]:
    """The columns in a window this wide (a list spans it): the one of width 0 gets what the
    others leave, as wide as in the narrowest window of its width class (WIDTH_CLASS), at
    least 16, so that the rows are laid out again only when the class changes, not on every
    step of a dragged window. The frame: a blank either side of each cell, the border and the
    scrollbar."""
    frame = 2 * len(columns) + 4
    narrowest = width // WIDTH_CLASS * WIDTH_CLASS
    rest = max(16, narrowest - frame - sum(width for _, width in columns))
    return [(name, width or rest) for name, width in columns]


class RowList(ScrollView, can_focus=True):
    """Columns of fixed widths under a header; `show(columns, count, cells_of)` gives the rows."""

    DEFAULT_CSS = """
    RowList {
        height: 1fr;
        border: round $border-blurred;
        overflow-x: hidden;
        background: $surface;
        color: $foreground;
        &:focus {
            border: thick $primary;
            background-tint: $foreground 5%;
            & > .row-list--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .row-list--header {
                background-tint: $foreground 5%;
            }
        }
        & > .row-list--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .row-list--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
    }
    """

    COMPONENT_CLASSES = {"row-list--header", "row-list--cursor"}

    BINDINGS = [
        Binding("enter", "select", "Kiezen", show=False),
        Binding("up", "move(-1)", "Omhoog", show=False),
        Binding("down", "move(1)", "Omlaag", show=False),
        Binding("pageup", "page(-1)", "Vorige pagina", show=False),
        Binding("pagedown", "page(1)", "Volgende pagina", show=False),
        Binding("home,ctrl+home", "move(-1000000000)", "Eerste", show=False),
        Binding("end,ctrl+end", "move(1000000000)", "Laatste", show=False),
    ]

    class Highlighted(Message):
        """The cursor is on another row."""

        def __init__(self, row: int) -> None:
            super().__init__()
            self.row = row

    class Selected(Message):
        """Enter, or a click on the row under the cursor."""

        def __init__(self, row: int) -> None:
            super().__init__()
            self.row = row

    def __init__(self, *, id: str | None = None, disabled: bool = False) -> None:
        super().__init__(id=id, disabled=disabled)
        self.columns: list[tuple[str, int]] = []  # at this width (widths_for)
        self._columns_given: list[tuple[str, int]] = []
        self.row_count = 0
        self.cursor_row = 0
        self._cells_of: Callable[[int], Cells] = lambda row: ()
        self._made: dict[int, Cells] = {}
        self._styles: dict[str, Style] = {}

    # --- what is shown ----------------------------------------------------------------

    def show(
        self,
        columns: Sequence[tuple[str, int]],
        count: int,
        cells_of: Callable[[int], Cells],
        cursor: int | None = None,
    ) -> None:
        """Columns as (heading, width), of which one may have width 0: what the others leave
        (widths_for); `count` rows, whose cells `cells_of(row)` makes when the row is first
        drawn. The cursor goes to row `cursor`, or keeps its row; the nearest row that exists."""
        self._columns_given = list(columns)
        self.columns = widths_for(self.app.size.width, columns)
        self.row_count = count
        self._cells_of = cells_of
        self._made.clear()
        self._size_to_rows()
        self._move_to(self.cursor_row if cursor is None else cursor, announce=True)
        # scrolled as far as the old rows let it; once the new ones are laid out, to the cursor
        self.call_after_refresh(self._scroll_to_cursor)
        self.refresh()

    def redraw_row(self, row: int) -> None:
        """A row whose cells changed: made again when it is drawn."""
        self._made.pop(row, None)
        self.refresh_line(row + 1)  # below the header

    def cells(self, row: int) -> Cells:
        """The cells of a row, as they are drawn."""
        made = self._made.get(row)
        if made is None:
            made = self._made[row] = tuple(
                clip(text, width) for text, (_, width) in zip(self._cells_of(row), self.columns)
            )
        return made

    def _size_to_rows(self) -> None:
        # as wide as the widget: the columns fit their width class and are never scrolled sideways
        self.virtual_size = Size(self.scrollable_content_region.width, self.row_count + 1)

    def on_resize(self) -> None:
        columns = widths_for(self.app.size.width, self._columns_given)
        if columns != self.columns:  # another width class: the rows are made again in it
            self.columns = columns
            self._made.clear()
            self.refresh()
        self._size_to_rows()
        self._scroll_to_cursor()

    # --- the cursor -------------------------------------------------------------------

    @property
    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)  # the header stays

    def action_move(self, rows: int) -> None:
        self._move_to(self.cursor_row + rows)

    def action_page(self, pages: int) -> None:
        self._move_to(self.cursor_row + pages * self._page_height)

    def action_select(self) -> None:
        if self.row_count:
            self.post_message(self.Selected(self.cursor_row))

    def _move_to(self, row: int, *, announce: bool = False) -> None:
        row = max(0, min(row, self.row_count - 1))
        old, self.cursor_row = self.cursor_row, row
        if row != old:
            self.refresh_line(old + 1)
            self.refresh_line(row + 1)
        self._scroll_to_cursor()
        if self.row_count and (announce or row != old):
            self.post_message(self.Highlighted(row))

    def _scroll_to_cursor(self) -> None:
        top = self.scroll_offset.y
        if self.cursor_row < top:
            top = self.cursor_row
        elif self.cursor_row >= top + self._page_height:
            top = self.cursor_row - self._page_height + 1
        if top != self.scroll_offset.y:
            self.scroll_to(y=top, animate=False, immediate=True)

    def on_click(self, event: events.Click) -> None:
        """A click puts the cursor on a row; a click on the row under the cursor selects it."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y == 0:
            return  # the header, or the border
        row = self.scroll_offset.y + offset.y - 1
        if row >= self.row_count:
            return
        if row == self.cursor_row:
            self.action_select()
        else:
            self._move_to(row)

    # --- drawing ----------------------------------------------------------------------

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()

    def _style(self, name: str) -> Style:
        """The widget's style (name "") or a component's; rich_style walks the DOM on every
        access, so they are kept until the styles change (a new theme, focus: notify_style_update)."""
        style = self._styles.get(name)
        if style is None:
            style = self.rich_style if not name else self.get_component_rich_style(f"row-list--{name}")
            self._styles[name] = style
        return style

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        base = self._style("")
        if y == 0:
            texts: Cells = [heading for heading, _ in self.columns]
            style = base + self._style("header")
        else:
            row = self.scroll_offset.y + y - 1
            if row >= self.row_count:
                return Strip.blank(width, base)
            texts = self.cells(row)
            style = base + self._style("cursor") if row == self.cursor_row else base
        line = "".join(f" {fit(text, column_width)} " for text, (_, column_width) in zip(texts, self.columns))
        return Strip([Segment(line, style)]).adjust_cell_length(width, style)

    def on_focus(self) -> None:
        self.refresh()  # the cursor's colours (notify_style_update has dropped the kept styles)

    def on_blur(self) -> None:
        self.refresh()
