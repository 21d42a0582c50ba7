"""A text to read over the screen: the handreiking on a step (key h), or an instrument's
explanation (Enter in stap 3). It scrolls; the keys stay in its frame."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content as Text
from textual.screen import ModalScreen

from workshop.content import Content
from workshop.ui.widgets.plain import Static


def guide_parts(content: Content, step: int) -> Text:
    """The stappenplan's text for a step, and where the handreiking has more for this step,
    that too (de onderstroom at stap 3, the introduction to the instruments at stap 4)."""
    stap = content.stappen[step - 1]
    parts: list = [(f"Stap {step}: {stap.titel}", "bold underline"), f"\n{stap.tekst}"]
    if step == 1:
        parts = [(content.vragenlijst_titel, "bold"), "\n\n", *parts]
    if step == 3:
        parts += ["\n\n", (content.onderstroom.titel, "bold underline"), f"\n{content.onderstroom.tekst}"]
    if step == 4:
        parts += ["\n\n", ("Toelichting instrumenten", "bold underline"), f"\n{content.toelichting}"]
    return Text.assemble(*parts)


class ReadScreen(ModalScreen[str | None]):
    """A text in a scrolling frame, its keys in the frame's edge. Dismisses with None when
    closed; subclasses add keys that dismiss with what they ask for."""

    CSS_PATH = ["dialog.tcss", "guide.tcss"]

    BINDINGS = [Binding("escape,q", "close", "Sluiten")]

    def __init__(self, text: Text, keys: str) -> None:
        super().__init__()
        self.text = text
        self.keys = keys

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="guide") as frame:
            frame.border_subtitle = f"{self.keys} · ↑ ↓ scrollen"
            yield Static(self.text, id="guide-text")

    def on_mount(self) -> None:
        self.query_one("#guide").focus()

    def action_close(self) -> None:
        self.dismiss(None)


class GuideScreen(ReadScreen):
    """The handreiking on a step (key h, and h closes it too)."""

    BINDINGS = [Binding("h", "close", "Sluiten")]

    def __init__(self, content: Content, step: int) -> None:
        super().__init__(guide_parts(content, step), "Esc of h: sluiten")


class InstrumentScreen(ReadScreen):
    """An instrument's explanation over stap 3: Enter there says 'toelichting', and does that.
    Dismisses with 'plan' (+: on the action plan) or 'stap4' (4: on to stap 4 at it)."""

    BINDINGS = [
        Binding("enter", "close", "Sluiten"),
        Binding("plus", "dismiss('plan')", "Aan actieplan"),
        Binding("4", "dismiss('stap4')", "Naar stap 4"),
    ]

    def __init__(self, text: Text) -> None:
        super().__init__(text, "Esc: terug · +: aan actieplan · 4: naar stap 4")
