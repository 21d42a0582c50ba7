"""The private Textual API of ui/startup.py still does what it is kept for: if Textual changes
underneath it, these fail loudly instead of start-up quietly growing slower or wrong."""

from __future__ import annotations

from pathlib import Path

import pytest
from app_harness import Heard, demo_file, make_app, picker_ready
from helpers import CONTENT
from textual._context import active_app  # private: see spy_on_frames
from textual.app import App
from textual.css.stylesheet import Stylesheet
from textual.screen import Screen
from textual.widgets import Static

from workshop.files.settings import save_setting
from workshop.files.store import load_session
from workshop.ui.app import WorkshopApp
from workshop.ui.startup import breakpoint_classes
from workshop.ui.themes import DARK, LIGHT

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


def looks(app) -> list:
    """Every widget's background and colours, as styled."""
    return [
        (widget, widget.styles.background, widget.rich_style) for widget in app.screen.walk_children(with_self=True)
    ]


@pytest.mark.parametrize("theme", [LIGHT, DARK])
async def test_the_css_is_parsed_once_at_start_and_with_the_remembered_theme(tmp_path, monkeypatch, theme):
    parses = []  # of all the CSS again (a first parse of a widget's own CSS is `parse`)
    real_reparse = Stylesheet.reparse
    monkeypatch.setattr(Stylesheet, "reparse", lambda sheet: (parses.append(1), real_reparse(sheet))[1])
    save_setting(tmp_path / "instellingen.toml", "thema", theme)
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == theme
        assert parses == []  # not a second time for the theme
        before = looks(app)
        App.refresh_css(app, animate=False)  # Textual's: parse again with the theme's variables
        await pilot.pause()
        assert looks(app) == before


def styled(app) -> list:
    """Every widget's rules as styled (private: the CSS rules Textual applied), whether it is
    shown, its pseudo-classes and its place."""
    return [
        (widget, dict(widget._css_styles.get_rules()), widget.display, widget.pseudo_classes, widget.region)
        for widget in app.screen.walk_children(with_self=True)
    ]


def counting_screen_restyles(monkeypatch) -> list[str]:
    """The screens styled again whole (Textual's resume does it with update_node_styles)."""
    restyled: list[str] = []
    real = Screen.update_node_styles
    monkeypatch.setattr(
        Screen,
        "update_node_styles",
        lambda node, animate=True: (restyled.append(type(node).__name__), real(node, animate))[1],
    )
    return restyled


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_a_new_step_is_not_styled_again_at_its_first_resume_and_looks_as_if_it_were(tmp_path, monkeypatch, size):
    restyled = counting_screen_restyles(monkeypatch)
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        assert restyled == []  # the first screen, at start
        for key in ("f3", "f4", "f5", "f6"):  # new steps, by switch_mode
            await pilot.press(key)
            await pilot.pause()
            assert restyled == []
            before = styled(app)
            app.screen.update_node_styles(animate=False)  # what Textual's resume would have done
            await pilot.pause()
            assert styled(app) == before
            restyled.clear()
        await pilot.press("f2")  # a screen seen before: Textual's resume restyles it, as ever
        await pilot.pause()
        assert restyled == ["QuestionnaireScreen"]


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


# --- the first screen is the app's first mode: no switch_mode, so no 50 ms delay_update --


def counting_switches(monkeypatch) -> list[str]:
    switches: list[str] = []
    real = WorkshopApp.switch_mode
    monkeypatch.setattr(WorkshopApp, "switch_mode", lambda app, mode: (switches.append(mode), real(app, mode))[1])
    return switches


@pytest.mark.parametrize("start", ["file", "demo"])
async def test_a_session_to_start_on_is_the_first_screen_without_a_mode_switch(tmp_path, monkeypatch, start):
    switches = counting_switches(monkeypatch)
    path = demo_file(tmp_path) if start == "file" else None
    app = make_app(tmp_path, path, demo=start == "demo")
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert (app.current_mode, type(app.screen).__name__) == ("stap1", "QuestionnaireScreen")
        assert "Deelnemer 1 van 6" in str(app.screen.query_one("#banner").render())
        await pilot.press("3")  # it works as ever: the answer lands, and on disk
        await app.workers.wait_for_complete()
        app.flush()
    assert switches == []
    written = app.current.path
    assert written == (path or Path("sessions/lindendal-2026-10-12-heisessie-raad-en-college.toml"))
    assert load_session(written, CONTENT).deelnemers[0].antwoorden[CONTENT.vragen[0].id] == 3


async def test_without_a_session_the_picker_is_the_first_screen_without_a_mode_switch(tmp_path, monkeypatch):
    switches = counting_switches(monkeypatch)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert (app.current_mode, type(app.screen).__name__) == ("sessies", "PickerScreen")
    assert switches == []


