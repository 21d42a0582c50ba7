"""Every key, grouped by screen, read from the bindings themselves so it never goes stale."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

SCALE_KEYS = {"1", "2", "3", "4", "5"}


def key_lines(app, bindings: list[Binding]) -> list[str]:
    lines: list[str] = []
    scale = [b for b in bindings if b.key in SCALE_KEYS]
    if scale:
        words = ", ".join(f"{b.key} {b.description}" for b in scale)
        lines.append(f"  {'1 – 5':<18} {words}")
    for binding in bindings:
        if binding.key in SCALE_KEYS:
            continue
        keys = " / ".join(app.get_key_display(Binding(key.strip(), "")) for key in binding.key.split(","))
        lines.append(f"  {keys:<18} {binding.tooltip or binding.description}")
    return lines


class HelpScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,f1,question_mark,q", "close", "Sluiten")]

    def __init__(self, groups: list[tuple[str, list[Binding]]], extra: str = "") -> None:
        super().__init__()
        self.groups = groups
        self.extra = extra

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static("Toetsen", classes="title")
            lines: list[str] = []
            for title, bindings in self.groups:
                lines += ["", f"[b]{title}[/b]", *key_lines(self.app, bindings)]
            if self.extra:
                lines += ["", self.extra]
            yield Static("\n".join(lines), markup=True, id="help-keys")

    def action_close(self) -> None:
        self.dismiss(None)
