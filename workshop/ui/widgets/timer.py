"""The discussion timer of the current question, visible to the room."""

from __future__ import annotations

from workshop.domain.timer import DiscussionTimers
from workshop.ui.widgets.plain import Static


class TimerLabel(Static):
    """'⏱ 02:15 loopt'; counts on while its question's timer runs, and is empty for a timer
    never started (t starts it). Nothing blinks."""

    def __init__(self, timers: DiscussionTimers, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.timers = timers
        self.vraag_id: str | None = None
        self._shown = ""
        # no room, and out of the screen's frames, until a timer is started: a widget of no
        # width still costs every frame that repaints a line beside it (0.12 ms at 200x60)
        self.display = False

    def on_mount(self) -> None:
        self.set_interval(1.0, self.tick)

    def show(self, vraag_id: str) -> None:
        self.vraag_id = vraag_id
        self.tick()

    def tick(self) -> None:
        text = self.timers.label(self.vraag_id) if self.vraag_id else ""
        if text != self._shown:
            self._shown = text
            self.update(text)
            self.set_class(self.timers.running == self.vraag_id and bool(text), "-loopt")
            self.display = bool(text)  # a timer never started takes no room
