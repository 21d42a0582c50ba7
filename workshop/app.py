"""The App: its screens, keys, themes and commands, and the open session it saves."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import events
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding
from textual.command import CommandPalette
from textual.screen import Screen

from workshop import locations
from workshop.content import Content, default_content
from workshop.demo import load_demo
from workshop.domain.model import Sessie
from workshop.fields import FormatError
from workshop.open_session import Clock, OpenSession, local_now
from workshop.report import report
from workshop.screens.ask_name import AskNameScreen
from workshop.screens.choice import ChoiceScreen, Option
from workshop.screens.help import HelpScreen
from workshop.screens.new_session import NewSessionScreen
from workshop.screens.norms import NormsScreen
from workshop.screens.palette import Opdrachten
from workshop.screens.participants import ParticipantsScreen
from workshop.screens.picker import PickerScreen
from workshop.screens.questionnaire import QuestionnaireScreen
from workshop.screens.too_small import TooSmallScreen, too_small
from workshop.settings import load_settings, save_setting
from workshop.store import SaveError, file_name, load_session, new_path, write_atomic
from workshop.themes import DARK, LIGHT, THEMES
from workshop.widgets.bars import SessionBar

STEP_MODES = {1: "stap1"}


class WorkshopApp(App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "Bestuurscultuur"
    ENABLE_COMMAND_PALETTE = True
    COMMAND_PALETTE_BINDING = "ctrl+p"
    HORIZONTAL_BREAKPOINTS = [(0, "-smal"), (120, "-breed"), (160, "-projector")]
    VERTICAL_BREAKPOINTS = [(0, "-laag"), (36, "-hoog")]
    MODES = {"sessies": PickerScreen, "stap1": QuestionnaireScreen}
    BINDINGS = [
        Binding("f1,question_mark", "help", "Hulp"),
        Binding("f2", "step(1)", "Stap 1", show=False),
        Binding("f9", "sessions", "Sessies", show=False),
        Binding("ctrl+q", "quit", "Stoppen", show=False),
        Binding("ctrl+p", "command_palette", "Opdrachten", show=False, priority=True),
    ]

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
    ) -> None:
        super().__init__()
        self.content = content or default_content()
        self.sessions_dir = sessions_dir or locations.sessions_dir()
        self.session_path = session_path
        self.clock = clock
        self.settings_path = settings_path or locations.settings_file()
        self.start_new = start_new
        self.demo = demo
        self.current: OpenSession | None = None
        self._save_pending = False

    # --- start -------------------------------------------------------------------------

    def on_mount(self) -> None:
        for theme in THEMES:
            self.register_theme(theme)
        remembered = load_settings(self.settings_path).get("thema")
        self.theme = remembered if remembered in (LIGHT, DARK) else LIGHT
        self.switch_mode("sessies")
        if self.session_path is not None:
            self.open_path(self.session_path)
        elif self.start_new:
            self.action_new_session()
        elif self.demo:
            self.open_demo()
        self._check_size()

    def open_path(self, path: Path) -> bool:
        try:
            sessie = load_session(path, self.content)
        except FormatError as problem:
            self.notify(str(problem), title="Kan deze sessie niet openen", severity="error", timeout=15)
            return False
        self.open_session(sessie, path, save=False)
        return True

    def open_session(self, sessie: Sessie, path: Path, *, save: bool) -> None:
        self.current = OpenSession(sessie, path, self.content, self.clock)
        if save:
            self.current.save()
        self.sub_title = f"{sessie.gemeente} · {sessie.titel}"
        self.switch_mode(STEP_MODES[1])

    def open_demo(self) -> None:
        """A copy of the demo session in the sessions folder; an earlier copy is never
        overwritten without asking."""
        sessie = load_demo(self.content)
        path = self.sessions_dir / file_name(sessie)
        if not (path.exists() or path.is_symlink()):
            self.open_session(sessie, path, save=True)
            return
        options = [
            Option("o", "de bestaande kopie openen", "open"),
            Option("n", "een nieuwe kopie maken", "new"),
            Option("v", "vervangen door een verse kopie", "replace"),
        ]
        question = f"Er is al een kopie van de voorbeeldsessie: {path.name}. Wat wilt u doen?"

        def chosen(choice: str | None) -> None:
            if choice == "open":
                self.open_path(path)
            elif choice == "new":
                self.open_session(sessie, new_path(self.sessions_dir, sessie), save=True)
            elif choice == "replace":
                self.open_session(sessie, path, save=True)

        self.push_screen(ChoiceScreen("Voorbeeldsessie", question, options), chosen)

    # --- saving ------------------------------------------------------------------------

    def changed(self) -> None:
        """Call after every change to the open session: it is saved right after the screen
        shows the change, once for a burst of changes."""
        if self.current is None or self._save_pending:
            return
        self._save_pending = True
        self.call_after_refresh(self.save_now)

    def save_now(self) -> None:
        self._save_pending = False
        if self.current is None:
            return
        self.current.save()
        self.show_status()

    def show_status(self) -> None:
        current = self.current
        for bar in self.screen.query(SessionBar):
            bar.show(current.sessie.gemeente, current.sessie.titel, current.status(), current.error is not None)

    # --- screens and size --------------------------------------------------------------

    async def _on_resize(self, event: events.Resize) -> None:
        await super()._on_resize(event)
        self.set_timer(0.02, self._check_size)  # after Textual has passed the size to the screens

    def _check_size(self) -> None:
        try:
            showing = isinstance(self.screen, TooSmallScreen)
        except ScreenStackError:
            return  # shutting down
        small = too_small(self.size.width, self.size.height)
        if small and not showing:
            self.push_screen(TooSmallScreen())
        elif showing:
            if small:
                self.screen.show_size(self.size.width, self.size.height)
            else:
                self.pop_screen()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"step", "participants", "norms", "toggle_anonymous", "reveal_all", "save_as", "report"}:
            return self.current is not None
        return True

    def action_step(self, number: int) -> None:
        self.switch_mode(STEP_MODES[number])

    def action_sessions(self) -> None:
        self.switch_mode("sessies")

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        groups = [
            ("Overal", self.BINDINGS),
            ("Sessies kiezen", PickerScreen.BINDINGS),
            ("Stap 1: vragenlijst", QuestionnaireScreen.BINDINGS + _grid_bindings()),
            ("Deelnemers", ParticipantsScreen.BINDINGS),
            ("Normen", NormsScreen.BINDINGS),
            ("Nieuwe sessie", NewSessionScreen.BINDINGS),
        ]
        self.push_screen(HelpScreen(groups, "Ctrl+P opent het opdrachtenpalet met alle opdrachten."))

    def action_new_session(self, earlier: Sessie | None = None) -> None:
        self.push_screen(NewSessionScreen(earlier), self._created)

    def _created(self, sessie: Sessie | None) -> None:
        if sessie is None:
            return
        self.current = OpenSession(sessie, new_path(self.sessions_dir, sessie), self.content, self.clock)
        self.current.save()
        self.push_screen(ParticipantsScreen(wizard=True), self._participants_done)

    def _participants_done(self, go_on: bool | None) -> None:
        if go_on:
            self.push_screen(
                NormsScreen(wizard=True),
                lambda _: self.open_session(self.current.sessie, self.current.path, save=False),
            )
        else:
            self.open_session(self.current.sessie, self.current.path, save=False)

    def action_participants(self) -> None:
        self.push_screen(ParticipantsScreen())

    def action_norms(self) -> None:
        self.push_screen(NormsScreen())

    def action_toggle_anonymous(self) -> None:
        sessie = self.current.sessie
        sessie.anoniem = not sessie.anoniem
        self.notify(
            "Anonieme stand: de zaal ziet nummers, geen namen" if sessie.anoniem else "Open stand: namen zichtbaar"
        )
        self.changed()
        self._redraw()

    def action_reveal_all(self) -> None:
        sessie = self.current.sessie
        sessie.alles_tonen = not sessie.alles_tonen
        self.notify(
            "Alle antwoorden worden getoond (één invuller)"
            if sessie.alles_tonen
            else "Antwoorden weer verborgen tot onthullen"
        )
        self.changed()
        self._redraw()

    def _redraw(self) -> None:
        if hasattr(self.screen, "sync"):
            self.screen.sync()

    def action_save_as(self) -> None:
        current = self.current
        default = new_path(self.sessions_dir, current.sessie).name
        explanation = f"De sessie wordt een nieuw bestand in {self.sessions_dir}; u werkt daarna verder in dat bestand."
        self.push_screen(AskNameScreen("Opslaan als", explanation, default, ".toml"), self._save_as)

    def _save_as(self, name: str | None) -> None:
        if name is None:
            return
        path = self.sessions_dir / name

        def write() -> None:
            self.current.path = path
            if self.current.save():
                self.notify(f"Opgeslagen als {path}")
            self.show_status()

        self.unless_exists(path, write)

    def action_report(self) -> None:
        current = self.current
        path = current.path.with_name(current.path.stem + "-verslag.md")
        text = report(current.sessie, self.content)
        self.unless_exists(path, lambda: self.write_file(path, text.encode("utf-8"), "Verslag"))

    def write_file(self, path: Path, data: bytes, what: str) -> None:
        try:
            write_atomic(path, data)
        except SaveError as problem:
            self.notify(str(problem), title=f"{what} niet geschreven", severity="error", timeout=15)
            return
        self.notify(f"{what} geschreven naar {path}", timeout=10)

    def unless_exists(self, path: Path, write) -> None:
        """Run `write`, but ask first when `path` exists: nothing is overwritten unasked."""
        if not (path.exists() or path.is_symlink()):
            write()
            return
        options = [Option("j", "ja, overschrijven", True), Option("n", "nee", False)]
        question = f"{path} bestaat al. Overschrijven?"
        self.push_screen(ChoiceScreen("Bestand bestaat al", question, options), lambda yes: write() if yes else None)

    def action_toggle_theme(self) -> None:
        self.theme = DARK if self.theme == LIGHT else LIGHT
        save_setting(self.settings_path, "thema", self.theme)

    # --- the command palette ------------------------------------------------------------

    def action_command_palette(self) -> None:
        if not isinstance(self.screen, CommandPalette):
            self.push_screen(Opdrachten())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Nieuwe sessie", "Begin een nieuwe sessie", self.action_new_session)
        yield SystemCommand("Sessie openen", "Kies een opgeslagen sessie", self.action_sessions)
        if self.current is not None:
            yield SystemCommand("Stap 1: vragenlijst", "Vul de vragenlijst in", lambda: self.action_step(1))
            yield SystemCommand("Deelnemers", "Deelnemers toevoegen, wijzigen of verwijderen", self.action_participants)
            yield SystemCommand("Normen", "Stel de normen en de voorspelling in", self.action_norms)
            yield SystemCommand("Anoniem aan/uit", "Tellingen zonder namen, of met", self.action_toggle_anonymous)
            yield SystemCommand(
                "Alles tonen aan/uit", "Alle antwoorden meteen tonen (één invuller)", self.action_reveal_all
            )
            yield SystemCommand("Opslaan als…", "Bewaar de sessie onder een nieuwe naam", self.action_save_as)
            yield SystemCommand(
                "Verslag schrijven", "Een verslag in Markdown voor de notulen, ook halverwege", self.action_report
            )
        yield SystemCommand("Thema wisselen", "Licht (beamer) of donker", self.action_toggle_theme)
        yield SystemCommand("Hulp", "Alle toetsen", self.action_help)
        yield SystemCommand("Stoppen", "Sluit het programma; alles is al opgeslagen", self.action_quit)


def _grid_bindings() -> list[Binding]:
    from workshop.widgets.answer_grid import AnswerGrid

    return [Binding("up,down,left,right", "", "Cursor verplaatsen"), *AnswerGrid.BINDINGS[4:]]
