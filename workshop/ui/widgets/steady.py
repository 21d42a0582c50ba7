"""A Static that costs nothing when its text did not change, and no layout when only the
words changed: the widgets redrawn on every keypress are built on it."""

from __future__ import annotations

from textual.content import Content as Text

from workshop.ui.widgets.plain import Static


class SteadyStatic(Static):
    _shown: Text | None = None
    _height: int | None = None

    def show_text(self, text: Text) -> None:
        if self._shown is not None and text.is_same(self._shown):
            return
        width = self.content_region.width
        height = _height(text, width) if width else None
        self.update(text, layout=height is None or height != self._height)
        self._shown, self._height = text, height

    def on_resize(self) -> None:
        self._height = None  # a new width may wrap the same text into another number of lines


def _height(text: Text, width: int) -> int:
    """Lines the text takes: counted directly when no line is too long (the usual case, and
    much cheaper than wrapping), else by wrapping."""
    lines = text.plain.split("\n")
    if all(len(line) <= width for line in lines):
        return len(lines)
    return len(text.wrap(width))
