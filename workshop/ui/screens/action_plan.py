"""The action plan: instrument, owner, due date, status and notes, edited in place."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen

from workshop.content import Content, sort_key
from workshop.domain.forms import InputError, format_date
from workshop.domain.model import Actie
from workshop.ui.dialogs import Option, ask
from workshop.ui.dialogs.action_form import action_from_fields
from workshop.ui.dialogs.pick import PickScreen
from workshop.ui.display import clip
from workshop.ui.messages import AddAction
from workshop.ui.screens.base import AppAccess
from workshop.ui.widgets.cycle import CycleSelect
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.plain import Label, Static
from workshop.ui.widgets.plain_fields import Input
from workshop.ui.widgets.plain_table import DataTable

WIDE = 140  # from this width (a projector) the names and notes fit in full


def row_cells(actie: Actie, content: Content, wide: bool) -> dict[str, str]:
    """The cells of one action in the plan's table, by column."""
    return {
        "Instrument": clip(content.instrument(actie.instrument).naam, 70 if wide else 30),
        "Eigenaar": clip(actie.eigenaar, 30 if wide else 18) or "–",
        "Deadline": format_date(actie.deadline) if actie.deadline else "–",
        "Status": content.naam(content.statussen, actie.status),
        "Notities": clip(actie.notities, 60 if wide else 30),
    }


class ActionPlanScreen(AppAccess, Screen[None]):
    """The plan as a table, edited in place: the fields under the table are the chosen row,
    and every field is saved as soon as it is left or confirmed."""

    CSS_PATH = "action_plan.tcss"

    BINDINGS = [
        Binding("escape", "back", "Terug", tooltip="Uit een veld terug naar de tabel; uit de tabel terug"),
        Binding("n", "new", "Nieuwe actie", tooltip="Een instrument kiezen en als actie toevoegen"),
        Binding("delete", "remove", "Verwijderen", tooltip="De gekozen actie verwijderen (in de tabel)"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("Actieplan", classes="title")
        yield Static(
            "Enter bewerkt de gekozen actie in de velden eronder; elk veld wordt opgeslagen zodra u het "
            "verlaat. n voegt een actie toe, Delete verwijdert.",
            classes="explain",
        )
        yield DataTable(id="plan", cursor_type="row")
        with Horizontal(classes="plan-editor"):
            yield Label("Eigenaar")
            yield Input(id="eigenaar")
            yield Label("Deadline")
            yield Input(id="deadline", placeholder="dag-maand-jaar")
        with Horizontal(classes="plan-editor"):
            yield Label("Status")
            yield CycleSelect([(s.naam, s.id) for s in self.content.statussen], "gepland", id="status")
            yield Label("Notities")
            yield Input(id="notities")
        yield Static(id="plan-status", classes="explain")
        yield KeyBar()

    @property
    def sessie(self):
        return self.current.sessie

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for name in ("Nr", "Instrument", "Eigenaar", "Deadline", "Status", "Notities"):
            table.add_column(name, key=name)
        self.sync()
        table.focus()

    def sync(self) -> None:
        content = self.content
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        wide = self.size.width >= WIDE
        for nummer, actie in enumerate(self.sessie.actieplan, start=1):
            table.add_row(str(nummer), *row_cells(actie, content, wide).values())
        if self.sessie.actieplan:
            table.move_cursor(row=min(keep, len(self.sessie.actieplan) - 1))
        self._load_editor()
        if not self.sessie.actieplan:
            self.query_one("#plan-status", Static).update("Nog geen acties: n voegt er een toe.")

    def _index(self) -> int | None:
        table = self.query_one(DataTable)
        if not self.sessie.actieplan or table.cursor_row is None:
            return None
        return min(table.cursor_row, len(self.sessie.actieplan) - 1)

    def _load_editor(self) -> None:
        """Show the chosen action in the fields, without saving anything."""
        index = self._index()
        for widget in self.query(".plan-editor Input, .plan-editor CycleSelect"):
            widget.disabled = index is None
        if index is None:
            return
        actie = self.sessie.actieplan[index]
        self.query_one("#eigenaar", Input).value = actie.eigenaar
        self.query_one("#deadline", Input).value = format_date(actie.deadline) if actie.deadline else ""
        self.query_one("#notities", Input).value = actie.notities
        self.query_one("#status", CycleSelect).value = actie.status
        name = self.content.instrument(actie.instrument).naam
        self.query_one("#plan-status", Static).update(f"Actie {index + 1}: {name}")

    def on_data_table_row_highlighted(self) -> None:
        self._load_editor()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if self._index() is not None:
            self.query_one("#eigenaar", Input).focus()

    def _commit(self) -> bool:
        """Save the fields into the chosen action; a wrong date is said and not saved."""
        index = self._index()
        if index is None:
            return True
        actie = self.sessie.actieplan[index]
        try:
            new = action_from_fields(self, actie.instrument)
        except InputError as problem:
            self.query_one("#plan-status", Static).update(f"⚠ {problem}")
            return False
        if new != actie:
            self.sessie.actieplan[index] = new
            self.changed()
            self._update_row(index, new)
        return True

    def _update_row(self, index: int, actie: Actie) -> None:
        table = self.query_one(DataTable)
        row = table.coordinate_to_cell_key((index, 0)).row_key
        cells = row_cells(actie, self.content, self.size.width >= WIDE)
        for column in ("Eigenaar", "Deadline", "Status", "Notities"):
            table.update_cell(row, column, cells[column], update_width=True)
        self.query_one("#plan-status", Static).update(f"Actie {index + 1} opgeslagen")

    def on_input_blurred(self, event: Input.Blurred) -> None:
        self._commit()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not self._commit():
            self.query_one("#deadline", Input).focus()
        elif event.input.id == "notities":
            self.query_one(DataTable).focus()
        else:
            self.focus_next()

    def on_cycle_select_changed(self, event: CycleSelect.Changed) -> None:
        self._commit()

    def on_cycle_select_submitted(self, event: CycleSelect.Submitted) -> None:
        event.stop()
        self.focus_next()

    def action_new(self) -> None:
        if self.focused is not self.query_one(DataTable):
            return
        instruments = sorted(self.content.instrumenten, key=lambda i: sort_key(i.naam))
        names = [f"{i.naam} (fase {i.fase})" for i in instruments]

        def picked(index: int | None) -> None:
            if index is not None:
                self.post_message(AddAction(instruments[index].id))

        self.app.push_screen(PickScreen("Welk instrument?", names), picked)

    def action_remove(self) -> None:
        index = self._index()
        if index is None or self.focused is not self.query_one(DataTable):
            return
        name = self.content.instrument(self.sessie.actieplan[index].instrument).naam
        options = [Option("j", "ja, verwijderen", True), Option("n", "nee", False)]

        def answer(yes: bool | None) -> None:
            if yes:
                del self.sessie.actieplan[index]
                self.changed()
                self.sync()

        ask(self.app, "Actie verwijderen?", f"{name} uit het actieplan halen?", options, answer)

    def action_back(self) -> None:
        table = self.query_one(DataTable)
        if self.focused is table:
            self.dismiss(None)
        elif self._commit():
            table.focus()
