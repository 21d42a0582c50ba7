"""Ask for a file name, in the middle of the screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from workshop.forms import InputError, file_name_input


class AskNameScreen(ModalScreen[str | None]):
    """Dismisses with a plain file name ending in `suffix`, or None when cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, title: str, explanation: str, default: str, suffix: str) -> None:
        super().__init__()
        self.title_text = title
        self.explanation = explanation
        self.default = default
        self.suffix = suffix

    def compose(self) -> ComposeResult:
        with Vertical(id="choice"):
            yield Static(self.title_text, id="choice-title")
            yield Static(self.explanation, id="choice-question")
            yield Input(self.default, id="file-name")
            yield Static("Enter bevestigt · Esc annuleert", id="ask-error")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        try:
            self.dismiss(file_name_input(event.value, self.suffix))
        except InputError as problem:
            self.query_one("#ask-error", Static).update(f"⚠ {problem}")

    def action_cancel(self) -> None:
        self.dismiss(None)
