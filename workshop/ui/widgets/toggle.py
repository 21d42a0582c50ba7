"""A yes/no setting that shows its state in words: '[✓] ja' or '[ ] nee', never by colour."""

from __future__ import annotations

from textual.binding import Binding
from textual.content import Content as Text
from textual.widget import Widget


class Toggle(Widget, can_focus=True):
    DEFAULT_CSS = """
    Toggle {
        height: 3;
        margin-top: 1;
        border: tall $border-blurred;
        padding: 0 1;
        &:focus { border: thick $primary; }
    }
    """

    BINDINGS = [Binding("space,enter", "toggle", "Aan/uit", show=False, key_display="spatie")]

    def __init__(self, label: str, value: bool = False, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.label = label
        self.value = value

    def render(self) -> Text:
        mark, word = ("✓", "ja") if self.value else (" ", "nee")
        return Text.assemble((f"[{mark}] ", "bold"), self.label, ": ", (word, "bold"), " · spatie wisselt")

    def action_toggle(self) -> None:
        self.value = not self.value
        self.refresh()
