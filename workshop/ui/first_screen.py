"""How the app starts: the session it opens on, read before Textual builds the first screen
so that this screen is the app's first mode (switch_mode would hold back every update for
another 50 ms: its delay_update), and what comes with it once the screen is mounted."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.content import Content
from workshop.content.fields import FormatError
from workshop.domain.model import Sessie
from workshop.files.demo import load_demo
from workshop.files.lock import Houder
from workshop.files.store import file_name, load_session, new_path
from workshop.ui.dialogs import Option, ask
from workshop.ui.flow import live_panel, new_session, open_path, open_session, settle

if TYPE_CHECKING:
    from workshop.ui.app import WorkshopApp


@dataclass(frozen=True)
class Opening:
    """The session the app starts on, read before Textual builds the first screen."""

    sessie: Sessie
    path: Path
    save: bool  # a fresh copy of the demo: on disk right after the first paint


def first_session(content: Content, path: Path | None, demo: bool, sessions_dir: Path) -> Opening | None:
    """The session the app can start on straight away: the file from the command line, or a
    fresh copy of the demo. None for the picker, also when the file does not read (start()
    says why) or a copy of the demo is there already (start() asks what to do with it)."""
    if path is not None:
        try:
            return Opening(load_session(path, content), path, save=False)
        except FormatError:
            return None
    if demo:
        sessie, target, fresh = demo_copy(content, sessions_dir)
        if fresh:
            return Opening(sessie, target, save=True)
    return None


def demo_copy(content: Content, sessions_dir: Path) -> tuple[Sessie, Path, bool]:
    """The demo session, where its copy goes, and whether nothing is there yet (an earlier
    copy is never overwritten without asking)."""
    sessie = load_demo(content)
    path = sessions_dir / file_name(sessie)
    return sessie, path, not (path.exists() or path.is_symlink())


def start(app: WorkshopApp, holder: Houder | None) -> None:
    """Once the first screen is mounted: what comes with the session the app started on
    (current since on_load; `holder` is another window that has it open), else the file from
    the command line once more (it did not read a moment ago: this says why), the question
    about the copy of the demo that is there already, or a new session over the picker."""
    if app.opening is not None:
        settle(app, holder, save=app.opening.save)
    elif app.session_path is not None:
        open_path(app, app.session_path)
    elif app.demo:
        open_demo(app)
    elif app.start_new:
        app.call_later(new_session, app)
    # --live: joining opens with the session, after its first paint; for a session another
    # window holds, only once this window took it over (offer_take_over)
    if app.start_live and app.current is not None and app.current.read_only is None:
        app.call_after_refresh(live_panel, app)


def open_demo(app: WorkshopApp) -> None:
    """A copy of the demo session in the sessions folder; an earlier copy is never
    overwritten without asking."""
    sessie, path, fresh = demo_copy(app.content, app.sessions_dir)
    if fresh:
        open_session(app, sessie, path, save=True)
        return
    options = [
        Option("o", "de bestaande kopie openen", "open"),
        Option("n", "een nieuwe kopie maken", "new"),
        Option("v", "vervangen door een verse kopie", "replace"),
    ]
    question = f"Er is al een kopie van de voorbeeldsessie: {path.name}. Wat wilt u doen?"
    app.switch_mode("sessies")

    def chosen(choice: str | None) -> None:
        if choice == "open":
            open_path(app, path)
        elif choice == "new":
            open_session(app, sessie, new_path(app.sessions_dir, sessie), save=True)
        elif choice == "replace":
            open_session(app, sessie, path, save=True)

    ask(app, "Voorbeeldsessie", question, options, chosen)
