"""The App's modes by name, each screen imported when first shown: start-up pays only for
the screen it opens on."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from textual.screen import Screen

from workshop.ui.startup import new_step_screen

SCREENS = {
    "sessies": ("workshop.ui.screens.picker", "PickerScreen"),
    "stap1": ("workshop.ui.screens.questionnaire", "QuestionnaireScreen"),
    "stap2": ("workshop.ui.screens.interpret", "InterpretScreen"),
    "stap3": ("workshop.ui.screens.ladder", "LadderScreen"),
    "stap4": ("workshop.ui.screens.instruments", "InstrumentsScreen"),
    "stap5": ("workshop.ui.screens.borgen", "BorgenScreen"),
}


def screen_class(name: str) -> type[Screen]:
    module, cls = SCREENS[name]
    return getattr(importlib.import_module(module), cls)


def factory(name: str) -> Callable[[], Screen]:
    return lambda: new_step_screen(screen_class(name)())
