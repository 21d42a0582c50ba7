"""The RowList (workshop/ui/widgets/row_list.py): rows made only when they come into view,
a cursor that keys and clicks move, and cells that are text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from rich.cells import cell_len
from test_text_is_text import CONTROL, HOSTILE_TEXT
from textual.app import App, ComposeResult

from workshop.output.text import visible
from workshop.ui.widgets.row_list import RowList

COLUMNS = [("Naam", 12), ("Nr", 4)]


class Rows(App):
    CSS = "RowList { height: 1fr; border: none; }"  # the rows, without the frame the app gives lists

    def __init__(self, count: int, name=lambda row: f"Sessie {row}") -> None:
        super().__init__()
        self.count = count
        self.naming = name
        self.asked: list[int] = []
        self.heard: list[tuple[str, int]] = []

    def compose(self) -> ComposeResult:
        yield RowList(id="rows")

    def on_mount(self) -> None:
        rows = self.query_one(RowList)
        rows.show(COLUMNS, self.count, self.cells)
        rows.focus()

    def cells(self, row: int) -> tuple[str, str]:
        self.asked.append(row)
        return self.naming(row), str(row)

    def on_row_list_highlighted(self, message: RowList.Highlighted) -> None:
        self.heard.append(("highlighted", message.row))

    def on_row_list_selected(self, message: RowList.Selected) -> None:
        self.heard.append(("selected", message.row))


def lines(widget: RowList) -> list[str]:
    return ["".join(segment.text for segment in widget.render_line(y)) for y in range(widget.size.height)]


async def test_only_the_rows_in_view_are_made():
    app = Rows(100_000)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        # 12 lines: a header and 11 rows; only those were asked for, once each
        assert sorted(app.asked) == list(range(11))
        shown = [line.rstrip() for line in lines(rows)[:3]]
        assert shown == [" Naam          Nr", " Sessie 0      0", " Sessie 1      1"]
        await pilot.press("end")
        await pilot.pause()
        assert rows.cursor_row == 99_999
        assert lines(rows)[-1].startswith(" Sessie 99999  999…")  # cut to its column
        assert lines(rows)[0].startswith(" Naam")  # the header stays
        assert len(app.asked) == len(set(app.asked)) == 22


async def test_keys_move_the_cursor_and_keep_it_in_view():
    app = Rows(50)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        assert app.heard == [("highlighted", 0)]
        await pilot.press("down", "down")
        assert rows.cursor_row == 2 and rows.scroll_offset.y == 0
        await pilot.press("pagedown")  # a page is the 11 rows under the header
        assert rows.cursor_row == 13
        assert rows.scroll_offset.y == 3  # row 13 is the last line in view
        await pilot.press("up", "pageup")
        assert rows.cursor_row == 1 and rows.scroll_offset.y == 1
        await pilot.press("home", "up")  # nothing above the first row
        assert rows.cursor_row == 0 and rows.scroll_offset.y == 0
        await pilot.press("end", "down")
        assert rows.cursor_row == 49 and rows.scroll_offset.y == 39
        await pilot.press("enter")
        await pilot.pause()
        assert app.heard[-1] == ("selected", 49)
        moves = [row for kind, row in app.heard if kind == "highlighted"]
        assert moves == [0, 1, 2, 13, 12, 1, 0, 49]  # a key that cannot move says nothing


async def test_a_click_puts_the_cursor_on_a_row_and_a_second_click_selects_it():
    app = Rows(5)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        await pilot.click(RowList, offset=(2, 0))  # the header: nothing
        await pilot.click(RowList, offset=(2, 8))  # below the last row: nothing
        assert rows.cursor_row == 0
        await pilot.click(RowList, offset=(2, 3))  # the third row
        await pilot.pause()
        assert rows.cursor_row == 2 and ("selected", 2) not in app.heard
        await pilot.click(RowList, offset=(2, 3))
        await pilot.pause()
        assert app.heard[-1] == ("selected", 2)


async def test_showing_fewer_rows_keeps_the_cursor_on_a_row_that_exists():
    app = Rows(30)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        await pilot.press("end")
        rows.show(COLUMNS, 3, app.cells)
        await pilot.pause()
        assert rows.cursor_row == 2 and rows.scroll_offset.y == 0
        assert app.heard[-1] == ("highlighted", 2)
        rows.show(COLUMNS, 0, app.cells)
        await pilot.pause()
        await pilot.press("enter", "down")
        assert ("selected", 0) not in app.heard
        assert lines(rows)[1].strip() == ""


async def test_a_long_or_wide_name_is_cut_to_its_column():
    app = Rows(2, name=lambda row: "👩‍⚖️ Burgemeester en wethouders van Súdwest-Fryslân")
    async with app.run_test(size=(40, 6)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        assert rows.cells(0)[0].endswith("…")
        for line in lines(rows)[1:3]:
            assert "Burgemee… " in line and cell_len(line) == rows.scrollable_content_region.width


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE_TEXT)
async def test_a_cell_is_text(text):
    app = Rows(1, name=lambda row: text)
    async with app.run_test(size=(60, 6)) as pilot:
        await pilot.pause()
        drawn = lines(app.query_one(RowList))[1]
    assert not CONTROL.search(drawn), repr(drawn)
    assert visible(text).split()[0][:3] in drawn


async def test_rows_shown_with_the_cursor_far_down_show_the_cursor():
    """`show` with a cursor below the first page (the compare list opens on this session, the
    picker comes back to the session it was on): the list scrolls to it, also when the rows
    are new and the list could not yet scroll that far."""
    app = Rows(3)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        rows = app.query_one(RowList)
        rows.show(COLUMNS, 1000, app.cells, cursor=900)
        await pilot.pause()
        assert rows.cursor_row == 900
        assert rows.scroll_offset.y == 890  # row 900 is the last of the 11 in view
        assert lines(rows)[-1].startswith(" Sessie 900")
