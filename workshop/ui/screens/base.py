"""What every screen and dialog shares: typed access to what the App holds, one way to say
that the session changed, and for the five steps the session bar, step bar and keys line."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar, cast

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen

from workshop.content import Content
from workshop.domain.model import Sessie
from workshop.files.open_session import OpenSession
from workshop.ui.messages import SessionChanged
from workshop.ui.startup import FirstFrameWhole
from workshop.ui.widgets.bars import SessionBar, StepBar
from workshop.ui.widgets.guide import StepGuide
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.timer import TimerLabel

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


ResultType = TypeVar("ResultType")


class FormScreen(AppAccess, Screen[ResultType]):
    """A screen of fields to type in. Tab and Shift+Tab move between the fields in the App's
    own turn, so a key typed right after Tab lands in the next field, not the one being left
    (Textual hands keys to the focused widget before a widget's own Tab has moved the focus)."""

    BINDINGS = [
        Binding("tab", "move_field(1)", "Volgend veld", show=False, priority=True),
        Binding("shift+tab", "move_field(-1)", "Vorig veld", show=False, priority=True),
    ]

    def action_move_field(self, step: int) -> None:
        if step > 0:
            self.focus_next()
        else:
            self.focus_previous()


class StepScreen(AppAccess, FirstFrameWhole):
    """A step of the handreiking for the open session; it redraws itself when resumed,
    because the session or its participants may have changed meanwhile. Every step shows
    the handreiking's own text for it (StepGuide), and h opens it in full."""

    STEP = 0
    BINDINGS = [
        Binding("h", "guide", "Handreiking", show=False, tooltip="De tekst van de handreiking bij deze stap"),
        Binding(
            "escape",
            "back",
            "Terug",
            show=False,
            tooltip="Terug: uit een veld of deelweergave, anders naar de vorige stap",
        ),
    ]
    shown: OpenSession | None = None  # the session this screen last drew

    def compose_bars(self) -> ComposeResult:
        yield SessionBar(id="session-bar")
        yield StepBar(self.STEP, id="step-bar")
        yield StepGuide(self.content, self.STEP, id="step-guide")

    def action_guide(self) -> None:
        from workshop.ui.dialogs.guide import GuideScreen  # its module when first read: start-up

        self.app.push_screen(GuideScreen(self.content, self.STEP))

    def action_back(self) -> None:
        """Esc, the same in every step: one level back within the step, else the step before."""
        if self.step_back():
            return
        if self.STEP > 1:
            self.app.switch_mode(f"stap{self.STEP - 1}")
        else:
            self.notify("Dit is de eerste stap. F9: terug naar de lijst met sessies.")

    def step_back(self) -> bool:
        """Leave a field or a part view of this step (the room view, a comparison); False
        when already at the step itself. Screens override this."""
        return False

    def compose_footer(self) -> ComposeResult:
        yield KeyBar()

    _hinting = False

    def hint(self, text: str, seconds: float = 4) -> None:
        """A short notice that shows once at a time, however often its cause repeats."""
        if not self._hinting:
            self._hinting = True
            self.notify(text, timeout=seconds)
            self.set_timer(seconds, self._hint_done)

    def _hint_done(self) -> None:
        self._hinting = False

    def on_screen_resume(self) -> None:
        """Redraw; the first time this session is shown, also put the focus where the step
        starts. After a dialog or another step the focus stays where the facilitator left it
        (saving a review item must not land on the landkaart, where Enter records a choice)."""
        first = self.shown is not self.current
        if first:
            self.shown = self.current
            self.reset()
        self.workshop.show_status()
        self.sync()
        if first:
            self.start_focus()

    def reset(self) -> None:
        """Forget what belonged to the session shown before (a cursor, a filter, the last
        answer typed): another session is open. Screens override this."""

    def sync(self) -> None:
        """Draw the open session; screens override this."""

    def start_focus(self) -> None:
        """Focus where work on this step starts; screens override this."""


class DiscussionStep(StepScreen):
    """A step that goes through the questions one at a time, each with a discussion timer
    the room can see (t starts or pauses it, T sets it to zero)."""

    BINDINGS = [
        Binding("t", "timer", "Timer", show=False, tooltip="Discussietimer van deze vraag starten of pauzeren"),
        Binding("T", "timer_reset", "Timer op nul", show=False, tooltip="Discussietimer van deze vraag op nul"),
    ]

    def timer_question(self) -> str | None:
        """The id of the question the timer keys act on; screens override this."""
        return None

    def on_phones(self) -> None:
        """Phones joined or answered (answering live): draw again."""
        self.sync()

    def action_timer(self) -> None:
        self._change_timer(self.workshop.timers.toggle)

    def action_timer_reset(self) -> None:
        self._change_timer(self.workshop.timers.reset)

    def _change_timer(self, change: Callable[[str], object]) -> None:
        vraag_id = self.timer_question()
        if vraag_id:
            change(vraag_id)
            for timer in self.query(TimerLabel):  # wherever the screen shows it
                timer.show(vraag_id)
