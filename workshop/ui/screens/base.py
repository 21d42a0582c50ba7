"""What every step screen shares: the session bar, the step bar and the footer."""

from __future__ import annotations

from textual import events
from textual.app import ComposeResult
from textual.screen import Screen

from workshop.files.open_session import OpenSession
from workshop.ui.widgets.bars import SessionBar, StepBar
from workshop.ui.widgets.keybar import KeyBar


class StepScreen(Screen):
    """A step of the handreiking for the open session; it redraws itself when resumed,
    because the session or its participants may have changed meanwhile."""

    STEP = 0
    shown: OpenSession | None = None  # the session this screen last drew

    @property
    def current(self) -> OpenSession:
        return self.app.current

    def compose_bars(self) -> ComposeResult:
        yield SessionBar(id="session-bar")
        yield StepBar(self.STEP, id="step-bar")

    def compose_footer(self) -> ComposeResult:
        yield KeyBar()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Textual restyles every widget of a screen on each resume: a quarter of the start-up,
        # and of every change of step. Not needed: the widgets were styled at mount, and a
        # theme changed while a step was away restyles it when it returns (Textual 8.2.8
        # compares CSS counts in switch_mode). Screen handles the event after this subclass.
        event.refresh_styles = False
        if self.shown is not self.current:
            self.shown = self.current
            self.reset()
        self.show_status()
        self.sync()

    def reset(self) -> None:
        """Forget what belonged to the session shown before (a cursor, a filter, the last
        answer typed): another session is open. Screens override this."""

    def sync(self) -> None:
        """Draw the open session; screens override this."""

    def show_status(self) -> None:
        self.app.show_status()
