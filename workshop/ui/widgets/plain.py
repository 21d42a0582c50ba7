"""The text widgets of the app, with Textual's API and one difference: text is text.

Textual reads a string given to Static, Label, a DataTable cell or an OptionList option as
markup: a name like ``Raad [/] evaluatie`` crashes it, ``[b]concept`` loses its brackets and
``[@click=app.quit]klik[/]`` becomes a link; and none of them, nor Input or TextArea, keeps
an escape character from the terminal. Every screen uses these classes instead (ruff's
banned-api rule keeps Textual's own out of the rest of the package): a string is shown
literally, and a control character in it is shown as a visible character
(`workshop.output.text.visible`), never sent to the terminal.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.segment import Segment
from rich.text import Text as RichText
from textual import events, widgets
from textual.content import Content
from textual.message import Message
from textual.strip import Strip
from textual.visual import VisualType
from textual.widgets.option_list import Option

from workshop.output.tables import Tabel
from workshop.output.text import one_line, visible
from workshop.ui.display import clip


def literal(value: VisualType) -> VisualType:
    """A string or Content as literal, visible text; other renderables (tables of keys made
    by the app) as they are."""
    if isinstance(value, str):
        return Content(visible(value))
    if isinstance(value, Content):
        return Content(visible(value.plain), list(value.spans))  # one character for one: spans stay
    return value


def cell(value: object) -> object:
    """A DataTable cell or heading: a string as one literal line."""
    if isinstance(value, str):
        return RichText(one_line(value), end="")
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


class DataTable(widgets.DataTable):
    def add_column(self, label, *, width: int | None = None, key: str | None = None, default=None):
        return super().add_column(cell(label), width=width, key=key, default=default)

    def add_row(self, *cells, height: int | None = 1, key: str | None = None, label=None):
        return super().add_row(*map(cell, cells), height=height, key=key, label=None if label is None else cell(label))

    def update_cell(self, row_key, column_key, value, *, update_width: bool = False) -> None:
        super().update_cell(row_key, column_key, cell(value), update_width=update_width)

    def fill(self, tabel: Tabel, widths: dict[str, int] | None = None, caps: dict[str, int] | None = None) -> None:
        """Show a table decided in output/tables.py: every column, every row (keyed when it
        has keys). A column in `widths` has that width and its cells are cut to it; one in
        `caps` is as wide as it needs, up to the cap; others up to 60."""
        widths, caps = widths or {}, {**(caps or {}), **(widths or {})}
        self.clear(columns=True)
        for heading in tabel.headings:
            self.add_column(clip(heading, caps.get(heading, 60)), width=widths.get(heading))
        keys = tabel.keys or [None] * len(tabel.rows)
        for cells, key in zip(tabel.rows, keys):
            self.add_row(*(clip(c, caps.get(h, 60)) for h, c in zip(tabel.headings, cells)), key=key)


def visible_strip(strip: Strip) -> Strip:
    """A line drawn by an editor (Input, TextArea), with its control characters made visible."""
    if all(visible(segment.text) == segment.text for segment in strip):
        return strip
    return Strip([Segment(visible(text), style, control) for text, style, control in strip])


class Input(widgets.Input):
    """What is typed or loaded is edited as it is; only its drawing shows control characters.
    The cursor does not blink: nothing on a projected screen does. A field nobody is typing
    in shows the start of its text, not where the cursor last was ('riffier en burgemeester')."""

    def on_mount(self) -> None:
        self.cursor_blink = False
        self._show_start()

    def on_blur(self) -> None:
        self._show_start()

    def on_input_changed(self) -> None:
        if not self.has_focus:  # filled in by the screen, e.g. an action opened to edit
            self._show_start()

    def _show_start(self) -> None:
        self.call_after_refresh(self.scroll_to, 0, 0, animate=False)

    def render_line(self, y: int) -> Strip:
        return visible_strip(super().render_line(y))


class EmptiedOnEnter(Input):
    """A field for one entry after another (names): Enter sends what is in it and empties it
    at once, in the field's own turn (a key binding would run later, in the App's), so what is
    typed right after Enter starts the next entry instead of running on ('ElsJan')."""

    class Take(Message):
        """Send what is in the field now, as Enter in it would: posted to the field by a key
        elsewhere (Enter on the role), so that it comes after the keys typed into it before.
        `extra` goes with it (the role chosen when Enter was pressed)."""

        def __init__(self, extra: str = "") -> None:
            super().__init__()
            self.extra = extra

    class Sent(widgets.Input.Submitted):
        """What was in the field, and the `extra` of the Take that sent it ('' for Enter)."""

        def __init__(self, field: EmptiedOnEnter, value: str, extra: str) -> None:
            super().__init__(field, value)
            self.extra = extra

    async def on_key(self, event: events.Key) -> None:
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            self._take()

    def on_emptied_on_enter_take(self, message: Take) -> None:
        message.stop()
        self._take(message.extra)

    def _take(self, extra: str = "") -> None:
        self.post_message(self.Sent(self, self.value, extra))
        self.value = ""


class TextArea(widgets.TextArea):
    def on_mount(self) -> None:
        self.cursor_blink = False

    def render_line(self, y: int) -> Strip:
        return visible_strip(super().render_line(y))


def _option(option: Option | VisualType) -> Option | VisualType:
    if isinstance(option, Option):
        return Option(literal(option.prompt), id=option.id, disabled=option.disabled)
    return literal(option)


class OptionList(widgets.OptionList):
    """Every way of adding an option (the constructor, add_option) goes through add_options."""

    def __init__(self, *options: Option | VisualType | None, **kwargs) -> None:
        super().__init__(*options, markup=False, **kwargs)

    def add_options(self, new_options: Iterable[Option | VisualType | None]):
        return super().add_options(None if option is None else _option(option) for option in new_options)
