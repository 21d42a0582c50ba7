"""Building the app for tests: a fixed clock, no blinking cursor, paths inside tmp_path."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from helpers import CONTENT
from rich.console import Console
from textual.widgets import Input

from workshop.files.demo import load_demo
from workshop.files.store import save_session
from workshop.ui.app import WorkshopApp

FIXED = dt.datetime(2026, 11, 28, 20, 15, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
SMALL, MEDIUM, LARGE = (80, 24), (120, 36), (200, 60)  # laptop, wide screen, projector terminal


def fixed_clock() -> dt.datetime:
    return FIXED


def still_cursor(monkeypatch) -> None:
    """Snapshots must not depend on where the blink of a text cursor is."""
    monkeypatch.setattr(Input, "_toggle_cursor", lambda self: None)


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
