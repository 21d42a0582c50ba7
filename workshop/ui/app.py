"""The App: the open session and its saving, the modes (the picker and the five steps), the
themes and the commands (commands.py, actions.py); what it does with sessions is flow.py,
and how it starts is first_screen.py."""

from __future__ import annotations

from inspect import isawaitable
from pathlib import Path

from textual.app import App, ScreenStackError
from textual.css.query import NoMatches
from textual.notifications import SeverityLevel

from workshop import locations
from workshop.content import Content, default_content
from workshop.domain.model import Sessie
from workshop.domain.timer import DiscussionTimers
from workshop.files.atomic import folder_warning
from workshop.files.lock import Houder
from workshop.files.open_session import Clock, OpenSession, local_now
from workshop.files.settings import load_settings
from workshop.output.text import visible
from workshop.ui import actions, collector, commands, first_screen, flow, messages
from workshop.ui.dialogs.too_small import check_size
from workshop.ui.live import LiveControl
from workshop.ui.screens.registry import SCREENS, factory
from workshop.ui.startup import ThemeParsedOnce
from workshop.ui.themes import DARK, LIGHT, THEMES
from workshop.ui.widgets.bars import SessionBar

OUTPUT_DONE = 0.015  # seconds after a frame is handed to Textual's output thread before saving starts
SLOW_DISK = 0.5  # seconds before the status bar says "Opslaan…" of a write still under way