async def test_a_file_that_does_not_read_says_why_over_the_picker(tmp_path, monkeypatch):
    switches = counting_switches(monkeypatch)
    path = demo_file(tmp_path)
    path.write_text("titel = [kapot", encoding="utf-8")  # it read when the command line checked it
    heard = Heard()
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40), message_hook=heard) as pilot:
        await pilot.pause()
        assert (app.current_mode, type(app.screen).__name__, app.current) == ("sessies", "PickerScreen", None)
    assert switches == []
    assert len(heard.messages) == 1 and "lindendal.toml" in heard.messages[0]


# --- FirstFrameWhole: no frame drawn inside a batch, so the first after it is whole ----------


def spy_on_frames(monkeypatch) -> list[tuple[int, str]]:
    """Every frame the compositor renders: the app's batch count then, and the kind of update."""
    from textual._compositor import Compositor  # private: these tests guard startup.py's use of it

    frames: list[tuple[int, str]] = []
    real = Compositor.render_update

    def render_update(compositor, *args, **kwargs):
        update = real(compositor, *args, **kwargs)
        frames.append((active_app.get()._batch_count, type(update).__name__))
        return update

    monkeypatch.setattr(Compositor, "render_update", render_update)
    return frames


async def test_textual_still_draws_a_frame_inside_its_start_up_batch(monkeypatch):
    """Why FirstFrameWhole exists: remove it when this fails."""
    frames = spy_on_frames(monkeypatch)

    class One(Screen):
        def compose(self):
            yield Static("Hallo")

    class Bare(App):
        MODES = {"een": One}
        DEFAULT_MODE = "een"

    async with Bare().run_test(size=(80, 24)) as pilot:
        await pilot.pause()
    assert any(batch for batch, _ in frames)


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
@pytest.mark.parametrize("start", ["file", "picker"])
async def test_the_first_screen_draws_no_frame_in_a_batch_and_its_first_frame_is_whole(
    tmp_path, monkeypatch, size, start
):
    frames = spy_on_frames(monkeypatch)
    app = make_app(tmp_path, demo_file(tmp_path) if start == "file" else None)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.press("f4" if start == "file" else "down")  # a step shown for the first time: switch_mode
        await pilot.pause()
    assert frames and all(batch == 0 for batch, _ in frames)
    assert frames[0][1] == "LayoutUpdate"  # the whole screen, not only what changed after a lost frame


@pytest.mark.parametrize("start", ["file", "picker"])
async def test_a_thread_that_reads_the_folder_starts_after_the_first_frame(tmp_path, monkeypatch, start):
    """Textual runs a call_after_refresh at once inside its start-up batch; the picker's
    reader then held Python's lock while the first frame was drawn. It starts after the first
    frame now (startup.call_after_frame); the scan for an earlier plan at start did already."""
    from workshop.files import index
    from workshop.ui.screens import picker

    frames = spy_on_frames(monkeypatch)
    began: list[int] = []
    for module, name in ((picker, "overview"), (index, "latest_plan")):
        real = getattr(module, name)
        monkeypatch.setattr(module, name, lambda *a, real=real, **k: (began.append(len(frames)), real(*a, **k))[1])
    app = make_app(tmp_path, demo_file(tmp_path) if start == "file" else None)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert len(began) == 1 and began[0] >= 1  # read once, and a frame was drawn before
    assert frames[0] == (0, "LayoutUpdate")  # that frame was the whole screen


async def test_a_read_asked_before_a_newer_one_does_not_start_after_it(tmp_path):
    """call_after_frame runs a callback asked inside a batch after one asked just after the
    batch's end; read_in_thread then starts only the newest read of the group."""
    from workshop.ui.reading import read_in_thread

    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        ran: list[str] = []
        app._begin_batch()  # private: as switch_mode's delay_update does
        read_in_thread(app.screen, "proef", lambda stop: ran.append("ouder"), lambda result: None)
        app._end_batch()
        read_in_thread(app.screen, "proef", lambda stop: ran.append("nieuwer"), lambda result: None)
        await pilot.pause(0.1)
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert ran == ["nieuwer"]


async def test_the_scan_after_opening_from_the_picker_starts_after_a_frame_outside_the_batch(tmp_path, monkeypatch):
    """Opening a session from the picker switches mode inside a batch of updates (switch_mode's
    delay_update); the scan for an earlier plan is asked there, and starts after it."""
    from workshop.files import index

    frames = spy_on_frames(monkeypatch)
    began: list[int] = []
    real = index.latest_plan
    monkeypatch.setattr(index, "latest_plan", lambda *a, **k: (began.append(len(frames)), real(*a, **k))[1])
    demo_file(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await picker_ready(pilot)  # a reader not started yet is no worker to wait for
        await app.workers.wait_for_complete()
        opened = len(frames)
        await pilot.press("enter")  # the session in the picker
        for _ in range(100):
            await pilot.pause(0.02)
            if began:
                break
        await app.workers.wait_for_complete()
    assert len(began) == 1
    assert any(batch == 0 for batch, _ in frames[opened : began[0]])  # a frame outside the batch came first
