"""Stap 1: the questionnaire, answered from the keyboard, with the live side panel."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

from workshop.domain.model import OPZIJ, Positie, label
from workshop.domain.questionnaire import Cursor, MissingWarnings, advance, resume, toggle
from workshop.ui.commands import key_for
from workshop.ui.display import clean
from workshop.ui.reveal import reveal
from workshop.ui.screens.base import DiscussionStep
from workshop.ui.widgets.answer_grid import AnswerGrid
from workshop.ui.widgets.banner import QuestionBanner
from workshop.ui.widgets.kept import KeptColumn, KeptLines, KeptRow
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.side_panel import SidePanel
from workshop.ui.widgets.timer import TimerLabel

if TYPE_CHECKING:
    from workshop.ui.widgets.presentation import Presentation

LEGENDS = (  # the widest that fits
    "● ingevuld  · open  ✓ binnen de norm  ✗2 = twee stappen buiten de norm",
    "● ingevuld · open · ✓ binnen norm · ✗2 = 2 stappen buiten",
    "●ingevuld ·open ✓binnen ✗2=2 stappen buiten",
)


class Legend(KeptLines, Static):
    def render(self) -> str:
        return next((text for text in LEGENDS if len(text) <= self.size.width), LEGENDS[-1])


class QuestionnaireScreen(DiscussionStep):
    STEP = 1

    # The answer keys are priority bindings: the App runs them as the key arrives, instead of
    # after the key went down to the grid and bubbled back up through its containers (about
    # 1.5 ms of each answer's key to screen). This screen has no field to type digits into.
    BINDINGS = [
        Binding("1", "answer(1)", "altijd", show=False, priority=True),
        Binding("2", "answer(2)", "vaak", show=False, priority=True),
        Binding("3", "answer(3)", "geregeld", show=False, priority=True),
        Binding("4", "answer(4)", "soms", show=False, priority=True),
        Binding("5", "answer(5)", "nooit", show=False, priority=True),
        Binding(
            "enter",
            "next_question",
            "Onthul / verder",
            tooltip="Onthul deze vraag; is ze al onthuld, dan naar de volgende vraag",
        ),
        Binding("backspace,delete", "clear", "Wis", tooltip="Wis het antwoord in de cursor"),
        Binding("o", "reveal", "Onthul", tooltip="Onthullen: toon de antwoorden van deze vraag (nog eens: verbergen)"),
        key_for("alles_onthullen", "O", show=False),
        Binding(
            "r",
            "toggle_direction",
            "Richting",
            tooltip="Richting: per persoon de lijst af (↓) of per vraag de zaal rond (→)",
        ),
        Binding("z", "present", "Zaal", tooltip="Zaalweergave: de vraag groot voor de hele zaal (nog eens: de tabel)"),
        Binding("g", "toggle_roles", "Per rol", tooltip="Tellingen per rolgroep aan of uit"),
        Binding("v", "toggle_panel", "Paneel", tooltip="Het zijpaneel verbergen of tonen: de tabel krijgt de breedte"),
        key_for("deelnemers", "d", priority=True),  # the grid takes no text: names typed next go to the form
        key_for("normen", "m", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.presentation: Presentation | None = None  # the view for the room, built on the first z
        self.reset()

    def reset(self) -> None:
        self.warnings = MissingWarnings()
        self.per_rol = False
        self.last: tuple[str, int, str] | None = None  # (participant id, question number, word) typed last
        if self.is_mounted:
            self.remove_class("-zaal")

    def compose(self) -> ComposeResult:
        # kept at hand: every key shows its answer in these (a query_one each took 0.2 ms a key)
        self._banner, self._timer = QuestionBanner(id="banner"), TimerLabel(self.workshop.timers, id="timer")
        self._grid, self._panel = AnswerGrid(self.content, id="grid"), SidePanel(self.content, id="side-panel")
        yield from self.compose_bars()
        with KeptRow(id="questionnaire"):
            with KeptColumn(id="answering"):
                yield KeptRow(self._banner, self._timer, id="banner-row")
                yield self._grid
                yield Legend(id="legend")
            yield self._panel
        yield from self.compose_footer()

    @property
    def grid(self) -> AnswerGrid:
        return attached(self._grid)

    def sync(self) -> None:
        sessie = self.current.sessie
        self.grid.show(sessie, resume(sessie, self.content.vraag_ids))
        self.grid.scroll_to_cursor()
        self._show_cursor()

    def on_phones(self) -> None:
        """Phones answered: the rows they changed and what shows the cursor's question; a phone
        that joined (a new column) draws the grid again."""
        if self.grid.shows_columns_of(self.current.sessie):
            self.grid.show_answers()
            self._show_cursor()
        else:
            self.sync()

    @property
    def richting(self) -> str:
        positie = self.current.sessie.positie
        return positie.richting if positie else "omlaag"

    def _show_cursor(self) -> None:
        sessie, content = self.current.sessie, self.content
        cursor = self.grid.cursor
        attached(self._banner).show(sessie, content, cursor.rij, cursor.kolom, self.richting, self._last_text())
        attached(self._panel).show(sessie, cursor.rij, self.per_rol)
        attached(self._timer).show(content.vragen[cursor.rij].id)
        if self.presenting:
            self.presentation.show(sessie, cursor.rij, cursor.kolom, self._last_text())

    def _last_text(self) -> str:
        """The last answer typed, so the room sees that it landed: its word once the question
        is revealed, before that only that it was filled in. A label in the anonymous mode."""
        sessie = self.current.sessie
        if self.last is None or not any(d.id == self.last[0] for d in sessie.deelnemers):
            return ""
        deelnemer_id, nummer, woord = self.last
        if not sessie.is_revealed(self.content.vragen[nummer - 1].id):
            woord = "● ingevuld"
        return f"{clean(label(sessie, sessie.deelnemer(deelnemer_id)))}, vraag {nummer}: {woord}"

    def _remember(self, cursor: Cursor, richting: str | None = None) -> None:
        sessie = self.current.sessie
        if not sessie.deelnemers:
            return
        sessie.positie = Positie(
            self.content.vragen[cursor.rij].id, sessie.columns()[cursor.kolom].id, richting or self.richting
        )

    # --- moving -------------------------------------------------------------------------

    def on_answer_grid_moved(self, message: AnswerGrid.Moved) -> None:
        self._moved(message.old, message.new)

    def _moved(self, old: Cursor, new: Cursor, *, onward: str | None = None) -> None:
        """After a move; `onward` (the direction of the flow: an answer, or Enter to the next
        question) marks the only moves that warn about missing answers, one warning at a time."""
        sessie = self.current.sessie
        if onward:
            warning = self.warnings.check(sessie, self.content.vraag_ids, old, new, onward)
            if warning:
                self.app.clear_notifications()
                self.notify(warning, title="Let op", severity="warning", timeout=6)
        self._remember(new)
        self._show_cursor()
        self.changed()

    # --- answering ----------------------------------------------------------------------

    def _cell(self):
        sessie = self.current.sessie
        cursor = self.grid.cursor
        return sessie.columns()[cursor.kolom], self.content.vragen[cursor.rij]

    def _needs_participants(self) -> bool:
        if self.current.sessie.deelnemers:
            return False
        self.notify("Er zijn nog geen deelnemers: druk op d om ze toe te voegen.", severity="warning")
        return True

    def action_answer(self, value: int) -> None:
        if self._needs_participants():
            return
        deelnemer, vraag = self._cell()
        self.current.sessie.answer(deelnemer.id, vraag.id, value)
        self.last = (deelnemer.id, vraag.nummer, self.content.woord(value).woord)
        old = self.grid.cursor
        self.grid.refresh_question(old.rij)
        new = advance(old, self.richting, self.grid.rows, self.grid.columns)
        self.grid.set_cursor(new, announce=False)
        self._moved(old, new, onward=self.richting)

    def action_next_question(self) -> None:
        """Reveal this question, and stay for the discussion; once revealed, go on to the
        next question, at the first participant."""
        sessie = self.current.sessie
        old = self.grid.cursor
        vraag_id = self.content.vragen[old.rij].id
        if not sessie.is_revealed(vraag_id):
            reveal(self.app, [vraag_id], self._revealed)
            return
        new = Cursor(min(old.rij + 1, self.grid.rows - 1), 0)
        self.grid.set_cursor(new, announce=False)
        self._moved(old, new, onward=OPZIJ)

    def action_clear(self) -> None:
        if self._needs_participants():
            return
        deelnemer, vraag = self._cell()
        if vraag.id in deelnemer.antwoorden:
            self.current.sessie.answer(deelnemer.id, vraag.id, None)
            self.grid.refresh_question(self.grid.cursor.rij)
            self._show_cursor()
            self.changed()

    def action_reveal(self) -> None:
        sessie = self.current.sessie
        vraag = self.content.vragen[self.grid.cursor.rij]
        if sessie.een_invuller:
            self.notify("Alles wordt al getoond: deze sessie heeft één invuller.")
            return
        if sessie.is_revealed(vraag.id):
            sessie.onthuld.discard(vraag.id)  # hidden again
            self._revealed()
        else:
            reveal(self.app, [vraag.id], self._revealed)

    def _revealed(self) -> None:
        self.grid.refresh_question(self.grid.cursor.rij)
        self._show_cursor()
        self.changed()

    def action_toggle_direction(self) -> None:
        richting = toggle(self.richting)
        self._remember(self.grid.cursor, richting)
        self.notify(
            "Invullen per persoon, de lijst af (↓)" if richting == "omlaag" else "Invullen per vraag, de zaal rond (→)"
        )
        self._show_cursor()
        self.changed()

    @property
    def presenting(self) -> bool:
        return self.has_class("-zaal")

    async def action_present(self) -> None:
        """The view for the room, and back to the grid and the side panel; answering and
        moving work the same in both. Built on first use, so start-up does not pay for it."""
        if self.presentation is None:
            from workshop.ui.widgets.presentation import Presentation

            self.presentation = Presentation(self.content, self.workshop.timers, id="presentation")
            await self.mount(self.presentation, after="#questionnaire")
        self.toggle_class("-zaal")
        self._focus_view()
        self._show_cursor()
        if not self.presenting:
            self.call_after_refresh(self.grid.scroll_to_cursor)  # the cursor may have moved meanwhile

    def on_key(self, event: events.Key) -> None:
        """A letter that does nothing here says how to answer, instead of nothing at all."""
        if event.is_printable and event.key not in self.active_bindings:
            self.hint("Antwoord met 1–5: 1 altijd, 2 vaak, 3 geregeld, 4 soms, 5 nooit. F1: alle toetsen.")

    def step_back(self) -> bool:
        """From the view for the room back to the grid."""
        if self.presenting:
            self.call_later(self.action_present)
            return True
        return False

    def start_focus(self) -> None:
        self._focus_view()

    def _focus_view(self) -> None:
        (self.presentation if self.presenting else self.grid).focus()

    def action_toggle_panel(self) -> None:
        self.toggle_class("-zonder-paneel")
        self.call_after_refresh(self.grid.scroll_to_cursor)  # more columns fit: the page may change

    def action_toggle_roles(self) -> None:
        self.per_rol = not self.per_rol
        self._show_cursor()

    def timer_question(self) -> str:
        return self.content.vragen[self.grid.cursor.rij].id


W = TypeVar("W", bound=Widget)


def attached(widget: W) -> W:
    """One of the screen's own widgets, as query_one finds it: not while the screen's
    widgets are taken down (quitting), when the live timer may still ask."""
    node: DOMNode | None = widget
    while not isinstance(node, Screen):
        if node is None:
            raise NoMatches(f"{type(widget).__name__} is taken down")
        node = node.parent
    return widget
