"""A new session as a keyboard form: municipality, title, date, setting, facilitator."""

from __future__ import annotations

from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button

from workshop.domain.forms import InputError, format_date, parse_date, required
from workshop.domain.model import Sessie, new_session, next_round
from workshop.ui.screens.base import FormScreen
from workshop.ui.widgets.cycle import CycleSelect
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.plain import Label, Static
from workshop.ui.widgets.plain_fields import Input
from workshop.ui.widgets.toggle import Toggle


class NewSessionScreen(FormScreen[Sessie | None]):
    """Dismisses with the new session, or None when cancelled. With `earlier`, the new
    session is the next round: same participants, roles and norms."""

    CSS_PATH = "forms.tcss"
    AUTO_FOCUS = ""  # none: on_mount focuses the first field, without Textual's scroll

    BINDINGS = [
        Binding("escape", "cancel", "Annuleren"),
        Binding("ctrl+s", "submit", "Verder"),
        # Enter in a text field moves on in the App's turn too, as Tab does (FormScreen)
        Binding("enter", "next_field", "Volgend veld", show=False, priority=True),
    ]

    def __init__(self, earlier: Sessie | None = None) -> None:
        super().__init__()
        self.earlier = earlier
        self.first_field = "#titel" if earlier else "#gemeente"

    def on_mount(self) -> None:
        # focused now, not when the screen is first resumed: keys typed meanwhile land here. Not
        # by AUTO_FOCUS: Textual then scrolls to the field before the form is laid out, which at
        # 80x24 hid the title and the field's label; from the top the first fields are in view.
        self.set_focus(self.query_one(self.first_field), scroll_visible=False)

    def compose(self) -> ComposeResult:
        content = self.content
        earlier = self.earlier
        today = self.workshop.clock().date()
        title = "Volgende ronde" if earlier else "Nieuwe sessie"
        with VerticalScroll(id="form"):
            yield Static(title, id="form-title", classes="title")
            if earlier:
                yield Static(
                    f"Een nieuwe ronde van {earlier.gemeente} · {earlier.titel}: "
                    f"met dezelfde {len(earlier.deelnemers)} deelnemers en dezelfde normen.",
                    classes="explain",
                )
            yield Label("Gemeente")
            yield Input(earlier.gemeente if earlier else "", placeholder="bijvoorbeeld Lindendal", id="gemeente")
            yield Label("Titel van de bijeenkomst")
            yield Input("", placeholder="bijvoorbeeld Heisessie raad en college", id="titel")
            yield Label("Datum (dag-maand-jaar)")
            yield Input(format_date(today), id="datum")
            yield Label("Opzet")
            yield CycleSelect(
                [(o.naam, o.id) for o in content.opzetten],
                earlier.opzet if earlier else content.opzetten[-1].id,
                id="opzet",
            )
            yield Label("Begeleider")
            yield Input(earlier.begeleider if earlier else "", placeholder="naam van de begeleider", id="begeleider")
            yield Toggle("Anonieme stand: tellingen zonder namen", earlier.anoniem if earlier else False, id="anoniem")
            # never copied from an earlier round: a room always starts with every answer hidden
            yield Toggle("Eén invuller: elk antwoord meteen tonen (niet voor een zaal)", False, id="een_invuller")
            yield Static(id="form-error")
            with Horizontal(id="form-buttons"):
                yield Button("Verder: deelnemers", variant="primary", id="submit")
                yield Button("Annuleren", id="cancel")
        yield KeyBar()

    def action_next_field(self) -> None:
        """Enter moves on from a text field; on a button or a toggle it does what it does there."""
        if not isinstance(self.focused, Input):
            raise SkipAction()
        self.focus_next()

    def on_cycle_select_submitted(self, event: CycleSelect.Submitted) -> None:
        event.stop()
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "submit":
            self.action_submit()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    def action_submit(self) -> None:
        try:
            gemeente = self.checked("gemeente", lambda text: required(text, "de gemeente"))
            titel = self.checked("titel", lambda text: required(text, "een titel"))
            datum = self.checked("datum", parse_date)
        except InputError as problem:
            self.query_one("#form-error", Static).update(f"⚠ {problem}")
            self.notify(str(problem), title="Nog niet compleet", severity="error")
            return
        self.dismiss(self.build(gemeente, titel, datum))

    def checked(self, field: str, parse):
        """The parsed value of a field; on a problem the field gets the focus."""
        try:
            return parse(self.value(field))
        except InputError:
            self.query_one(f"#{field}", Input).focus()
            raise

    def build(self, gemeente: str, titel: str, datum) -> Sessie:
        content = self.content
        now = self.workshop.clock()
        if self.earlier:
            sessie = next_round(self.earlier, titel=titel, datum=datum, inhoud_versie=content.versie, now=now)
            sessie.gemeente = gemeente
        else:
            sessie = new_session(
                gemeente=gemeente,
                titel=titel,
                datum=datum,
                opzet="",
                begeleider="",
                inhoud_versie=content.versie,
                now=now,
            )
        sessie.opzet = self.query_one("#opzet", CycleSelect).value
        sessie.begeleider = self.value("begeleider").strip()
        sessie.anoniem = self.query_one("#anoniem", Toggle).value
        sessie.een_invuller = self.query_one("#een_invuller", Toggle).value
        return sessie
