"""The app's actions that write files: save as, and the report; never over a file unasked."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from workshop.domain.forms import file_name_input
from workshop.files.store import SaveError, new_path, write_atomic
from workshop.ui.screens.choice import ChoiceScreen, Option


class FileActions:
    """Mixed into WorkshopApp."""

    NEEDS_SESSION = frozenset({"save_as", "report", "export_csv"})

    def action_save_as(self) -> None:
        from workshop.ui.screens.ask_text import AskTextScreen

        default = new_path(self.sessions_dir, self.current.sessie).name
        explanation = f"De sessie wordt een nieuw bestand in {self.sessions_dir}; u werkt daarna verder in dat bestand."
        parse = partial(file_name_input, suffix=".toml")
        self.push_screen(AskTextScreen("Opslaan als", explanation, default, parse), self._save_as)

    def _save_as(self, name: str | None) -> None:
        if name is None:
            return
        path = self.sessions_dir / name

        def write() -> None:
            self.current.release()
            self.current.path = path
            self.current.take_lock()
            if self.current.save():
                self.notify(f"Opgeslagen als {path}")
            self.show_status()

        self.unless_exists(path, write)

    def action_report(self) -> None:
        from workshop.output.report import report

        path = self.current.path.with_name(self.current.path.stem + "-verslag.md")
        text = report(self.current.sessie, self.content)
        self.unless_exists(path, lambda: self.write_file(path, text.encode("utf-8"), "Verslag"))

    def action_export_csv(self) -> None:
        from workshop.output.csvfile import csv_file_bytes
        from workshop.output.export import answers_csv

        path = self.current.path.with_suffix(".csv")
        data = csv_file_bytes(answers_csv(self.current.sessie, self.content))
        self.unless_exists(path, lambda: self.write_file(path, data, "CSV"))

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
