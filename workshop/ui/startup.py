"""The one place where the app uses Textual's private API, for start-up time (Textual 8.2.8).

A new screen of a mode starts with Textual's CSS count at -1, so `switch_mode` parses and
applies all CSS again for it, twice (once for the new stack, once for the switch), although
the stylesheet has not changed; and Textual gives a screen its breakpoint classes (-smal,
-projector, ...) only at the first resize, after every widget was styled without them, so
each is styled again. `new_step_screen` tells Textual that the stylesheet is current and
gives the classes up front.

Measured on a real terminal at 200x60, workshop --demo to its first complete frame (the
pty benchmark, medians of 10 alternating pairs with a bare app, 2026-11-30): without either
0.285-0.301 s; with the CSS count 0.246-0.267 s; with both 0.257-0.266 s. That is about 10 %
of the start-up, above the 5 % this project asks before it keeps private API.

`FirstFrameWhole` (the first screen's base): inside a batch of updates (the app's start-up,
switch_mode's delay_update) Textual still renders a frame after each layout, which
App._display then drops; and the regions that frame painted are no longer dirty, so the frame
after the batch shows only what changed since. At start that dropped frame cost 22 ms at
200x60, and the whole screen came a frame later. The screen now draws nothing in a batch.
Measured like the above (10 pairs, 2026-12-03): workshop --demo to its finished frame
0.381 s without, 0.363 s with (the bare app 0.278 s); the first frame is the whole screen.

`ThemeParsedOnce` (the app's base): Textual makes the app's stylesheet in App.__init__ with
the variables of its default theme. Setting our theme after that queues a `refresh_css`, which
parses all CSS a second time and styles every widget again. The app sets its first theme
through `first_theme`, which gives the stylesheet that theme's variables before the first
parse, and the refresh it queued is skipped. That refresh, timed in process in on_load at
200x60, took 12-19 ms (three runs). On the pty, 15 alternating starts each, the median went
from 717 to 629 ms in one run and from 636 to 633 ms in the next: within the start's noise.

`FirstFrameWhole` also skips the restyle of the first resume: Textual styles every widget of a
new screen as it is mounted, and then again, all of them, at each ScreenResume (switch_mode
sends a new screen two). A resume restyles because what changed while a screen was away is
not known; a screen that new_step_screen made and that was never suspended was never away,
and what changes while it shows (classes, focus) restyles what it touches itself. So until
its first suspend, and while the CSS is the one it was styled with, a resume does not
restyle it. The restyle took 6-7 ms at
200x60 in process (`update_node_styles` of the questionnaire, 2.2 ms of it the grid's ten
component classes); measured on the pty in the closing note of this change.

All of it at once, on a faster machine (4 December; `python -m benchmarks.trees` against a
tree without the CSS count, the classes up front, FirstFrameWhole's two overrides and
first_theme's variables; 12 alternating rounds at 200x60): workshop --demo to its finished
frame 0.289 s without, 0.244 s with, the bare app 0.214 s; 1.32x against 1.14x the bare app,
where issue 18's target is 1.25x. Issue 18 asks for a cheaper start without private API;
this module is why the start meets the target, so it is kept here, in one place, as the
project's rule for private API allows.

tests/test_startup.py fails loudly when Textual changes underneath: it checks that the
attributes exist, that a new step triggers no CSS refresh, that the classes given here
are the ones Textual itself gives at a resize, that Textual still draws a frame in its
start-up batch, and that our first screen does not and its first frame is whole, that a
new step is not restyled at its first resume, and that a thread that reads the folder
starts after the first frame (`call_after_frame`: Textual's call_after_refresh runs at
once inside a batch), also when the screen that asked is on its way out.
"""

from __future__ import annotations

from collections.abc import Callable

from textual import events
from textual._context import active_app
from textual.app import App
from textual.dom import DOMNode
from textual.screen import Screen

BATCH_POLL = 0.01  # seconds between looks whether a batch of updates is over


class FirstFrameWhole(Screen):
    """A screen that draws no frame inside a batch of updates (the app's start, switch_mode's
    delay_update). Textual renders such a frame and throws it away, and with it the regions it
    painted: the frame after the batch then holds only what changed since. Its first resume
    does not style it again, nor any before it is first suspended (`styled_at_mount`, set by
    new_step_screen)."""

    styled_at_mount = False  # styled as mounted, and not suspended since

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        # Called before Textual's Screen._on_screen_resume, which reads refresh_styles.
        if self.styled_at_mount and self._css_update_count == self.app._css_update_count:
            event.refresh_styles = False

    def on_screen_suspend(self) -> None:
        self.styled_at_mount = False  # what changes while it is away, its next resume styles

    def _compositor_refresh(self) -> None:
        if self.app._batch_count:  # thrown away by App._display: what is dirty stays dirty
            return
        super()._compositor_refresh()


class ThemeParsedOnce(App):
    """An app whose first theme is parsed with its CSS, not again after it (`first_theme`)."""

    _css_has_theme = False  # the stylesheet was made with the current theme's variables

    def first_theme(self, name: str) -> None:
        """Set the theme before the app runs (in __init__), so its CSS is parsed once."""
        changed = name != self.theme  # only a change queues Textual's refresh_css, to be skipped
        self.theme = name
        self.stylesheet.set_variables(self.get_css_variables())
        self._css_has_theme = changed

    def refresh_css(self, animate: bool = True) -> None:
        if self._css_has_theme:  # the one queued by first_theme: nothing to do
            self._css_has_theme = False
            return
        super().refresh_css(animate)


def call_after_frame(node: DOMNode, callback: Callable[[], object]) -> None:
    """`callback()` after the batch of updates it is asked in, if any, is over, and after the
    refresh that follows (which draws a frame when anything changed: call_after_refresh).
    Textual's call_after_refresh alone runs its callback at once inside a batch (the app's
    start-up, switch_mode's delay_update), where no frame is drawn: at start-up the picker's
    reader then held Python's lock while the first frame was drawn. Inside a batch it asks
    again every BATCH_POLL seconds; it does not wait for one screen's frame, since the screen
    that asked may be on its way out, as the picker is when it opens a session. Two calls on
    either side of a batch's end may run in the other order (read_in_thread starts only the
    newest read of a group)."""
    app = node.app

    def after_the_batch() -> None:
        if app._batch_count:
            node.set_timer(BATCH_POLL, after_the_batch)
        else:
            node.call_after_refresh(callback)

    after_the_batch()


def new_step_screen(screen: Screen) -> Screen:
    """A screen for a mode, about to be shown for the first time: styled once, not thrice."""
    app = active_app.get()
    screen._css_update_count = app._css_update_count
    screen.add_class(*breakpoint_classes(app), update=False)
    if isinstance(screen, FirstFrameWhole):
        screen.styled_at_mount = True
    return screen


def breakpoint_classes(app: App) -> list[str]:
    """The classes Textual gives a screen of the app's size: the widest and the tallest
    breakpoint that it reaches."""
    width, height = app.size
    return [
        max(bp for bp in app.HORIZONTAL_BREAKPOINTS if width >= bp[0])[1],
        max(bp for bp in app.VERTICAL_BREAKPOINTS if height >= bp[0])[1],
    ]
