"""Tallies as bars with counts beside the five words."""

from __future__ import annotations

import functools

from textual.content import Content as Text

from workshop.content import Content
from workshop.domain.rules import Telling
from workshop.ui.display import fit

BAR = "█"


def bar_lines(
    telling: Telling,
    content: Content,
    width: int,
    scale: int,
    marks: dict[int, str] | None = None,
    thickness: int = 1,
) -> list[Text]:
    """One line per word: 'soms      ████████   4  norm'. Bars are scaled to `scale`; with
    `thickness` 2 each bar gets a second line, for a screen with room to spare."""
    marks = marks or {}
    label_width = max(len(w.woord) for w in content.schaal) + 1
    mark_width = max((len(m) for m in marks.values()), default=0)
    mark_width = mark_width + 1 if mark_width else 0
    bar_width = max(2, width - label_width - 4 - mark_width)
    lines = []
    for woord in content.schaal:
        count = telling.count(woord.waarde)
        length = round(bar_width * count / scale) if scale else 0
        if count and not length:
            length = 1  # a single answer is never invisible
        mark = marks.get(woord.waarde, "")
        lines.append(_bar(woord.woord, label_width, length, bar_width, count, mark, mark_width))
        lines += [_thick(label_width, length)] * (thickness - 1)
    return lines


@functools.lru_cache(maxsize=1024)
def _bar(woord: str, label_width: int, length: int, bar_width: int, count: int, mark: str, mark_width: int) -> Text:
    """One bar's line. A key changes one or two bars of a tally; the others are the same lines
    as before, kept here as the same objects, which the side panel then does not look at
    again (SteadyStatic.show_lines)."""
    return Text.assemble(
        (fit(woord, label_width), "bold"),
        (BAR * length, "$primary"),
        " " * (bar_width - length),
        (f"{count:>3} ", "bold"),
        (fit(mark, mark_width) if mark_width else "", "bold $accent"),
    )


@functools.lru_cache(maxsize=256)
def _thick(label_width: int, length: int) -> Text:
    """The second line of a thick bar."""
    return Text.assemble(" " * label_width, (BAR * length, "$primary"))


def summary_lines(telling: Telling, content: Content, width: int) -> list[Text]:
    """All five counts, 'altijd 4 · vaak 16 · ...', broken into lines between two words only."""
    lines: list[Text] = []
    line = Text()
    for woord in content.schaal:
        item = Text.assemble(woord.woord + " ", (str(telling.count(woord.waarde)), "bold"))
        if line.cell_length and line.cell_length + 3 + item.cell_length > width:
            lines.append(line)
            line = Text()
        line = line + (" · " if line.cell_length else "") + item
    return [*lines, line]
