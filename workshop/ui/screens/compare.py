"""Comparing sessions in the app: choose two or more, then per question the direction of
change, the changes in deviation and range, the tallies, and per session phase and landkaart."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen

from workshop.content import Content
from workshop.content.fields import FormatError
from workshop.domain.compare import HANDREIKING, SLECHTER_EERST, compare_sessions
from workshop.domain.forms import format_date
from workshop.domain.model import Sessie, municipality_key
from workshop.files.index import Overzicht, Samenvatting, overview
from workshop.files.store import load_session
from workshop.output.comparison import LEVELS, outcome_table, question_table, sessions_list, warnings
from workshop.ui.reading import read_in_thread
from workshop.ui.screens.base import AppAccess
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.plain_table import DataTable
from workshop.ui.widgets.row_list import RowList

CHOICE_COLUMNS = (("Kies", 4), ("Gemeente", 18), ("Titel", 0), ("Datum", 10), ("Deeln.", 6))
ORDERS = {HANDREIKING: "volgorde van de handreiking", SLECHTER_EERST: "grootste verslechtering eerst"}


def offered_first(entries: list[Overzicht], anchor: Samenvatting | None) -> list[Overzicht]:
    """Readable sessions; those of the anchor's municipality first, each group oldest first."""
    readable = [e for e in entries if e.samenvatting is not None]

    def key(entry: Overzicht) -> tuple:
        s = entry.samenvatting
        same = anchor is not None and municipality_key(s.gemeente) == municipality_key(anchor.gemeente)
        return (not same, municipality_key(s.gemeente), s.datum, s.aangemaakt)

    return sorted(readable, key=key)


class CompareSetupScreen(AppAccess, Screen[None]):
    """Choose the sessions to compare. The rows are a RowList, made only when they come into
    view, and choosing one redraws that row: with 1,000 sessions in the folder, a Textual
    DataTable built again on every press of the space bar took 50-110 ms a press."""

    CSS_PATH = "compare.tcss"

    BINDINGS = [
        Binding("space", "toggle", "Kiezen", key_display="spatie", tooltip="Deze sessie wel of niet vergelijken"),
        Binding("enter", "compare", "Vergelijken", tooltip="De gekozen sessies vergelijken"),
        Binding("escape", "close", "Terug"),
    ]

    def __init__(self, anchor: Path | None = None) -> None:
        super().__init__()
        self.anchor_path = anchor
        self.entries: list[Overzicht] = []
        self.chosen: set[Path] = set()
        self.reading = True  # the folder is read in a thread (on_mount)
        self.compare_when_read = False

    def compose(self) -> ComposeResult:
        yield Static("Sessies vergelijken", classes="title")
        yield Static(
            "Kies twee of meer sessies met de spatiebalk; Enter vergelijkt. "
            "Sessies van dezelfde gemeente staan bovenaan.",
            classes="explain",
        )
        # no focus until it is filled (_read): Enter before that reaches the screen and compares
        yield RowList(id="compare-choice", disabled=True)
        yield Static(id="compare-count", classes="explain")
        yield KeyBar()

    def on_mount(self) -> None:
        """The frame first; the folder is read in a thread (seconds for thousands of sessions
        without an index), and the list comes when it is read."""
        self.query_one("#compare-count", Static).update("sessies laden…")  # the list is focused when filled
        folder, content = self.workshop.sessions_dir, self.content

        def read(stop) -> list[Overzicht]:
            return overview(folder, content, stop=lambda done, total: stop())

        read_in_thread(self, "vergelijken", read, self._read)

    def _read(self, all_entries: list[Overzicht]) -> None:
        self.reading = False
        anchor = next((e.samenvatting for e in all_entries if e.path == self.anchor_path and e.samenvatting), None)
        self.entries = offered_first(all_entries, anchor)
        if anchor is not None:  # as a start: this session and the one before it (or after it)
            key = municipality_key(anchor.gemeente)
            same = [e.path for e in self.entries if municipality_key(e.samenvatting.gemeente) == key]
            index = same.index(self.anchor_path)
            other = index - 1 if index > 0 else index + 1
            self.chosen = {self.anchor_path, *([same[other]] if other < len(same) else [])}
        here = next((row for row, e in enumerate(self.entries) if e.path == self.anchor_path), 0)
        rows = self.query_one(RowList)
        rows.show(CHOICE_COLUMNS, len(self.entries), self._cells, here)  # the one before it chosen, above
        self._count()
        rows.disabled = False
        rows.focus()
        if self.compare_when_read:
            self.action_compare()

    def _cells(self, row: int) -> tuple[str, ...]:
        entry = self.entries[row]
        s = entry.samenvatting
        mark = "[✓]" if entry.path in self.chosen else "[ ]"
        return (mark, s.gemeente, s.titel, format_date(date.fromisoformat(s.datum)), str(s.deelnemers))

    def _count(self) -> None:
        count = len(self.chosen)
        self.query_one("#compare-count", Static).update(
            f"{count} gekozen" + ("" if count >= 2 else " · kies er minstens twee")
        )

    def action_toggle(self) -> None:
        rows = self.query_one(RowList)
        if not self.entries:
            return
        self.chosen ^= {self.entries[rows.cursor_row].path}
        rows.redraw_row(rows.cursor_row)
        self._count()

    def on_row_list_selected(self, event: RowList.Selected) -> None:
        event.stop()
        self.action_compare()

    def action_compare(self) -> None:
        if self.reading:
            self.compare_when_read = True  # Enter right after c: the sessions offered at the start
            return
        paths = [e.path for e in self.entries if e.path in self.chosen]
        self.workshop.flush()  # one of them may be the open session, with a write under way
        try:
            chosen = [load_session(path, self.content) for path in paths]
        except FormatError as problem:
            self.notify(str(problem), title="Niet te vergelijken", severity="error", timeout=10)
            return
        if len(chosen) < 2:
            self.notify("Kies minstens twee sessies om te vergelijken (spatiebalk).", severity="warning")
            return
        self.app.push_screen(CompareScreen(chosen, self.content, [path.name for path in paths]))

    def action_close(self) -> None:
        self.dismiss(None)


