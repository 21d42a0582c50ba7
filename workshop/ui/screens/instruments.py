"""Stap 4: every instrument explained (wat, hoe, wie kan helpen, verwijzingen), and put to use."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content as Text
from textual.widgets.option_list import Option

from workshop.content import Instrument, sort_key
from workshop.ui.commands import key_for
from workshop.ui.messages import AddAction
from workshop.ui.screens.base import StepScreen
from workshop.ui.widgets.instrument_text import explanation
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.plain_fields import OptionList

IN_PHASE, IN_PLAN = "●", "★"


class InstrumentsScreen(StepScreen):
    CSS_PATH = "instruments.tcss"

    STEP = 4

    BINDINGS = [
        Binding("plus", "add", "Aan actieplan", tooltip="Het gekozen instrument aan het actieplan toevoegen"),
        key_for("actieplan", "p"),
    ]

    def compose(self) -> ComposeResult:
        yield from self.compose_bars()
        with Horizontal(id="instruments-screen"):
            with Vertical(id="instrument-side"):
                yield Static(id="instruments-legend")
                yield OptionList(id="instrument-list")
            with VerticalScroll(id="instrument-detail"):
                yield Static(id="instrument-text")
        yield from self.compose_footer()

    def sync(self) -> None:
        sessie, content = self.current.sessie, self.content
        available = {i.id for i in content.ladder(sessie.fase)} if sessie.fase else set()
        planned = {a.instrument for a in sessie.actieplan}
        options = self.query_one(OptionList)
        wanted = self.workshop.wanted_instrument
        keep = wanted or self.selected()
        self.workshop.wanted_instrument = None
        options.clear_options()
        for fase in content.fasen:
            options.add_option(Option(Text.styled(f"{fase.naam}", "bold underline"), disabled=True))
            for instrument in sorted((i for i in content.instrumenten if i.fase == fase.nummer), key=_name):
                marks = (IN_PHASE if instrument.id in available else " ") + (
                    IN_PLAN if instrument.id in planned else " "
                )
                options.add_option(Option(f"{marks} {instrument.naam}", id=instrument.id))
        chosen = content.fase_naam(sessie.fase).lower() if sessie.fase is not None else "nog geen fase gekozen"
        self.query_one("#instruments-legend", Static).update(
            f"{IN_PHASE} in de gekozen fase ({chosen}) · {IN_PLAN} in het actieplan ({len(sessie.actieplan)})"
        )
        first = next(option.id for option in options.options if option.id)
        options.highlighted = options.get_option_index(keep if keep and content.has_instrument(keep) else first)
        if wanted:  # asked for from stap 3: the list, at that instrument
            options.focus()
        self._show_detail()

    def start_focus(self) -> None:
        self.query_one(OptionList).focus()

    def selected(self) -> str | None:
        options = self.query_one(OptionList)
        if options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    def on_option_list_option_highlighted(self) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        instrument_id = self.selected()
        if instrument_id is None:
            return
        content = self.content
        instrument = content.instrument(instrument_id)
        self.query_one("#instrument-text", Static).update(explanation(instrument, content.fase_naam(instrument.fase)))
        self.query_one("#instrument-detail").scroll_home(animate=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter reads on: the toelichting gets the focus, so the arrows scroll it."""
        event.stop()
        self.query_one("#instrument-detail").focus()

    def step_back(self) -> bool:
        """From the explanation back to the list of instruments."""
        if self.focused is self.query_one(OptionList):
            return False
        self.query_one(OptionList).focus()
        return True

    def action_add(self) -> None:
        instrument_id = self.selected()
        if instrument_id:
            self.post_message(AddAction(instrument_id))


def _name(instrument: Instrument) -> str:
    return sort_key(instrument.naam)
