"""Stap 2: interpreting the answers, per question, per role group, and two groups side by side."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical

from workshop.domain.interpret import SORTS, agreement, compare, in_section, sort_results
from workshop.domain.rules import list_tally, revealed_results, shown_role_groups
from workshop.output.tables import comparison_table, results_table
from workshop.ui.commands import key_for
from workshop.ui.reveal import reveal
from workshop.ui.screens.base import DiscussionStep
from workshop.ui.screens.interpret_groups import Groep, comparable, groups, pick_one, pick_two
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.plain_editor import TextArea
from workshop.ui.widgets.plain_table import DataTable
from workshop.ui.widgets.side_panel import SidePanel
from workshop.ui.widgets.tally import summary_lines
from workshop.ui.widgets.timer import TimerLabel

WIDE = 110  # from this table width the five counts get a column each
NO_NORMS = (
    "⚠ Er zijn nog geen normen: de afwijking van de norm en de fase zijn niet te bepalen. "
    "Druk op m om de normen vast te stellen."
)


class InterpretScreen(DiscussionStep):
    CSS_PATH = "interpret.tcss"

    STEP = 2

    BINDINGS = [
        Binding("s", "sort", "Sorteren", tooltip="Sorteren: handreiking, meest ongunstig, meest verdeeld"),
        Binding("f", "filter", "Filter", tooltip="Filter: alle vragen, alleen raad, alleen college"),
        Binding(
            "g", "group", "Per rol", tooltip="Weergave kiezen: de hele groep, een rolgroep, de raad of het college"
        ),
        Binding("c", "compare", "Vergelijken", tooltip="Twee deelnemers of rolgroepen naast elkaar vergelijken"),
        Binding("enter", "note", "Notitie", tooltip="Notitie bij de gekozen vraag typen (Esc: terug naar de tabel)"),
        key_for("normen", "m"),
        Binding(
            "o", "reveal", "Onthul", tooltip="Onthullen: toon de antwoorden van de gekozen vraag (nog eens: verbergen)"
        ),
        key_for("alles_onthullen", "O", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.reset()

    def reset(self) -> None:
        self.order = "handreiking"
        self.sectie: str | None = None
        self.group_index = 0  # 0 is the whole room, then each role group
        self.pair: tuple[Groep, Groep] | None = None
        self.rows: list[str] = []  # question ids in table order
        if self.is_mounted:
            self.table.move_cursor(row=0)

    def compose(self) -> ComposeResult:
        yield from self.compose_bars()
        with Horizontal(id="interpret"):
            with Vertical(id="interpret-main"):
                yield Static(id="interpret-title")
                yield Static(id="interpret-notice")
                yield DataTable(id="interpret-table", cursor_type="row")
                yield Static(id="interpret-summary")
                with Horizontal(id="note-row"):
                    yield Static(id="note-label")
                    yield TimerLabel(self.workshop.timers, id="timer")
                yield TextArea(id="note", soft_wrap=True, show_line_numbers=False)
            yield SidePanel(self.content, id="side-panel")
        yield from self.compose_footer()

    @property
    def table(self) -> DataTable:
        return self.query_one(DataTable)

    # --- the groups ----------------------------------------------------------------------

    def groups(self) -> list[Groep]:
        return groups(self.current.sessie, self.content)

    def view(self) -> Groep:
        shown = self.groups()
        return shown[self.group_index % len(shown)]

    # --- drawing -------------------------------------------------------------------------

    def sync(self) -> None:
        self.draw()

    def start_focus(self) -> None:
        self.table.focus()

    def draw(self) -> None:
        sessie = self.current.sessie
        table = self.table
        keep = table.cursor_row
        table.clear(columns=True)
        wide = self.query_one("#interpret-main").size.width >= WIDE
        if self.pair:
            self._draw_comparison(table)
        else:
            self._draw_results(table, wide)
        if self.rows:
            table.move_cursor(row=min(keep, len(self.rows) - 1))
        notice = self.query_one("#interpret-notice", Static)
        hidden = len(sessie.hidden_answered())
        notices = [NO_NORMS] if not sessie.normen else []
        if hidden:
            notices.append(
                f"{hidden} beantwoorde {'vraag is' if hidden == 1 else 'vragen zijn'} nog verborgen: "
                "o onthult de gekozen vraag, O alle vragen."
            )
        note = shown_role_groups(sessie, self.content).weggelaten
        if note and (self.group_index or self.pair):
            notices.append(f"⚠ {note}")
        notice.update(" ".join(notices))
        notice.display = bool(notices)
        self._draw_summary()
        self._show_row()

    def _title(self, text: str) -> None:
        self.query_one("#interpret-title", Static).update(text)

    def _draw_results(self, table: DataTable, wide: bool) -> None:
        content, sessie = self.content, self.current.sessie
        group = self.view()
        results = sort_results(in_section(revealed_results(sessie, content, group.leden), self.sectie), self.order)
        self.rows = [r.vraag.id for r in results]
        sectie = "alle vragen" if self.sectie is None else content.sectie(self.sectie).naam
        self._title(f"Weergave: {group.naam} ({len(group.leden)}) · {SORTS[self.order]} · {sectie}")
        tabel = results_table(
            results, content, hidden=sessie.hidden_answered(), wide=wide, short=True, noted=sessie.notities
        )
        table.fill(tabel, {"Vraag": 40 if wide else 21})

    def _draw_comparison(self, table: DataTable) -> None:
        content, sessie = self.content, self.current.sessie
        first, second = self.pair
        pairs = compare(revealed_results(sessie, content, first.leden), revealed_results(sessie, content, second.leden))
        pairs = [p for p in pairs if self.sectie is None or p.vraag.sectie == self.sectie]
        self.rows = [p.vraag.id for p in pairs]
        same, both = agreement(pairs)
        self._title(
            f"Vergelijking: A {first.keuze()}, B {second.keuze()} · overeenstemming op {same} van {both} vragen"
            " · Esc: terug"
        )
        wide = self.size.width >= WIDE
        # 'A ' and 'B ' before the names: two headings that start alike are still told apart
        tabel = comparison_table(pairs, f"A {first.naam}", f"B {second.naam}", content)
        table.fill(tabel, {"Vraag": 36 if wide else 20}, caps=dict.fromkeys(tabel.headings[2:4], 36 if wide else 15))

    def _draw_summary(self) -> None:
        """Over the whole list, how often each word was answered: by the group shown, or, when
        two are compared, by each of the two."""
        content, sessie = self.content, self.current.sessie

        def counts(group: Groep) -> str:
            telling = list_tally(revealed_results(sessie, content, group.leden))
            return " · ".join(line.plain for line in summary_lines(telling, content, 10_000))

        question = "Hoe vaak is elk woord geantwoord?"
        if self.pair:
            first, second = self.pair
            text = f"{question}\nA {first.naam}: {counts(first)}\nB {second.naam}: {counts(second)}"
        else:
            text = f"{question} {counts(self.view())}"
        self.query_one("#interpret-summary", Static).update(text)

    def _current_id(self) -> str | None:
        row = self.table.cursor_row
        return self.rows[row] if self.rows and row is not None and row < len(self.rows) else None

    def on_data_table_row_highlighted(self) -> None:
        self._show_row()

    def _show_row(self) -> None:
        vraag_id = self._current_id()
        if vraag_id is None:
            return
        vraag = self.content.vraag(vraag_id)
        self.query_one("#note-label", Static).update(
            f"✎ Vraag {vraag.nummer}: hoe kwam u tot dit antwoord? (Enter: notitie)"
        )
        self.query_one(TimerLabel).show(vraag_id)
        note = self.query_one("#note", TextArea)
        text = self.current.sessie.notities.get(vraag_id, "")
        if note.text != text:
            with note.prevent(TextArea.Changed):
                note.text = text
        self.query_one(SidePanel).show(self.current.sessie, vraag.nummer - 1, False)

    # --- actions -------------------------------------------------------------------------

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        vraag_id = self._current_id()
        if vraag_id is None:
            return
        notities = self.current.sessie.notities
        had = vraag_id in notities
        self.current.sessie.set_note(vraag_id, event.text_area.text)
        self.changed()
        if (vraag_id in notities) != had and not self.pair:  # the ✎ in the table comes or goes
            self.draw()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_note()

    def action_note(self) -> None:
        if self._current_id() is not None:
            self.query_one("#note", TextArea).focus()

    def step_back(self) -> bool:
        """Out of the note, out of a comparison, back from a group to the whole room."""
        if self.focused is self.query_one("#note"):
            self.table.focus()
        elif self.pair or self.group_index:
            self.pair, self.group_index = None, 0
            self.draw()
        else:
            return False
        return True

    def action_sort(self) -> None:
        orders = list(SORTS)
        self.order = orders[(orders.index(self.order) + 1) % len(orders)]
        self.draw()

    def action_filter(self) -> None:
        options = [None, *(s.id for s in self.content.secties)]
        self.sectie = options[(options.index(self.sectie) + 1) % len(options)]
        self.draw()

    def action_group(self) -> None:
        """Choose the view directly: the whole room, a role group, the raad or the college."""
        pick_one(self.app, self.groups(), self.group_index, self._show_group)

    def _show_group(self, index: int) -> None:
        self.pair, self.group_index = None, index
        self.draw()

    def action_compare(self) -> None:
        options = comparable(self.current.sessie, self.content)
        if len(options) < 2:
            self.notify("Er zijn minstens twee deelnemers nodig om te vergelijken.", severity="warning")
            return
        pick_two(self.app, options, self._compare)

    def _compare(self, first: Groep, second: Groep) -> None:
        self.pair = (first, second)
        self.draw()

    def action_reveal(self) -> None:
        vraag_id = self._current_id()
        if vraag_id is None or self.current.sessie.een_invuller:
            return
        if self.current.sessie.is_revealed(vraag_id):
            self.current.sessie.onthuld.discard(vraag_id)  # hidden again
            self._revealed()
        else:
            reveal(self.app, [vraag_id], self._revealed)

    def _revealed(self) -> None:
        self.changed()
        self.draw()

    def timer_question(self) -> str | None:
        return self._current_id()

    def on_resize(self) -> None:
        if self.current is not None:
            self.draw()