class CompareScreen(AppAccess, Screen[None]):
    CSS_PATH = "compare.tcss"

    BINDINGS = [
        Binding("s", "sort", "Sorteren", tooltip="Sorteren: handreiking, of de grootste verslechtering eerst"),
        Binding("w", "tallies", "Tellingen", tooltip="De tellingen per sessie tonen of verbergen"),
        Binding("escape", "close", "Terug"),
    ]

    def __init__(self, sessies: list[Sessie], content: Content, names: list[str]) -> None:
        super().__init__()
        self.vergelijking = compare_sessions(sessies, content, names)
        self.order = HANDREIKING
        self.tallies = False

    def compose(self) -> ComposeResult:
        yield Static("Vergelijking van sessies", classes="title")
        with VerticalScroll(id="compare"):
            yield Static(id="compare-head", classes="explain")
            yield DataTable(id="compare-questions", cursor_type="row")
            yield Static("Fase, landkaart en acties per sessie", classes="heading")
            yield DataTable(id="compare-outcome", cursor_type="row")
        yield KeyBar()

    def on_mount(self) -> None:
        content = self.content
        head = ["Van oud naar nieuw:", *sessions_list(self.vergelijking), *warnings(self.vergelijking, content)]
        levels = ", ".join(f"{LEVELS[value]} {content.woord(value).woord}" for value in (1, 3, 5))
        head.append(f"Verloop: het groepsantwoord per sessie, hoe hoger hoe vaker ({levels}).")
        self.query_one("#compare-head", Static).update("\n".join(head))
        self.query_one("#compare-outcome", DataTable).fill(outcome_table(self.vergelijking, content))
        self.draw()
        # not scrolled to: the list above it says which session is 1 and which is 2
        self.query_one("#compare-questions", DataTable).focus(scroll_visible=False)

    def draw(self) -> None:
        """The questions table at the width there is: the question column gets what the
        other columns leave (short names only where even that is too little)."""
        content = self.content
        width = self.app.size.width - 6  # the frame, the scrollbar and the table's own edge
        tabel = question_table(
            self.vergelijking, content, self.order, short=width < 120, tallies=self.tallies, trend=True
        )
        others = sum(
            2 + max(cell_len(heading), *(cell_len(row[index]) for row in tabel.rows))
            for index, heading in enumerate(tabel.headings)
            if heading != "Vraag"
        )
        longest = max(cell_len(row[1]) for row in tabel.rows)
        table = self.query_one("#compare-questions", DataTable)
        table.fill(tabel, {"Vraag": max(20, min(longest, width - others - 2))})
        table.border_title = ORDERS[self.order]

    def on_resize(self) -> None:
        if self.is_mounted:
            self.draw()

    def action_sort(self) -> None:
        self.order = SLECHTER_EERST if self.order == HANDREIKING else HANDREIKING
        self.draw()

    def action_tallies(self) -> None:
        self.tallies = not self.tallies
        self.draw()

    def action_close(self) -> None:
        self.dismiss(None)
