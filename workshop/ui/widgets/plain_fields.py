"""The app's fields and lists to choose from (see plain.py): what is typed is kept as typed and
drawn with its control characters visible, an option is shown as literal text. Apart from
plain.py, so that a screen without them does not define them at start."""

from __future__ import annotations

from collections.abc import Iterable

from textual import events, widgets
from textual.message import Message
from textual.strip import Strip
from textual.visual import VisualType
from textual.widgets.option_list import Option

from workshop.ui.widgets.plain import literal, visible_strip


class Input(widgets.Input):
    """What is typed or loaded is edited as it is; only its drawing shows control characters.
    The cursor does not blink: nothing on a projected screen does. A field nobody is typing
    in shows the start of its text, not where the cursor last was ('riffier en burgemeester')."""

    # The focus: a thick frame in the primary colour, seen from the back of the room. The
    # placeholder is not faded: faded text is unreadable on a beamer (tests/test_contrast.py).
    DEFAULT_CSS = """
    Input {
        border: tall $border-blurred;
        &:focus { border: thick $primary; }
        & > .input--placeholder { color: $foreground 70%; text-style: italic; }
    }
    """

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


def _option(option: Option | VisualType) -> Option | VisualType:
    if isinstance(option, Option):
        return Option(literal(option.prompt), id=option.id, disabled=option.disabled)
    return literal(option)


class OptionList(widgets.OptionList):
    """Every way of adding an option (the constructor, add_option) goes through add_options."""

    # Group headings in a list are not choices, but they must be as legible as the rest.
    DEFAULT_CSS = """
    OptionList {
        border: round $border-blurred;
        &:focus { border: thick $primary; }
        & > .option-list--option-disabled { color: $foreground; text-style: bold; }
    }
    """

    def __init__(self, *options: Option | VisualType | None, **kwargs) -> None:
        super().__init__(*options, markup=False, **kwargs)

    def add_options(self, new_options: Iterable[Option | VisualType | None]):
        return super().add_options(None if option is None else _option(option) for option in new_options)
