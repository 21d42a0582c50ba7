"""What the app writes besides the session: the session under a new name, the report and the
CSV export, next to the session file; never over a file unasked."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from workshop.domain.forms import file_name_input
from workshop.files.atomic import SaveError, write_atomic
from workshop.files.store import new_path
from workshop.ui.dialogs import Option, ask

if TYPE_CHECKING:
    from workshop.ui.app import WorkshopApp


def save_as(app: WorkshopApp) -> None:
    from workshop.ui.dialogs.ask_text import AskTextScreen

    default = new_path(app.sessions_dir, app.current.sessie).name
    explanation = f"De sessie wordt een nieuw bestand in {app.sessions_dir}; u werkt daarna verder in dat bestand."
    parse = partial(file_name_input, suffix=".toml")

    def named(name: str | None) -> None:
        if name is None:
            return
        path = app.sessions_dir / name

        def write() -> None:
            current = app.current
            current.release()
            current.path = path
            current.take_lock()
            if current.save():
                app.notify(f"Opgeslagen als {path}")
            app.show_status()

        unless_exists(app, path, write)

    app.push_screen(AskTextScreen("Opslaan als", explanation, default, parse), named)


def report(app: WorkshopApp) -> None:
    from workshop.output.report import report

    path = app.current.path.with_name(app.current.path.stem + "-verslag.md")
    text = report(app.current.sessie, app.content)
    unless_exists(app, path, lambda: write_file(app, path, text.encode("utf-8"), "Verslag"))


def report_html(app: WorkshopApp) -> None:
    from workshop.output.report import html_report

    path = app.current.path.with_name(app.current.path.stem + "-verslag.html")
    text = html_report(app.current.sessie, app.content)
    unless_exists(app, path, lambda: write_file(app, path, text.encode("utf-8"), "Verslag als webpagina"))


def export_csv(app: WorkshopApp) -> None:
    from workshop.output.csvfile import csv_file_bytes
    from workshop.output.export import answers_csv

    path = app.current.path.with_suffix(".csv")
    data = csv_file_bytes(answers_csv(app.current.sessie, app.content))
    unless_exists(app, path, lambda: write_file(app, path, data, "CSV"))


def write_file(app: WorkshopApp, path: Path, data: bytes, what: str) -> None:
    try:
        write_atomic(path, data)
    except SaveError as problem:
        app.notify(str(problem), title=f"{what} niet geschreven", severity="error", timeout=15)
        return
    app.notify(f"{what} geschreven naar {path}", timeout=10)


def unless_exists(app: WorkshopApp, path: Path, write: Callable[[], None]) -> None:
    """Run `write`, but ask first when `path` exists: nothing is overwritten unasked."""
    if not (path.exists() or path.is_symlink()):
        write()
        return
    options = [Option("j", "ja, overschrijven", True), Option("n", "nee", False)]
    question = f"{path} bestaat al. Overschrijven?"
    ask(app, "Bestand bestaat al", question, options, lambda yes: write() if yes else None)
