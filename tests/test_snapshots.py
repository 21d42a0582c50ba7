"""Snapshots of every screen of the app, at a laptop size and a projector size, in both themes;
the questionnaire, its view for the room and stap 3 also at the size in between.

Update on purpose only, after looking at the SVG: pytest --snapshot-update, then open
snapshot_report.html or the files under tests/__snapshots__/.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import (
    LARGE,
    MEDIUM,
    SMALL,
    anonymous_room,
    demo_file,
    hidden_session,
    make_app,
    on_screen,
    picker_ready,
)
from helpers import CONTENT, STRANGE_NAMES, round_one, round_two, session

from workshop.files.open_session import OpenSession
from workshop.files.settings import save_setting
from workshop.files.store import save_session
from workshop.ui.themes import DARK, LIGHT

SIZES = pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "200x60"])
THREE_SIZES = pytest.mark.parametrize("size", [SMALL, MEDIUM, LARGE], ids=["80x24", "120x36", "200x60"])
THEMES = pytest.mark.parametrize("theme", [LIGHT, DARK])


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@pytest.fixture(autouse=True)
def saved_at_once(monkeypatch):
    """The autosave writes in a thread of its own (tests/test_save_soon.py): here it writes at
    once, so that the status bar of a picture never depends on how quick the disk was."""

    def save_soon(self, written=lambda: None):
        self.save()
        written()

    monkeypatch.setattr(OpenSession, "save_soon", save_soon)


def app_in(tmp_path, theme, **options):
    save_setting(tmp_path / "instellingen.toml", "thema", theme)
    return make_app(tmp_path, **options)


@SIZES
@THEMES
def test_picker(snap_compare, tmp_path, size, theme):
    demo_file(tmp_path)
    Path("sessions/kapot.toml").write_text("schema = \n")
    assert snap_compare(app_in(tmp_path, theme), terminal_size=size, run_before=picker_ready)


@SIZES
@THEMES
def test_new_session_form(snap_compare, tmp_path, size, theme):
    assert snap_compare(app_in(tmp_path, theme), press=["n", *"Lindendal"], terminal_size=size)


@SIZES
@THEMES
def test_norms_step(snap_compare, tmp_path, size, theme):
    path = demo_file(tmp_path)

    async def open_norms(pilot):
        await pilot.app.action_run("normen")
        await settled(pilot)

    assert snap_compare(app_in(tmp_path, theme, session_path=path), terminal_size=size, run_before=open_norms)


@THREE_SIZES
@THEMES
def test_questionnaire_hidden(snap_compare, tmp_path, size, theme):
    path = hidden_session()
    assert snap_compare(app_in(tmp_path, theme, session_path=path), press=["down"], terminal_size=size)


@THREE_SIZES
@THEMES
def test_questionnaire_revealed(snap_compare, tmp_path, size, theme):
    assert snap_compare(app_in(tmp_path, theme, demo=True), press=["down", "down"], terminal_size=size)


def test_too_small(snap_compare, tmp_path):
    path = demo_file(tmp_path)
    assert snap_compare(app_in(tmp_path, LIGHT, session_path=path), terminal_size=(60, 20))


STEP_VIEWS = {
    "stap2": ["f3"],
    "stap2-vergelijking": ["f3", "c", "enter", "down", "down", "enter"],
    "stap4": ["f5"],
    "actieplan": ["f5", "p"],
    "stap3-geen-aanleiding": ["f4", "0", "enter"],
    "stap5": ["f6"],
    "hulp": ["f1"],
}


@SIZES
@THEMES
@pytest.mark.parametrize("view", list(STEP_VIEWS))
def test_step_screens(snap_compare, tmp_path, size, theme, view):
    path = demo_file(tmp_path)

    async def open_step(pilot):
        await pilot.press(*STEP_VIEWS[view])
        await settled(pilot)

    assert snap_compare(app_in(tmp_path, theme, session_path=path), terminal_size=size, run_before=open_step)


async def settled(pilot) -> None:
    """What the screen reads from the folder in a thread (the trail, the last norms) is in."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@THREE_SIZES
@THEMES
def test_ladder_step(snap_compare, tmp_path, size, theme):
    """Stap 3; from 48 lines on, the highlighted instrument is explained beside the list."""
    path = demo_file(tmp_path)
    assert snap_compare(app_in(tmp_path, theme, session_path=path), press=["f4", "down"], terminal_size=size)


