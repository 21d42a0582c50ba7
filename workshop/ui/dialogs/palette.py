"""The command palette (Ctrl+P): every command that can run now, found by typing a part of
its name. The app's own, in Dutch, and showing its text literally."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content as Text
from textual.fuzzy import Matcher
from textual.screen import ModalScreen
from textual.widgets.option_list import Option

from workshop.ui.commands import Command
from workshop.ui.widgets.plain_fields import Input, OptionList

NOTHING = "Geen opdracht gevonden"


class Palette(ModalScreen[Command | None]):
    """Dismisses with the chosen command, or None with Escape."""

    CSS_PATH = ["dialog.tcss", "palette.tcss"]

    BINDINGS = [
        Binding("escape", "cancel", "Sluiten"),
        Binding("down", "move(1)", "Omlaag", show=False),
        Binding("up", "move(-1)", "Omhoog", show=False),
    ]

    def __init__(self, commands: list[Command]) -> None:
        super().__init__()
        self.commands = commands
        self.shown: list[Command] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="palette"):
            yield Input(placeholder="Zoek een opdracht…", id="palette-search")
            yield OptionList(id="palette-list")

    def on_mount(self) -> None:
        self.query_one("#palette-search", Input).focus()
        self._show("")

    def on_input_changed(self, event: Input.Changed) -> None:
        self._show(event.value)

    def _show(self, query: str) -> None:
        """Every command for an empty search, alphabetically; else the ones that match, best first."""
        if query.strip():
            matcher = Matcher(query.strip())
            scored = [(matcher.match(c.title), c) for c in self.commands]
            self.shown = [c for score, c in sorted(scored, key=lambda pair: -pair[0]) if score > 0]
        else:
            self.shown = sorted(self.commands, key=lambda c: c.title.casefold())
        options = self.query_one(OptionList)
        options.clear_options()
        for command in self.shown:
            options.add_option(Option(Text.assemble((command.title, "bold"), "\n", command.help)))
        if not self.shown:
            options.add_option(Option(NOTHING, disabled=True))
        options.highlighted = 0 if self.shown else None

    def action_move(self, step: int) -> None:
        options = self.query_one(OptionList)
        if self.shown:
            current = options.highlighted or 0
            options.highlighted = min(max(current + step, 0), len(self.shown) - 1)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        highlighted = self.query_one(OptionList).highlighted
        if self.shown and highlighted is not None:
            self.dismiss(self.shown[highlighted])

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.shown[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
