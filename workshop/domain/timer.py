"""The discussion timer per question: start, pause and reset, visible to the room."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class DiscussionTimers:
    """One stopwatch per question id; only one runs at a time."""

    clock: Callable[[], float] = time.monotonic
    elapsed: dict[str, float] = field(default_factory=dict)
    running: str | None = None
    started_at: float = 0.0

    def seconds(self, vraag_id: str) -> int:
        total = self.elapsed.get(vraag_id, 0.0)
        if self.running == vraag_id:
            total += self.clock() - self.started_at
        return int(total)

    def toggle(self, vraag_id: str) -> None:
        """Start this question's timer, or pause it when it runs."""
        if self.running == vraag_id:
            self.pause()
            return
        self.pause()
        self.running = vraag_id
        self.started_at = self.clock()

    def pause(self) -> None:
        if self.running is not None:
            self.elapsed[self.running] = self.seconds(self.running)
            self.running = None

    def reset(self, vraag_id: str) -> None:
        if self.running == vraag_id:
            self.running = None
        self.elapsed.pop(vraag_id, None)

    def reset_all(self) -> None:
        """Every timer back to nothing: another session is opened."""
        self.elapsed.clear()
        self.running = None

    def label(self, vraag_id: str) -> str:
        """'⏱ 02:15 loopt', '⏱ 02:15 gepauzeerd', or '' for a timer never started."""
        if vraag_id not in self.elapsed and self.running != vraag_id:
            return ""
        minutes, seconds = divmod(self.seconds(vraag_id), 60)
        state = "loopt" if self.running == vraag_id else "gepauzeerd"
        return f"⏱ {minutes:02d}:{seconds:02d} {state}"
