"""The app's TextArea: what it draws shows control characters (see plain.py). Apart from
plain.py, so that a screen without an editor does not import Textual's TextArea."""

from __future__ import annotations

from textual import events, widgets
from textual.strip import Strip

from workshop.ui.widgets.plain import visible_strip


class TextArea(widgets.TextArea):
    def on_mount(self) -> None:
        self.cursor_blink = False

    def on_focus(self, event: events.Focus) -> None:
        """Typing adds to what is there: the cursor at the end of the text (it stayed at its
        start, and a note typed after Enter came before the note of earlier). Not when the
        terminal gets the focus back: then the cursor stays where the typing was."""
        if not event.from_app_focus:
            self.move_cursor(self.document.end)

    def render_line(self, y: int) -> Strip:
        return visible_strip(super().render_line(y))
