"""SteadyStatic: new words without a new layout of the screen while they fit their place; a
text one line shorter keeps its place (the line stays blank), any other change of height gets
a new layout at once."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content as Text
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
