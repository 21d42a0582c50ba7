"""Stap 5: securing the result. The landkaart with the group's choice and the trail of earlier
sessions, the review of the previous action plan, and the prevention tips."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content as Text
from textual.css.scalar import Unit

from workshop.domain.advice import indicatie
from workshop.domain.forms import format_date
from workshop.domain.history import Eerder, earlier_sessions, previous_with_plan, review_rows, set_review
from workshop.domain.model import Terugblik
from workshop.files.index import sessions_of_municipality
from workshop.ui.commands import key_for
from workshop.ui.dialogs.review_form import ReviewForm
from workshop.ui.display import clip
from workshop.ui.reading import read_in_thread
from workshop.ui.screens.base import StepScreen
from workshop.ui.widgets.landkaart import LandkaartKiezer
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.plain_table import DataTable

REVIEW_ROWS = 11  # more actions than this scroll inside the table


class BorgenScreen(StepScreen):
    CSS_PATH = "borgen.tcss"

    STEP = 5

    BINDINGS = [
        key_for("actieplan", "p"),
        Binding("b", "review", "Terugblik", tooltip="Naar de terugblik op het vorige actieplan"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.earlier: list[Eerder] = []
        self.previous: Eerder | None = None
        self.history_read = False  # earlier and previous are this session's (_read_history)

    def compose(self) -> ComposeResult:
        yield from self.compose_bars()
        with VerticalScroll(id="borgen"):
            yield Static("Landkaart: waar staan we?", classes="heading")
            yield Static(
                "Pijltjes: kies een kwadrant · Enter: leg de keuze van de groep vast · Delete: wis de keuze.",
                classes="explain",
            )
            yield LandkaartKiezer(self.content, id="landkaart")
            yield Static(id="hint-reasons", classes="explain")
            yield Static(id="trail", classes="explain")
            yield Static(id="review-title", classes="heading")
            yield DataTable(id="review", cursor_type="row")
            yield Static(id="tips-title", classes="heading")
            yield Static(id="tips", classes="explain")
        yield from self.compose_footer()

    def reset(self) -> None:
        self.earlier, self.previous, self.history_read = [], None, False

    def sync(self) -> None:
        self._draw_landkaart()
        self._draw_review()
        tips_title = f"Preventieve tips {self.content.eigen_mark('tips.titel', 'titels')}".strip()
        self.query_one("#tips-title", Static).update(tips_title)
        self.query_one("#tips", Static).update(self._tips())
        self._read_history()

    def step_back(self) -> bool:
        """From the review back to the landkaart."""
        if self.focused is self.query_one("#review", DataTable):
            self.query_one(LandkaartKiezer).focus()
            self.query_one(LandkaartKiezer).scroll_visible()
            return True
        return False

    def on_mount(self) -> None:
        self.watch(self.query_one("#review", DataTable), "show_horizontal_scrollbar", self._fit_review)

    def start_focus(self) -> None:
        if self.workshop.wanted_review:
            self.action_review()
        else:
            self.query_one(LandkaartKiezer).focus()

    def _read_history(self) -> None:
        """The earlier sessions of this municipality (the trail) and the last action plan (the
        review), read from the folder in a thread: the step is on screen first. Until they
        are read the last ones found for this session stay, or the screen says it is reading."""
        folder, content, path, sessie = self.workshop.sessions_dir, self.content, self.current.path, self.current.sessie

        def read(stop) -> tuple[list[Eerder], Eerder | None]:
            found = sessions_of_municipality(folder, sessie.gemeente, content, exclude=path, stop=stop)
            others = [Eerder(where, other) for where, other in found]
            return earlier_sessions(sessie, others), previous_with_plan(sessie, others)

        read_in_thread(self, "geschiedenis", read, self._history_read)

    def _history_read(self, history: tuple[list[Eerder], Eerder | None]) -> None:
        (self.earlier, self.previous), self.history_read = history, True
        self._draw_landkaart()
        self._draw_review()
        if self.workshop.wanted_review:
            self.action_review()

    def _draw_landkaart(self) -> None:
        sessie, content = self.current.sessie, self.content
        advice = indicatie(sessie, content)
        hint = advice.landkaart._replace(kolom=None, rij=None, redenen=()) if advice.wacht else advice.landkaart
        trail: dict[str, list[str]] = {}
        for number, eerder in enumerate(self.earlier, start=1):
            if eerder.sessie.kwadrant:
                trail.setdefault(eerder.sessie.kwadrant, []).append(str(number))
        self.query_one(LandkaartKiezer).show(hint, sessie.kwadrant, trail)
        reasons = "\n".join(f"• {reden.tekst(content.regels)}" for reden in hint.redenen)
        if advice.wacht:
            reasons = f"• {advice.wachttekst(content.regels)}. Onthullen: o in stap 1 of 2, O (of Ctrl+P) alle vragen."
        hinted = content.kwadrant_by_id(hint.kwadrant_id).naam.lower() if hint.kwadrant_id else "nog open"
        head = Text.assemble(("◆ Indicatie van de app: ", "bold"), hinted, "\n")
        self.query_one("#hint-reasons", Static).update(head + Text(reasons))
        self.query_one("#trail", Static).update(self._trail_text())

    def _trail_text(self) -> Text:
        content, sessie = self.content, self.current.sessie
        if not self.earlier and not self.history_read:
            return Text(f"Spoor: eerdere sessies van {sessie.gemeente} laden…")
        if not self.earlier:
            return Text(f"Spoor: dit is de eerste sessie van {sessie.gemeente} in deze map.")
        steps = []
        for number, eerder in enumerate(self.earlier, start=1):
            where = (
                content.kwadrant_by_id(eerder.sessie.kwadrant).naam.lower() if eerder.sessie.kwadrant else "geen keuze"
            )
            steps.append(f"{number}. {format_date(eerder.sessie.datum)} {clip(eerder.sessie.titel, 30)}: {where}")
        now = content.kwadrant_by_id(sessie.kwadrant).naam.lower() if sessie.kwadrant else "nog geen keuze"
        return Text.assemble(("Spoor, van oud naar nieuw:\n", "bold"), "\n".join(steps), f"\nnu: {now}")

    def _draw_review(self) -> None:
        content = self.content
        table = self.query_one("#review", DataTable)
        title = self.query_one("#review-title", Static)
        keep = table.cursor_row
        table.clear(columns=True)
        if self.previous is None:
            title.update(
                "Terugblik: eerdere actieplannen laden…"
                if not self.history_read
                else "Terugblik: er is geen eerder actieplan van deze gemeente"
            )
            table.display = False
            return
        table.display = True
        eerder = self.previous.sessie
        title.update(
            f"Terugblik op het actieplan van {clip(eerder.titel, 40)} ({format_date(eerder.datum)}) · Enter wijzigt"
        )
        for name in ("Nr", "Instrument", "Eigenaar", "Deadline", "Status toen", "Status nu", "Notitie"):
            table.add_column(name, key=name)
        wide = self.size.width >= 140
        for actie, row in zip(eerder.actieplan, review_rows(self.current.sessie, self.previous)):
            table.add_row(
                str(row.nummer),
                clip(content.instrument(actie.instrument).naam, 70 if wide else 40),
                clip(actie.eigenaar, 30 if wide else 20) or "–",
                format_date(actie.deadline) if actie.deadline else "–",
                content.naam(content.statussen, actie.status),
                content.naam(content.statussen, row.status),
                clip(row.notities, 60 if wide else 30),
            )
        table.move_cursor(row=min(keep, max(0, len(eerder.actieplan) - 1)))
        self._fit_review()

    def _fit_review(self) -> None:
        """Every row, the heading, the frame, and the horizontal scrollbar when the columns
        are wider than the screen (80x24): without that line the only row hid behind it. An
        auto height would stay at the height of the empty table in this scrolling container
        (Textual 8.2.8)."""
        table = self.query_one("#review", DataTable)
        rows = min(REVIEW_ROWS, table.row_count)
        height = rows + 3 + (1 if table.show_horizontal_scrollbar else 0)
        now = table.styles.height
        if now is None or now.unit is not Unit.CELLS or now.value != height:
            table.styles.height = height
            self.call_after_refresh(self._review_in_view)

    def _tips(self) -> Text:
        parts: list = []
        for tip in self.content.tips:
            parts += [(tip.titel, "bold"), "\n", tip.tekst, "\n\n"]
        return Text.assemble(*parts[:-1])

    def on_landkaart_kiezer_chosen(self, message: LandkaartKiezer.Chosen) -> None:
        self.current.sessie.choose_quadrant(message.kwadrant_id)
        self.changed()
        self._draw_landkaart()
        if message.kwadrant_id is None:
            self.notify("Keuze van de groep gewist")
        else:
            self.notify(f"Keuze van de groep: {self.content.kwadrant_by_id(message.kwadrant_id).naam}")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        row = review_rows(self.current.sessie, self.previous)[event.cursor_row]
        name = self.content.instrument(row.instrument).naam

        def reviewed(new: Terugblik | None) -> None:
            if new is not None:
                set_review(self.current.sessie, new)
                self.changed()
                self._draw_review()

        self.app.push_screen(ReviewForm(row, f"Terugblik: {name}"), reviewed)

    def action_review(self) -> None:
        if not self.history_read:
            self.workshop.wanted_review = True  # there as soon as the folder is read
            return
        self.workshop.wanted_review = None
        table = self.query_one("#review", DataTable)
        if table.display:
            table.focus(scroll_visible=False)
            self.call_after_refresh(self._review_in_view)

    def _review_in_view(self) -> None:
        """Scroll to the review once it is laid out with its rows (just read, the table had
        no height yet), and again when it fits itself (_fit_review): on a slow machine the
        scroll came before that and the review stayed below the screen's edge."""
        table = self.query_one("#review", DataTable)
        if table.has_focus:
            table.scroll_visible(animate=False)
