"""`workshop compare` on a terminal: the comparison's tables (output/comparison.py decides
every cell) as Rich tables, each cell literal text."""

from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from workshop.content import Content
from workshop.domain.compare import Vergelijking
from workshop.output.comparison import outcome_table, question_table, sessions_list, warnings
from workshop.output.text import one_line


def print_rich(vergelijking: Vergelijking, content: Content, order: str) -> None:
    console = Console()
    console.print(Text("Vergelijking van sessies", style="bold") + Text(", van oud naar nieuw:"))
    for label in sessions_list(vergelijking):
        console.print(Text(f"  {one_line(label)}"))
    for warning in warnings(vergelijking, content):
        console.print(Text(one_line(warning)))
    narrow = console.width < 160
    questions = question_table(vergelijking, content, order, short=narrow, tallies=console.width >= 100)
    for tabel, title in (
        (questions, "Per vraag (▲ beter, ▼ slechter, = gelijk)"),
        (outcome_table(vergelijking, content), "Fase, landkaart en acties"),
    ):
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, collapse_padding=True)
        for heading in tabel.headings:
            wraps = heading in ("Vraag", "Sessie")
            table.add_column(heading, overflow="fold", min_width=16 if wraps else None)
        for cells in tabel.rows:
            table.add_row(*(Text(one_line(cell)) for cell in cells))
        console.print(table)
