"""A hostile terminal: resize storms, NO_COLOR, long and strange names, a read-only folder."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from app_harness import demo_file, make_app
from helpers import CONTENT, IDS, STRANGE_NAMES, people, session

from workshop.files.store import load_session, save_session


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@pytest.mark.parametrize("step", ["f2", "f3", "f4", "f5", "f6"])
async def test_a_resize_storm_ends_in_a_correct_layout(tmp_path, step):
    app = make_app(tmp_path, demo_file(tmp_path))
    rng = random.Random(7)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press(step)
        for _ in range(25 if step == "f2" else 6):  # the full storm on stap 1, a short one on the others
            await pilot.resize_terminal(rng.randint(20, 220), rng.randint(5, 70))
            await pilot.pause(0.01)
        await pilot.resize_terminal(20, 5)
        await pilot.pause(0.1)
        assert type(app.screen).__name__ == "TooSmallScreen"
        await pilot.resize_terminal(100, 30)
        await pilot.pause(0.1)
        assert type(app.screen).__name__ != "TooSmallScreen"
        assert not any(isinstance(s, type(app.screen)) and s is not app.screen for s in app.screen_stack[:-1])
        assert all(type(s).__name__ != "TooSmallScreen" for s in app.screen_stack)


async def test_strange_names_never_break_the_layout_and_round_trip(tmp_path):
    sessie = session(
        [(name, "wethouder") for name in STRANGE_NAMES], gemeente="../" + "Ω" * 300, titel="\x1b]0;titel\x07"
    )
    path = Path("sessions/vreemd.toml")
    save_session(sessie, path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        grid = app.screen.query_one("AnswerGrid")
        for y in range(grid.size.height):
            strip = grid.render_line(y)
            assert strip.cell_length == grid.scrollable_content_region.width
            assert not any(ch in seg.text for seg in strip for ch in "\x00\x1b\u202e")
    assert [d.naam for d in load_session(path, CONTENT).deelnemers] == STRANGE_NAMES
    assert path.name == "vreemd.toml" and list(Path("sessions").glob("*.toml")) == [path]


async def test_a_read_only_folder_keeps_the_data_and_saves_later(tmp_path, monkeypatch):
    path = Path("sessions/s.toml")
    save_session(session(people(2)), path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 30)) as pilot:
        import tempfile

        real = tempfile.mkstemp

        def refuse(*args, **kwargs):
            raise PermissionError(13, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
        await pilot.press("2")
        await pilot.pause()
        bar = str(app.screen.query_one("#session-bar").render())
        assert "NIET OPGESLAGEN: Opslaan mislukt: geen schrijfrechten in de map sessions" in bar
        assert app.current.sessie.deelnemers[0].antwoorden == {IDS[0]: 2}
        monkeypatch.setattr(tempfile, "mkstemp", real)  # the folder is writable again
        await pilot.press("3")
        await pilot.pause()
        assert "✓ Opgeslagen" in str(app.screen.query_one("#session-bar").render())
    assert load_session(path, CONTENT).deelnemers[0].antwoorden == {IDS[0]: 2, IDS[1]: 3}
