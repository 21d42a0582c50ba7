"""A text that is redrawn line by line: the widgets that change on every keypress (the
question banner, the side panel) are built on it.

A Static that gets new text wraps all of it again and repaints all its lines, and the
terminal is sent all of them. This widget wraps only the lines of the text that changed, and
repaints only the lines of the screen that changed: a key that changes one tally repaints
that tally's line. Measured in process at 200x60 with fifty participants (answers hidden):
a key's frame took 1.7 ms instead of 3.3 ms; on the pseudo-terminal, with the grid's
change, a key's p50 went from 6.8 to 6.0 ms (`python -m benchmarks`, "toets tot beeld").
Between two changes of its own it hands back the lines it drew last (kept.py): Textual draws
every widget beside a changed line in full.

It takes no new layout while the words still fit their place: a new layout redraws the
whole screen (about 12 ms at 200x60). Only when the text needs more lines than its place, or
two or more fewer, is it laid out again; one line fewer stays blank until the next layout
(tallies that gain and lose a wrapped line while a question is answered).

Text is text, as in `plain.Static`. Content-align is not applied (no widget built on this
uses it); text-align and the other text rules are.
"""

from __future__ import annotations

from rich._wrap import divide_line  # the word breaks Textual's own wrap uses (textual/content.py imports it so)
from rich.segment import Segment
from textual.content import Content as Text
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.style import Style
from textual.visual import Visual
from textual.widget import Widget

from workshop.ui.widgets.kept import KeptLines
from workshop.ui.widgets.plain import literal

SHRINK_LATER = 1  # lines a text may lose without a new layout
KEEP_DRAWN = 512  # lines kept drawn (SteadyStatic._one_line); then drawn afresh


