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

tests/test_startup.py fails loudly when Textual changes underneath: it checks that the
attributes exist, that a new step triggers no CSS refresh, and that the classes given here
are the ones Textual itself gives at a resize.
"""

from __future__ import annotations

from textual._context import active_app
from textual.app import App
from textual.screen import Screen


def new_step_screen(screen: Screen) -> Screen:
    """A screen for a mode, about to be shown for the first time: styled once, not thrice."""
    app = active_app.get()
    screen._css_update_count = app._css_update_count
    screen.add_class(*breakpoint_classes(app), update=False)
    return screen


def breakpoint_classes(app: App) -> list[str]:
    """The classes Textual gives a screen of the app's size: the widest and the tallest
    breakpoint that it reaches."""
    width, height = app.size
    return [
        max(bp for bp in app.HORIZONTAL_BREAKPOINTS if width >= bp[0])[1],
        max(bp for bp in app.VERTICAL_BREAKPOINTS if height >= bp[0])[1],
    ]
