"""Shown instead of a broken screen when the terminal is smaller than 80x24."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import ModalScreen

from workshop.ui.widgets.plain import Static

MIN_WIDTH, MIN_HEIGHT = 80, 24


def too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(ModalScreen[None]):
    def compose(self) -> ComposeResult:
        yield Static(self.message(self.app.size.width, self.app.size.height), id="too-small")

    @staticmethod
    def message(width: int, height: int) -> str:
        return (
            f"Maak het venster groter.\n\nNodig: minstens {MIN_WIDTH} x {MIN_HEIGHT} tekens.\nNu: {width} x {height}."
        )

    def show_size(self, width: int, height: int) -> None:
        for notice in self.query("#too-small").results(Static):  # none yet before compose
            notice.update(self.message(width, height))
