"""The handreiking on a step, in full (key h): the stappenplan's text, and where the
handreiking has more for this step, that too (de onderstroom at stap 3, the introduction to
the instruments at stap 4)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content as Text
from textual.screen import ModalScreen

from workshop.content import Content
from workshop.ui.widgets.plain import Static


def guide_parts(content: Content, step: int) -> Text:
    stap = content.stappen[step - 1]
    parts: list = [(f"Stap {step}: {stap.titel}", "bold underline"), f"\n{stap.tekst}"]
    if step == 1:
        parts = [(content.vragenlijst_titel, "bold"), "\n\n", *parts]
    if step == 3:
        parts += ["\n\n", (content.onderstroom.titel, "bold underline"), f"\n{content.onderstroom.tekst}"]
    if step == 4:
        parts += ["\n\n", ("Toelichting instrumenten", "bold underline"), f"\n{content.toelichting}"]
    return Text.assemble(*parts)


class GuideScreen(ModalScreen[None]):
    CSS_PATH = ["dialog.tcss", "guide.tcss"]

    BINDINGS = [Binding("escape,h,q", "close", "Sluiten")]

    def __init__(self, content: Content, step: int) -> None:
        super().__init__()
        self.handreiking = content
        self.step = step

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="guide") as frame:
            frame.border_subtitle = "Esc of h: sluiten · ↑ ↓ scrollen"
            yield Static(guide_parts(self.handreiking, self.step), id="guide-text")

    def on_mount(self) -> None:
        self.query_one("#guide").focus()

    def action_close(self) -> None:
        self.dismiss(None)
