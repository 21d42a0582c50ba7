"""What the app does with sessions, as functions of the App: opening one (and the questions
that may come with it), the new-session wizard, the screens over a step, and the switches
of the open session. The commands (commands.py) and the screens call these; the App itself
only holds the open session and saves it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.content.fields import FormatError
from workshop.domain.forms import format_date
from workshop.domain.model import Actie, Sessie
from workshop.files.lock import Houder
from workshop.files.open_session import OpenSession
from workshop.files.settings import save_setting
from workshop.files.store import load_session, new_path
from workshop.ui.dialogs import Option, ask
from workshop.ui.reading import read_in_thread
from workshop.ui.themes import DARK, LIGHT

if TYPE_CHECKING:
    from textual.widget import AwaitMount

    from workshop.domain.history import Eerder
    from workshop.ui.app import WorkshopApp


def open_path(app: WorkshopApp, path: Path) -> bool:
    if app.live.opened is not None and app.live.opened.path == path:
        app.live.leave()  # the file is read again: what phones sent is on it first
    app.flush()  # and what was typed: the file may be this session's own
    try:
        sessie = load_session(path, app.content)
    except FormatError as problem:
        app.notify(str(problem), title="Kan deze sessie niet openen", severity="error", timeout=15)
        return False
    open_session(app, sessie, path, save=False)
    return True


def become_current(app: WorkshopApp, sessie: Sessie, path: Path) -> Houder | None:
    """Make this the open session: nothing of the one before survives (its lock, its
    notifications, timers and the instrument stap 4 was to open; each step screen starts
    afresh when it sees the new session). Returns the other window that holds it, if any."""
    app.flush()  # the session before is on disk, and its writer done, before another writes the file
    if app.current is not None:
        if app.current.sessie is not sessie:
            # joining was for the session before (also when the same file opens again): what
            # phones sent is saved while its lock is still held, and its server stops
            app.live.leave()
        if app.current.path != path:
            app.current.release()
    app.clear_notifications()
    app.timers.reset_all()
    app.wanted_instrument = app.wanted_review = None
    app.current = OpenSession(sessie, path, app.content, app.clock)
    return app.current.take_lock()


def open_session(app: WorkshopApp, sessie: Sessie, path: Path, *, save: bool) -> None:
    holder = become_current(app, sessie, path)
    app.switch_mode("stap1")
    settle(app, holder, save=save)


def settle(app: WorkshopApp, holder: Houder | None, *, save: bool) -> None:
    """What follows the opening of a session on its first screen."""
    if save:
        app.changed()  # on disk right after the first paint, as every change
    # the questions come after the first paint: opening a session is not held up by them
    if holder is not None:
        app.call_after_refresh(offer_take_over, app, holder)
    else:
        app.call_after_refresh(offer_review, app)


def offer_take_over(app: WorkshopApp, holder: Houder) -> None:
    """Another running window has this session open: read-only, or take it over."""
    question = (
        f"Deze sessie is al open in een ander venster: {holder.describe()}. Twee vensters die "
        "tegelijk opslaan, overschrijven elkaar. Wat wilt u doen?"
    )
    options = [
        Option("l", "alleen lezen (niets opslaan)", False),
        Option("o", "overnemen: dit venster slaat op, het andere niet meer", True),
    ]

    def answer(take_over: bool | None) -> None:
        if take_over:
            app.current.take_lock(take_over=True)
            app.notify("Overgenomen: dit venster slaat nu op.")
            if app.start_live:  # --live was asked for: now it can open
                app.call_after_refresh(live_panel, app)
        app.show_status()

    ask(app, "Al geopend", question, options, answer)


def offer_review(app: WorkshopApp) -> None:
    """A session of a municipality with an earlier action plan opens with the question
    whether to review that plan first. The folder is read in a thread (a second for 1,000
    sessions without an index): the session is in use meanwhile, and the question comes when
    the answer is known, if the same session is still open."""
    from workshop.files.index import latest_plan

    current = app.current
    folder, content = app.sessions_dir, app.content

    def scan(stop) -> Eerder | None:
        return latest_plan(folder, current.sessie, content, exclude=current.path, stop=stop)

    read_in_thread(app, "terugblik", scan, lambda previous: ask_review(app, current, previous))


def ask_review(app: WorkshopApp, current: OpenSession, previous: Eerder | None) -> None:
    from workshop.domain.history import needs_review

    if app.current is not current or not app.screen_stack:
        return  # another session opened meanwhile, or the app stopped
    if not needs_review(current.sessie, previous):
        return
    eerder = previous.sessie
    count = len(eerder.actieplan)
    question = (
        f"{eerder.titel} ({format_date(eerder.datum)}) had een actieplan van {count} "
        f"{'actie' if count == 1 else 'acties'}. Eerst terugblikken: wat is ervan gedaan?"
    )
    options = [Option("j", "ja, naar de terugblik (stap 5)", True), Option("n", "nee, later", False)]

    def answer(yes: bool | None) -> None:
        if yes:  # stap 5 starts at the review, not on the landkaart, where Enter would choose
            app.wanted_review = True
            app.switch_mode("stap5")
            app.call_after_refresh(lambda: app.screen.action_review())

    ask(app, "Vorig actieplan", question, options, answer)


# --- the new-session wizard: the form, the participants, the norms --------------------------


def new_session(app: WorkshopApp, earlier: Sessie | None = None) -> AwaitMount:
    """The form for a new session (or the next round). A key that opens it awaits this
    (`App.action_run`), so the form is mounted with its focus before the next key is handled:
    keys typed right after land in its first field, in order."""
    from workshop.ui.screens.new_session import NewSessionScreen

    def created(sessie: Sessie | None) -> None:
        if sessie is None:
            return
        become_current(app, sessie, new_path(app.sessions_dir, sessie))
        app.current.save()
        participants(app, wizard=True, then=participants_done)

    def participants_done(go_on: bool | None) -> None:
        current = app.current
        if go_on:
            norms(app, wizard=True, then=lambda _: open_session(app, current.sessie, current.path, save=False))
        else:
            open_session(app, current.sessie, current.path, save=False)

    return app.push_screen(NewSessionScreen(earlier), created)


def participants(app: WorkshopApp, *, wizard: bool = False, then: Callable | None = None) -> AwaitMount:
    """The participants form; awaited by its key, as new_session is."""
    from workshop.ui.screens.participants import ParticipantsScreen

    return app.push_screen(ParticipantsScreen(wizard=wizard), then or (lambda _: redraw(app)))


def norms(app: WorkshopApp, *, wizard: bool = False, then: Callable | None = None) -> None:
    from workshop.ui.screens.norms import NormsScreen

    app.push_screen(NormsScreen(wizard=wizard), then or (lambda _: redraw(app)))


# --- screens over a step ---------------------------------------------------------------------


def show_help(app: WorkshopApp) -> None:
    from workshop.ui.dialogs.help import HelpScreen, groups

    if not isinstance(app.screen, HelpScreen):
        app.push_screen(HelpScreen(groups(app)))


def show_sessions(app: WorkshopApp) -> None:
    app.switch_mode("sessies")


def intro(app: WorkshopApp) -> None:
    from workshop.ui.screens.intro import IntroScreen

    app.push_screen(IntroScreen())


def compare(app: WorkshopApp) -> None:
    """Comparing sessions, starting with the open session, or on the picker the highlighted one."""
    from workshop.ui.screens.compare import CompareSetupScreen

    anchor = app.current.path if app.current else None
    selected = getattr(app.screen, "selected", None)
    if callable(selected) and selected() is not None:
        anchor = selected().path
    app.push_screen(CompareSetupScreen(anchor))


def action_plan(app: WorkshopApp) -> None:
    from workshop.ui.screens.action_plan import ActionPlanScreen

    app.push_screen(ActionPlanScreen(), lambda _: redraw(app))


def add_action(app: WorkshopApp, instrument_id: str) -> None:
    """Ask owner, due date, status and notes, then add the instrument to the action plan."""
    from workshop.ui.dialogs.action_form import ActionForm

    def added(actie: Actie | None) -> None:
        if actie is None:
            return
        sessie = app.current.sessie
        sessie.add_action(actie)
        app.changed()
        count = len(sessie.actieplan)
        name = app.content.instrument(instrument_id).naam
        app.notify(f"{name} staat in het actieplan ({count} {'actie' if count == 1 else 'acties'})")
        redraw(app)

    app.push_screen(ActionForm(Actie(instrument_id), "Aan het actieplan toevoegen"), added)


def show_instrument(app: WorkshopApp, instrument_id: str) -> None:
    """Stap 4, opened on this instrument's explanation."""
    app.wanted_instrument = instrument_id
    app.switch_mode("stap4")


