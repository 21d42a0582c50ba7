"""The App: its modes (the picker and the five steps), keys, themes and commands, and the
open session it saves. The actions live beside it, by concern, in app_session.py and
app_files.py."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from textual import events
from textual.app import App, ScreenStackError, SystemCommand
from textual.binding import Binding
from textual.markup import escape
from textual.notifications import SeverityLevel
from textual.screen import Screen

from workshop import locations
from workshop.content import Content, default_content
from workshop.domain.timer import DiscussionTimers
from workshop.files.atomic import folder_warning
from workshop.files.open_session import Clock, OpenSession, local_now
from workshop.files.settings import load_settings, save_setting
from workshop.output.text import visible
from workshop.ui.app_files import FileActions
from workshop.ui.app_session import SessionActions
from workshop.ui.screens.choice import ChoiceScreen, Option
from workshop.ui.screens.registry import SCREENS, STEPS, factory
from workshop.ui.screens.too_small import TooSmallScreen, too_small
from workshop.ui.themes import DARK, LIGHT, THEMES
from workshop.ui.widgets.bars import SessionBar


class WorkshopApp(SessionActions, FileActions, App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute, so that a subclass elsewhere finds it too
    TITLE = "Bestuurscultuur"
    # Classes on the screen for app.tcss: a laptop (80x24), a wide screen (120x36) and a
    # projector terminal with a small font (200x60) each get a layout of their own.
    HORIZONTAL_BREAKPOINTS = [(0, "-smal"), (120, "-breed"), (160, "-projector")]
    VERTICAL_BREAKPOINTS = [(0, "-laag"), (36, "-hoog"), (48, "-ruim")]
    MODES = {name: factory(name) for name in SCREENS}
    BINDINGS = [
        Binding("f1,question_mark", "help", "Hulp", tooltip="Alle toetsen"),
        *(Binding(f"f{step + 1}", f"step({step})", f"Stap {step}", show=False) for step in STEPS),
        Binding("f9", "sessions", "Sessies", show=False, tooltip="Terug naar de lijst met sessies"),
        Binding("ctrl+q", "quit", "Stoppen", show=False, tooltip="Stoppen (vraagt eerst als iets niet is opgeslagen)"),
        Binding("ctrl+p", "command_palette", "Opdrachten", show=False, priority=True, tooltip="Alle opdrachten"),
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
        self.timers = DiscussionTimers()
        self.wanted_instrument: str | None = None  # stap 4 opens on this one
        self._save_pending = False
        for theme in THEMES:
            self.register_theme(theme)
        remembered = load_settings(self.settings_path).get("thema")
        self._start_with_theme(remembered if remembered in (LIGHT, DARK) else LIGHT)

    def _start_with_theme(self, name: str) -> None:
        """Set the theme before the first CSS parse, without the theme watcher: it would parse
        all CSS again, twice, and that is a fifth of the start-up. These are the classes the
        watcher sets (textual 8.2.8)."""
        self.set_reactive(App.theme, name)
        dark = self.current_theme.dark
        self.set_class(dark, "-dark-mode", update=False)
        self.set_class(not dark, "-light-mode", update=False)
        self.set_class(True, f"-theme-{name}", update=False)
        self.stylesheet.set_variables(self.get_css_variables())  # the first parse uses these

    def on_mount(self) -> None:
        # a session opened from the command line goes straight to stap 1: the picker is
        # only built when it is needed
        if self.session_path is not None and self.open_path(self.session_path):
            pass
        elif self.demo:
            self.open_demo()
        else:
            self.switch_mode("sessies")
            if self.start_new:
                self.action_new_session()
        self._check_size()
        warning = folder_warning(self.sessions_dir)
        if warning:
            self.notify(warning, title="Let op: privacy", severity="warning", timeout=20)

    def on_unmount(self) -> None:
        if self.current is not None:
            self.current.release()

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
        problem = current.error is not None or current.read_only is not None
        for bar in self.screen.query(SessionBar):
            bar.show(current.sessie.gemeente, current.sessie.titel, current.status(), problem)

    # --- screens and size --------------------------------------------------------------

    def _load_screen_css(self, screen: Screen) -> None:
        """A screen's own .tcss is read when the screen is first shown, so that start-up
        parses only what the first screen needs. Textual 8.2.8 then parses all CSS again and
        restyles every widget; reading the new file is enough, because its rules only style
        its own screen (tests/test_styles.py), so only widgets that are not styled yet."""
        new = [path for path in screen.css_path if not self.stylesheet.has_source(str(path), "")]
        for path in new:
            self.stylesheet.read(path)
        if new:
            self.stylesheet.parse()  # read() keeps the old selector map; parse() renews it

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
        if action in SessionActions.NEEDS_SESSION | FileActions.NEEDS_SESSION:
            return self.current is not None
        return True

    def action_step(self, number: int) -> None:
        self.switch_mode(f"stap{number}")

    def action_sessions(self) -> None:
        self.switch_mode("sessies")

    def action_help(self) -> None:
        from workshop.ui.screens.help import HelpScreen, groups

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(groups(self)))

    async def action_quit(self) -> None:
        """Stop; but never with a change that is not on disk without asking first."""
        if self._save_pending:
            self.save_now()
        current = self.current
        if current is None or not current.unsaved:
            self.exit()
            return
        why = current.error or f"alleen lezen: {current.read_only}"
        question = (
            f"Niet alles is opgeslagen ({why}). Wat u sinds de laatste opslag deed, gaat verloren als u nu stopt."
        )
        options = [
            Option("s", "opnieuw opslaan", "save"),
            Option("a", "opslaan als… (een nieuw bestand)", "save_as"),
            Option("q", "toch stoppen", "quit"),
        ]

        def answer(choice: str | None) -> None:
            if choice == "save":
                self.save_now()
                if not self.current.unsaved:
                    self.exit()
            elif choice == "save_as":
                self.action_save_as()
            elif choice == "quit":
                self.exit()

        self.push_screen(ChoiceScreen("Niet opgeslagen", question, options), answer)

    def action_toggle_theme(self) -> None:
        self.theme = DARK if self.theme == LIGHT else LIGHT
        problem = save_setting(self.settings_path, "thema", self.theme)
        if problem:
            self.notify(f"Het thema wordt niet onthouden: {problem}", severity="warning", timeout=8)

    # --- the command palette -----------------------------------------------------------

    def action_command_palette(self) -> None:
        from workshop.ui.screens.palette import Opdrachten

        if not isinstance(self.screen, Opdrachten):
            self.push_screen(Opdrachten())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette reads a command's title and help as markup: both are escaped."""
        for title, help_text, callback, discover in self.palette_commands(screen):
            yield SystemCommand(escape(visible(title)), escape(visible(help_text)), callback, discover)

    def palette_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Nieuwe sessie", "Begin een nieuwe sessie", self.action_new_session)
        yield SystemCommand("Sessie openen", "Kies een opgeslagen sessie", self.action_sessions)
        yield SystemCommand("Inleiding", "Wat is bestuurscultuur, de onderstroom, het stappenplan", self.action_intro)
        yield SystemCommand("Sessies vergelijken", "Twee of meer sessies naast elkaar, per vraag", self.action_compare)
        if self.current is not None:
            for step in STEPS:
                title = f"Stap {step}: {self.content.stappen[step - 1].titel}"
                yield SystemCommand(title, f"Ga naar stap {step}", lambda n=step: self.action_step(n))
            if hasattr(screen, "action_reveal"):
                yield SystemCommand(
                    "Deze vraag onthullen", "Toon de antwoorden van de gekozen vraag", screen.action_reveal
                )
            if hasattr(screen, "action_present"):
                yield SystemCommand(
                    "Zaalweergave aan/uit", "De vraag groot en de tellingen in grote cijfers (z)", screen.action_present
                )
            yield SystemCommand("Deelnemers", "Deelnemers toevoegen, wijzigen of verwijderen", self.action_participants)
            yield SystemCommand("Normen", "Stel de normen en de voorspelling in", self.action_norms)
            yield SystemCommand("Actieplan", "Het actieplan bekijken en bewerken", self.action_plan)
            yield SystemCommand("Anoniem aan/uit", "Tellingen zonder namen, of met", self.action_toggle_anonymous)
            yield SystemCommand(
                "Alles onthullen", "Alle vragen nu onthullen, bijvoorbeeld aan het eind", self.action_reveal_all
            )
            yield SystemCommand(
                "Eén invuller aan/uit",
                "Elk antwoord meteen tonen: alleen als één persoon alleen invult",
                self.action_toggle_one_filler,
            )
            yield SystemCommand("Opslaan als…", "Bewaar de sessie onder een nieuwe naam", self.action_save_as)
            yield SystemCommand(
                "Verslag schrijven", "Een verslag in Markdown voor de notulen, ook halverwege", self.action_report
            )
            yield SystemCommand(
                "CSV exporteren", "Eén regel per deelnemer en vraag, voor een spreadsheet", self.action_export_csv
            )
        yield SystemCommand("Thema wisselen", "Licht (beamer) of donker", self.action_toggle_theme)
        yield SystemCommand("Hulp", "Alle toetsen", self.action_help)
        yield SystemCommand(
            "Stoppen", "Sluit het programma (vraagt eerst als iets niet is opgeslagen)", self.action_quit
        )
