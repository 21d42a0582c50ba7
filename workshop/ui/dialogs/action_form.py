"""One action of the plan as a form: owner, due date, status and notes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen

from workshop.domain.forms import InputError, format_date, parse_optional_date
from workshop.domain.model import Actie
from workshop.ui.screens.base import AppAccess
from workshop.ui.widgets.cycle import CycleSelect
from workshop.ui.widgets.plain import Label, Static
from workshop.ui.widgets.plain_fields import Input


def action_from_fields(screen: Screen, instrument: str) -> Actie:
    """The action as typed in the fields #eigenaar, #deadline, #status and #notities; a wrong
    date raises InputError."""
    return Actie(
        instrument=instrument,
        eigenaar=screen.query_one("#eigenaar", Input).value.strip(),
        deadline=parse_optional_date(screen.query_one("#deadline", Input).value),
        status=screen.query_one("#status", CycleSelect).value,
        notities=screen.query_one("#notities", Input).value.strip(),
    )


class ActionForm(AppAccess, ModalScreen[Actie | None]):
    """Owner, due date, status and notes of one action; dismisses with the action or None."""

    CSS_PATH = ["dialog.tcss", "form.tcss"]

    BINDINGS = [Binding("escape", "cancel", "Annuleren"), Binding("ctrl+s", "save", "Opslaan")]

    def __init__(self, actie: Actie, title: str) -> None:
        super().__init__()
        self.actie = actie
        self.title_text = title

    def compose(self) -> ComposeResult:
        with Vertical(id="action-form"):
            yield Static(self.title_text, id="choice-title")
            yield Static(self.content.instrument(self.actie.instrument).naam, classes="heading")
            yield Label("Eigenaar (wie trekt het?)")
            yield Input(self.actie.eigenaar, id="eigenaar")
            yield Label("Deadline (dag-maand-jaar, mag leeg)")
            yield Input(format_date(self.actie.deadline) if self.actie.deadline else "", id="deadline")
            yield Label("Status")
            yield CycleSelect([(s.naam, s.id) for s in self.content.statussen], self.actie.status, id="status")
            yield Label("Notities")
            yield Input(self.actie.notities, id="notities")
            yield Static("Enter: volgend veld · Ctrl+S: opslaan · Esc: annuleren", id="action-error")

    def on_mount(self) -> None:
        self.query_one("#eigenaar", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.input.id == "notities":
            self.action_save()
        else:
            self.focus_next()

    def on_cycle_select_submitted(self, event: CycleSelect.Submitted) -> None:
        event.stop()
        self.focus_next()

    def action_save(self) -> None:
        try:
            actie = action_from_fields(self, self.actie.instrument)
        except InputError as problem:
            self.query_one("#action-error", Static).update(f"⚠ {problem}")
            self.query_one("#deadline", Input).focus()
            return
        self.dismiss(actie)

    def action_cancel(self) -> None:
        self.dismiss(None)
