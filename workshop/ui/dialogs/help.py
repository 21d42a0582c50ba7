"""Every key, grouped by screen, read from the bindings themselves so it never goes stale."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.screen import ModalScreen

from workshop.ui.messages import RunCommand
from workshop.ui.screens.base import AppAccess, DiscussionStep, StepScreen
from workshop.ui.widgets.plain import Static

SCALE_KEYS = {"1", "2", "3", "4", "5"}
EXTRA = "Ctrl+P opent het opdrachtenpalet met alle opdrachten. i opent de inleiding."


def key_rows(app, bindings: list[Binding]) -> list[tuple[str, str]]:
    """(keys, what they do) per binding; the five answer keys on one row."""
    rows: list[tuple[str, str]] = []
    scale = [b for b in bindings if b.key in SCALE_KEYS and b.action.startswith(("answer", "norm"))]
    if scale:
        rows.append(("1 – 5", ", ".join(f"{b.key} {b.description}" for b in scale)))
    for binding in bindings:
        if binding in scale:
            continue
        keys = " / ".join(app.get_key_display(Binding(key.strip(), "")) for key in binding.key.split(","))
        rows.append((keys, binding.tooltip or binding.description))
    return rows


def key_table(title: str, rows: list[tuple[str, str]]) -> Group:
    """A screen's keys under its name; a long explanation wraps in its own column."""
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True, style="bold")
    table.add_column()
    for keys, words in rows:
        table.add_row(keys, words)
    return Group(Text(title, style="bold"), table)


def groups(app) -> list[tuple[str, list[Binding]]]:
    """Every screen's keys, under the screen's name."""
    from workshop.ui.screens.action_plan import ActionPlanScreen
    from workshop.ui.screens.borgen import BorgenScreen
    from workshop.ui.screens.compare import CompareScreen, CompareSetupScreen
    from workshop.ui.screens.instruments import InstrumentsScreen
    from workshop.ui.screens.interpret import InterpretScreen
    from workshop.ui.screens.ladder import LadderScreen
    from workshop.ui.screens.live_panel import LivePanel
    from workshop.ui.screens.new_session import NewSessionScreen
    from workshop.ui.screens.norms import NormsScreen
    from workshop.ui.screens.participants import ParticipantsScreen
    from workshop.ui.screens.picker import PickerScreen
    from workshop.ui.screens.questionnaire import QuestionnaireScreen
    from workshop.ui.widgets.answer_grid import AnswerGrid
    from workshop.ui.widgets.landkaart import LandkaartKiezer

    arrows = Binding("up,down,left,right", "", "Cursor verplaatsen")
    return [
        ("Overal", app.BINDINGS),
        ("In elke stap", StepScreen.BINDINGS),
        ("Sessies kiezen", PickerScreen.BINDINGS),
        ("Stap 1: vragenlijst", [*QuestionnaireScreen.BINDINGS, arrows, *AnswerGrid.BINDINGS[4:]]),
        ("Stap 2: interpreteren", InterpretScreen.BINDINGS),
        ("In stap 1 en 2: de discussietimer", DiscussionStep.BINDINGS),
        ("Stap 3: passende instrumenten", LadderScreen.BINDINGS),
        ("Stap 4: inzet instrumenten", InstrumentsScreen.BINDINGS),
        ("Actieplan", ActionPlanScreen.BINDINGS),
        ("Stap 5: borgen en tips", [*BorgenScreen.BINDINGS, arrows, *LandkaartKiezer.BINDINGS[4:]]),
        ("Deelnemers", ParticipantsScreen.BINDINGS),
        ("Normen", NormsScreen.BINDINGS),
        ("Nieuwe sessie", NewSessionScreen.BINDINGS),
        ("Sessies vergelijken", [*CompareSetupScreen.BINDINGS, *CompareScreen.BINDINGS]),
        ("Deelnemen via telefoon (F7)", LivePanel.BINDINGS),
    ]


class HelpScreen(AppAccess, ModalScreen[None]):
    CSS_PATH = "help.tcss"

    BINDINGS = [
        Binding("escape,f1,question_mark,q", "close", "Sluiten"),
        Binding("i", "intro", "Inleiding", tooltip="De inleiding: wat is bestuurscultuur, de onderstroom"),
    ]

    def __init__(self, groups: list[tuple[str, list[Binding]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help"):
            yield Static("Toetsen", classes="title")
            # one block per screen; side by side where the screen is wide enough
            with Grid(id="help-keys"):
                for title, bindings in self.groups:
                    yield Static(key_table(title, key_rows(self.app, bindings)), classes="help-group")
            yield Static(EXTRA, id="help-extra")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_intro(self) -> None:
        self.dismiss(None)
        self.post_message(RunCommand("inleiding"))
