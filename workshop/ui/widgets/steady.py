"""A Static that costs nothing when its text did not change, and no layout when the words
still fit: the widgets redrawn on every keypress are built on it."""

from __future__ import annotations

from rich.cells import cell_len
from textual.content import Content as Text

from workshop.ui.widgets.plain import Static

SHRINK_LATER = 1  # lines a text may lose without a new layout


class SteadyStatic(Static):
    _shown: Text | None = None

    def show_text(self, text: Text) -> None:
        if self._shown is not None and text.is_same(self._shown):
            return
        width = self.content_region.width
        height = _height(text, width) if width else None
        # a new layout redraws the whole screen (about 12 ms at 200x60, against one widget's
        # lines for the words alone): only when the text needs more lines than its place, or
        # two or more fewer. One line fewer stays blank until the next layout (tallies that
        # gain and lose a wrapped line while a question is answered).
        fits = height is not None and 0 <= self.content_region.height - height <= SHRINK_LATER
        self.update(text, layout=not fits)
        self._shown = text


def _height(text: Text, width: int) -> int:
    """Lines the text takes: counted directly when no line is too long (the usual case, and
    much cheaper than wrapping), else by wrapping."""
    lines = text.plain.split("\n")
    if all(cell_len(line) <= width for line in lines):  # cells: a wide character takes two
        return len(lines)
    return len(text.wrap(width))
