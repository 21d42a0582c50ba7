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
    scale = [b for b in bindings if b.key in SCALE_KEYS and b.action.startswith(("answer", "norm"))]
    if scale:
        words = ", ".join(f"{b.key} {b.description}" for b in scale)
        lines.append(f"  {'1 – 5':<18} {words}")
    for binding in bindings:
        if binding in scale:
            continue
        keys = " / ".join(app.get_key_display(Binding(key.strip(), "")) for key in binding.key.split(","))
        lines.append(f"  {keys:<18} {binding.tooltip or binding.description}")
    return lines


def groups(app) -> list[tuple[str, list[Binding]]]:
    """Every screen's keys, under the screen's name."""
    from workshop.screens.action_plan import ActionPlanScreen
    from workshop.screens.borgen import BorgenScreen
    from workshop.screens.compare import CompareScreen, CompareSetupScreen
    from workshop.screens.instruments import InstrumentsScreen
    from workshop.screens.interpret import InterpretScreen
    from workshop.screens.ladder import LadderScreen
    from workshop.screens.new_session import NewSessionScreen
    from workshop.screens.norms import NormsScreen
    from workshop.screens.participants import ParticipantsScreen
    from workshop.screens.picker import PickerScreen
    from workshop.screens.questionnaire import QuestionnaireScreen
    from workshop.widgets.answer_grid import AnswerGrid
    from workshop.widgets.landkaart import LandkaartKiezer

    arrows = Binding("up,down,left,right", "", "Cursor verplaatsen")
    return [
        ("Overal", app.BINDINGS),
        ("Sessies kiezen", PickerScreen.BINDINGS),
        ("Stap 1: vragenlijst", [*QuestionnaireScreen.BINDINGS, arrows, *AnswerGrid.BINDINGS[4:]]),
        ("Stap 2: interpreteren", InterpretScreen.BINDINGS),
        ("Stap 3: passende instrumenten", LadderScreen.BINDINGS),
        ("Stap 4: inzet instrumenten", InstrumentsScreen.BINDINGS),
        ("Actieplan", ActionPlanScreen.BINDINGS),
        ("Stap 5: borgen en tips", [*BorgenScreen.BINDINGS, arrows, *LandkaartKiezer.BINDINGS[4:]]),
        ("Deelnemers", ParticipantsScreen.BINDINGS),
        ("Normen", NormsScreen.BINDINGS),
        ("Nieuwe sessie", NewSessionScreen.BINDINGS),
        ("Sessies vergelijken", [*CompareSetupScreen.BINDINGS, *CompareScreen.BINDINGS]),
    ]


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,f1,question_mark,q", "close", "Sluiten"),
        Binding("i", "intro", "Inleiding", tooltip="De inleiding: wat is bestuurscultuur, de onderstroom"),
    ]

    def __init__(self, groups: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.groups = groups
        self.extra = "Ctrl+P opent het opdrachtenpalet met alle opdrachten. i opent de inleiding."

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

    def action_intro(self) -> None:
        self.dismiss(None)
        self.app.action_intro()