class WorkshopApp(ThemeParsedOnce, App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute, so that a subclass elsewhere finds it too
    TITLE = "Bestuurscultuur"
    # Classes on the screen for app.tcss: a laptop (80x24), a wide screen (120x36) and a
    # projector terminal with a small font (200x60) each get a layout of their own.
    HORIZONTAL_BREAKPOINTS = [(0, "-smal"), (120, "-breed"), (160, "-projector")]
    VERTICAL_BREAKPOINTS = [(0, "-laag"), (36, "-hoog"), (48, "-ruim")]
    MODES = {name: factory(name) for name in SCREENS}
    ENABLE_COMMAND_PALETTE = False  # the app's own palette (dialogs/palette.py), in Dutch
    BINDINGS = commands.app_bindings()

    def __init__(
        self,
        session_path: Path | None = None,
        sessions_dir: Path | None = None,
        *,
        content: Content | None = None,
        clock: Clock = local_now,
        settings_path: Path | None = None,
        start_new: bool = False,
        demo: bool = False,
        live: tuple[str | None, int] | None = None,
    ) -> None:
        content = content or default_content()
        sessions_dir = sessions_dir or locations.sessions_dir()
        # The first screen is the app's default mode, built inside Textual's start-up batch:
        # switch_mode would hold back every update for another 50 ms (its delay_update).
        self.opening = first_screen.first_session(content, session_path, demo, sessions_dir)
        self.DEFAULT_MODE = "stap1" if self.opening is not None else "sessies"
        super().__init__()
        self.content = content
        self.sessions_dir = sessions_dir
        self.session_path = session_path
        self.clock = clock
        self.settings_path = settings_path or locations.settings_file()
        self.start_new = start_new
        self.demo = demo
        self.current: OpenSession | None = None
        self.timers = DiscussionTimers()
        self.wanted_instrument: str | None = None  # stap 4 opens on this one
        self.wanted_review: bool | None = None  # stap 5 opens at the review of the previous plan
        self.live = LiveControl(self)
        self.start_live = live is not None  # --live: joining opens with the session
        if live is not None:
            self.live.address, self.live.port = live
        self._save_pending = False
        self._thresholds: tuple[int, ...] = ()  # the collector's, before the app changed them
        self._holder: Houder | None = None  # the other window that has the first session open
        for theme in THEMES:
            self.register_theme(theme)
        remembered = load_settings(self.settings_path).get("thema")
        self.first_theme(remembered if remembered in (LIGHT, DARK) else LIGHT)

    def on_load(self) -> None:
        """The session the app starts on is the open one before its screen is built."""
        if self.opening is not None:
            self._holder = flow.become_current(self, self.opening.sessie, self.opening.path)

    def on_mount(self) -> None:
        first_screen.start(self, self._holder)
        self.opening = self._holder = None  # used: a session opened later is not this one
        check_size(self)
        warning = folder_warning(self.sessions_dir)
        if warning:
            self.notify(warning, title="Let op: privacy", severity="warning", timeout=20)
        # what the first screen built lives about as long as the app: after its first frame,
        # frozen too (launch.py froze what was loaded before), and from then on the garbage
        # collector runs between keys (collector.py)
        self.call_after_refresh(self._start_collector)

    def _start_collector(self) -> None:
        self._thresholds = collector.start(self)

    async def on_unmount(self) -> None:
        try:
            await self.live.close()  # the port is free, and what phones sent is on disk
        finally:
            self.flush()
            if self.current is not None:
                self.current.release()
            if self._thresholds:
                collector.stop(self._thresholds)

    # --- answering on phones ------------------------------------------------------------------

    def question_in_view(self) -> str | None:
        """The question the facilitator has open (for phones in the paced mode), if any. The
        live timer asks at any moment, also while a screen is built or taken down (quitting):
        a screen without its widgets has no question in view."""
        try:
            question = getattr(self.screen, "timer_question", None)
            return question() if callable(question) else None
        except (NoMatches, ScreenStackError):  # a screen without its widgets, or none at all
            return None

    def phones_changed(self) -> None:
        """Phones joined or answered: the screen that shows them draws again, once (not a
        screen without its widgets: it draws when it is built). The status bar is not asked:
        its words change when the answers are saved (LiveControl saves and says so), and
        looking for it on every repaint was a third of the repaint's time."""
        try:
            on_phones = getattr(self.screen, "on_phones", None)
            if callable(on_phones):
                on_phones()
        except (NoMatches, ScreenStackError):
            pass

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """Every notification is literal text: most quote a name, a file or a reason."""
        super().notify(visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False)

    # --- saving: right after the screen shows a change, once for a burst of changes ---------

    def on_session_changed(self, message: messages.SessionChanged) -> None:
        self.changed()

    def changed(self) -> None:
        if self.current is None or self._save_pending:
            return
        self._save_pending = True
        self.call_after_refresh(self.set_timer, OUTPUT_DONE, self.save_now)

    def flush(self) -> None:
        """Save now what is waiting to be saved, if anything, and wait until it is on disk."""
        if self._save_pending:
            self.save_now()
        if self.current is not None:
            self.current.wait()
            self.show_status()

    def save_now(self) -> None:
        """Save in the writer's thread (open_session.py): keys never wait for the disk. The
        status bar says "Opgeslagen om" once the write is done. Called OUTPUT_DONE after the
        change's frame, and by `flush`: whichever comes first saves."""
        if not self._save_pending:  # saved meanwhile (flush)
            return
        self._save_pending = False
        if self.current is None:
            return
        self.current.save_soon(self.saved_by_writer)
        if self.current.error or self.current.read_only:
            self.show_status()  # why it is not (or was not) written, at once
        else:  # the write ends in milliseconds and says so; a disk that takes long says "Opslaan…"
            self.set_timer(SLOW_DISK, self.show_status)

    def saved_by_writer(self) -> None:
        """Called from the writer's thread: the status bar, on the App's own."""
        self.post_message(messages.Written())

    def on_written(self, message: messages.Written) -> None:
        self.show_status()

    def show_status(self) -> None:
        if not self.screen_stack:  # stopping: nothing to show it on
            return
        for bar in self.screen.query(SessionBar):
            bar.show_session(self.current)

    def on_resize(self) -> None:
        self.set_timer(0.02, lambda: check_size(self))  # after Textual has passed the size to the screens

    # --- commands --------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "run" and parameters and commands.BY_NAME[str(parameters[0])].needs_session:
            return self.current is not None
        return True

    async def action_run(self, name: str) -> None:
        result = actions.RUNS[name](self)
        if isawaitable(result):
            await result

    def action_palette(self) -> None:
        flow.palette(self)

    # --- what the screens ask for ----------------------------------------------------------

    async def on_run_command(self, message: messages.RunCommand) -> None:
        await self.action_run(message.name)

    def on_open_session(self, message: messages.OpenSession) -> None:
        flow.open_path(self, message.path)

    async def begin_session(self, earlier: Sessie | None = None) -> None:
        """The form of a new session, or of the next round after `earlier`."""
        await flow.new_session(self, earlier)

    def on_add_action(self, message: messages.AddAction) -> None:
        flow.add_action(self, message.instrument_id)

    def on_show_instrument(self, message: messages.ShowInstrument) -> None:
        flow.show_instrument(self, message.instrument_id)
