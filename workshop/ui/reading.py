"""Reading the sessions folder off the interface's event loop: a screen paints first, then
what the folder says arrives.

A folder of 1,000 sessions takes a second or more to read without its index, and loading
the sessions of one municipality in full takes longer still; on the event loop that froze
the screen that asked. `read_in_thread` runs the reading in a thread that gives keys their
turn (turns.py) and stops when its owner goes, and hands the result to the loop only if the
same session is still open and the owner still on screen.

The thread starts after the next frame: a thread that reads holds Python's lock in turns
with the frame that says "laden…", and at 10,000 sessions held the picker's first frame back
(first frame p50 0.497 instead of 0.544 s once it started after it). Inside a batch of
updates (the app's start-up) Textual runs call_after_refresh at once, without a frame: the
picker's reader then started before the first frame, whose drawing took 114 instead of 19
ms while the index was parsed; it now waits until the batch is over and a
frame is drawn (`startup.call_after_frame`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar
from weakref import WeakKeyDictionary

from workshop.ui.startup import call_after_frame
from workshop.ui.turns import Turns

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from workshop.ui.app import WorkshopApp

T = TypeVar("T")

_newest: WeakKeyDictionary[DOMNode, dict[str, object]] = WeakKeyDictionary()  # the last read asked, by group


def read_in_thread(
    owner: DOMNode, group: str, read: Callable[[Callable[[], bool]], T], done: Callable[[T], None]
) -> None:
    """`read(stop)` in a thread, after the next frame (`stop()`: asked before each file; true
    when the work is no longer wanted), then `done(result)` on the event loop, for the session
    open when it began. A newer read of the same owner and group replaces this one."""
    app: WorkshopApp = owner.app  # type: ignore[assignment]
    current = app.current

    def work() -> None:
        from textual.worker import get_current_worker

        worker, turns = get_current_worker(), Turns()

        def stop() -> bool:
            turns.give()
            return worker.is_cancelled

        result = read(stop)
        if not worker.is_cancelled:
            app.call_from_thread(deliver, result)

    def deliver(result: T) -> None:
        if app.current is current and app.screen_stack and owner.is_attached:
            done(result)

    asked = _newest.setdefault(owner, {})
    asked[group] = this = object()

    def start() -> None:
        # a newer read of this owner and group was asked meanwhile: it starts, not this one
        # (call_after_frame can run an older callback after a newer one, across a batch's end)
        if asked.get(group) is this:
            owner.run_worker(work, thread=True, exclusive=True, group=group)

    call_after_frame(owner, start)
