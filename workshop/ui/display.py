"""Text from a session made safe to draw: no control characters, exact cell widths.

Names come from the keyboard or from a file, and may hold NUL, escape sequences,
right-to-left overrides, emoji or ten thousand characters; none of that may break a line
of the screen. The rule for control characters is `workshop.output.text`'s, as on the command line.
"""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size

from workshop.output.tables import steps  # noqa: F401  (the screens' word for a distance on the scale)
from workshop.output.text import one_line


def clean(text: str, limit: int = 500) -> str:
    """One line of visible text (see workshop.output.text.one_line), at most `limit` characters read."""
    return one_line(text, limit)


def fit(text: str, width: int) -> str:
    """Exactly `width` cells: cut with an ellipsis, or padded with spaces."""
    if width <= 0:
        return ""
    text = clean(text, limit=width * 4 + 10)
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    return set_cell_size(text, width)


def clip(text: str, width: int) -> str:
    """At most `width` cells: cut with an ellipsis, never padded."""
    return fit(text, width).rstrip() if cell_len(clean(text, limit=width * 4 + 10)) > width else clean(text)
