"""An option of a question (dialogs.ask): the key that chooses it, its words, its value."""

from __future__ import annotations

from typing import Any, NamedTuple


class Option(NamedTuple):
    key: str
    label: str
    value: Any
