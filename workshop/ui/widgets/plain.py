"""The text widgets of the app, with Textual's API and one difference: text is text.

Textual reads a string given to Static, Label, a DataTable cell or an OptionList option as
markup: a name like ``Raad [/] evaluatie`` crashes it, ``[b]concept`` loses its brackets and
``[@click=app.quit]klik[/]`` becomes a link; and none of them, nor Input or TextArea, keeps
an escape character from the terminal. Every screen uses these classes instead (ruff's
banned-api rule keeps Textual's own out of the rest of the package): a string is shown
literally, and a control character in it is shown as a visible character
(`workshop.output.text.visible`), never sent to the terminal.

DataTable and TextArea are in plain_table.py and plain_editor.py: Textual imports their
modules only when asked for them, and the first screen does without (about 12 ms at start).
Input and OptionList are in plain_fields.py: the first screen has neither, and defining
their classes took 2.3 ms at start.
"""

from __future__ import annotations

from rich.segment import Segment
from textual import widgets
from textual.content import Content
from textual.strip import Strip
from textual.visual import VisualType

from workshop.output.text import visible


def literal(value: VisualType) -> VisualType:
    """A string or Content as literal, visible text; other renderables (tables of keys made
    by the app) as they are."""
    if isinstance(value, str):
        return Content(visible(value))
    if isinstance(value, Content):
        shown = visible(value.plain)
        if shown == value.plain:  # the usual case: nothing to change, no new Content
            return value
        return Content(shown, list(value.spans))  # one character for one: spans stay
    return value


class Static(widgets.Static):
    def __init__(self, content: VisualType = "", **options) -> None:
        super().__init__(literal(content), markup=False, **options)

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(literal(content), layout=layout)


class Label(widgets.Label):
    def __init__(self, content: VisualType = "", **options) -> None:
        super().__init__(literal(content), markup=False, **options)

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(literal(content), layout=layout)


def visible_strip(strip: Strip) -> Strip:
    """A line drawn by an editor (Input, TextArea), with its control characters made visible."""
    if all(visible(segment.text) == segment.text for segment in strip):
        return strip
    return Strip([Segment(visible(text), style, control) for text, style, control in strip])
