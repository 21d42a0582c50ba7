"""The session picker: every session in the folder, unreadable ones marked with the reason.

Paint first: the screen shows its frame and "sessies laden…" at once, and the folder is read
in a thread (10,000 files take seconds on a first run); the rows follow, in a RowList that
makes a row only when it comes into view (and again only when a resize changes the width class
of its columns, row_list.widths_for)."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding

from workshop.content.fields import FormatError
from workshop.domain.forms import format_count, format_date
from workshop.files.index import Overzicht, overview
from workshop.files.store import load_session
from workshop.ui.commands import key_for
from workshop.ui.messages import OpenSession, RunCommand
from workshop.ui.reading import read_in_thread
from workshop.ui.screens.base import AppAccess
from workshop.ui.startup import FirstFrameWhole
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.row_list import RowList

COLUMNS = (("Sessie", 0), ("Datum", 10), ("Deeln.", 6), ("Ingevuld", 8), ("Fase", 18))
PROGRESS = 0.25  # seconds between the lines that say how far a long read is


class PickerScreen(AppAccess, FirstFrameWhole):
    CSS_PATH = "picker.tcss"

    BINDINGS = [
        Binding("enter", "open", "Openen", show=True, priority=False),
        # both open a form: run in the App's turn, so that keys typed next land in the form
        key_for("nieuw", "n", priority=True),
        Binding(
            "k", "next_round", "Volgende ronde", tooltip="Volgende ronde: dezelfde deelnemers en normen", priority=True
        ),
        Binding("c", "compare", "Vergelijken", tooltip="Sessies met elkaar vergelijken"),
        Binding("i", "intro", "Inleiding", tooltip="De inleiding: wat is bestuurscultuur, de onderstroom"),
        Binding("ctrl+r", "reload", "Vernieuwen", show=False, tooltip="De lijst opnieuw inlezen"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[Overzicht] = []
        self.reading = False

    def compose(self) -> ComposeResult:
        yield Static("Bestuurscultuur · sessies", id="picker-title")
        yield Static(id="picker-folder")
        yield RowList(id="sessions")
        yield Static(id="picker-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(RowList).focus()  # the folder is read when the screen is shown (resume)

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the folder in a thread; the rows come when it is read."""
        self.reading = True
        folder = self.workshop.sessions_dir
        self.query_one("#picker-folder", Static).update(f"Map: {folder} · sessies laden…")
        content = self.content

        def read(stop) -> list[Overzicht]:
            said = [time.monotonic()]

            def progress(done: int, total: int) -> bool:
                """Four times a second say how far the reading is."""
                if stop():
                    return True
                if time.monotonic() - said[0] >= PROGRESS:
                    said[0] = time.monotonic()
                    self.app.call_from_thread(self._progress, folder, done, total)
                return False

            return overview(folder, content, stop=progress)

        read_in_thread(self, "sessies", read, self._loaded)

    def _progress(self, folder: Path, done: int, total: int) -> None:
        if self.is_attached and self.reading:
            self.query_one("#picker-folder", Static).update(
                f"Map: {folder} · sessies laden… {format_count(done)} van {format_count(total)}"
            )

    def _loaded(self, entries: list[Overzicht]) -> None:
        before = self.selected()
        self.entries, self.reading = entries, False
        # back from a form, or read again: the cursor stays on its session (else the first row)
        rows = (row for row, entry in enumerate(entries) if before is not None and entry.path == before.path)
        self._fill(cursor=next(rows, 0))

    def _fill(self, cursor: int | None = None) -> None:
        """The rows; the cursor on row `cursor`, or where it was."""
        folder: Path = self.workshop.sessions_dir
        self.query_one(RowList).show(COLUMNS, len(self.entries), self._cells, cursor)
        count = len(self.entries)
        self.query_one("#picker-folder", Static).update(
            f"Map: {folder} · {format_count(count)} {'sessie' if count == 1 else 'sessies'}"
            if count
            else f"Nog geen sessies in {folder}. Druk op n voor een nieuwe sessie; workshop --demo opent een voorbeeld."
        )
        self._show_detail()

    def _cells(self, row: int) -> tuple[str, ...]:
        """A session's row, made when it comes into view."""
        entry = self.entries[row]
        s = entry.samenvatting
        if s is None:
            return (f"⚠ ONLEESBAAR: {entry.path.name}", "", "", "", "")
        datum = format_date(date.fromisoformat(s.datum))
        return (f"{s.gemeente} · {s.titel}", datum, str(s.deelnemers), f"{s.beantwoord}%", s.fase(self.content))

    def selected(self) -> Overzicht | None:
        row = self.query_one(RowList).cursor_row
        return self.entries[row] if row < len(self.entries) else None

    def on_row_list_highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        entry = self.selected()
        detail = self.query_one("#picker-detail", Static)
        if entry is None:
            detail.update("")
        elif entry.samenvatting is None:
            detail.update(f"⚠ {entry.path.name} is niet te openen: {entry.fout}")
        else:
            detail.update(f"Bestand: {entry.path.name} · Enter opent, k begint een volgende ronde")

    def on_row_list_selected(self) -> None:
        self.action_open()

    def action_open(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        if entry.samenvatting is None:
            self.notify(
                f"{entry.path.name} is niet te openen: {entry.fout}", title="Onleesbaar", severity="error", timeout=10
            )
            return
        self.post_message(OpenSession(entry.path))

    async def action_next_round(self) -> None:
        entry = self.selected()
        self.workshop.flush()  # it may be the open session, with a write under way
        try:
            earlier = load_session(entry.path, self.content) if entry and entry.samenvatting else None
        except FormatError:
            earlier = None
        if earlier is None:
            self.notify("Kies eerst een leesbare sessie om als volgende ronde te kopiëren.", severity="warning")
            return
        await self.workshop.begin_session(earlier)

    def action_compare(self) -> None:
        self.post_message(RunCommand("vergelijken"))

    def action_intro(self) -> None:
        self.post_message(RunCommand("inleiding"))

    def action_reload(self) -> None:
        self.reload()
