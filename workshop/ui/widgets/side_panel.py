"""The live side panel of the questionnaire: tallies, the whole list, landkaart and ladder.

Its fixed width keeps it from forcing a new layout of the grid, and each of its four parts
is redrawn only when its text changed.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content as Text

from workshop.content import Content
from workshop.domain.advice import Indicatie, indicatie
from workshop.domain.model import Sessie, label
from workshop.domain.rules import (
    as_revealed,
    list_tally,
    missing,
    question_result,
    revealed_results,
    shown_role_groups,
    uitslagen,
)
from workshop.ui.display import clean
from workshop.ui.widgets import ladder, landkaart
from workshop.ui.widgets.banner import hidden_status
from workshop.ui.widgets.kept import KeptLines
from workshop.ui.widgets.steady import SteadyStatic
from workshop.ui.widgets.tally import bar_lines, summary_lines, word_marks

FULL_HEIGHT = 30  # below this the panel shows the short forms of (b), (d) and (e)
THICK_HEIGHT = 42  # from this height the bars of (a) and (b) are two lines thick (they need 38)


def names_that_fit(names: list[str], room: int) -> str:
    """As many whole names as fit, then '…'."""
    shown: list[str] = []
    for name in names:
        if len(", ".join([*shown, name])) > room:
            return ", ".join(shown) + (", …" if shown else "…")
        shown.append(name)
    return ", ".join(shown)


class SidePanel(KeptLines, VerticalScroll, can_focus=False):
    """(a) this question, (b) the whole list, (c) split by role, (d) landkaart, (e) ladder.

    One text of lines, of which only the ones that changed are drawn again: a keypress
    usually changes a few lines of (a) and (b). One widget rather than one per section: the
    frame after a key visits every widget on the rows that changed, at a cost per widget.
    With the tallies' lines kept (tally.py, SteadyStatic), at 200x60 with fifty participants:
    the answer to a key 3.07 instead of 3.42 ms in process, the panel's part of the frame
    0.61 instead of 0.87 ms, and a key's p50 on the pseudo-terminal 2.36-2.40x the floor app
    instead of 2.69-2.76x (`python -m benchmarks`, "toets tot beeld", two runs each)."""

    def __init__(self, content: Content, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.handreiking = content
        self.sessie: Sessie | None = None
        self.vraag_index = 0
        self.per_rol = False
        self._made: dict[str, tuple[tuple, list]] = {}  # sections' lines by what they show (_same)

    def compose(self) -> ComposeResult:
        self.text = SteadyStatic(id="panel-tekst")
        yield self.text

    def show(self, sessie: Sessie, vraag_index: int, per_rol: bool) -> None:
        self.sessie, self.vraag_index, self.per_rol = sessie, vraag_index, per_rol
        if self.size.width:
            self.draw()
        else:  # not laid out yet, or hidden (behind the room view): drawn when it gets a size
            self._drawn_in = None

    def on_resize(self) -> None:
        if self.sessie is not None and self._room() != self._drawn_in:
            self.draw()

    _drawn_in: tuple[int, bool, int] | None = None  # the room of the last drawing

    def _room(self) -> tuple[int, bool, int]:
        """Width, whether there is room for the full forms, and the thickness of the bars."""
        width = max(20, self.scrollable_content_region.width)
        full = self.size.height >= FULL_HEIGHT
        return width, full, 2 if self.size.height >= THICK_HEIGHT and not self.per_rol else 1

    def draw(self) -> None:
        width, full, thickness = self._drawn_in = self._room()
        sessie, content = self.sessie, self.handreiking
        everything = uitslagen(sessie, content)  # once: both ask it
        results = as_revealed(sessie, content, everything)
        advice = indicatie(sessie, content, everything)
        sections = (
            self._this_question(width, thickness),
            self._whole_list(results, width, full, thickness),
            self._same(("landkaart", advice.landkaart, sessie.kwadrant), self._landkaart, advice, width, full),
            self._same(("ladder", advice.fase, sessie.fase), self._ladder, advice, width, full),
        )
        between = [""] if full else []  # a blank line between the sections where there is room
        lines = [line for section in sections for line in [*section, *between]]
        self.text.show_lines(lines)

    def _same(self, shown: tuple, make, advice: Indicatie, width: int, full: bool) -> list[Text | str]:
        """A section's lines, made again only when what it shows changed (`shown`, its name
        first, compared, not hashed: the advice holds lists); else the same line objects, which
        show_lines passes by. The landkaart and the ladder seldom change while the room answers."""
        key = (*shown, advice.verborgen, width, full)
        kept = self._made.get(shown[0])
        if kept is None or kept[0] != key:
            kept = self._made[shown[0]] = (key, make(advice, width, full))
        return kept[1]

    def _heading(self, text: str) -> Text:
        return Text.styled(text, "bold underline")

    def _this_question(self, width: int, thickness: int) -> list[Text | str]:
        sessie, content = self.sessie, self.handreiking
        vraag = content.vragen[self.vraag_index]
        lines: list[Text | str] = [self._heading(f"Vraag {vraag.nummer}: de antwoorden")]
        if not sessie.is_revealed(vraag.id):
            lines.append(hidden_status(sessie, vraag.id))
            lines.append("Druk op o om te onthullen.")
            open_names = [clean(label(sessie, d)) for d in missing(sessie, vraag.id)]
            if open_names:
                lines.append(f"Nog open ({len(open_names)}): {names_that_fit(open_names, width * 2 - 14)}")
            return lines
        groups, note = self._groups([(None, sessie.deelnemers)])
        lines += note
        for naam, members in groups:
            result = question_result(sessie, vraag, content, members)
            if naam is not None:
                lines.append(Text.styled(f"{naam} ({len(members)})", "bold"))
            marks, scale = word_marks(result), max(1, len(members))
            lines += bar_lines(result.telling, content, width, scale, marks, thickness, bool(sessie.normen))
        return lines

    def _groups(self, whole: list) -> tuple[list, list[Text]]:
        """Per role the groups that may be shown, and the line that says which are not;
        else the whole room."""
        if not self.per_rol:
            return whole, []
        shown = shown_role_groups(self.sessie, self.handreiking)
        return list(shown.groepen), [Text.styled(f"⚠ {shown.weggelaten}", "bold")] if shown.weggelaten else []

    def _whole_list(self, results, width: int, full: bool, thickness: int) -> list[Text | str]:
        sessie, content = self.sessie, self.handreiking
        shown = sum(1 for r in results if r.telling.total)
        lines: list[Text | str] = [self._heading(f"Hele lijst · {shown} onthuld")]
        groups, _ = self._groups([(None, None)])
        for naam, members in groups:
            telling = list_tally(results if members is None else revealed_results(sessie, content, members))
            if naam is not None:
                lines.append(Text.styled(f"{naam} ({len(members)})", "bold"))
                lines += summary_lines(telling, content, width)
            elif full:
                lines += bar_lines(telling, content, width, max(1, telling.total), thickness=thickness)
            else:
                lines += summary_lines(telling, content, width)
        return lines

    def _landkaart(self, advice: Indicatie, width: int, full: bool) -> list[Text | str]:
        lines: list[Text | str] = [self._heading("Landkaart")]
        if advice.wacht:
            return [*lines, advice.wachttekst(self.handreiking.regels)]
        lines += landkaart.mini_lines(advice.landkaart, self.sessie.kwadrant, width)
        if full:
            lines.append(landkaart.hint_sentence(advice.landkaart, self.sessie.kwadrant, self.handreiking))
        return lines

    def _ladder(self, advice: Indicatie, width: int, full: bool) -> list[Text | str]:
        lines: list[Text | str] = [self._heading("Escalatieladder")]
        if advice.wacht:
            return [*lines, advice.wachttekst(self.handreiking.regels)]
        lines += ladder.mini_lines(advice.fase, self.sessie.fase, self.handreiking, width)
        lines.append(ladder.suggestion_sentence(advice.fase, self.handreiking))
        return lines
