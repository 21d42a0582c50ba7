"""A small question in the middle of the screen, answered with one key."""

from __future__ import annotations

from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content as Text
from textual.screen import ModalScreen

from workshop.ui.dialogs.options import Option
from workshop.ui.widgets.plain import Static

GAP = Text("   ")
DIALOG_TEXT_WIDTH = 70  # #choice in dialog.tcss: 76 wide, a thick border and padding 2 each side


class ChoiceScreen(ModalScreen[Any]):
    """Shows a question and its options as 'key label'; Escape answers None."""

    CSS_PATH = "dialog.tcss"

    BINDINGS = [Binding("escape", "dismiss_none", "Annuleren")]

    def __init__(self, title: str, question: str, options: list[Option]) -> None:
        super().__init__()
        self.title_text = title
        self.question = question
        self.options = options

    def compose(self) -> ComposeResult:
        with Vertical(id="choice"):
            yield Static(self.title_text, id="choice-title")
            yield Static(self.question, id="choice-question")
            keys = [*((o.key, o.label) for o in self.options), ("Esc", "annuleren")]
            yield OptionKeys([Text.assemble((f" {key} ", "b reverse"), f" {label}") for key, label in keys])

    def on_key(self, event) -> None:
        for option in self.options:
            if event.key == option.key or event.character == option.key:
                event.stop()
                self.dismiss(option.value)
                return

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class OptionKeys(Static):
    """The options, three spaces apart, on as many lines as they need: a line breaks between
    two options, never inside one (Textual breaks at any space, and a key stood at the end of
    a line with its words on the next)."""

    def __init__(self, options: list[Text]) -> None:
        self.options, self.width = options, DIALOG_TEXT_WIDTH
        super().__init__(self._lines(DIALOG_TEXT_WIDTH), id="choice-keys")

    def _lines(self, width: int) -> Text:
        lines: list[list[Text]] = [[]]
        for option in self.options:
            line = lines[-1]
            if line and GAP.join([*line, option]).cell_length > width:
                lines.append(line := [])
            line.append(option)
        return Text("\n").join(GAP.join(line) for line in lines)

    def on_resize(self) -> None:
        """Packed for the dialog's width up front; again only if the width is another."""
        if self.size.width and self.size.width != self.width:
            self.width = self.size.width
            self.update(self._lines(self.width))
