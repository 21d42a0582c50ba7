"""The app's DataTable: every cell and heading is one literal line (see plain.py). Apart from
plain.py, so that a screen without a table does not import Textual's DataTable."""

from __future__ import annotations

from rich.text import Text as RichText
from textual import widgets

from workshop.output.tables import Tabel
from workshop.output.text import one_line
from workshop.ui.display import clip


def cell(value: object) -> object:
    """A DataTable cell or heading: a string as one literal line."""
    if isinstance(value, str):
        return RichText(one_line(value), end="")
    return value


class DataTable(widgets.DataTable):
    DEFAULT_CSS = """
    DataTable {
        height: 1fr;
        border: round $border-blurred;
        &:focus { border: thick $primary; }
    }
    """

    def action_scroll_home(self) -> None:
        """Home: in a table of rows, to the first row (as in the session list), not sideways."""
        if self.cursor_type == "row":
            self.action_scroll_top()
        else:
            super().action_scroll_home()

    def action_scroll_end(self) -> None:
        """End: in a table of rows, to the last row; Textual scrolled the columns to their end."""
        if self.cursor_type == "row":
            self.action_scroll_bottom()
        else:
            super().action_scroll_end()

    def add_column(self, label, *, width: int | None = None, key: str | None = None, default=None):
        return super().add_column(cell(label), width=width, key=key, default=default)

    def add_row(self, *cells, height: int | None = 1, key: str | None = None, label=None):
        return super().add_row(*map(cell, cells), height=height, key=key, label=None if label is None else cell(label))

    def update_cell(self, row_key, column_key, value, *, update_width: bool = False) -> None:
        super().update_cell(row_key, column_key, cell(value), update_width=update_width)

    def fill(self, tabel: Tabel, widths: dict[str, int] | None = None, caps: dict[str, int] | None = None) -> None:
        """Show a table decided in output/tables.py: every column, every row (keyed when it
        has keys). A column in `widths` has that width and its cells are cut to it; one in
        `caps` is as wide as it needs, up to the cap; others up to 60."""
        widths, caps = widths or {}, {**(caps or {}), **(widths or {})}
        self.clear(columns=True)
        for heading in tabel.headings:
            self.add_column(clip(heading, caps.get(heading, 60)), width=widths.get(heading))
        keys = tabel.keys or [None] * len(tabel.rows)
        for cells, key in zip(tabel.rows, keys):
            self.add_row(*(clip(c, caps.get(h, 60)) for h, c in zip(tabel.headings, cells)), key=key)
