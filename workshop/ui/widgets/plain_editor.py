"""The app's TextArea: what it draws shows control characters (see plain.py). Apart from
plain.py, so that a screen without an editor does not import Textual's TextArea."""

from __future__ import annotations

from textual import widgets
from textual.strip import Strip

from workshop.ui.widgets.plain import visible_strip


class TextArea(widgets.TextArea):
    def on_mount(self) -> None:
        self.cursor_blink = False

    def render_line(self, y: int) -> Strip:
        return visible_strip(super().render_line(y))
