"""Stap 3: finding fitting instruments on the escalation ladder."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content as Text
from textual.widgets.option_list import Option

from workshop.domain.advice import FaseVoorstel, Indicatie, indicatie
from workshop.ui.commands import key_for
from workshop.ui.dialogs import Option as Choice
from workshop.ui.dialogs import ask
from workshop.ui.dialogs.ask_text import AskTextScreen
from workshop.ui.dialogs.guide import InstrumentScreen
from workshop.ui.display import clean
from workshop.ui.messages import AddAction, ShowInstrument
from workshop.ui.screens.base import StepScreen
from workshop.ui.widgets import ladder
from workshop.ui.widgets.instrument_text import explanation
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.plain_fields import OptionList


class LadderScreen(StepScreen):
    CSS_PATH = "ladder.tcss"

    STEP = 3

    BINDINGS = [
        Binding("0", "choose(0)", "Geen aanleiding", show=False, tooltip="De groep ziet geen aanleiding voor een fase"),
        Binding("1", "choose(1)", "Fase 1", show=False, tooltip="Kies fase 1"),
        Binding("2", "choose(2)", "Fase 2", show=False, tooltip="Kies fase 2"),
        Binding("3", "choose(3)", "Fase 3", show=False, tooltip="Kies fase 3"),
        Binding("plus", "add", "Aan actieplan", tooltip="Het gekozen instrument aan het actieplan toevoegen"),
        key_for("actieplan", "p"),
    ]

    def compose(self) -> ComposeResult:
        yield from self.compose_bars()
        with Horizontal(id="ladder-screen"):
            with VerticalScroll(id="ladder-left"):
                yield Static("Escalatieladder", classes="heading")
                yield ladder.LadderView(self.content, id="ladder-full")
            with Vertical(id="ladder-right"):
                yield Static(id="suggestion")
                yield Static(id="choice-line")
                yield Static(id="available-title", classes="heading")
                yield OptionList(id="available")
                with VerticalScroll(id="ladder-preview"):
                    yield Static(id="ladder-preview-text")
                yield Static(id="no-intervention")
        yield from self.compose_footer()

    def voorstel(self) -> FaseVoorstel:
        """The indicatie as the room may see it: none while answered questions are hidden."""
        advice = indicatie(self.current.sessie, self.content)
        return FaseVoorstel(None, ()) if advice.wacht else advice.fase

    def sync(self) -> None:
        advice = indicatie(self.current.sessie, self.content)
        voorstel = self.voorstel()
        self.query_one(ladder.LadderView).show(voorstel, self.current.sessie.fase)
        self.query_one("#suggestion", Static).update(self._suggestion(advice))
        self.query_one("#choice-line", Static).update(self._choice(voorstel))
        self._available(voorstel)

    def start_focus(self) -> None:
        self.query_one("#available", OptionList).focus()

    def _suggestion(self, advice: Indicatie) -> Text:
        """'De app ziet aanleiding voor fase 2, omdat:' and the conditions, with their numbers."""
        content = self.content
        if advice.wacht:
            return Text.assemble(
                ("Indicatie van de app:", "bold"),
                f"\n• {advice.wachttekst(content.regels)}.\n• Onthullen: o in stap 1 of 2, O (of Ctrl+P) alle vragen.",
            )
        voorstel = advice.fase
        reasons = [f"• {reden.tekst(content.regels)}" for reden in voorstel.redenen]
        return Text.assemble((voorstel.kop(content), "bold"), "\n", "\n".join(reasons))

    def _choice(self, voorstel: FaseVoorstel) -> Text:
        sessie, content = self.current.sessie, self.content
        heading = ("Keuze van de groep: ", "bold")
        keys = f"Welke fase past? Kies 0 ({content.fase_naam(0).lower()}), 1, 2 of 3."
        if sessie.fase is None:
            return Text.assemble(heading, "nog niet gemaakt.\n", keys)
        chosen = Text.assemble(heading, (content.fase_naam(sessie.fase), "bold reverse"))
        if sessie.fase == 0:
            chosen += Text(f" {content.eigen_mark('geen_aanleiding', 'tekst')}")
        if sessie.fase_reden:
            chosen += Text(f" · waarom: {sessie.fase_reden}")
        elif voorstel.fase is not None and sessie.fase != voorstel.fase:
            chosen += Text(" · anders dan de indicatie")
        return chosen + Text(f"\n{keys}")

    def _available(self, voorstel: FaseVoorstel) -> None:
        """The instruments of the chosen phase, else of the indicated one."""
        content = self.content
        chosen = self.current.sessie.fase is not None
        fase = self.current.sessie.fase if chosen else voorstel.fase
        options = self.query_one("#available", OptionList)
        keep = self.selected_instrument()  # back from an explanation: the same one highlighted
        options.clear_options()
        nothing = self.query_one("#no-intervention", Static)
        title = self.query_one("#available-title", Static)
        nothing.display = fase == 0
        options.display = bool(fase)
        self.query_one("#ladder-right").set_class(not fase, "-zonder-lijst")
        if fase is None:
            title.update("Instrumenten: kies eerst een fase")
            return
        if fase == 0:
            title.update(f"{content.geen_aanleiding.titel} {content.eigen_mark('geen_aanleiding', 'tekst')}")
            nothing.update(content.geen_aanleiding.tekst)
            return
        which = "de gekozen" if chosen else "de geïndiceerde"
        title.update(f"Instrumenten in {which} {content.fase_naam(fase).lower()}, alfabetisch · Enter: toelichting")
        ladder = content.ladder(fase)
        for instrument in ladder:
            options.add_option(Option(f"fase {instrument.fase} · {instrument.naam}", id=instrument.id))
        ids = [instrument.id for instrument in ladder]
        options.highlighted = ids.index(keep) if keep in ids else 0

    def action_choose(self, fase: int) -> None:
        """The group's choice, at once; but the indicatie keeps no reason, so going from a
        choice with a recorded reason to the indicatie asks first (a digit pressed by mistake
        would lose what the group wrote)."""
        sessie, content = self.current.sessie, self.content
        if sessie.fase_reden and sessie.fase != fase and fase == self.voorstel().fase:
            question = (
                f"De groep koos {content.fase_naam(sessie.fase).lower()}, met als reden: "
                f"‘{clean(sessie.fase_reden)}’. Met {content.fase_naam(fase).lower()} vervalt die reden."
            )
            options = [Choice("j", "ja, toch kiezen", True), Choice("n", "nee, de keuze houden", False)]
            ask(self.app, "Keuze van de groep", question, options, lambda yes: self._choose(fase) if yes else None)
            return
        self._choose(fase)

    def _choose(self, fase: int) -> None:
        """The choice counts at once. Where it differs from the indicatie the app asks whether
        the group wants to record why: Enter records it (empty: no reason), Escape takes the
        choice back, as it was before the key (a digit pressed by mistake)."""
        sessie, content = self.current.sessie, self.content
        voorstel = self.voorstel()
        was = sessie.fase, sessie.fase_reden
        before = sessie.fase_reden if sessie.fase == fase else ""
        self._set_phase(fase, before if fase != voorstel.fase else "")
        if voorstel.fase is None or fase == voorstel.fase:
            return
        question = (
            f"De groep kiest {content.fase_naam(fase).lower()}; de indicatie van de app was "
            f"{content.fase_naam(voorstel.fase).lower()}. Wilt u vastleggen waarom? Mag leeg blijven."
        )

        def answered(reason: str | None) -> None:
            if reason is None:
                self._set_phase(*was)
                self.notify("De keuze van de groep is niet gewijzigd.")
            else:
                self._set_phase(fase, reason)

        keys = "Enter legt vast (ook zonder reden) · Esc: deze keuze niet maken"
        self.app.push_screen(AskTextScreen("Keuze van de groep", question, before, keys=keys), answered)

    def _set_phase(self, fase: int | None, reason: str) -> None:
        self.current.sessie.choose_phase(fase, reason)
        self.changed()
        self.sync()
        options = self.query_one("#available", OptionList)
        if options.display:  # the list of the new phase, where Enter and + work
            options.focus()

    def selected_instrument(self) -> str | None:
        options = self.query_one("#available", OptionList)
        if not options.display or options.highlighted is None:
            return None
        return options.get_option_at_index(options.highlighted).id

    def on_option_list_option_highlighted(self) -> None:
        """Where there is room (a tall screen), what the highlighted instrument is."""
        instrument_id = self.selected_instrument()
        if instrument_id:
            content = self.content
            instrument = content.instrument(instrument_id)
            text = explanation(instrument, content.fase_naam(instrument.fase))
            self.query_one("#ladder-preview-text", Static).update(text)
            self.query_one("#ladder-preview").scroll_home(animate=False)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter: the explanation, here, as the screen says; + or 4 from there."""
        event.stop()
        instrument_id = event.option.id
        instrument = self.content.instrument(instrument_id)
        text = explanation(instrument, self.content.fase_naam(instrument.fase))

        def then(choice: str | None) -> None:
            if choice == "plan":
                self.post_message(AddAction(instrument_id))
            elif choice == "stap4":
                self.post_message(ShowInstrument(instrument_id))

        self.app.push_screen(InstrumentScreen(text), then)

    def action_add(self) -> None:
        instrument_id = self.selected_instrument()
        if instrument_id:
            self.post_message(AddAction(instrument_id))
