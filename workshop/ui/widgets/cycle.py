"""A choice from a short list, changed with the arrow keys: '◀ Raadslid coalitie ▶'.

Simpler to use from a keyboard in a meeting than a drop-down, and every word on it is Dutch.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.binding import Binding
from textual.content import Content as Text
from textual.message import Message
from textual.widget import Widget

from workshop.ui.widgets.plain import literal


class CycleSelect(Widget, can_focus=True):
    """The keys are handled in the widget's own turn (on_key), in the order they came: as
    bindings they would run later, in the App's turn, after Enter may have moved the focus
    away, and a fast ← Enter would lose the ←. The bindings say which keys, for the help."""

    DEFAULT_CSS = """
    CycleSelect {
        height: 3;
        border: tall $border-blurred;
        padding: 0 1;
        &:focus { border: thick $primary; }
    }
    """

    BINDINGS = [
        Binding("left", "step(-1)", "Vorige keuze", show=False),
        Binding("right,space", "step(1)", "Volgende keuze", show=False),
        Binding("enter", "submit", "Kiezen", show=False),
    ]

    class Changed(Message):
        def __init__(self, select: CycleSelect, value: str) -> None:
            super().__init__()
            self.select = select
            self.value = value

        @property
        def control(self) -> CycleSelect:
            return self.select

    class Submitted(Message):
        """Enter on the choice: the form may go on."""

    def __init__(self, options: list[tuple[str, str]], value: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.options = options  # (label, value)
        self.index = next((i for i, (_, v) in enumerate(options) if v == value), 0)

    @property
    def value(self) -> str:
        return self.options[self.index][1]

    @value.setter
    def value(self, value: str) -> None:
        self.index = next((i for i, (_, v) in enumerate(self.options) if v == value), self.index)
        self.refresh()

    def render(self) -> Text:
        """The choice, and after it as much as fits of where it is and how to change it: at 80
        columns '← → wisselt' was cut off mid-way."""
        label = self.options[self.index][0]
        choice = Text.assemble(("◀ ", "bold"), (label, "bold"), (" ▶", "bold"))
        where = f" · {self.index + 1} van {len(self.options)}"
        room = self.content_size.width or 1_000
        tail = next((t for t in (f"{where}, ← → wisselt", where, "") if choice.cell_length + cell_len(t) <= room), "")
        return literal(choice + tail)

    STEPS = {"left": -1, "right": 1, "space": 1}

    def on_key(self, event: events.Key) -> None:
        if event.key in self.STEPS:
            event.stop()
            event.prevent_default()
            self.action_step(self.STEPS[event.key])

    def action_submit(self) -> None:
        self.post_message(self.Submitted())

    def action_step(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self.options)
        self.refresh()
        self.post_message(self.Changed(self, self.value))
