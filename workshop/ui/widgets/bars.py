"""The two lines at the top of every step: which session and whether it is saved, and the
five steps of the handreiking with the current one marked."""

from __future__ import annotations

from textual.content import Content as Text

from workshop.files.open_session import OpenSession
from workshop.ui.display import clean, fit
from workshop.ui.widgets.kept import KeptLines
from workshop.ui.widgets.plain import Static, literal

STEP_KEYS = ("f2", "f3", "f4", "f5", "f6")
STEP_NAMES = ("Vragenlijst", "Interpreteren", "Instrumenten", "Inzet", "Borgen")


class SessionBar(KeptLines, Static):
    """'Lindendal · Heisessie raad en college' left, the save status right; a long name is cut,
    the status never is."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.name_text, self.status = "", ""

    def show_session(self, current: OpenSession) -> None:
        """The open session's name, and whether its last change is on disk."""
        problem = current.error is not None or current.read_only is not None
        self.show(current.sessie.gemeente, current.sessie.titel, current.status(), problem)

    def show(self, gemeente: str, titel: str, status: str, problem: bool) -> None:
        name_text = f"{clean(gemeente)} · {clean(titel)}"
        if (name_text, status, problem) == (self.name_text, self.status, self.has_class("-problem")):
            return  # the same words: no repaint (it is asked after every save)
        self.set_class(problem, "-problem")
        self.name_text, self.status = name_text, status
        self.refresh(layout=problem)

    def render(self) -> Text:
        room = self.size.width - len(self.status) - 4
        name = fit(self.name_text, max(10, min(room, len(self.name_text))))
        return literal(Text.assemble(" ", (name, "bold"), "   ", (self.status, "bold")))


class StepBar(KeptLines, Static):
    """The five steps with their keys; the current one in reverse and marked with ▶."""

    def __init__(self, current: int, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.current = current

    def render(self) -> Text:
        wide = self.size.width >= 110
        parts: list[Text | str | tuple[str, str]] = []
        for number, (key, name) in enumerate(zip(STEP_KEYS, STEP_NAMES), start=1):
            if number > 1:
                parts.append(" │ ")
            label = f"{key.upper()} {'Stap ' + str(number) + ' ' if wide else ''}{name}"
            parts.append((f"▶ {label}", "bold reverse") if number == self.current else label)
        return Text.assemble(*parts)
