"""Building the app for tests: a fixed clock, no blinking cursor, paths inside tmp_path."""

from __future__ import annotations

import datetime as dt
import io
import threading
from pathlib import Path

from helpers import CONTENT, IDS, all_norms, answer, people, session
from rich.console import Console

from workshop.files.demo import load_demo
from workshop.files.store import save_session
from workshop.ui.app import WorkshopApp

FIXED = dt.datetime(2026, 11, 28, 20, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SMALL, MEDIUM, LARGE = (80, 24), (120, 36), (200, 60)  # laptop, wide screen, projector terminal


def fixed_clock() -> dt.datetime:
    return FIXED


def make_app(tmp_path: Path, session_path: Path | None = None, **options) -> WorkshopApp:
    """The app on the sessions folder `sessions/` (relative, so no machine path shows)."""
    return WorkshopApp(
        session_path=session_path,
        sessions_dir=Path("sessions"),
        clock=fixed_clock,
        settings_path=tmp_path / "instellingen.toml",
        **options,
    )


def demo_file(tmp_path: Path, name: str = "lindendal.toml") -> Path:
    """A copy of the demo session in the sessions folder."""
    path = Path("sessions") / name
    save_session(load_demo(CONTENT), path, CONTENT)
    return path


def help_text(app) -> str:
    """The text of the open help screen, every group at full length (it scrolls on screen)."""
    console = Console(width=120, record=True, file=io.StringIO())
    for part in app.screen.query("#help Static"):
        console.print(part.content)
    return console.export_text()


class Heard:
    """Every notification the app showed, in order: give it to run_test as the message hook."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def __call__(self, message) -> None:
        from textual.notifications import Notify

        if isinstance(message, Notify):
            self.messages.append(message.notification.message)


def hidden_session() -> Path:
    """Four participants, two questions answered, nothing revealed yet."""
    sessie = session(people(4), gemeente="Lindendal", titel="Ronde 2")
    sessie.normen = {vraag_id: 4 for vraag_id in IDS}
    for deelnemer, values in zip(sessie.deelnemers, ([2, 4], [3, 3], [5, 2], [4, None])):
        for vraag_id, value in zip(IDS, values):
            if value:
                deelnemer.antwoorden[vraag_id] = value
    path = Path("sessions/ronde-2.toml")
    save_session(sessie, path, CONTENT)
    return path


ROOM_NAMES = [
    "Marieke Jansen",
    "Els Hendriks",
    "Ahmed El Idrissi",
    "Sandra de Boer",
    "Peter Visser",
    "Lotte Bakker",
    "Johan Mulder",
]
ROOM_ROLES = ["burgemeester", "griffier"] + ["raadslid-coalitie"] * 5


def anonymous_room() -> Path:
    """A burgemeester, a griffier and five raadsleden, anonymous, question 1 answered and
    revealed, question 2 answered by some and hidden."""
    sessie = session(list(zip(ROOM_NAMES, ROOM_ROLES)), gemeente="Lindendal")
    sessie.anoniem = True
    sessie.normen = all_norms(4)
    answer(sessie, IDS[0], [1, 2, 3, 4, 5, 4, 3])
    answer(sessie, IDS[1], [2, 2, None, None, 4, 4, 4])
    sessie.onthuld = {IDS[0]}
    path = Path("sessions/anoniem.toml")
    save_session(sessie, path, CONTENT)
    return path


async def until(pilot, condition, seconds: float = 3.0) -> None:
    """Pause until `condition()` holds (a screen that opens in its own time), at most `seconds`."""
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    assert condition(), "waited in vain"


def on_screen(app, name: str) -> bool:
    """The app shows a screen of class `name`, composed and mounted: a screen is current
    before its widgets are, and a query right after the switch can find none of them."""
    return type(app.screen).__name__ == name and app.screen.is_mounted


async def picker_ready(pilot) -> None:
    """The picker reads the folder in a thread: wait for its rows (keys before them find none)."""
    await rows_read(pilot, "PickerScreen")


async def compare_ready(pilot) -> None:
    """Choosing sessions to compare reads the folder in a thread too."""
    await rows_read(pilot, "CompareSetupScreen")


async def rows_read(pilot, name: str) -> None:
    """Until the screen `name` is shown and its thread's rows are in it (`reading` is False
    from the moment they are handed to its list), then one more pause to draw them."""
    await until(pilot, lambda: on_screen(pilot.app, name) and not pilot.app.screen.reading, 10)
    await pilot.pause()  # and drawn


async def written(pilot) -> None:
    """After a change: the autosave ran (right after the frame), its thread wrote the file, and
    the status bar says so."""
    await pilot.pause()
    if pilot.app.current is not None:
        pilot.app.current.wait()
    await pilot.pause()


class HeldRead:
    """A folder read (`module.name`, called in a reading thread) that waits until the test
    lets it `go`: what the screen shows while the folder is read, and that it is on screen,
    the event loop free, meanwhile."""

    def __init__(self, monkeypatch, module, name: str) -> None:
        self.go, self.started = threading.Event(), threading.Event()
        real = getattr(module, name)

        def held(*args, **options):
            self.started.set()
            self.go.wait(timeout=10)
            return real(*args, **options)

        monkeypatch.setattr(module, name, held)
