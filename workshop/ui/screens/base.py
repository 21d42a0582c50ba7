"""What every screen and dialog shares: typed access to what the App holds, one way to say
that the session changed, and for the five steps the session bar, step bar and keys line."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen

from workshop.content import Content
from workshop.domain.model import Sessie
from workshop.files.open_session import OpenSession
from workshop.ui.dialogs.guide import GuideScreen
from workshop.ui.messages import SessionChanged
from workshop.ui.widgets.bars import SessionBar, StepBar
from workshop.ui.widgets.guide import StepGuide
from workshop.ui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from workshop.ui.app import WorkshopApp


class AppAccess:
    """Mixed into a Screen or ModalScreen: what it needs of the App, typed."""

    @property
    def workshop(self) -> WorkshopApp:
        return cast("WorkshopApp", self.app)  # type: ignore[attr-defined]

    @property
    def content(self) -> Content:
        return self.workshop.content

    @property
    def current(self) -> OpenSession:
        """The open session; a screen that needs it is only shown while one is open."""
        return cast(OpenSession, self.workshop.current)

    @property
    def sessie(self) -> Sessie:
        return self.current.sessie

    def changed(self) -> None:
        """Say that the session changed: the App saves it after the screen shows it."""
        self.post_message(SessionChanged())  # type: ignore[attr-defined]


class StepScreen(AppAccess, Screen):
    """A step of the handreiking for the open session; it redraws itself when resumed,
    because the session or its participants may have changed meanwhile. Every step shows
    the handreiking's own text for it (StepGuide), and h opens it in full."""

    STEP = 0
    BINDINGS = [Binding("h", "guide", "Handreiking", show=False, tooltip="De tekst van de handreiking bij deze stap")]
    shown: OpenSession | None = None  # the session this screen last drew

    def compose_bars(self) -> ComposeResult:
        yield SessionBar(id="session-bar")
        yield StepBar(self.STEP, id="step-bar")
        yield StepGuide(self.content, self.STEP, id="step-guide")

    def action_guide(self) -> None:
        self.app.push_screen(GuideScreen(self.content, self.STEP))

    def compose_footer(self) -> ComposeResult:
        yield KeyBar()

    def on_screen_resume(self) -> None:
        if self.shown is not self.current:
            self.shown = self.current
            self.reset()
        self.workshop.show_status()
        self.sync()

    def reset(self) -> None:
        """Forget what belonged to the session shown before (a cursor, a filter, the last
        answer typed): another session is open. Screens override this."""

    def sync(self) -> None:
        """Draw the open session; screens override this."""
