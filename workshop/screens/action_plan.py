"""The action plan: instrument, owner, due date, status and notes, edited in place."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Footer, Input, Label, Static

from workshop.display import clip
from workshop.domain.model import Actie
from workshop.forms import InputError, format_date, parse_optional_date
from workshop.screens.choice import ChoiceScreen, Option
from workshop.screens.pick import PickScreen
from workshop.widgets.cycle import CycleSelect


class ActionForm(ModalScreen[Actie | None]):
    """Owner, due date, status and notes of one action; dismisses with the action or None."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren"), Binding("ctrl+s", "save", "Opslaan")]

    def __init__(self, actie: Actie, title: str) -> None:
        super().__init__()
        self.actie = actie
        self.title_text = title

    def compose(self) -> ComposeResult:
        content = self.app.content
        with Vertical(id="action-form"):
            yield Static(self.title_text, id="choice-title")
            yield Static(content.instrument(self.actie.instrument).naam, classes="heading")
            yield Label("Eigenaar (wie trekt het?)")
            yield Input(self.actie.eigenaar, id="eigenaar")
            yield Label("Deadline (dag-maand-jaar, mag leeg)")
            yield Input(format_date(self.actie.deadline) if self.actie.deadline else "", id="deadline")
            yield Label("Status")
            yield CycleSelect([(s.naam, s.id) for s in content.statussen], self.actie.status, id="status")
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
            deadline = parse_optional_date(self.query_one("#deadline", Input).value)
        except InputError as problem:
            self.query_one("#action-error", Static).update(f"⚠ {problem}")
            self.query_one("#deadline", Input).focus()
            return
        self.dismiss(
            Actie(
                instrument=self.actie.instrument,
                eigenaar=self.query_one("#eigenaar", Input).value.strip(),
                deadline=deadline,
                status=self.query_one("#status", CycleSelect).value,
                notities=self.query_one("#notities", Input).value.strip(),
            )
        )

    def action_cancel(self) -> None:
        self.dismiss(None)


class ActionPlanScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "close", "Terug"),
        Binding("n", "new", "Nieuwe actie", tooltip="Een instrument kiezen en als actie toevoegen"),
        Binding("delete,x", "remove", "Verwijderen", tooltip="De gekozen actie verwijderen"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("Actieplan", classes="title")
        yield Static("Enter wijzigt de gekozen actie; n voegt een actie toe; Delete verwijdert.", classes="explain")
        yield DataTable(id="plan", cursor_type="row")
        yield Footer()

    @property
    def sessie(self):
        return self.app.current.sessie

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for name in ("Nr", "Instrument", "Eigenaar", "Deadline", "Status", "Notities"):
            table.add_column(name, key=name)
        self.reload()
        table.focus()

    def reload(self) -> None:
        content = self.app.content
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        for nummer, actie in enumerate(self.sessie.actieplan, start=1):
            table.add_row(
                str(nummer),
                clip(content.instrument(actie.instrument).naam, 30),
                clip(actie.eigenaar, 18) or "–",
                format_date(actie.deadline) if actie.deadline else "–",
                content.naam(content.statussen, actie.status),
                clip(actie.notities, 30),
            )
        if self.sessie.actieplan:
            table.move_cursor(row=min(keep, len(self.sessie.actieplan) - 1))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        index = event.cursor_row
        actie = self.sessie.actieplan[index]

        def edited(new: Actie | None) -> None:
            if new is not None:
                self.sessie.actieplan[index] = new
                self.app.changed()
                self.reload()

        self.app.push_screen(ActionForm(actie, f"Actie {index + 1} wijzigen"), edited)

    def action_new(self) -> None:
        instruments = sorted(self.app.content.instrumenten, key=lambda i: i.naam.casefold())
        names = [f"{i.naam} (fase {i.fase})" for i in instruments]

        def picked(index: int | None) -> None:
            if index is not None:
                self.app.add_action(instruments[index].id, then=self.reload)

        self.app.push_screen(PickScreen("Welk instrument?", names), picked)

    def action_remove(self) -> None:
        table = self.query_one(DataTable)
        if not self.sessie.actieplan or table.cursor_row is None:
            return
        index = table.cursor_row
        name = self.app.content.instrument(self.sessie.actieplan[index].instrument).naam
        options = [Option("j", "ja, verwijderen", True), Option("n", "nee", False)]

        def answer(yes: bool | None) -> None:
            if yes:
                del self.sessie.actieplan[index]
                self.app.changed()
                self.reload()

        self.app.push_screen(ChoiceScreen("Actie verwijderen?", f"{name} uit het actieplan halen?", options), answer)

    def action_close(self) -> None:
        self.dismiss(None)
