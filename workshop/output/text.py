"""Text from people and files, made safe to show: one rule for the screen, the command line,
reports and CSV.

A name, a title or a note may hold escape sequences, a bell, NUL or a right-to-left
override, pasted or read from a file. None of them is ever written raw: each is shown as a
visible character of its own, so the facilitator sees that it is there and the terminal
never acts on it. The mapping is one character for one, so a styled text keeps its styles.

Pure Python: no textual, no rich.
"""

from __future__ import annotations

# Whitespace-like controls become a plain space; every other C0 control a picture of it
# (U+2400 block: ␀ ␇ ␛ ...); DEL ␡; C1 controls, line and paragraph separators and the
# bidirectional overrides (which reorder what a terminal shows) the replacement character.
_SPACES = "\t\r\x0b\x0c"
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_TABLE = {code: 0x2400 + code for code in range(0x20) if code != 0x0A}
_TABLE.update({ord(ch): " " for ch in _SPACES})
_TABLE[0x7F] = 0x2421
_TABLE.update({code: 0xFFFD for code in range(0x80, 0xA0)})
_TABLE.update({ord(ch): 0xFFFD for ch in _BIDI + "\u2028\u2029\ufeff"})

# The first character of a CSV cell that makes a spreadsheet read it as a formula (OWASP).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def visible(text: str) -> str:
    """`text` with every control character made visible; line breaks stay line breaks.
    One character in, one character out."""
    return text.translate(_TABLE)


def one_line(text: str, limit: int | None = None) -> str:
    """One line of visible text: line breaks and runs of spaces become one space. `limit`
    cuts a long text before the work (a name of ten thousand characters)."""
    return " ".join(visible(text if limit is None else text[:limit]).split())


def csv_cell(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text: a text that could start a formula gets a
    leading apostrophe, control characters are made visible. Numbers stay numbers."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_START):
        value = "'" + value
    return visible(value)