class SteadyStatic(KeptLines, Widget):
    DEFAULT_CSS = "SteadyStatic { height: auto; }"
    ALLOW_SELECT = False  # the lines are drawn here, without a selection
    auto_links = False  # and there are no links in them

    def __init__(self, text: Text | str = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._lines: list[Text] = _lines_of(literal(text))  # the text's own lines
        self._wrapped: list[list[Strip]] = []  # each of those lines wrapped at `_width`
        self._strips: list[Strip] = []  # the lines on screen
        self._width = 0  # the width they were wrapped at; 0: not yet, or again
        self._given: list[Text | str] = []  # the lines last given to show_lines, as given
        self._given_pieces: list[list[Text]] = []  # and each of them as literal lines
        self._drawn: dict[tuple, Strip] = {}  # lines that fit, drawn in the current styles

    def render(self) -> Text:
        """The text shown (for whoever asks; the screen is drawn by `render_line`)."""
        return Text("\n").join(self._lines)

    def show_text(self, text: Text) -> None:
        self.show_lines([text])

    def show_lines(self, lines: list[Text | str]) -> None:
        """Show these lines (each may wrap): the ones that changed are wrapped and repainted. A
        line break inside a line makes it two lines, as in a Static."""
        lines = self._pieces(lines)
        if len(lines) == len(self._lines) and all(map(Text.is_same, lines, self._lines)):
            return
        width = self.size.width
        if not width or width != self._width:
            self._lines, self._width = lines, 0
            self.refresh(layout=True)
            return
        before = self._strips
        self._wrap(width, lines)
        if not 0 <= self.size.height - len(self._strips) <= SHRINK_LATER:
            self.refresh(layout=True)
            return
        changed = [
            Region(0, y, width, 1)
            for y in range(max(len(before), len(self._strips)))  # in the content's own lines
            if y >= len(before) or y >= len(self._strips) or before[y] is not self._strips[y]
        ]
        if changed:
            self.refresh(*changed)

    def _pieces(self, lines: list[Text | str]) -> list[Text]:
        """The lines as literal text, each split at its line breaks. A line given again as the
        same object as last time (the tallies keep theirs, tally.py) is not looked at again."""
        given, pieces = self._given, self._given_pieces
        known = [
            pieces[index] if index < len(given) and line is given[index] else _lines_of(literal(line))
            for index, line in enumerate(lines)
        ]
        self._given, self._given_pieces = lines, known
        return [piece for line in known for piece in line]

    def _wrap(self, width: int, lines: list[Text]) -> None:
        """Wrap `lines` at `width`: a line that was already there is not wrapped again."""
        same_width, old, style = width == self._width, self._lines, self.visual_style
        rules = self.styles
        plain = (
            rules.text_align in ("left", "start")
            and not rules.line_pad
            and rules.text_wrap == "wrap"
            and rules.text_overflow == "fold"
        )
        wrapped: list[list[Strip]] = []
        for index, line in enumerate(lines):
            if same_width and index < len(old) and line.is_same(old[index]):
                wrapped.append(self._wrapped[index])  # wrapped at this width already
            elif plain and (pieces := _wrap_plainly(line, width)):
                wrapped.append([self._one_line(piece, style) for piece in pieces])  # drawn directly
            else:
                wrapped.append(Visual.to_strips(self, line, width, None, style))
        self._lines, self._wrapped, self._width = lines, wrapped, width
        self._strips = [strip for pieces in wrapped for strip in pieces]

    def _one_line(self, line: Text, style: Style) -> Strip:
        """A line that fits, drawn once while the styles stay: the bars of a tally come back
        to the lengths and counts they had a few keys ago."""
        key = (line.plain, tuple(line.spans))
        strip = self._drawn.get(key)
        if strip is None:
            if len(self._drawn) >= KEEP_DRAWN:
                self._drawn.clear()
            strip = self._drawn[key] = _one_line(line, style)
        return strip

    def _strips_at(self, width: int) -> list[Strip]:
        """The lines on screen at `width`, wrapped again if they were wrapped at another."""
        if width != self._width:
            self._wrap(width, self._lines)
        return self._strips

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        strips = self._strips_at(width)
        return strips[y] if y < len(strips) else Strip.blank(width, self.visual_style.rich_style)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._strips_at(width)) if width else 0

    def get_content_width(self, container: Size, viewport: Size) -> int:
        return self.render().get_optimal_width(self.styles, container.width)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._width = 0  # colours and text rules may have changed: wrapped again when drawn
        self._drawn.clear()


def _one_line(line: Text, style: Style) -> Strip:
    """A line that fits and is not all blanks, as Textual draws it (`Visual.to_strips`) but
    without its work to wrap and align. The answer to a key took 2.0 instead of 2.5 ms with
    this (in process, 200x60, answers hidden). Lines that end in blanks (the tallies, padded to
    line up) take it too: with the answers shown, the answer to a key then took 2.7 instead of
    3.4 ms (three runs of 200 keys each). Lines here hold no tabs (`literal` makes them
    spaces), which Textual would expand; a line of blanks only is left to Textual."""
    parts = line.render(style, end="", parse_style=Style.parse)
    return Strip([Segment(text, (style + part).rich_style) for text, part in parts], line.cell_length)


def _wrap_plainly(line: Text, width: int) -> list[Text]:
    """The pieces of a line wrapped at `width` as Textual wraps left-aligned text (word by
    word, a word longer than the width folded, the blanks at a break dropped), when every
    piece fits and holds more than blanks, so that `_one_line` draws it; else none, and
    Textual draws the line. Textual's own wrapping (`Visual.to_strips`) took about half of the
    question banner's 1.5 ms a key at 80x24, where its lines wrap."""
    if line.cell_length <= width:
        return [line] if line.plain.strip() else []
    pieces = line.divide(divide_line(line.plain, width, fold=True))
    pieces = [piece.rstrip() for piece in pieces[:-1]] + pieces[-1:]
    if all(piece.plain.strip() and piece.cell_length <= width for piece in pieces):
        return pieces
    return []


def _lines_of(text: Text) -> list[Text]:
    return text.split("\n", allow_blank=True)
