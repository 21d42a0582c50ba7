"""Participants: add, rename, change role and remove, also in the middle of a session."""

from __future__ import annotations

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import Button

from workshop.domain.model import label
from workshop.ui.dialogs import Option, ask
from workshop.ui.display import clean
from workshop.ui.screens.base import FormScreen
from workshop.ui.widgets.cycle import CycleSelect
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.plain_fields import EmptiedOnEnter, Input
from workshop.ui.widgets.plain_table import DataTable


class ParticipantsScreen(FormScreen[bool]):
    """Dismisses with True when the facilitator goes on (in the new-session wizard: to the
    norms), False when simply closed."""

    CSS_PATH = "forms.tcss"

    BINDINGS = [
        Binding("escape", "close", "Terug"),
        Binding("ctrl+s", "go_on", "Verder"),
        Binding("delete", "remove", "Verwijderen", tooltip="De gekozen deelnemer verwijderen (in de tabel)"),
        Binding("enter", "add_from_role", "Toevoegen", show=False, priority=True),
    ]

    def __init__(self, wizard: bool = False) -> None:
        super().__init__()
        self.wizard = wizard
        self.editing: str | None = None  # the id of the participant in the form, or None to add

    @property
    def sessie(self):
        return self.current.sessie

    def compose(self) -> ComposeResult:
        yield Static("Deelnemers", classes="title")
        yield Static(
            "Typ een naam (of een label, zoals ‘Deelnemer 3’), Tab, kies de rol met ← →, Enter voegt toe. "
            "Shift+Tab naar de tabel: Enter wijzigt de gekozen deelnemer, Delete verwijdert.",
            classes="explain",
        )
        yield DataTable(id="people", cursor_type="row")
        with Horizontal(id="person-form"):
            yield EmptiedOnEnter(placeholder="naam of label", id="naam", select_on_focus=False)
            yield CycleSelect([(r.naam, r.id) for r in self.content.rollen], "raadslid-coalitie", id="rol")
            yield Button("Toevoegen", variant="primary", id="save")
        yield Static(id="people-status")
        with Horizontal(id="form-buttons"):
            yield Button("Verder: normen" if self.wizard else "Klaar", variant="primary", id="go-on")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for column in ("Nr", "Naam of label", "Rol", "Beantwoord"):
            table.add_column(column, key=column)
        self.reload()
        self.set_focus(self.query_one("#naam"))  # the screen is for typing names: start there, at once

    def on_key(self, event) -> None:
        """Typing in the table goes to the name field, never to a key of the table."""
        if self.focused is self.query_one(DataTable) and event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            field = self.query_one("#naam", Input)
            field.focus()
            field.insert_text_at_cursor(event.character)

    def reload(self, message: str = "") -> None:
        table = self.query_one(DataTable)
        content = self.content
        table.clear()
        for index, deelnemer in enumerate(self.sessie.deelnemers, start=1):
            table.add_row(
                "·" if self.sessie.anoniem else str(index),  # not the number the room sees
                clean(deelnemer.naam)[:60] or "–",
                content.naam(content.rollen, deelnemer.rol),
                # anonymous: how much each answered would tie a name to a column of the grid
                "·" if self.sessie.anoniem else f"{len(deelnemer.antwoorden)} van {len(content.vragen)}",
                key=deelnemer.id,
            )
        count = len(self.sessie.deelnemers)
        mode = (
            " · anoniem: de zaal ziet ‘Deelnemer 1’, ‘Deelnemer 2’… in een geschudde volgorde, zonder rol; "
            "deze lijst zegt niet welk nummer bij wie hoort, en niet wie hoeveel heeft beantwoord"
            if self.sessie.anoniem
            else ""
        )
        done = f"{message} · " if message else ""
        self.query_one("#people-status", Static).update(
            f"{done}{count} {'deelnemer' if count == 1 else 'deelnemers'}{mode}"
        )

    def _selected_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not self.sessie.deelnemers or table.cursor_row is None:
            return None
        return self.sessie.deelnemers[min(table.cursor_row, len(self.sessie.deelnemers) - 1)].id

    def on_emptied_on_enter_sent(self, event: EmptiedOnEnter.Sent) -> None:
        """The name as it was when Enter was pressed: the field is empty again already, and
        holds what was typed after Enter; with the role as it was then, if Enter was on it."""
        event.stop()
        self.save_form(event.value, role=event.extra or None)

    def action_add_from_role(self) -> None:
        """Enter on the role adds the participant. In the App's own turn the focus goes back to
        the name, so the next name typed lands there; the name is taken in the field's own turn,
        after the keys typed into it before (a fast typist, or a paste)."""
        if self.focused is not self.query_one("#rol"):
            raise SkipAction()
        field = self.query_one("#naam", EmptiedOnEnter)
        self.set_focus(field)
        field.post_message(EmptiedOnEnter.Take(self.query_one("#rol", CycleSelect).value))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.save_form()
        else:
            self.action_go_on()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        deelnemer = self.sessie.deelnemer(str(event.row_key.value))
        self.editing = deelnemer.id
        self.query_one("#naam", Input).value = deelnemer.naam
        self.query_one("#rol", CycleSelect).value = deelnemer.rol
        self.query_one("#save", Button).label = "Opslaan"
        self.query_one("#naam", Input).focus()

    def save_form(self, typed: str | None = None, same_name_ok: bool = False, role: str | None = None) -> None:
        naam_input = self.query_one("#naam", Input)
        rol = role or self.query_one("#rol", CycleSelect).value
        naam = (naam_input.value if typed is None else typed).strip()
        twin = self.sessie.named(naam, but=self.editing)
        if twin is not None and not same_name_ok:
            self._ask_same_name(naam, rol)
            return
        if self.editing:
            deelnemer = self.sessie.deelnemer(self.editing)
            deelnemer.naam = naam or deelnemer.naam
            deelnemer.rol = rol
            message = f"{clean(label(self.sessie, deelnemer))} gewijzigd"
        else:
            deelnemer = self.sessie.add_deelnemer(naam, rol)
            if not naam:
                deelnemer.naam = f"Deelnemer {len(self.sessie.deelnemers)}"
            message = f"{clean(deelnemer.naam)} toegevoegd"
        self.changed()
        self.editing = None
        if typed is None:
            naam_input.value = ""
        self.query_one("#save", Button).label = "Toevoegen"
        self.reload(message)

    def _ask_same_name(self, naam: str, rol: str) -> None:
        """Two people of one name cannot be told apart in the table or by the room: say so,
        and let the facilitator keep it (two Jannes can be in one raad)."""
        question = (
            f"Er is al een deelnemer ‘{clean(naam)}’. In de tabel en in de zaal zijn ze dan niet uit elkaar "
            "te houden; een achternaam of initiaal helpt."
        )
        options = [Option("j", "ja, toch deze naam", True), Option("n", "nee, naam aanpassen", False)]

        def answered(keep: bool | None) -> None:
            if keep:
                self.save_form(naam, same_name_ok=True, role=rol)
            else:
                field = self.query_one("#naam", Input)
                field.value = field.value or naam  # back in the field, to change it
                field.focus()

        ask(self.app, "Deze naam bestaat al", question, options, answered)

    def action_remove(self) -> None:
        if self.focused is not self.query_one(DataTable):
            return
        deelnemer_id = self._selected_id()
        if deelnemer_id is None:
            return
        deelnemer = self.sessie.deelnemer(deelnemer_id)
        if self.sessie.anoniem:
            # as the list names them, and neither their number nor how much they answered:
            # either would tie the name to a column of the grid. So always asked.
            name = clean(deelnemer.naam) or "deze deelnemer"
            question = f"{name} verwijderen? Eventuele antwoorden verdwijnen met de deelnemer."
        elif not deelnemer.antwoorden:
            self._remove(deelnemer_id)
            return
        else:
            name = clean(label(self.sessie, deelnemer))
            question = f"{name} heeft {len(deelnemer.antwoorden)} antwoorden gegeven. Die verdwijnen met de deelnemer."
        options = [Option("j", "ja, verwijderen", True), Option("n", "nee", False)]
        ask(
            self.app,
            "Deelnemer verwijderen?",
            question,
            options,
            lambda yes: self._remove(deelnemer_id) if yes else None,
        )

    def _remove(self, deelnemer_id: str) -> None:
        self.sessie.remove_deelnemer(deelnemer_id)
        self.changed()
        self.reload()

    def action_close(self) -> None:
        self.dismiss(False)

    def action_go_on(self) -> None:
        if self.wizard and not self.sessie.deelnemers:
            self.notify("Voeg eerst minstens één deelnemer toe.", severity="warning")
            return
        self.dismiss(True)
