"""Meaning without colour: with NO_COLOR=1 every state that colour shows is still there
in a word or a symbol, on every screen that shows one."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_harness import LARGE, demo_file, hidden_session, make_app, picker_ready
from helpers import CONTENT, round_one, round_two
from svg_screen import screen_lines

from workshop.files.store import save_session

COLOUR = re.compile(r'fill="(#[0-9a-fA-F]{6})"|fill: (#[0-9a-fA-F]{6})')
# the drawn window around the screen: its three dots, and the colour of its title
WINDOW_CHROME = {"#ff5f57", "#febc2e", "#28c840", "#c5c8c6"}


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")


def grey(colour: str) -> bool:
    return colour[1:3] == colour[3:5] == colour[5:7]


def shown(app) -> str:
    """The screen's text, after checking that it really is drawn without colour."""
    svg = app.export_screenshot()
    colours = {a or b for a, b in COLOUR.findall(svg)} - WINDOW_CHROME
    assert [c for c in sorted(colours) if not grey(c.lower())] == []
    return "\n".join(screen_lines(svg))


async def test_within_outside_the_norm_and_by_how_much_in_stap_1_and_2(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.pause()
        text = shown(app)
        # question 1 of the demo: vaak against norm geregeld is one step out; altijd two
        assert "vaak ✗1" in text and "altijd ✗2" in text and "geregeld ✓" in text
        assert "✓ binnen de norm  ✗2 = twee stappen buiten de norm" in text
        assert "3 groep" in text and "2 norm" in text  # the group answer and the norm in the tally
        assert "▶ Fase 2 ◀ indicatie  ● keuze groep" in text  # indicated and chosen phase in the side panel
        assert "● keuze groep: bewust onbekwaam" in text and "◆ indicatie: onbewust onbekwaam" in text
        await pilot.press("f3")
        await pilot.pause()
        text = shown(app)
        assert re.search(r"Geen langetermijnperspectief .* ✗2 +1", text)  # two steps out, spread 1
        assert re.search(r"Onzakelijke debatten op de persoon .* ✗1 +3 +◆ ja", text)  # a discussion point


async def test_answered_and_missing_in_the_grid_and_the_room_view(tmp_path):
    app = make_app(tmp_path, hidden_session())
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press("down")  # question 2: Persoon 4 has not answered it
        await pilot.pause()
        text = shown(app)
        assert "● ingevuld  · open" in text  # the legend
        assert "Nog open (1): Persoon 4" in text
        assert re.search(r"2 Verstoorde relaties college-raad +▸● +● +● +·", text)
        await pilot.press("z")
        await pilot.pause()
        text = shown(app)
        assert "Verborgen: 3 van 4 hebben geantwoord." in text


async def test_indicated_phase_chosen_quadrant_and_the_room_view(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert "◀ indicatie ● keuze groep" in shown(app)  # on the rung of the full ladder
        await pilot.press("f6")
        await pilot.pause()
        text = shown(app)
        assert "▸ Bewust onbekwaam" in text and "● keuze groep" in text and "◆ indicatie" in text
        await pilot.press("f2", "z")
        await pilot.pause()
        text = shown(app)
        assert "✗ 1 stap buiten de norm" in text and "◆ discussiepunt" in text
        assert re.search(r"vaak +geregeld", text) and re.search(r"groep +norm", text)  # under their words


async def test_better_worse_or_the_same_between_sessions(tmp_path):

    save_session(round_one(), Path("sessions/ronde-1.toml"), CONTENT)
    save_session(round_two(), Path("sessions/ronde-2.toml"), CONTENT)
    app = make_app(tmp_path)
    async with app.run_test(size=LARGE) as pilot:
        await picker_ready(pilot)
        await pilot.press("c", "enter")
        await pilot.pause()
        text = shown(app)
        assert re.search(r"geregeld ▲ +▆▄ +▲ beter", text)  # the trend between, in block characters
        assert re.search(r"geregeld ▼ +▃▄ +▼ slechter", text)
        assert re.search(r"geregeld = +▄▄ += gelijk", text)
