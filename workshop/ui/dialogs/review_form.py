"""The review of one earlier action: its status now, and a note."""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen

from workshop.domain.model import Terugblik
from workshop.ui.screens.base import AppAccess
from workshop.ui.widgets.cycle import CycleSelect
from workshop.ui.widgets.plain import Label, Static
from workshop.ui.widgets.plain_fields import Input


class ReviewForm(AppAccess, ModalScreen[Terugblik | None]):
    """The status of an earlier action now, with a note."""

    CSS_PATH = ["dialog.tcss", "form.tcss"]

    BINDINGS = [Binding("escape", "cancel", "Annuleren"), Binding("ctrl+s", "save", "Opslaan")]

    def __init__(self, row: Terugblik, title: str) -> None:
        super().__init__()
        self.row = row
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="action-form"):
            yield Static(self.title_text, id="choice-title")
            yield Label("Status nu")
            yield CycleSelect([(s.naam, s.id) for s in self.content.statussen], self.row.status, id="status")
            yield Label("Notitie (wat is er gedaan, wat niet?)")
            yield Input(self.row.notities, id="notities")
            yield Static("← → status · Enter: volgend veld · Ctrl+S: opslaan · Esc: annuleren")

    def on_mount(self) -> None:
        self.query_one(CycleSelect).focus()

    def on_cycle_select_submitted(self, event: CycleSelect.Submitted) -> None:
        event.stop()
        self.focus_next()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        row = self.row
        status = self.query_one(CycleSelect).value
        self.dismiss(replace(row, status=status, notities=self.query_one(Input).value.strip()))

    def action_cancel(self) -> None:
        self.dismiss(None)