def palette(app: WorkshopApp) -> None:
    """The command palette: the commands that can run now; the chosen one runs."""
    from workshop.ui import commands
    from workshop.ui.dialogs.palette import Palette

    async def chosen(command: commands.Command | None) -> None:
        if command is not None:
            await app.action_run(command.name)

    if not isinstance(app.screen, Palette):
        app.push_screen(Palette(list(commands.offered(app))), chosen)


def redraw(app: WorkshopApp) -> None:
    sync = getattr(app.screen, "sync", None)
    if callable(sync):
        sync()


# --- switches of the open session, and of the app ---------------------------------------------


def toggle_anonymous(app: WorkshopApp) -> None:
    sessie = app.current.sessie
    sessie.anoniem = not sessie.anoniem
    app.notify(
        "Anonieme stand: de zaal ziet nummers in een geschudde volgorde, geen namen en geen rollen"
        if sessie.anoniem
        else "Open stand: namen en rollen zichtbaar"
    )
    app.changed()
    redraw(app)


def reveal_all(app: WorkshopApp) -> None:
    """Reveal every question now: the end of a round."""
    from workshop.ui.reveal import reveal

    def done() -> None:
        app.notify("Alle vragen zijn onthuld.")
        app.changed()
        redraw(app)

    reveal(app, [vraag.id for vraag in app.content.vragen], done)


