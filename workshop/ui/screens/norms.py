"""The norms step: per question the least favourable answer that is still acceptable, and
the group's prediction of how many questions will fall outside the norms."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen

from workshop.domain.forms import InputError, format_date, parse_count
from workshop.domain.model import Sessie, same_municipality
from workshop.files.index import sessions_of_municipality
from workshop.ui.dialogs import Option, ask
from workshop.ui.reading import read_in_thread
from workshop.ui.screens.base import AppAccess
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.plain import Label, Static
from workshop.ui.widgets.plain_fields import Input
from workshop.ui.widgets.plain_table import DataTable

EXPLAIN = (
    "Bepaal vooraf welke antwoorden acceptabel zijn. De norm is het minst gunstige antwoord dat nog "
    "acceptabel is: bij een ongewenste stelling betekent ‘soms’ dat ‘soms’ en ‘nooit’ acceptabel zijn; "
    "bij de gewenste stelling betekent ‘vaak’ dat ‘vaak’ en ‘altijd’ acceptabel zijn."
)


def previous_norms(sessie: Sessie, others: list[Sessie]) -> Sessie | None:
    """The most recent of the other sessions of the same municipality that has norms."""
    same = [o for o in others if o.normen and same_municipality(o, sessie)]
    return max(same, key=lambda other: (other.datum, other.bijgewerkt), default=None)


class NormsScreen(AppAccess, Screen[bool]):
    CSS_PATH = "forms.tcss"

    BINDINGS = [
        Binding("1", "norm(1)", "altijd", show=False),
        Binding("2", "norm(2)", "vaak", show=False),
        Binding("3", "norm(3)", "geregeld", show=False),
        Binding("4", "norm(4)", "soms", show=False),
        Binding("5", "norm(5)", "nooit", show=False),
        Binding("backspace", "norm(0)", "Wis", show=False),
        Binding("a", "all_undesirable", "Alle ongewenste"),
        Binding("l", "last_used", "Vorige normen"),
        Binding("escape", "close", "Terug"),
        Binding("ctrl+s", "go_on", "Verder"),
    ]

    def __init__(self, wizard: bool = False) -> None:
        super().__init__()
        self.wizard = wizard
        self.previous: Sessie | None = None
        self.looking = False  # reading the folder for the last norms (_look_for_previous)
        self.warned = False  # about changing norms after answers

    @property
    def sessie(self) -> Sessie:
        return self.current.sessie

    def compose(self) -> ComposeResult:
        yield Static("Normen", classes="title")
        yield Static(EXPLAIN, classes="explain")
        yield Static(id="norms-previous", classes="explain")
        yield DataTable(id="norms", cursor_type="row")
        yield Static(id="norm-statement", classes="explain")
        with Horizontal(id="prediction-row"):
            yield Input(id="prediction", max_length=2, placeholder="–")
            yield Label("Voorspelling: hoeveel vragen vallen buiten de norm, denken we? (mag leeg; Tab)")
        yield Static(id="norms-status")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("Nr", key="nr")
        # the short names are the app's: the group decides on the statement, shown in full below
        own = self.content.eigen_mark("vragen.kort", "korte naam")
        table.add_column(f"Stelling {own}".strip(), key="tekst")
        table.add_column("Soort", key="soort")
        table.add_column("Norm", key="norm")
        for vraag in self.content.vragen:
            table.add_row(str(vraag.nummer), vraag.kort, vraag.polariteit, self._norm_text(vraag.id), key=vraag.id)
        voorspelling = self.sessie.voorspelling
        self.query_one("#prediction", Input).value = "" if voorspelling is None else str(voorspelling)
        self._status()
        table.focus()
        self._look_for_previous()

    def _look_for_previous(self) -> None:
        """The last norms of this municipality, read from the folder in a thread: the table is
        on screen first, the offer to take them over comes when they are found."""
        folder, sessie, content, path = self.workshop.sessions_dir, self.sessie, self.content, self.current.path
        self.looking = True

        def read(stop) -> Sessie | None:
            found = sessions_of_municipality(folder, sessie.gemeente, content, exclude=path, stop=stop)
            return previous_norms(sessie, [other for _, other in found])

        def found(previous: Sessie | None) -> None:
            self.previous, self.looking = previous, False
            if previous:
                self.query_one("#norms-previous", Static).update(
                    f"Laatst gebruikte normen van {sessie.gemeente}: {previous.titel} "
                    f"({format_date(previous.datum)}). Druk op l om ze over te nemen."
                )

        read_in_thread(self, "vorige-normen", read, found)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_statement(event.cursor_row)

    def _show_statement(self, row: int) -> None:
        """The whole statement under the table, and which answers its norm accepts."""
        vraag = self.content.vragen[row]
        norm = self.sessie.normen.get(vraag.id)
        acceptable = ""
        if norm is not None:
            words = [w.woord for w in self.content.schaal]
            ok = words[:norm] if vraag.gewenst else words[norm - 1 :]
            acceptable = f" · acceptabel: {', '.join(ok)}"
        self.query_one("#norm-statement", Static).update(
            f"Vraag {vraag.nummer} in de handreiking: {vraag.tekst} ({vraag.polariteit}){acceptable}"
        )

    def _norm_text(self, vraag_id: str) -> str:
        value = self.sessie.normen.get(vraag_id)
        return "–" if value is None else self.content.woord(value).woord

    def _status(self) -> None:
        count = len(self.sessie.normen)
        total = len(self.content.vragen)
        self.query_one("#norms-status", Static).update(
            f"{count} van {total} normen ingesteld · 1-5 zet de norm van de gekozen vraag"
        )

    def _refresh_rows(self) -> None:
        table = self.query_one(DataTable)
        for vraag in self.content.vragen:
            table.update_cell(vraag.id, "norm", self._norm_text(vraag.id), update_width=True)
        self._status()

    def action_norm(self, value: int) -> None:
        table = self.query_one(DataTable)
        if self.focused is not table:
            return
        vraag = self.content.vragen[table.cursor_row]
        if value:
            self.sessie.normen[vraag.id] = value
        else:
            self.sessie.normen.pop(vraag.id, None)
        self._norms_changed()
        if value and table.cursor_row < len(self.content.vragen) - 1:
            table.move_cursor(row=table.cursor_row + 1)
        else:
            self._show_statement(table.cursor_row)

    def action_all_undesirable(self) -> None:
        options = [Option(str(w.waarde), w.woord, w.waarde) for w in self.content.schaal]
        count = sum(1 for v in self.content.vragen if not v.gewenst)
        ask(
            self.app,
            "Norm voor alle ongewenste stellingen",
            f"Welke norm geldt voor alle {count} ongewenste stellingen?",
            options,
            self._set_all,
        )

    def _set_all(self, value: int | None) -> None:
        if value is None:
            return
        for vraag in self.content.vragen:
            if not vraag.gewenst:
                self.sessie.normen[vraag.id] = value
        self._norms_changed()

    def _norms_changed(self) -> None:
        self.changed()
        self._refresh_rows()
        answers = sum(len(d.antwoorden) for d in self.sessie.deelnemers)
        if answers and not self.warned:
            self.warned = True  # once per visit: the facilitator knows after that
            self.notify(
                f"Er zijn al {answers} antwoorden: afwijkingen, indicatie en landkaart worden opnieuw berekend.",
                title="Normen gewijzigd na antwoorden",
                severity="warning",
                timeout=8,
            )

    def action_last_used(self) -> None:
        if self.looking:
            self.notify("De map wordt nog gelezen: even later zijn de vorige normen er.", severity="warning")
            return
        if self.previous is None:
            self.notify("Er is geen eerdere sessie van deze gemeente met normen.", severity="warning")
            return
        self.sessie.normen = dict(self.previous.normen)
        self._norms_changed()
        self.notify(f"Normen overgenomen van {self.previous.titel}")

    def _save_prediction(self) -> bool:
        field = self.query_one("#prediction", Input)
        try:
            value = parse_count(field.value, len(self.content.vragen))
        except InputError as problem:
            self.query_one("#norms-status", Static).update(f"⚠ {problem}")
            field.focus()
            return False
        if value != self.sessie.voorspelling:
            self.sessie.voorspelling = value
            self.changed()
        return True

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._save_prediction():
            self._status()
            self.query_one(DataTable).focus()

    def action_close(self) -> None:
        if self._save_prediction():
            self.dismiss(False)

    def action_go_on(self) -> None:
        if self._save_prediction():
            self.dismiss(True)
