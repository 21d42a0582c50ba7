"""Big text for the beamer: the 5x7 font is well-formed, draws what its data says, wraps at
spaces only, and the widget falls back to ordinary, literal text when the letters do not fit."""

from __future__ import annotations

import string

from textual.app import App, ComposeResult

from workshop.ui.widgets.big_text import FONT, HALF_BLOCKS, UNKNOWN, BigText, big_lines

QUESTION = "Er zijn slechte omgangsvormen en persoonlijke verhoudingen tussen raadsleden"
PIXELS = {block: pair for pair, block in HALF_BLOCKS.items()}


def pixel_rows(lines: list[str]) -> list[str]:
    """Half blocks decoded back to rows of pixels: two rows for each line."""
    return ["".join(PIXELS[block][half] for block in line) for line in lines for half in (0, 1)]


def test_every_glyph_is_7_rows_of_5_pixels():
    for char, glyph in FONT.items():
        assert len(glyph) == 7, char
        assert all(len(row) == 5 and set(row) <= {"#", "."} for row in glyph), char


def test_the_font_covers_letters_digits_and_punctuation():
    wanted = string.ascii_letters + string.digits + ".,:;?!-()/'\"‘’“”%+= "
    assert set(wanted) <= set(FONT)


def test_abc_draws_the_glyphs_of_the_font():
    lines = big_lines("ABC", 200)
    assert len(lines) == 4
    assert {len(line) for line in lines} == {3 * 6 - 1}
    rows = pixel_rows(lines)
    for i, char in enumerate("ABC"):
        assert [row[6 * i : 6 * i + 5] for row in rows[:7]] == list(FONT[char])
        assert rows[7][6 * i : 6 * i + 5] == "....."  # the blank eighth row
    assert all(row[5] == row[11] == "." for row in rows)  # a blank column between letters
    # by hand: the A, ".###." over "#...#" is "▄▀▀▀▄"
    assert [row[:5] for row in rows[:7]] == [".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"]
    assert [line[:5] for line in lines] == ["▄▀▀▀▄", "█▄▄▄█", "█   █", "▀   ▀"]


def test_words_wrap_whole_with_a_blank_line_between():
    # 80 columns hold 13 letters: each word on a line of its own
    expected = [*big_lines("Er zijn", 80), "", *big_lines("slechte", 80), "", *big_lines("omgangsvormen", 80)]
    assert big_lines("Er zijn slechte omgangsvormen", 80) == expected
    assert len(expected) == 3 * 4 + 2
    assert max(len(line) for line in expected) <= 80


def test_a_word_wider_than_the_width_is_not_drawn():
    assert big_lines("omgangsvormen", 76) is None  # 13 letters need 77 columns
    assert big_lines("omgangsvormen", 77) is not None


def test_the_height_limits_the_drawing():
    assert len(big_lines(QUESTION, 196)) == 14  # three lines of letters
    assert big_lines(QUESTION, 196, 14) is not None
    assert big_lines(QUESTION, 196, 13) is None


def test_a_letter_with_a_diacritic_draws_as_its_base_letter():
    assert big_lines("ë", 10) == big_lines("e", 10)
    assert big_lines("Één café", 60) == big_lines("Een cafe", 60)
    assert big_lines("–", 10) == big_lines("-", 10)


def test_an_unknown_character_draws_as_a_box():
    box = big_lines(UNKNOWN, 10)
    assert box != big_lines(" ", 10)
    for char in ("€", "😀", "\x1b", "\u202e"):
        assert big_lines(char, 10) == box
    assert big_lines("", 10) == []


class Board(App):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield BigText(self.text)


def shown(widget: BigText) -> list[str]:
    return ["".join(segment.text for segment in widget.render_line(y)) for y in range(widget.size.height)]


async def test_the_widget_draws_big_letters_when_they_fit():
    app = Board(QUESTION)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        widget = app.query_one(BigText)
        assert widget.size.height == 14
        lines = shown(widget)
        # each line of letters centred as a whole: its four lines start in the same column
        assert lines == [f"{' ' * ((200 - len(big)) // 2)}{big}".ljust(200) for big in big_lines(QUESTION, 200)]

        widget.update("Ja")
        await pilot.pause()
        assert [line.strip() for line in shown(widget)] == [line.strip() for line in big_lines("Ja", 200)]


async def test_the_widget_falls_back_to_ordinary_literal_text():
    app = Board(f"[b]markup[/b] {QUESTION}")
    async with app.run_test(size=(200, 10)) as pilot:
        await pilot.pause()
        widget = app.query_one(BigText)
        assert [line.strip() for line in shown(widget)] == [f"[b]markup[/b] {QUESTION}"]


async def test_the_widget_falls_back_when_it_is_too_narrow():
    app = Board("[b]Ja[/b]")
    async with app.run_test(size=(39, 20)) as pilot:
        await pilot.pause()
        assert [line.strip() for line in shown(app.query_one(BigText))] == ["[b]Ja[/b]"]
