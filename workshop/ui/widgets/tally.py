"""Tallies as bars with counts beside the five words."""

from __future__ import annotations

import functools

from textual.content import Content as Text

from workshop.content import Content
from workshop.domain.rules import Telling, Uitslag
from workshop.ui.display import fit

BAR = "█"
EIGHTHS = " ▏▎▍▌▋▊▉"  # a cell filled for 0/8 ... 7/8 from the left
FINE_BELOW = 16  # cells: a narrower bar is drawn in eighths of a cell
MARKS = ("norm", "groep")  # beside the word of the norm, and of the group answer


def mark_room(norms: bool) -> int:
    """The room beside a question's bars for the marks it can get: both on one word ('norm
    groep') in a session with norms, else only 'groep'."""
    return len(" ".join(MARKS if norms else MARKS[1:])) + 1


def word_marks(result: Uitslag) -> dict[int, tuple[str, ...]]:
    """Per answer value the marks beside its word: 'norm', 'groep', or both."""
    marks: dict[int, tuple[str, ...]] = {}
    for mark, value in zip(MARKS, (result.norm, result.groepsantwoord)):
        if value is not None:
            marks[value] = (*marks.get(value, ()), mark)
    return marks


def bar_lines(
    telling: Telling,
    content: Content,
    width: int,
    scale: int,
    marks: dict[int, tuple[str, ...]] | None = None,
    thickness: int = 1,
    norms: bool = True,
) -> list[Text]:
    """One line per word: 'soms      ████████   4  norm'. Bars are scaled to `scale`; with
    `thickness` 2 each bar gets a second line, for a screen with room to spare. With `marks`
    (a question's, word_marks) the bars leave room for every mark the session can give
    (mark_room: `norms`), whichever marks there are: so the bars of every question, and of
    every role group, share one scale, and do not change length when the group answer moves
    onto the norm."""
    mark_width = 0 if marks is None else mark_room(norms)
    marks = {value: " ".join(names) for value, names in (marks or {}).items()}
    label_width = max(len(w.woord) for w in content.schaal) + 1
    bar_width = max(2, width - label_width - 4 - mark_width)
    lines = []
    for woord in content.schaal:
        count = telling.count(woord.waarde)
        length = _eighths(bar_width, count, scale)
        mark = marks.get(woord.waarde, "")
        lines.append(_bar(woord.woord, label_width, length, bar_width, count, mark, mark_width))
        lines += [_thick(label_width, length)] * (thickness - 1)
    return lines


def _eighths(bar_width: int, count: int, scale: int) -> int:
    """A bar's length in eighths of a cell. A narrow bar (the side panel at 80 columns, where
    the marks take room) counts in eighths, so that 1 and 3 of 7 still differ; a wider one
    in whole cells, which change less often while the room answers: each change is a line
    drawn again after a key (in eighths, a key's p50 at 200x60 was 0.6 ms slower). A count
    that is not 0 is never invisible."""
    if not scale or not count:
        return 0
    if bar_width < FINE_BELOW:
        return max(1, round(8 * bar_width * count / scale))
    return 8 * max(1, round(bar_width * count / scale))


@functools.lru_cache(maxsize=1024)
def _bar(woord: str, label_width: int, length: int, bar_width: int, count: int, mark: str, mark_width: int) -> Text:
    """One bar's line; `length` in eighths of a cell. A key changes one or two bars of a
    tally; the others are the same lines as before, kept here as the same objects, which the
    side panel then does not look at again (SteadyStatic.show_lines)."""
    bar = _bar_cells(length)
    return Text.assemble(
        (fit(woord, label_width), "bold"),
        (bar, "$primary"),
        " " * (bar_width - len(bar)),
        (f"{count:>3} ", "bold"),
        (fit(mark, mark_width) if mark_width else "", "bold $accent"),
    )


@functools.lru_cache(maxsize=256)
def _thick(label_width: int, length: int) -> Text:
    """The second line of a thick bar."""
    return Text.assemble(" " * label_width, (_bar_cells(length), "$primary"))


def _bar_cells(eighths: int) -> str:
    """A bar `eighths` eighths of a cell long: whole blocks, then the part of the last cell."""
    whole, part = divmod(eighths, 8)
    return BAR * whole + (EIGHTHS[part] if part else "")


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
