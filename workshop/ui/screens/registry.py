"""The App's modes by name, each screen imported when first shown: start-up pays only for
the screen it opens on."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from textual._context import active_app
from textual.app import App
from textual.screen import Screen

SCREENS = {
    "sessies": ("workshop.ui.screens.picker", "PickerScreen"),
    "stap1": ("workshop.ui.screens.questionnaire", "QuestionnaireScreen"),
    "stap2": ("workshop.ui.screens.interpret", "InterpretScreen"),
    "stap3": ("workshop.ui.screens.ladder", "LadderScreen"),
    "stap4": ("workshop.ui.screens.instruments", "InstrumentsScreen"),
    "stap5": ("workshop.ui.screens.borgen", "BorgenScreen"),
}
STEPS = (1, 2, 3, 4, 5)


def screen_class(name: str) -> type[Screen]:
    module, cls = SCREENS[name]
    return getattr(importlib.import_module(module), cls)


def factory(name: str) -> Callable[[], Screen]:
    def make() -> Screen:
        screen = screen_class(name)()
        # Textual 8.2.8 parses all CSS again for every new mode screen, because a new screen
        # starts with an old CSS count; ours bring no CSS of their own, so the stylesheet is
        # current: say so, and start-up skips two full parses.
        app = active_app.get()
        screen._css_update_count = app._css_update_count
        # Textual sets these at the first resize, after every widget was styled without them
        # and so has to be styled again: a tenth of the start-up.
        screen.add_class(*breakpoint_classes(app), update=False)
        return screen

    return make


def breakpoint_classes(app: App) -> list[str]:
    """The classes Textual gives a screen of the app's size: the widest and the tallest
    breakpoint that it reaches."""
    width, height = app.size
    return [
        max(bp for bp in app.HORIZONTAL_BREAKPOINTS if width >= bp[0])[1],
        max(bp for bp in app.VERTICAL_BREAKPOINTS if height >= bp[0])[1],
    ]
