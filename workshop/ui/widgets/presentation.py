"""The view for the room (key z in stap 1): one question, large and centred, its five answer
words with their keys, and once revealed the counts in large digits."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content as Text
from textual.widget import Widget
from textual.widgets import Digits

from workshop.content import Content
from workshop.domain.model import Sessie
from workshop.domain.rules import Uitslag, question_result
from workshop.domain.timer import DiscussionTimers
from workshop.ui.display import steps
from workshop.ui.widgets.answer_grid import AnswerGrid
from workshop.ui.widgets.banner import hidden_status, position, who
from workshop.ui.widgets.big_text import BigText
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.tally import BAR, word_marks
from workshop.ui.widgets.timer import TimerLabel


def outcome(result: Uitslag, content: Content) -> Text:
    """The result of a revealed question in words and symbols: group answer, norm, and a
    discussion point."""
    if result.groepsantwoord is None:
        return Text.styled("Nog geen antwoorden.", "bold")
    parts: list[Text | str] = [
        "Groepsantwoord: ",
        (content.woord(result.groepsantwoord).woord, "bold"),
    ]
    if result.norm is None:
        parts.append(" · nog geen norm")
    else:
        parts += [" · norm: ", (content.woord(result.norm).woord, "bold"), " · "]
        if result.afwijking:
            parts.append((f"✗ {steps(result.afwijking)} buiten de norm", "bold $error"))
        else:
            parts.append(("✓ binnen de norm", "bold $success"))
    if result.discussiepunt:
        parts.append((f" · ◆ discussiepunt: de antwoorden lopen {steps(result.spreiding)} uiteen", "bold"))
    return Text.assemble(*parts)


MIN_COLUMN_HEIGHT, MAX_BAR_HEIGHT = 5, 16


class ShareBar(Widget):
    """This answer's share of all answers: across when the bar is one line high, else a
    column that rises from the bottom, so that the five share a baseline. A single answer
    is never invisible."""

    DEFAULT_CSS = "ShareBar { height: 1; }"

    def __init__(self, *, classes: str | None = None) -> None:
        super().__init__(classes=classes)
        self.share = (0, 0)

    def show(self, count: int, total: int) -> None:
        if (count, total) != self.share:
            self.share = (count, total)
            self.refresh()

    def render(self) -> Text:
        count, total = self.share
        width, height = self.size
        if height <= 1:
            return Text.styled(BAR * _part(width, count, total), "$primary")
        filled = _part(height, count, total)
        column = (BAR * max(1, width * 2 // 3)).center(width)
        return Text.styled("\n".join(column if row >= height - filled else "" for row in range(height)), "$primary")


def _part(size: int, count: int, total: int) -> int:
    length = round(size * count / total) if total else 0
    return max(length, 1 if count else 0)


class Presentation(Vertical, can_focus=True):
    """Answering goes on here: the digits keys answer, the arrows move as in the grid."""

    BINDINGS = AnswerGrid.BINDINGS

    def __init__(self, content: Content, timers: DiscussionTimers, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handreiking = content
        self.timers = timers

    def compose(self) -> ComposeResult:
        with Vertical(id="zaal-body"):
            yield Static(id="zaal-position")
            with Horizontal(id="zaal-timer-row"):  # the room sees how long it has talked
                yield TimerLabel(self.timers, id="zaal-timer")
            yield BigText(id="zaal-question")  # in big letters where they fit
            yield Static(id="zaal-keys")
            yield Static(id="zaal-who")
            yield Static(id="zaal-outcome")
            with Horizontal(id="zaal-tally"):
                for _ in self.handreiking.schaal:
                    with Vertical(classes="zaal-column"):
                        yield Static(classes="zaal-word")
                        yield ShareBar(classes="zaal-bar")
                        yield Digits(classes="zaal-count")

    def show(self, sessie: Sessie, vraag_index: int, deelnemer_index: int, last: str = "") -> None:
        content = self.handreiking
        vraag = content.vragen[vraag_index]
        self.query_one("#zaal-position", Static).update(Text.styled(position(content, vraag), "bold"))
        self.query_one("#zaal-timer", TimerLabel).show(vraag.id)
        self.query_one("#zaal-question", BigText).update(vraag.tekst)
        keys = [Text.assemble((f" {w.waarde} ", "bold reverse"), (f" {w.woord}", "bold")) for w in content.schaal]
        self.query_one("#zaal-keys", Static).update(Text("    ").join(keys))
        line = Text.assemble(*who(sessie, content, vraag, deelnemer_index))
        if last:
            line += Text(f" · laatste: {last}")
        self.query_one("#zaal-who", Static).update(line)
        revealed = sessie.is_revealed(vraag.id)
        self.query_one("#zaal-tally").display = revealed
        if not revealed:
            status = hidden_status(sessie, vraag.id) + " Druk op o om te onthullen."
            self.query_one("#zaal-outcome", Static).update(status)
            self.call_after_refresh(self._fit)
            return
        result = question_result(sessie, vraag, content)
        self.query_one("#zaal-outcome", Static).update(outcome(result, content))
        total, marks = result.telling.total, word_marks(result)
        for column, woord in zip(self.query(".zaal-column"), content.schaal):
            # the word and up to two marks on three lines in every column: the bars and digits line up
            title = Text.assemble((woord.woord, "bold"), "\n", ("\n".join(marks.get(woord.waarde, ())), "bold $accent"))
            column.query_one(".zaal-word", Static).update(title)
            count = result.telling.count(woord.waarde)
            column.query_one(".zaal-count", Digits).update(str(count))
            column.query_one(".zaal-bar", ShareBar).show(count, total)
        self.call_after_refresh(self._fit)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """The question first, then the bars get what is left."""
        self._fit_question()
        self.call_after_refresh(self._fit_bars)

    def _fit_question(self) -> None:
        """Big letters for the question if they leave the rest its room: the lines, and
        once revealed a tally with columns of at least MIN_COLUMN_HEIGHT."""
        others = sum(w.outer_size.height for w in self.query_one("#zaal-body").children if w.id != "zaal-question")
        if self.query_one("#zaal-tally").display:
            others += MIN_COLUMN_HEIGHT - self.query(ShareBar).first().outer_size.height
        self.query_one("#zaal-question", BigText).allow(self.size.height - others - 4)

    def _fit_bars(self) -> None:
        """Give the bars the height that is left, so that a tall screen is used."""
        if not self.query_one("#zaal-tally").display:
            return
        bars = list(self.query(ShareBar))
        current = bars[0].outer_size.height
        fixed = self.query_one("#zaal-body").outer_size.height - current
        wanted = min(MAX_BAR_HEIGHT, self.size.height - fixed - 2)  # a blank line above and below
        if wanted < MIN_COLUMN_HEIGHT:
            wanted = 1  # a column of two lines cannot tell 1 from 4: a bar across
        if wanted != current:
            for bar in bars:
                bar.styles.height = wanted

    def action_move(self, drij: int, dkolom: int) -> None:
        self.screen.query_one(AnswerGrid).action_move(drij, dkolom)
