"""Pick one item from a list, in the middle of the screen."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.plain_fields import OptionList


class PickScreen(ModalScreen[int | None]):
    """Dismisses with the index of the chosen item, or None with Escape."""

    CSS_PATH = ["dialog.tcss", "pick.tcss"]

    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, title: str, items: list[str], exclude: int | None = None, current: int | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.items = items
        self.exclude = exclude
        self.current = current  # the item highlighted first

    def compose(self) -> ComposeResult:
        with Vertical(id="choice"):
            yield Static(self.title_text, id="choice-title")
            yield OptionList(
                *(
                    Option(f"{item} (al gekozen)", id=str(i), disabled=True)
                    if i == self.exclude
                    else Option(item, id=str(i))
                    for i, item in enumerate(self.items)
                ),
                id="pick",
            )
            yield Static("↑ ↓ kiezen · Enter bevestigt · Esc annuleert")

    def on_mount(self) -> None:
        if self.current is not None:
            self.query_one(OptionList).highlighted = self.current

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id))

    def action_cancel(self) -> None:
        self.dismiss(None)
