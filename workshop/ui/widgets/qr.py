"""A QR code on the screen, for a phone camera: two modules a cell, stacked.

Every cell is "▀" with the top module as its foreground and the bottom one as its
background (a cell of two equal modules is a space on that background), in pure black and
white whatever the theme: a camera needs the contrast. The code is exactly as large as its
matrix: as wide as it has modules, half as high (rounded up, the missing half module light).

Where the screen has room for it (a projector), every module is two cells wide and one
line high instead: twice the size, easier to scan from the back of the room.

With NO_COLOR the colours are gone, so the code is drawn with glyphs only (█ ▀ ▄ and
space) in the theme's own text colour: the glyphs are the dark modules on a light theme and
the light ones on a dark theme, so that the code keeps its polarity. (From Textual's SVG
screenshot this variant does not decode, because of the gaps between rows; on a real
terminal it is the best there is without colour.)

The text is never shown, so it is never markup either: only its modules are drawn.
"""

from __future__ import annotations

from functools import lru_cache

from rich.segment import Segment
from rich.style import Style
from textual.geometry import Size
from textual.strip import Strip
from textual.widget import Widget

from workshop.live.qr import qr_matrix
from workshop.ui.widgets.kept import KeptLines

BLACK, WHITE = "#000000", "#FFFFFF"
HALF = "▀"
GLYPHS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


def _colour(dark: bool) -> str:
    return BLACK if dark else WHITE


def _cells(matrix: list[list[bool]]) -> list[list[tuple[bool, bool, bool, bool]]]:
    """The matrix two rows at a time (a light row below an odd one): per column the modules
    (above, top, bottom, below), the outer two from the neighbouring lines (light beyond)."""
    light = [False] * len(matrix[0])
    rows = [light, *matrix, *([light] if len(matrix) % 2 else []), light]
    return [list(zip(*rows[y - 1 : y + 3])) for y in range(1, len(rows) - 1, 2)]


def _half(above: bool, top: bool, bottom: bool, below: bool) -> tuple[str, Style]:
    """One cell in black and white: a space on the colour of two equal modules, else a half
    block. A renderer that clips a glyph to its line (Rich's SVG, so the screenshots) blends
    the glyph's outer edge into a grey pixel row: "▀" puts that edge at the top, "▄" at the
    bottom. The block takes the side where the colour changes anyway, so that no grey line
    splits a run of equal modules (which stops a scanner) unless neither side changes."""
    if top == bottom:
        return " ", Style(bgcolor=_colour(top))
    if above == top and below != bottom:
        return "▄", Style(color=_colour(bottom), bgcolor=_colour(top))
    return HALF, Style(color=_colour(top), bgcolor=_colour(bottom))


def _runs(cells: list[tuple[str, Style | None]]) -> Strip:
    """One strip of cells (character, style), equal styles joined into one segment."""
    segments: list[Segment] = []
    for char, style in cells:
        if segments and segments[-1].style == style:
            segments[-1] = Segment(segments[-1].text + char, style)
        else:
            segments.append(Segment(char, style))
    return Strip(segments, len(cells))


@lru_cache(maxsize=8)
def qr_strips(text: str, ink: bool | None = None, large: bool = False) -> tuple[Strip, ...]:
    """The lines of the code for `text`. With `ink` None: in pure black and white. Else glyphs
    only, without colour: a glyph covers the modules whose value is `ink` (True = dark).
    `large`: a module is two cells on one line, instead of one cell on half a line."""
    if large:
        return tuple(_runs([_module(dark, ink) for dark in row for _ in range(2)]) for row in qr_matrix(text))
    lines = []
    for row in _cells(qr_matrix(text)):
        if ink is None:
            cells = [_half(*modules) for modules in row]
        else:
            cells = [(GLYPHS[top == ink, bottom == ink], None) for _, top, bottom, _ in row]
        lines.append(_runs(cells))
    return tuple(lines)


def _module(dark: bool, ink: bool | None) -> tuple[str, Style | None]:
    """One cell of a large module: its colour, or without colour a block where it is `ink`."""
    if ink is None:
        return " ", Style(bgcolor=_colour(dark))
    return ("█" if dark == ink else " "), None


@lru_cache(maxsize=8)
def modules(text: str) -> int:
    """How many modules wide (and high) the code for `text` is, border included."""
    return len(qr_matrix(text))


class QrCode(KeptLines, Widget):
    """A QR code for a text (a URL), as large as its matrix; nothing before `show`."""

    DEFAULT_CSS = """
    QrCode {
        width: auto;
        height: auto;
    }
    """

    def __init__(self, text: str = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = text

    def show(self, text: str) -> None:
        """Show the code for `text` instead (an empty text: no code)."""
        if text != self._text:
            self._text = text
            self.refresh(layout=True)

    def on_mount(self) -> None:
        # the glyph-only variant follows the theme's text colour
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh())

    def lines(self) -> tuple[Strip, ...]:
        if not self._text:
            return ()
        ink = not self.app.current_theme.dark if self.app.no_color else None
        return qr_strips(self._text, ink, self._large())

    def _large(self) -> bool:
        """Room for modules of two cells: the code's height in lines with a title, a key bar
        and a margin, and beside it a column of text (a projector at 200x60, not 80x24)."""
        size, side = self.app.size, modules(self._text)
        return size.height >= side + 8 and size.width >= 2 * side + 70

    def get_content_width(self, container: Size, viewport: Size) -> int:
        lines = self.lines()
        return lines[0].cell_length if lines else 0

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self.lines())

    def render_line(self, y: int) -> Strip:
        lines = self.lines()
        return lines[y] if y < len(lines) else Strip.blank(self.size.width)
