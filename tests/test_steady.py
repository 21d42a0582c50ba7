"""SteadyStatic: new words without a new layout of the screen while they fit their place; a
text one line shorter keeps its place (the line stays blank), any other change of height gets
a new layout at once."""

from __future__ import annotations

import random

from textual.app import App, ComposeResult
from textual.content import Content as Text
from textual.geometry import Region
from textual.widgets import Static

from workshop.ui.widgets.steady import SteadyStatic


class Two(App):
    CSS = "SteadyStatic { height: auto; } #below { height: 1; }"

    def compose(self) -> ComposeResult:
        yield SteadyStatic(Text("a\nb\nc"), id="steady")
        yield Static("onder", id="below")


def lines(count: int, word: str = "regel") -> Text:
    return Text("\n".join(f"{word} {n}" for n in range(count)))


async def test_the_place_of_the_text_changes_only_when_it_must():
    app = Two()
    async with app.run_test(size=(40, 12)) as pilot:
        steady, below = app.query_one(SteadyStatic), app.query_one("#below")

        async def show(text: Text) -> tuple[int, int]:
            steady.show_text(text)
            await pilot.pause()
            return steady.region.height, below.region.y

        assert await show(lines(3)) == (3, 3)
        assert await show(lines(3, "ander")) == (3, 3)  # other words, as many lines
        assert await show(lines(2)) == (3, 3)  # one line fewer: no new layout, a blank line
        assert "regel 1" in str(steady.render()) and "regel 2" not in str(steady.render())
        assert await show(lines(3)) == (3, 3)  # and back: it fits again
        assert await show(lines(4)) == (4, 4)  # more lines: laid out again at once
        assert await show(lines(1)) == (1, 1)  # three fewer: laid out again at once
        assert await show(Text("x" * 90)) == (3, 3)  # a long line wraps: counted as 3
        assert await show(lines(1)) == (1, 1)
        assert await show(Text("字" * 30)) == (2, 2)  # 30 wide characters are 60 cells: 2 lines


class Beside(App):
    """The same text in a SteadyStatic and in a Static, at the same width."""

    CSS = "SteadyStatic, Static { height: auto; width: 23; padding: 0 1; } SteadyStatic { color: red; }"

    def compose(self) -> ComposeResult:
        yield SteadyStatic(id="steady")
        yield Static(id="static")


WORDS = ["raad", "college", "字字", "burgemeester", "[b]niet vet[/b]", "x" * 30, "", "griffier", "⚠", "1   "]
STYLES = ["", "bold", "italic", "bold $primary", "reverse", "on red"]


def random_text(rng: random.Random) -> Text:
    lines = []
    for _ in range(rng.randint(0, 5)):
        words = [(rng.choice(WORDS) + rng.choice(["", " ", " "]), rng.choice(STYLES)) for _ in range(rng.randint(0, 6))]
        lines.append(Text.assemble(*words))
    text = Text("\n").join(lines)
    return text + "\n" if rng.random() < 0.2 else text


def drawn(widget, height: int) -> list[list]:
    """The widget's lines as the terminal gets them: each character and its colours. Not
    the offsets kept for selecting text with the mouse (a SteadyStatic cannot be selected)."""
    strips = widget.render_lines(Region(0, 0, widget.outer_size.width, height))
    return [[(char, style.clear_meta_and_links()) for text, style, _ in strip for char in text] for strip in strips]


async def test_the_lines_are_the_lines_a_static_draws():
    """Wrapped, styled, wide and blank lines, lines that end in a blank or not, a line that
    was there before, a text that ends in a newline, and a new width: what SteadyStatic
    draws is what Textual's Static draws, character by character and in colour."""
    rng = random.Random(7)
    app = Beside()
    async with app.run_test(size=(40, 40)) as pilot:
        steady, static = app.query_one(SteadyStatic), app.query_one(Static)
        static.styles.color = "red"
        for round_ in range(120):
            if round_ == 60:
                steady.styles.width = static.styles.width = 17
            text = random_text(rng)
            steady.show_text(text)
            static.update(text)
            await pilot.pause()
            height = static.outer_size.height
            assert drawn(steady, height) == drawn(static, height), repr(text.plain)
            assert all(not strip.text.strip() for strip in steady.render_lines(Region(0, height, 23, 1)))


async def test_a_change_repaints_only_the_lines_that_changed():
    app = Two()
    async with app.run_test(size=(40, 12)) as pilot:
        steady = app.query_one(SteadyStatic)
        steady.show_lines(["een", "twee", "drie"])
        await pilot.pause()
        asked = []
        real = steady.refresh
        steady.refresh = lambda *regions, **options: asked.append((regions, options)) or real(*regions, **options)
        steady.show_lines(["een", Text.styled("twee", "bold"), "drie"])  # a new style is a change
        assert asked == [((Region(0, 1, 40, 1),), {})]
        asked.clear()
        steady.show_lines(["een", Text.styled("twee", "bold"), "drie"])  # the same: nothing
        steady.show_text(Text("een\n") + Text.styled("twee", "bold") + "\ndrie")
        assert asked == []
        steady.show_lines(["een", "twee " * 10, "drie"])  # wraps to 2 lines: a new layout
        assert asked == [((), {"layout": True})]
        await pilot.pause()
        assert str(steady.render()) == f"een\n{'twee ' * 10}\ndrie"
        assert steady.region.height == 4


async def test_a_new_theme_gives_the_lines_its_colours():
    app = Two()
    async with app.run_test(size=(40, 12)) as pilot:
        steady = app.query_one(SteadyStatic)
        steady.show_text(Text.styled("vraag", "$primary"))

        async def colour(theme: str) -> str:
            app.theme = theme
            await pilot.pause()
            strip = steady.render_lines(Region(0, 0, 40, 1))[0]
            return next(segment.style.color.name for segment in strip if segment.text.strip())

        for theme in ("textual-light", "nord", "textual-light"):
            assert await colour(theme) == app.get_theme(theme).primary.lower()


async def test_a_line_with_a_line_break_in_it_is_two_lines_as_in_a_static():
    """show_lines takes lines as they are built; one that holds a line break (a sentence of
    the content, a name that was not cleaned) is drawn as two lines, never with the break
    sent to the terminal."""
    app = Beside()
    async with app.run_test(size=(40, 12)) as pilot:
        steady, static = app.query_one(SteadyStatic), app.query_one(Static)
        static.styles.color = "red"
        for lines in (["een\ntwee", "drie"], ["een", Text.styled("twee\ndrie", "bold")], ["a\nb"]):
            steady.show_lines(lines)
            static.update(Text("\n").join(Text(line) if isinstance(line, str) else line for line in lines))
            await pilot.pause()
            height = static.outer_size.height
            assert steady.outer_size.height - height in (0, 1), lines  # one line fewer may stay blank
            assert drawn(steady, height) == drawn(static, height), lines
        steady.show_lines(["a\r\nb"])  # a carriage return is shown as a blank (plain.literal)
        await pilot.pause()
        assert [strip.text.rstrip() for strip in steady.render_lines(Region(1, 0, 21, 2))] == ["a", "b"]
