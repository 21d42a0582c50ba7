"""Large text for the beamer: a question drawn in a 5x7 pixel font, readable from the back
of a meeting room.

Each character is 5 columns wide plus a column of space, and 4 lines tall: two pixel rows
share one line of half blocks ("▀", "▄", "█"), seven pixel rows and a blank one. Letters
have a proper lowercase set (after the HD44780 display font), which reads better in Dutch
sentences than capitals only. A letter with a diacritic is drawn as its base letter; any
other character without a glyph as a small box.
"""

from __future__ import annotations

import unicodedata

from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.widget import Widget

from workshop.output.text import visible

# Every glyph: 7 rows of 5 pixels, "#" on and "." off. U+FFFD is the box for the rest.
FONT: dict[str, tuple[str, ...]] = {
    "A": (".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "B": ("####.", "#...#", "#...#", "####.", "#...#", "#...#", "####."),
    "C": (".###.", "#...#", "#....", "#....", "#....", "#...#", ".###."),
    "D": ("###..", "#..#.", "#...#", "#...#", "#...#", "#..#.", "###.."),
    "E": ("#####", "#....", "#....", "####.", "#....", "#....", "#####"),
    "F": ("#####", "#....", "#....", "####.", "#....", "#....", "#...."),
    "G": (".###.", "#...#", "#....", "#.###", "#...#", "#...#", ".####"),
    "H": ("#...#", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
    "I": (".###.", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."),
    "J": ("..###", "...#.", "...#.", "...#.", "...#.", "#..#.", ".##.."),
    "K": ("#...#", "#..#.", "#.#..", "##...", "#.#..", "#..#.", "#...#"),
    "L": ("#....", "#....", "#....", "#....", "#....", "#....", "#####"),
    "M": ("#...#", "##.##", "#.#.#", "#.#.#", "#...#", "#...#", "#...#"),
    "N": ("#...#", "#...#", "##..#", "#.#.#", "#..##", "#...#", "#...#"),
    "O": (".###.", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
    "P": ("####.", "#...#", "#...#", "####.", "#....", "#....", "#...."),
    "Q": (".###.", "#...#", "#...#", "#...#", "#.#.#", "#..#.", ".##.#"),
    "R": ("####.", "#...#", "#...#", "####.", "#.#..", "#..#.", "#...#"),
    "S": (".####", "#....", "#....", ".###.", "....#", "....#", "####."),
    "T": ("#####", "..#..", "..#..", "..#..", "..#..", "..#..", "..#.."),
    "U": ("#...#", "#...#", "#...#", "#...#", "#...#", "#...#", ".###."),
    "V": ("#...#", "#...#", "#...#", "#...#", "#...#", ".#.#.", "..#.."),
    "W": ("#...#", "#...#", "#...#", "#.#.#", "#.#.#", "#.#.#", ".#.#."),
    "X": ("#...#", "#...#", ".#.#.", "..#..", ".#.#.", "#...#", "#...#"),
    "Y": ("#...#", "#...#", "#...#", ".#.#.", "..#..", "..#..", "..#.."),
    "Z": ("#####", "....#", "...#.", "..#..", ".#...", "#....", "#####"),
    "a": (".....", ".....", ".###.", "....#", ".####", "#...#", ".####"),
    "b": ("#....", "#....", "#.##.", "##..#", "#...#", "#...#", "####."),
    "c": (".....", ".....", ".###.", "#....", "#....", "#...#", ".###."),
    "d": ("....#", "....#", ".##.#", "#..##", "#...#", "#...#", ".####"),
    "e": (".....", ".....", ".###.", "#...#", "#####", "#....", ".###."),
    "f": ("..##.", ".#..#", ".#...", "###..", ".#...", ".#...", ".#..."),
    "g": (".....", ".####", "#...#", "#...#", ".####", "....#", ".###."),
    "h": ("#....", "#....", "#.##.", "##..#", "#...#", "#...#", "#...#"),
    "i": ("..#..", ".....", ".##..", "..#..", "..#..", "..#..", ".###."),
    "j": ("...#.", ".....", "..##.", "...#.", "...#.", "#..#.", ".##.."),
    "k": ("#....", "#....", "#..#.", "#.#..", "##...", "#.#..", "#..#."),
    "l": (".##..", "..#..", "..#..", "..#..", "..#..", "..#..", ".###."),
    "m": (".....", ".....", "##.#.", "#.#.#", "#.#.#", "#...#", "#...#"),
    "n": (".....", ".....", "#.##.", "##..#", "#...#", "#...#", "#...#"),
    "o": (".....", ".....", ".###.", "#...#", "#...#", "#...#", ".###."),
    "p": (".....", ".....", "####.", "#...#", "####.", "#....", "#...."),
    "q": (".....", ".....", ".##.#", "#..##", ".####", "....#", "....#"),
    "r": (".....", ".....", "#.##.", "##..#", "#....", "#....", "#...."),
    "s": (".....", ".....", ".###.", "#....", ".###.", "....#", "####."),
    "t": (".#...", ".#...", "###..", ".#...", ".#...", ".#..#", "..##."),
    "u": (".....", ".....", "#...#", "#...#", "#...#", "#..##", ".##.#"),
    "v": (".....", ".....", "#...#", "#...#", "#...#", ".#.#.", "..#.."),
    "w": (".....", ".....", "#...#", "#...#", "#.#.#", "#.#.#", ".#.#."),
    "x": (".....", ".....", "#...#", ".#.#.", "..#..", ".#.#.", "#...#"),
    "y": (".....", ".....", "#...#", "#...#", ".####", "....#", ".###."),
    "z": (".....", ".....", "#####", "...#.", "..#..", ".#...", "#####"),
    "0": (".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."),
    "1": ("..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."),
    "2": (".###.", "#...#", "....#", "...#.", "..#..", ".#...", "#####"),
    "3": ("#####", "...#.", "..#..", "...#.", "....#", "#...#", ".###."),
    "4": ("...#.", "..##.", ".#.#.", "#..#.", "#####", "...#.", "...#."),
    "5": ("#####", "#....", "####.", "....#", "....#", "#...#", ".###."),
    "6": ("..##.", ".#...", "#....", "####.", "#...#", "#...#", ".###."),
    "7": ("#####", "....#", "...#.", "..#..", ".#...", ".#...", ".#..."),
    "8": (".###.", "#...#", "#...#", ".###.", "#...#", "#...#", ".###."),
    "9": (".###.", "#...#", "#...#", ".####", "....#", "...#.", ".##.."),
    " ": (".....", ".....", ".....", ".....", ".....", ".....", "....."),
    ".": (".....", ".....", ".....", ".....", ".....", ".##..", ".##.."),
    ",": (".....", ".....", ".....", ".....", ".##..", "..#..", ".#..."),
    ":": (".....", ".##..", ".##..", ".....", ".##..", ".##..", "....."),
    ";": (".....", ".##..", ".##..", ".....", ".##..", "..#..", ".#..."),
    "?": (".###.", "#...#", "....#", "...#.", "..#..", ".....", "..#.."),
    "!": ("..#..", "..#..", "..#..", "..#..", "..#..", ".....", "..#.."),
    "-": (".....", ".....", ".....", "#####", ".....", ".....", "....."),
    "(": ("...#.", "..#..", ".#...", ".#...", ".#...", "..#..", "...#."),
    ")": (".#...", "..#..", "...#.", "...#.", "...#.", "..#..", ".#..."),
    "/": (".....", "....#", "...#.", "..#..", ".#...", "#....", "....."),
    "'": ("..#..", "..#..", "..#..", ".....", ".....", ".....", "....."),
    '"': (".#.#.", ".#.#.", ".#.#.", ".....", ".....", ".....", "....."),
    "‘": ("..#..", ".#...", ".##..", ".....", ".....", ".....", "....."),
    "’": (".##..", "..#..", ".#...", ".....", ".....", ".....", "....."),
    "“": (".#..#", "#..#.", "##.##", ".....", ".....", ".....", "....."),
    "”": ("##.##", ".#..#", "#..#.", ".....", ".....", ".....", "....."),
    "%": ("##...", "##..#", "...#.", "..#..", ".#...", "#..##", "...##"),
    "+": (".....", "..#..", "..#..", "#####", "..#..", "..#..", "....."),
    "=": (".....", ".....", "#####", ".....", "#####", ".....", "....."),
    "\ufffd": (".....", "#####", "#...#", "#...#", "#...#", "#####", "....."),
}
UNKNOWN = "\ufffd"
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"  # hyphens, en and em dash, minus
HALF_BLOCKS = {("#", "#"): "█", ("#", "."): "▀", (".", "#"): "▄", (".", "."): " "}
MIN_WIDTH = 40  # narrower than this, big text holds too few letters a line to read


def glyph_key(char: str) -> str:
    """The key in FONT that draws `char`: a dash as "-", a letter with a diacritic as its
    base letter ("ë" as "e", "ĳ" as "ij"), any other character without a glyph as UNKNOWN."""
    if char in FONT:
        return char
    if char in DASHES:
        return "-"
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and all(c in FONT for c in base) else UNKNOWN


def wrap(words: list[str], chars: int) -> list[str] | None:
    """The words in lines of at most `chars` characters, broken only at spaces; None if a
    word alone is longer."""
    lines: list[str] = []
    for word in words:
        if len(word) > chars:
            return None
        if lines and len(lines[-1]) + 1 + len(word) <= chars:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def draw(line: str) -> list[str]:
    """One line of text as 4 lines of half blocks, a blank pixel column between glyphs."""
    rows = [".".join(FONT[key][row] for key in line) for row in range(7)]
    rows.append("." * len(rows[0]))
    return ["".join(HALF_BLOCKS[pair] for pair in zip(top, bottom)) for top, bottom in zip(rows[::2], rows[1::2])]


def big_lines(text: str, width: int, height: int | None = None) -> list[str] | None:
    """`text` in big letters, wrapped at spaces to `width` columns, a blank line between
    lines of letters; the lines of one line of letters are equally long. None if a word is
    wider than `width`, or the whole is higher than `height` lines when that is given."""
    words = ["".join(map(glyph_key, word)) for word in text.split()]
    lines = wrap(words, (width + 1) // 6)
    if lines is None or (height is not None and 5 * len(lines) - 1 > height):
        return None
    output: list[str] = []
    for line in lines:
        if output:
            output.append("")
        output += draw(line)
    return output


class BigText(Widget):
    """A text in big letters when they fit the widget (at least MIN_WIDTH columns wide),
    else as ordinary wrapped text; centred, and always literal: never markup.

    With `height: auto` the letters are big when they fit the height of the container."""

    DEFAULT_CSS = """
    BigText {
        width: 1fr;
        height: auto;
        text-align: center;
    }
    """

    def __init__(self, text: str = "", *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._text = text
        self.room: int | None = None  # at most this many lines for big letters, when the parent knows

    def allow(self, lines: int) -> None:
        """Big letters only if they take at most `lines` lines: the rest of the view needs room."""
        if lines != self.room:
            self.room = lines
            self.refresh(layout=True)

    def update(self, text: str) -> None:
        """Show `text` instead."""
        self._text = text
        self.refresh(layout=True)

    def shown(self, width: int, height: int) -> Content:
        """What the widget shows in `width` x `height` cells: big letters if they fit."""
        lines = big_lines(self._text, width, height) if width >= MIN_WIDTH else None
        return Content(visible(self._text) if lines is None else "\n".join(lines))

    def render(self) -> RenderResult:
        return self.shown(*self.content_size)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        height = container.height if self.room is None else min(container.height, self.room)
        return self.shown(width, height).get_height(self.styles, width)
