"""What a snapshot SVG really shows: every character cell with its colour and background.

Textual's snapshots are Rich SVG exports: one `<rect fill=...>` per run of background and
one `<text class="terminal-rN">` per run of text, on a grid of 12.2 by 24.4 pixels. The
classes carry the final colours (Rich has already applied dim and reverse).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from rich.cells import cell_len

CELL_WIDTH, LINE_HEIGHT = 12.2, 24.4
_RECT_TOP, _TEXT_BASELINE = 1.5, 20.0

# snapshots name the classes terminal-r1; a screenshot of a running app terminal-1234-r1
_CLASS = re.compile(r"\.(terminal-(?:\d+-)?r\d+) \{ fill: (#[0-9a-fA-F]{6})")
_RECT = re.compile(
    r'<rect fill="(#[0-9a-fA-F]{6})" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="[\d.]+" shape-rendering'
)
_TEXT = re.compile(
    r'<text class="(terminal-(?:\d+-)?r\d+)" x="([\d.]+)" y="([\d.]+)" textLength="[\d.]+"[^>]*>([^<]*)</text>'
)


@dataclass(frozen=True)
class Glyph:
    """One visible character: where, what, in which colour, on which background."""

    row: int
    column: int
    char: str
    colour: str
    background: str
    run: str  # the whole run of text it belongs to, to say where it is

    @property
    def contrast(self) -> float:
        return contrast_ratio(self.colour, self.background)


def _cells(value: str, size: float, offset: float = 0.0) -> int:
    return round((float(value) - offset) / size)


def glyphs(svg: str, *, drawing: bool = False) -> list[Glyph]:
    """Every character that is not a space, nor (unless `drawing`) a line or block drawing
    character. Textual draws a background under every cell; a character without one would
    be measured against a guess, so that is an error."""
    colours = {name: colour.lower() for name, colour in _CLASS.findall(svg)}
    backgrounds: dict[tuple[int, int], str] = {}
    for fill, x, y, width in _RECT.findall(svg):
        row, first = _cells(y, LINE_HEIGHT, _RECT_TOP), _cells(x, CELL_WIDTH)
        for column in range(first, first + _cells(width, CELL_WIDTH)):
            backgrounds[row, column] = fill.lower()
    found = []
    for name, x, y, body in _TEXT.findall(svg):
        text = html.unescape(body)
        row, column = _cells(y, LINE_HEIGHT, _TEXT_BASELINE), _cells(x, CELL_WIDTH)
        for char in text:
            if not (char.isspace() or (is_drawing(char) and not drawing)):
                background = backgrounds.get((row, column))
                if background is None:
                    raise ValueError(f"no background under {char!r} at row {row}, column {column}")
                found.append(Glyph(row, column, char, colours[name], background, text.replace("\xa0", " ").strip()))
            column += cell_len(char)
    return found


def screen_lines(svg: str) -> list[str]:
    """The text of the screen, one string per row (for assertions on words and symbols)."""
    rows: dict[int, dict[int, str]] = {}
    for _, x, y, body in _TEXT.findall(svg):
        row, column = _cells(y, LINE_HEIGHT, _TEXT_BASELINE), _cells(x, CELL_WIDTH)
        for char in html.unescape(body).rstrip("\n"):
            width = cell_len(char)
            if width == 0 and column:  # a combining mark or a joiner belongs to the cell before it
                rows.setdefault(row, {})[column - 1] = rows[row].get(column - 1, "") + char
                continue
            rows.setdefault(row, {})[column] = " " if char == "\xa0" else char
            for covered in range(column + 1, column + width):
                rows[row][covered] = ""  # the second cell of a wide character
            column += width
    return [
        "".join(rows.get(row, {}).get(column, " ") for column in range(max(rows.get(row, {0: ""}), default=0) + 1))
        for row in range(max(rows, default=-1) + 1)
    ]


def is_drawing(char: str) -> bool:
    """Box drawing, block elements and the scrollbar's eighth blocks: lines, not text."""
    return "\u2500" <= char <= "\u259f"


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    red, green, blue = (_linear(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG 2 contrast ratio of two colours '#rrggbb', from 1 to 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