@THREE_SIZES
@THEMES
def test_room_view_revealed(snap_compare, tmp_path, size, theme):
    """The view for the room (z) on a revealed question: counts in large digits, and bars."""
    assert snap_compare(app_in(tmp_path, theme, demo=True), press=["down", "down", "z"], terminal_size=size)


@THEMES
def test_room_view_hidden(snap_compare, tmp_path, theme):
    path = hidden_session()
    assert snap_compare(app_in(tmp_path, theme, session_path=path), press=["down", "z"], terminal_size=SMALL)


@SIZES
@THEMES
def test_introduction(snap_compare, tmp_path, size, theme):
    assert snap_compare(app_in(tmp_path, theme), press=["i"], terminal_size=size)


@SIZES
@THEMES
def test_compare_screen(snap_compare, tmp_path, size, theme):

    save_session(round_one(), Path("sessions/ronde-1.toml"), CONTENT)
    save_session(round_two(), Path("sessions/ronde-2.toml"), CONTENT)
    assert snap_compare(app_in(tmp_path, theme), press=["c", "enter"], terminal_size=size, run_before=picker_ready)


def test_strange_and_long_names(snap_compare, tmp_path):
    """Path traversal, control characters, right-to-left text, emoji and 10,000 characters."""
    sessie = session([(name, "wethouder") for name in STRANGE_NAMES], gemeente="../" + "Ω" * 300, titel="x" * 10_000)
    path = Path("sessions/vreemd.toml")
    save_session(sessie, path, CONTENT)
    assert snap_compare(app_in(tmp_path, LIGHT, session_path=path), press=["3", "right"], terminal_size=SMALL)


def test_no_color(snap_compare, tmp_path, monkeypatch):
    """NO_COLOR=1: the meaning stays readable from words and symbols alone."""
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(app_in(tmp_path, LIGHT, demo=True), press=["down", "down"], terminal_size=LARGE)


@SIZES
@THEMES
def test_participants(snap_compare, tmp_path, size, theme):
    path = demo_file(tmp_path)
    assert snap_compare(app_in(tmp_path, theme, session_path=path), press=["d"], terminal_size=size)


DIALOGS = {
    "actie-verwijderen": ["f5", "p", "delete"],
    "actie-toevoegen": ["f5", "plus"],
    "al-gekozen": ["f3", "c", "enter"],
    "reden": ["f4", "3"],
    "handreiking-stap-3": ["f4", "h"],
    "opdrachten": ["ctrl+p"],
}


@THEMES
@pytest.mark.parametrize("dialog", list(DIALOGS))
def test_dialogs(snap_compare, tmp_path, theme, dialog):
    path = demo_file(tmp_path)
    assert snap_compare(app_in(tmp_path, theme, session_path=path), press=DIALOGS[dialog], terminal_size=SMALL)


ANONYMOUS_VIEWS = {"tabel": ["right", "right"], "zaal": ["z"], "per-rol": ["g"]}


@SIZES
@THEMES
@pytest.mark.parametrize("view", list(ANONYMOUS_VIEWS))
def test_anonymous(snap_compare, tmp_path, size, theme, view):
    """A burgemeester, a griffier and five raadsleden, anonymous: numbers in a shuffled order,
    no names, no roles; per role only the raadsleden, and a line that says why."""
    path = anonymous_room()
    assert snap_compare(app_in(tmp_path, theme, session_path=path), press=ANONYMOUS_VIEWS[view], terminal_size=size)


LIVE_PORTS = {(SMALL, LIGHT): 48761, (SMALL, DARK): 48762, (LARGE, LIGHT): 48763, (LARGE, DARK): 48764}


@SIZES
@THEMES
def test_live_panel(snap_compare, tmp_path, monkeypatch, size, theme):
    """Deelnemen via telefoon on the beamer: a fixed token, code and port (one per snapshot, as
    they may run at the same time), so the URL and the QR code are the same in every run."""
    from workshop.domain.live import LiveRoom

    def fixed(room):
        room.token, room.code = "6M2m-kppTeW_WPT2fKH6wQ", "KX7PQ2MD"

    monkeypatch.setattr(LiveRoom, "new_token", fixed)
    path = hidden_session()
    app = app_in(tmp_path, theme, session_path=path, live=("127.0.0.1", LIVE_PORTS[size, theme]))

    async def panel(pilot):
        for _ in range(60):
            if on_screen(pilot.app, "LivePanel"):
                break
            await pilot.pause(0.05)

    assert snap_compare(app, terminal_size=size, run_before=panel)
