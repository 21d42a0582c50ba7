"""In the room: the view for the room (z), and the layouts at 80x24, 120x36 and 200x60."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import LARGE, MEDIUM, SMALL, demo_file, make_app, written
from helpers import CONTENT, IDS, people, session
from svg_screen import screen_lines
from textual.widgets import Digits

from workshop.files.store import load_session, save_session
from workshop.ui.widgets.answer_grid import AnswerGrid
from workshop.ui.widgets.presentation import Presentation, ShareBar
from workshop.ui.widgets.side_panel import SidePanel


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def text_of(app) -> str:
    return "\n".join(screen_lines(app.export_screenshot()))


def counts(app) -> list[str]:
    return [digits.value for digits in app.screen.query(".zaal-count").results(Digits)]


async def test_z_switches_to_the_room_view_and_back(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("z")
        await pilot.pause()
        view = app.screen.query_one(Presentation)
        assert view.display and view.has_focus
        assert not app.screen.query_one("#questionnaire").display
        shown = text_of(app)
        assert "Vraag 1 van 19 · Raad" in shown
        assert "Er wordt gestemd langs de lijn coalitie-oppositie" in shown
        assert "1  altijd" in shown and "5  nooit" in shown
        # demo, question 1: vaak, vaak, geregeld, vaak, altijd, geregeld
        assert counts(app) == ["1", "3", "2", "0", "0"]
        await pilot.press("z")
        await pilot.pause()
        assert not view.display
        assert app.screen.query_one(AnswerGrid).has_focus
        assert app.screen.query_one(SidePanel).display


async def test_answering_and_moving_work_in_the_room_view(tmp_path):
    sessie = session(people(3))
    path = Path("sessions/ronde.toml")
    save_session(sessie, path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("z", "3", "4")
        await pilot.pause()
        assert "Vraag 3 van 19" in text_of(app)  # down the list, per person
        await pilot.press("right")
        await pilot.pause()
        assert "Deelnemer 2 van 3: Persoon 2" in text_of(app)
        await pilot.press("up", "up", "2")
        await written(pilot)
        saved = load_session(path, CONTENT)
        assert saved.deelnemers[0].antwoorden == {IDS[0]: 3, IDS[1]: 4}
        assert saved.deelnemers[1].antwoorden == {IDS[0]: 2}
        # hidden until revealed: no counts, only how many answered
        assert not app.screen.query_one("#zaal-tally").display
        await pilot.press("up", "o")
        await pilot.pause()
        shown = text_of(app)
        assert "Verborgen" not in shown
        assert counts(app) == ["0", "1", "1", "0", "0"]
        assert "Groepsantwoord:" in shown


async def test_the_hidden_question_says_how_many_answered(tmp_path):
    sessie = session(people(4))
    for deelnemer, value in zip(sessie.deelnemers, (2, 3, 5)):
        deelnemer.antwoorden[IDS[0]] = value
    path = Path("sessions/ronde.toml")
    save_session(sessie, path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("z")
        await pilot.pause()
        assert "Verborgen: 3 van 4 hebben geantwoord. Druk op o om te onthullen." in text_of(app)
        assert "antwoord: ● ingevuld," in text_of(app)


@pytest.mark.parametrize(("size", "across"), [(SMALL, True), (MEDIUM, False), (LARGE, False)])
async def test_bars_rise_as_columns_where_there_is_room(tmp_path, size, across):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.press("z")
        await pilot.pause()
        await pilot.pause()
        heights = {bar.size.height for bar in app.screen.query(ShareBar)}
        assert (heights == {1}) is across
        if not across:
            assert min(heights) >= 5


# at 200x60 the handreiking's text of stap 1 takes the lines that double spacing would need
TALLER = (200, 75)


@pytest.mark.parametrize(
    ("size", "spacing", "thick"), [(SMALL, 1, False), (MEDIUM, 1, False), (LARGE, 1, True), (TALLER, 2, True)]
)
async def test_the_questionnaire_uses_a_tall_screen(tmp_path, size, spacing, thick):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert app.screen.query_one(AnswerGrid).spacing == spacing
        lines = screen_lines(app.export_screenshot())
        heading = next(i for i, line in enumerate(lines) if line.startswith("RAAD"))
        first = next(i for i in range(heading, len(lines)) if lines[i].startswith("▶"))  # the cursor's row: 1
        assert first - heading == spacing
        assert lines[first + spacing].startswith("  2 ")
        # the bar of 'vaak' (3 of 6) in 'this question' gets a second line on a tall screen
        # and a blank line between the panel's sections where there is room
        panel = str(app.screen.query_one(SidePanel).query_one("#panel-tekst").render())
        assert ("\n\nHele lijst" in panel) is (size != SMALL)
        assert "Hele lijst" in panel
        vaak = next(i for i, line in enumerate(lines) if "│ vaak " in line)
        below = lines[vaak + 1].split("│")[-1]
        assert (below.strip(" ") != "" and below.strip(" █▏▎▍▌▋▊▉") == "") is thick  # only the bar, again


@pytest.mark.parametrize(("size", "preview"), [(SMALL, False), (MEDIUM, False), (LARGE, True)])
async def test_stap_3_explains_the_highlighted_instrument_where_there_is_room(tmp_path, size, preview):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.press("f4", "down")
        await pilot.pause()
        assert app.screen.query_one("#ladder-preview").display is preview
        if preview:
            shown = text_of(app)
            assert "Bestuurskrachtmeting" in shown and "Een bestuurskrachtmeting is een spiegel" in shown


async def test_nothing_blinks(tmp_path, monkeypatch):
    """Two screenshots a second apart are the same on the screens a room looks at longest."""
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        for keys in (["f2"], ["z"], ["f4"], ["f6"]):
            await pilot.press(*keys)
            await pilot.pause(0.3)
            first = app.export_screenshot()
            await pilot.pause(1.1)
            assert app.export_screenshot() == first, keys


async def test_the_room_view_from_the_command_palette(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+p", *"zaalweergave")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.query_one(Presentation).display


async def test_back_from_the_room_view_the_grid_shows_the_cursor_and_its_heading(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        grid = app.screen.query_one(AnswerGrid)
        await pilot.press("z", "3")  # question 1 answered: on to question 2
        await pilot.press("z")
        await pilot.pause()
        assert grid.scroll_offset.y == 0  # 'RAAD' and question 1 still in view above the cursor
        await pilot.press("z", *["down"] * 15, "z")  # question 17, beyond the first page
        await pilot.pause()
        first = grid.scroll_offset.y
        line = grid.line_of(grid.cursor.rij)
        assert grid.cursor.rij == 16 and first <= line < first + grid.scrollable_content_region.height - 1


async def test_back_from_the_room_view_the_side_panel_shows_what_happened_there(tmp_path):
    """The panel is hidden behind the room view and not drawn there; back in the grid it
    shows the question of the cursor with the answers given meanwhile."""
    sessie = session(people(3))
    path = Path("sessions/ronde.toml")
    save_session(sessie, path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press("z", "3", "4", "up", "o", "z")  # question 2 answered 'soms', revealed
        await pilot.pause()
        panel = str(app.screen.query_one("#panel-tekst").render()).split("Hele lijst")[0]  # (a) only
        assert panel.startswith("Vraag 2: de antwoorden")
        assert "Verborgen" not in panel and "groep" in panel
