"""The App's modes by name, each screen imported when first shown: start-up pays only for
the screen it opens on."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from textual._context import active_app
from textual.screen import Screen

SCREENS = {
    "sessies": ("workshop.screens.picker", "PickerScreen"),
    "stap1": ("workshop.screens.questionnaire", "QuestionnaireScreen"),
    "stap2": ("workshop.screens.interpret", "InterpretScreen"),
    "stap3": ("workshop.screens.ladder", "LadderScreen"),
    "stap4": ("workshop.screens.instruments", "InstrumentsScreen"),
    "stap5": ("workshop.screens.borgen", "BorgenScreen"),
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
        screen._css_update_count = active_app.get()._css_update_count
        return screen

    return make
