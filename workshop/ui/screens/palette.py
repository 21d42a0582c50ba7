"""The command palette (Ctrl+P) in Dutch: Textual's own, with its two English texts replaced."""

from __future__ import annotations

from rich.align import Align
from rich.text import Text
from textual.command import CommandList, CommandPalette
from textual.widgets.option_list import Option


class Opdrachten(CommandPalette):
    def __init__(self) -> None:
        super().__init__(placeholder="Zoek een opdracht…")

    def _start_no_matches_countdown(self, search_value: str) -> None:
        # A copy of Textual 8.2.8's method with the message in Dutch (textual is pinned).
        self._stop_no_matches_countdown()

        def show_no_matches() -> None:
            if search_value:
                self.query_one(CommandList).add_option(
                    Option(
                        Align.center(Text("Geen opdracht gevonden", style="not bold")),
                        disabled=True,
                        id=self._NO_MATCHES,
                    )
                )
                self._list_visible = True
            else:
                self._list_visible = False

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, show_no_matches)
