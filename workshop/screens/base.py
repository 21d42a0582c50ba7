"""What every step screen shares: the session bar, the step bar and the footer."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer

from workshop.open_session import OpenSession
from workshop.widgets.bars import SessionBar, StepBar


class StepScreen(Screen):
    """A step of the handreiking for the open session; it redraws itself when resumed,
    because the session or its participants may have changed meanwhile."""

    STEP = 0

    @property
    def current(self) -> OpenSession:
        return self.app.current

    def compose_bars(self) -> ComposeResult:
        yield SessionBar(id="session-bar")
        yield StepBar(self.STEP, id="step-bar")

    def compose_footer(self) -> ComposeResult:
        yield Footer()

    def on_screen_resume(self) -> None:
        self.show_status()
        self.sync()

    def sync(self) -> None:
        """Draw the open session; screens override this."""

    def show_status(self) -> None:
        self.app.show_status()