def toggle_one_filler(app: WorkshopApp) -> None:
    """One person fills in alone: each answer shows as it is typed. Not for a room."""
    sessie = app.current.sessie
    sessie.een_invuller = not sessie.een_invuller
    app.notify(
        "Eén invuller: elk antwoord is meteen zichtbaar."
        if sessie.een_invuller
        else "Meerdere invullers: antwoorden blijven verborgen tot u ze onthult."
    )
    app.changed()
    redraw(app)


def toggle_theme(app: WorkshopApp) -> None:
    app.theme = DARK if app.theme == LIGHT else LIGHT
    problem = save_setting(app.settings_path, "thema", app.theme)
    if problem:
        app.notify(f"Het thema wordt niet onthouden: {problem}", severity="warning", timeout=8)


async def live_panel(app: WorkshopApp) -> None:
    """Deelnemen via telefoon: joining opens (the server starts) and the panel shows."""
    from workshop.ui.screens.live_panel import LivePanel

    if isinstance(app.screen, LivePanel):
        return
    if not app.live.serving and not await app.live.open():
        app.notify(app.live.error, title="Deelnemen via telefoon kan niet openen", severity="error", timeout=15)
    await app.push_screen(LivePanel())


def quit(app: WorkshopApp) -> None:
    """Stop; but never with a change that is not on disk without asking first."""
    from workshop.ui import writing

    app.flush()
    current = app.current
    if current is None or not current.unsaved:
        app.exit()
        return
    why = current.error or f"alleen lezen: {current.read_only}"
    question = f"Niet alles is opgeslagen ({why}). Wat u sinds de laatste opslag deed, gaat verloren als u nu stopt."
    options = [
        Option("s", "opnieuw opslaan", "save"),
        Option("a", "opslaan als… (een nieuw bestand)", "save_as"),
        Option("q", "toch stoppen", "quit"),
    ]

    def answer(choice: str | None) -> None:
        if choice == "save":
            app.current.save()
            app.show_status()
            if not app.current.unsaved:
                app.exit()
        elif choice == "save_as":
            writing.save_as(app)
        elif choice == "quit":
            app.exit()

    ask(app, "Niet opgeslagen", question, options, answer)
