"""Widgets that keep their lines between frames (ui/widgets/kept.py) show what Textual would
draw, whatever happened since: keys, another theme, another size, a dialog, the room's view."""

from __future__ import annotations

from app_harness import demo_file, make_app, on_screen, until
from helpers import IDS
from textual.geometry import Region

from workshop.ui.flow import toggle_theme
from workshop.ui.widgets.bars import SessionBar
from workshop.ui.widgets.kept import KeptLines
from workshop.ui.widgets.qr import QrCode


def kept_widgets(app) -> list:
    return [widget for widget in app.screen.walk_children() if isinstance(widget, KeptLines) and widget.size]


def drawn_anew(widget, crop: Region) -> list:
    """What Textual draws for `widget` from scratch: past the kept lines, and past Textual's
    own cache of lines (a refresh empties both; the screen draws again at the next frame)."""
    widget.refresh()
    return super(KeptLines, widget).render_lines(crop)


def kept_frame_of(widget) -> tuple[Region, list]:
    """The crop the screen asked `widget` for at the last frame, and the lines it kept."""
    frame = widget.kept_frame
    assert frame is not None, widget  # the screen drew it at its size, and it kept that
    return frame


async def assert_all_current(app, pilot) -> None:
    """Every kept widget holds the lines the screen asked it for at the last frame, and they
    are what Textual draws now from scratch; then the screen draws them all again."""
    for widget in kept_widgets(app):
        crop, lines = kept_frame_of(widget)
        assert lines == drawn_anew(widget, crop), widget
    await pilot.pause()


async def test_kept_lines_are_what_textual_draws_after_keys_theme_size_dialog_and_room_view(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        kept = sorted(type(widget).__name__ for widget in kept_widgets(app))
        assert kept == [  # the two bars and the guide above, the key bar below, and step 1's own
            "KeptColumn", "KeptRow", "KeptRow", "KeyBar", "Legend", "QuestionBanner", "SessionBar", "SidePanel",
            "SteadyStatic", "StepBar", "StepGuide",
        ]  # fmt: skip
        await assert_all_current(app, pilot)
        for key in ("3", "4", "right", "o", "5"):
            await pilot.press(key)
            await pilot.pause()
            await assert_all_current(app, pilot)
        before = app.theme
        toggle_theme(app)  # the palette's "Thema wisselen"
        await pilot.pause()
        assert app.theme != before
        await assert_all_current(app, pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await assert_all_current(app, pilot)
        await pilot.press("f1")  # the help dialog over the step, and back
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await assert_all_current(app, pilot)
        await pilot.press("z", "z")  # the room's view and back
        await pilot.pause()
        await assert_all_current(app, pilot)


async def test_a_kept_widget_draws_again_only_after_it_changed(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        bar = app.screen.query_one(SessionBar)
        crop = bar.size.region
        first = bar.render_lines(crop)
        assert bar.render_lines(crop) is first  # nothing changed: the same lines
        bar.show("Ergens", "Anders", "✓ Opgeslagen", False)
        again = bar.render_lines(crop)
        assert again is not first
        assert "Ergens · Anders" in "".join(segment.text for segment in again[0])


async def test_the_live_panel_keeps_what_a_count_does_not_change(tmp_path, monkeypatch):
    """While phones answer, a frame repaints a count: the QR code, the title, the warning and
    the other texts hand back their lines, and every kept widget still shows what Textual
    would draw after counts, settings, a new code, a theme and a size."""
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path, demo_file(tmp_path), live=("127.0.0.1", 0))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        await pilot.pause()
        kept = sorted(type(widget).__name__ for widget in kept_widgets(app))
        assert kept == [
            "KeptColumn", "KeptRow", "KeptStatic", "KeptStatic", "KeyBar", "QrCode",
            "SteadyStatic", "SteadyStatic", "SteadyStatic",
        ]  # fmt: skip
        await assert_all_current(app, pilot)
        qr, counts = app.screen.query_one(QrCode), app.screen.query_one("#live-counts")
        qr_lines, counts_lines = kept_frame_of(qr)[1], kept_frame_of(counts)[1]
        room = app.live.room
        room.answer(room.join(None), IDS[0], 3)  # a phone joins and answers: the next tick repaints
        await until(pilot, lambda: "Deelgenomen: 1 telefoon" in str(counts.render()))
        await pilot.pause()
        assert kept_frame_of(qr)[1] is qr_lines  # the frame of the count did not draw it again
        assert kept_frame_of(counts)[1] != counts_lines
        await assert_all_current(app, pilot)
        for key in ("G", "S", "n"):  # the group choice, the pace, a new code (another QR code)
            await pilot.press(key)
            await pilot.pause()
            await assert_all_current(app, pilot)
        assert kept_frame_of(qr)[1] != qr_lines
        toggle_theme(app)
        await pilot.pause()
        await assert_all_current(app, pilot)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await assert_all_current(app, pilot)
        await app.live.close()
