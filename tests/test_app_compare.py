"""Comparing sessions and exporting, in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import Heard, HeldRead, compare_ready, make_app, on_screen, picker_ready, until
from helpers import CONTENT, round_one, round_two

from workshop.files.store import save_session
from workshop.ui import commands


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    save_session(round_one(), Path("sessions/ronde-1.toml"), CONTENT)
    save_session(round_two(), Path("sessions/ronde-2.toml"), CONTENT)


async def test_compare_two_rounds_from_the_picker(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(160, 45)) as pilot:
        await picker_ready(pilot)
        await pilot.press("c")
        await until(pilot, lambda: "gekozen" in str(app.screen.query_one("#compare-count").render()), 10)
        assert type(app.screen).__name__ == "CompareSetupScreen"
        assert "2 gekozen" in str(app.screen.query_one("#compare-count").render())
        await pilot.press("enter")
        await pilot.pause()
        table = app.screen.query_one("#compare-questions")
        assert [str(c) for c in table.get_row_at(1)][2:] == ["soms", "geregeld ▼", "▃▄", "▼ slechter", "+1", "-1"]
        await pilot.press("s")
        assert [str(table.get_row_at(i)[0]) for i in range(4)] == ["2", "3", "1", "4"]
        await pilot.press("w")
        assert str(table.get_row_at(0)[-1]) == "0·0·2·0·0"
        outcome = app.screen.query_one("#compare-outcome")
        assert [str(c) for c in outcome.get_row_at(1)] == [
            "2: 01-09-2026 Ronde 2",
            "Fase 2",
            "Fase 1",
            "Bewust onbekwaam",
            "0",
            "0",
        ]


async def test_the_choice_is_on_screen_while_the_folder_is_read(tmp_path, monkeypatch):
    """The list of sessions to compare comes from a thread; Enter pressed before it is there
    compares what is offered at the start (this session and the one before)."""
    from workshop.ui.screens import compare

    read = HeldRead(monkeypatch, compare, "overview")
    app = make_app(tmp_path, Path("sessions/ronde-2.toml"))
    async with app.run_test(size=(160, 45)) as pilot:
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"), 10)  # review round 1's plan first?
        await pilot.press("n")
        await app.action_run("vergelijken")
        await until(pilot, lambda: on_screen(app, "CompareSetupScreen"), 10)
        await pilot.pause()
        assert str(app.screen.query_one("#compare-count").render()) == "sessies laden…"
        await pilot.press("enter")
        read.go.set()
        await until(pilot, lambda: on_screen(app, "CompareScreen"), 10)
        await pilot.pause()  # its tables are filled when it is mounted
        assert app.screen.query_one("#compare-outcome").row_count == 2


async def test_one_session_is_not_enough(tmp_path):
    app = make_app(tmp_path)
    heard = Heard()
    async with app.run_test(message_hook=heard, size=(100, 30)) as pilot:
        await picker_ready(pilot)
        await pilot.press("c")
        await until(pilot, lambda: "gekozen" in str(app.screen.query_one("#compare-count").render()), 10)
        await pilot.press("space", "enter")  # unchoose the first: one left
        await pilot.pause()
        assert type(app.screen).__name__ == "CompareSetupScreen"
        assert "Kies minstens twee sessies om te vergelijken (spatiebalk)." in heard.messages


async def test_choosing_marks_the_row_and_counts(tmp_path):
    """The space bar chooses the session under the cursor or leaves it out: its row says so,
    the count follows, and a new width keeps what was chosen."""
    save_session(round_two(), Path("sessions/ronde-3.toml"), CONTENT)
    app = make_app(tmp_path, Path("sessions/ronde-2.toml"))
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"), 10)  # review round 1's plan first?
        await pilot.press("n")
        await app.action_run("vergelijken")
        await compare_ready(pilot)
        rows = app.screen.query_one("#compare-choice")
        marks = lambda: [rows.cells(row)[0] for row in range(rows.row_count)]  # noqa: E731
        count = lambda: str(app.screen.query_one("#compare-count").render())  # noqa: E731
        # this session under the cursor, and the one before it chosen with it
        assert rows.has_focus and rows.cursor_row == 1
        assert marks() == ["[✓]", "[✓]", "[ ]"] and count() == "2 gekozen"
        made, cells_of = [], rows._cells_of
        rows._cells_of = lambda row: made.append(row) or cells_of(row)
        await pilot.press("space")  # the cursor stays: only the redraw of its row can show it
        await pilot.pause()
        assert made == [1]  # only the row that changed is made again, not the whole list
        drawn = "".join(segment.text for segment in rows.render_line(2))  # under the header
        assert drawn.startswith(" [ ]  ") and count() == "1 gekozen · kies er minstens twee"
        await pilot.press("down", "space")
        assert marks() == ["[✓]", "[ ]", "[✓]"] and count() == "2 gekozen"
        await pilot.press("space", "space")  # twice: as it was
        assert marks() == ["[✓]", "[ ]", "[✓]"] and count() == "2 gekozen"
        await pilot.resize_terminal(160, 40)
        await pilot.pause()
        assert marks() == ["[✓]", "[ ]", "[✓]"] and rows.cursor_row == 2
        await pilot.press("enter")
        await until(pilot, lambda: on_screen(app, "CompareScreen"), 10)
        await pilot.pause()
        assert app.screen.query_one("#compare-outcome").row_count == 2


async def test_report_and_csv_from_the_palette_mid_session(tmp_path):
    app = make_app(tmp_path, Path("sessions/ronde-2.toml"))
    heard = Heard()
    async with app.run_test(message_hook=heard, size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("n")  # the review prompt: later
        assert "CSV exporteren" in [command.title for command in commands.offered(app)]
        await app.action_run("csv")
        await pilot.pause()
        written = Path("sessions/ronde-2.csv")
        assert written.read_bytes().startswith("\ufeffgemeente;titel".encode())
        assert f"CSV geschreven naar {written}" in heard.messages
        await app.action_run("csv")
        await pilot.pause()
        assert type(app.screen).__name__ == "ChoiceScreen"  # exists: asks first
        await pilot.press("j")
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"
