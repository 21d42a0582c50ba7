"""Shown instead of a broken screen when the terminal is smaller than 80x24."""

from __future__ import annotations

from textual.app import App, ComposeResult, ScreenStackError
from textual.screen import ModalScreen

from workshop.ui.widgets.plain import Static

MIN_WIDTH, MIN_HEIGHT = 80, 24


def too_small(width: int, height: int) -> bool:
    return width < MIN_WIDTH or height < MIN_HEIGHT


class TooSmallScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    TooSmallScreen {
        align: center middle;
        background: $background;
    }
    #too-small {
        width: 100%;
        height: 100%;
        content-align: center middle;
        text-align: center;
        text-style: bold;
    }
    """

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


def check_size(app: App) -> None:
    """Cover the screen with the request to make the window larger, or take it away."""
    try:
        showing = isinstance(app.screen, TooSmallScreen)
    except ScreenStackError:
        return  # shutting down
    small = too_small(app.size.width, app.size.height)
    if small and not showing:
        app.push_screen(TooSmallScreen())
    elif showing:
        if small:
            app.screen.show_size(app.size.width, app.size.height)
        else:
            app.pop_screen()
