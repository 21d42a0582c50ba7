"""Ask for one line of text, in the middle of the screen: a file name, a reason."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen

from workshop.domain.forms import InputError
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.plain_fields import Input


class AskTextScreen(ModalScreen[Any]):
    """Dismisses with `parse(text)`, or None when cancelled; a parse problem is shown and
    the question stays."""

    CSS_PATH = "dialog.tcss"
    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(
        self,
        title: str,
        explanation: str,
        default: str = "",
        parse: Callable[[str], Any] = str.strip,
        keys: str = "Enter bevestigt · Esc annuleert",
    ) -> None:
        super().__init__()
        self.keys = keys
        self.title_text = title
        self.explanation = explanation
        self.default = default
        self.parse = parse

    def compose(self) -> ComposeResult:
        with Vertical(id="choice"):
            yield Static(self.title_text, id="choice-title")
            yield Static(self.explanation, id="choice-question")
            yield Input(self.default, id="answer")
            yield Static(self.keys, id="ask-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            self.dismiss(self.parse(event.value))
        except InputError as problem:
            self.query_one("#ask-error", Static).update(f"⚠ {problem}")

    def action_cancel(self) -> None:
        self.dismiss(None)
