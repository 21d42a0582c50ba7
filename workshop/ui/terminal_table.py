"""`workshop compare` on a terminal: the comparison's tables (output/comparison.py decides
every cell) as Rich tables, each cell literal text.

On a terminal the tables fit its width; piped or redirected they fit $COLUMNS, or, without
it, are not wrapped at all: one line per row. A cell wraps between words, never inside one.
"""

from __future__ import annotations

import os
import sys

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from workshop.content import Content
from workshop.domain.compare import Vergelijking
from workshop.output.comparison import outcome_table, question_table, sessions_list, warnings
from workshop.output.tables import Tabel
from workshop.output.text import one_line

UNWRAPPED = 100_000  # piped or redirected without $COLUMNS: wide enough for every row on one line
FREE_TEXT = ("Vraag", "Sessie")  # columns of names and sentences; the others hold short cells


def print_rich(vergelijking: Vergelijking, content: Content, order: str) -> None:
    console = _console()
    width = console.width
    with console.capture() as capture:
        console.print(Text("Vergelijking van sessies", style="bold") + Text(", van oud naar nieuw:"))
        for label in sessions_list(vergelijking):
            console.print(Text(f"  {one_line(label)}"))
        for warning in warnings(vergelijking, content):
            console.print(Text(one_line(warning)))
        questions = question_table(vergelijking, content, order, short=width < 160)
        if not _widths(questions, width)[1]:  # no room for the tallies
            questions = question_table(vergelijking, content, order, short=width < 160, tallies=False)
        console.print(_rich_table(questions, "Per vraag (▲ beter, ▼ slechter, = gelijk)", width))
        console.print(_rich_table(outcome_table(vergelijking, content), "Fase, landkaart en acties", width))
    sys.stdout.write("".join(line.rstrip() + "\n" for line in capture.get().splitlines()))


def _console() -> Console:
    """The terminal's width on a terminal; else $COLUMNS when it is a positive number, else no limit."""
    if sys.stdout.isatty():
        return Console()
    columns = os.environ.get("COLUMNS", "")
    return Console(width=int(columns) if columns.isdigit() and int(columns) > 0 else UNWRAPPED)


def _rich_table(tabel: Tabel, title: str, width: int) -> Table:
    table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 1, 0, 0))
    for heading, column_width in zip(tabel.headings, _widths(tabel, width)[0]):
        table.add_column(heading, width=column_width, overflow="fold" if heading in FREE_TEXT else "ellipsis")
    for cells in tabel.rows:
        table.add_row(*(Text(one_line(cell)) for cell in cells))
    return table


def _widths(tabel: Tabel, width: int) -> tuple[list[int], bool]:
    """Column widths for a table at most `width` cells wide, and whether every word fits.

    Each column starts as wide as its longest cell. Where that is too wide, the free text
    wraps first, down to its longest word; then the short cells, each down to its longest
    word, from the right (where the headings are wider than the numbers under them); only
    then does a word of free text fold, so a short cell is never cut.
    """
    room = width - (2 * len(tabel.headings) + 1)  # box.SIMPLE_HEAD's edges and lines, a space after each cell
    columns = [[one_line(text) for text in column] for column in zip(tabel.headings, *tabel.rows)]
    least = [max(cell_len(word) for text in column for word in text.split()) for column in columns]
    widths = [max(cell_len(text) for text in column) for column in columns]
    free = next(index for index, heading in enumerate(tabel.headings) if heading in FREE_TEXT)
    shrink = [(free, least[free])]
    shrink += [(index, least[index]) for index in reversed(range(len(widths))) if index != free]
    shrink.append((free, 1))
    for index, floor in shrink:
        widths[index] -= max(0, min(sum(widths) - room, widths[index] - floor))
    return widths, sum(least) <= room
