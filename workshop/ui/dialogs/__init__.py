"""Dialogs: small screens over another, answered with a key or a line of text.

`ask` puts a question with its options (`Option`) over the screen: every part of the app asks
this way, and the dialog's module (a ModalScreen and its widgets, about 1 ms to define) is
imported when the first question comes, not at start.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from workshop.ui.dialogs.options import Option

if TYPE_CHECKING:
    from textual.app import App

__all__ = ["Option", "ask"]


def ask(app: App, title: str, question: str, options: list[Option], answered: Callable[[Any], None]) -> None:
    """Show `question` with `options` as 'key label'; `answered(value)` with the chosen
    option's value, or None when Escape closed it."""
    from workshop.ui.dialogs.choice import ChoiceScreen

    app.push_screen(ChoiceScreen(title, question, options), answered)
