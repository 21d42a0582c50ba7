"""The private Textual API of ui/startup.py still does what it is kept for: if Textual changes
underneath it, these fail loudly instead of start-up quietly growing slower or wrong."""

from __future__ import annotations

import pytest
from app_harness import demo_file, make_app
from textual.app import App
from textual.screen import Screen

from workshop.ui.app import WorkshopApp
from workshop.ui.startup import breakpoint_classes

BREAKPOINT_CLASSES = {name for _, name in WorkshopApp.HORIZONTAL_BREAKPOINTS + WorkshopApp.VERTICAL_BREAKPOINTS}


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def test_the_attributes_it_sets_exist_in_textual():
    assert Screen()._css_update_count == -1  # a new screen: "stylesheet changed since"
    assert isinstance(App()._css_update_count, int)


async def test_a_new_step_is_styled_without_a_css_refresh(tmp_path, monkeypatch):
    refreshes = []
    real = WorkshopApp.refresh_css
    monkeypatch.setattr(WorkshopApp, "refresh_css", lambda app, animate=True: (refreshes.append(1), real(app, animate)))
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        refreshes.clear()  # the first screen: Textual styles the app once, with its theme
        for key in ("f3", "f4", "f5", "f6"):  # each step shown for the first time
            await pilot.press(key)
            await pilot.pause()
    assert refreshes == []


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 60), (165, 40)])
async def test_the_classes_given_up_front_are_those_textual_gives(tmp_path, size):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(*size)  # now Textual sets the classes itself
        await pilot.pause()
        assert set(app.screen.classes) & BREAKPOINT_CLASSES == set(breakpoint_classes(app))
        await pilot.press("f3")  # a new screen made at this size
        await pilot.pause()
        assert set(app.screen.classes) & BREAKPOINT_CLASSES == set(breakpoint_classes(app))
