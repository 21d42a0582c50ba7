"""What a facilitator's walk-through of two whole meetings found (issue 16): each one
reproduced here first, then fixed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from app_harness import SMALL, demo_file, make_app, on_screen, picker_ready, until
from helpers import CONTENT, IDS, all_norms, answer, people, round_one, round_two, session
from svg_screen import screen_lines
from textual import events

from workshop.domain.model import Actie
from workshop.files.store import load_session, save_session
from workshop.ui.widgets.answer_grid import AnswerGrid


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def saved(sessie, name="ronde.toml") -> Path:
    path = Path("sessions") / name
    save_session(sessie, path, CONTENT)
    return path


def screen(app) -> str:
    return "\n".join(screen_lines(app.export_screenshot()))


async def test_the_norms_column_grows_with_the_words_set_in_it(tmp_path):
    app = make_app(tmp_path, saved(session(people(2))))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+p", *"normen", "enter")
        await pilot.pause()
        await pilot.press("a", "3")  # every undesirable statement: geregeld
        await pilot.pause()
        assert "gere " not in screen(app)
        assert screen(app).count(" geregeld ") >= 5
    assert load_session(Path("sessions/ronde.toml"), CONTENT).normen["coalitie-valt-uiteen"] == 3


def room_of(count: int):
    sessie = session(people(count))
    sessie.normen = all_norms(4)
    for vraag_id in IDS:
        answer(sessie, vraag_id, [3] * count)
    sessie.onthuld = set(IDS)
    return sessie


async def test_the_college_heading_stays_whole_when_the_grid_scrolls_sideways(tmp_path):
    app = make_app(tmp_path, saved(room_of(7)))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(*["right"] * 6, *["down"] * 12)  # the last participant, a college question
        await pilot.pause()
        grid = app.screen.query_one(AnswerGrid)
        assert grid.scroll_offset.x > 0
        assert "COLLEGE VAN B EN W" in screen(app)
        header = grid.render_line(0).text
        assert re.search(r"Nr +2 Per… 3 Per… .* ▼7 Pe… ", header), header  # whole columns, none cut in half


@pytest.mark.parametrize("size", [(80, 24), (120, 36), (200, 60)], ids=str)
async def test_a_question_label_never_runs_into_the_first_answer(tmp_path, size):
    """'3 Slechte omgang raadsledensoms ✓' at 120x36 in the demo: a label as wide as its
    column touched the first cell."""
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.press("down", "down")
        await pilot.pause()
        grid = app.screen.query_one(AnswerGrid)
        lines = [grid.render_line(y).text for y in range(grid.size.height)]
        label_width = re.search(r"[▼ ]1 ", lines[0]).start()  # where the first participant's column starts
        rows = [line for line in lines if re.match(r"^[▶ ] ?\d+ ", line)]
        assert len(rows) >= 9
        for row in rows:  # the label ends in a blank, so it never touches the first cell
            assert row[label_width - 1] == " " and row[label_width] != " ", row


async def test_a_field_left_shows_the_start_of_its_text(tmp_path):
    """The action plan's owner field showed 'riffier en burgemeester' after Tab."""
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("f5", "p", "enter")  # edit the first action
        await pilot.pause()
        owner = app.screen.query_one("#eigenaar")
        assert app.screen.focused is owner
        await pilot.press("ctrl+u", *"De griffier en de burgemeester samen met de gemeentesecretaris", "tab")
        await pilot.pause()
        await pilot.pause()
        assert app.screen.focused is not owner
        assert owner.scroll_offset.x == 0
        assert "De griffier" in screen(app)


async def test_the_room_sees_the_discussion_timer(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("z", "t")
        await pilot.pause()
        assert app.screen.query_one("#zaal-timer").region.width > 0
        assert "⏱ 00:00 loopt" in screen(app)
        await pilot.press("t")
        await pilot.pause()
        assert "⏱ 00:00 gepauzeerd" in screen(app)


async def test_keys_typed_while_the_new_session_form_opens_land_in_order(tmp_path):
    """In tmux, 'n' and at once 'Lindendal<Tab>Ronde 1' gave 'LindendalRonde 1' in the first
    field: keys that came before the form had its focus went astray."""
    app = make_app(tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        keys = ["n", *"Lindendal", "tab", *"Ronde 1"]
        for key in keys:  # all queued at once, as a fast typist or a paste does
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause(0.3)
        assert type(app.screen).__name__ == "NewSessionScreen"
        assert app.screen.query_one("#gemeente").value == "Lindendal"
        assert app.screen.query_one("#titel").value == "Ronde 1"


@pytest.mark.parametrize(("size", "big"), [((80, 24), False), ((120, 36), False), ((200, 60), True)], ids=str)
async def test_the_room_view_shows_the_question_in_big_letters_where_they_fit(tmp_path, size, big):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.press("down", "down", "z")
        await pilot.pause()
        await pilot.pause()
        question = app.screen.query_one("#zaal-question")
        shown = str(question.render())
        assert ("█" in shown) is big
        if not big:
            assert "Er zijn slechte omgangsvormen" in shown
        # the tally keeps its room under the question
        assert app.screen.query_one("#zaal-tally").region.bottom <= app.screen.query_one("Presentation").region.bottom


async def test_the_comparison_uses_the_width_of_a_projector(tmp_path):
    save_session(round_one(), Path("sessions/ronde-1.toml"), CONTENT)
    save_session(round_two(), Path("sessions/ronde-2.toml"), CONTENT)
    app = make_app(tmp_path)
    async with app.run_test(size=(200, 60)) as pilot:
        await picker_ready(pilot)
        await pilot.press("c", "enter")
        await pilot.pause()
        assert "Er zijn slechte omgangsvormen en persoonlijke verhoudingen tussen raadsleden" in screen(app)
        assert "Wethouders stemmen voorafgaand aan de collegevergadering bepaalde zaken onderling" in screen(app)


async def test_escape_goes_back_one_level_on_every_step(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.press("z", "escape")  # the room view: back to the grid
        await pilot.pause()
        assert not app.screen.has_class("-zaal")
        await pilot.press("escape")  # stap 1 itself: nothing before it, and it says so
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"
        assert "Dit is de eerste stap" in screen(app)
        await pilot.press("f3", "g", "down", "enter", "escape")  # a role group: back to the whole room
        await pilot.pause()
        assert str(app.screen.query_one("#interpret-title").render()).startswith("Weergave: hele groep")
        await pilot.press("escape")  # stap 2 itself: to stap 1
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"
        for key, before in (("f4", "InterpretScreen"), ("f5", "LadderScreen"), ("f6", "InstrumentsScreen")):
            await pilot.press(key, "escape")
            await pilot.pause()
            assert type(app.screen).__name__ == before


async def test_a_letter_in_the_grid_says_how_to_answer(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await pilot.press("x", "y")
        await pilot.pause()
        assert screen(app).count("Antwoord met 1–5") == 1  # once, not once per key
        await pilot.press("z")  # a key that does something: no hint
        await pilot.pause()
        assert app.screen.has_class("-zaal")


@pytest.mark.parametrize(("key", "kept"), [("j", True), ("n", False)])
async def test_a_second_participant_of_the_same_name_is_asked_about(tmp_path, key, kept):
    path = saved(session([("Jan de Vries", "wethouder")]))
    app = make_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("d", *"jan de vries", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ChoiceScreen"
        assert "Er is al een deelnemer ‘jan de vries’" in screen(app)
        await pilot.press(key)
        await pilot.pause()
        assert type(app.screen).__name__ == "ParticipantsScreen"
    names = [d.naam for d in load_session(path, CONTENT).deelnemers]
    assert names == (["Jan de Vries", "jan de vries"] if kept else ["Jan de Vries"])


async def test_a_note_in_stap_2_gets_three_lines_a_mark_and_no_trailing_line_break(tmp_path):
    path = saved(room_of(3))
    app = make_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("f3", "down", "enter")  # the note of question 2
        await pilot.pause()
        note = app.screen.query_one("#note")
        assert note.content_region.height >= 3
        await pilot.press(*"Een", "enter", *"twee", "enter", *"drie")
        await pilot.pause()
        assert "Een" in screen(app) and "drie" in screen(app)  # a long note shows more than its last line
        await pilot.press("enter", "escape")
        await pilot.pause()
        assert str(app.screen.query_one("#interpret-table").get_row_at(1)[0]) == "2✎"
    assert load_session(path, CONTENT).notities == {IDS[1]: "Een\ntwee\ndrie"}


async def test_changing_a_norm_after_answers_warns_once(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.press("ctrl+p", *"normen", "enter")
        await pilot.pause()
        await pilot.press("4", "4")
        await pilot.pause()
        assert screen(app).count("Er zijn al 114 antwoorden") == 1


async def test_setting_norms_before_any_answer_says_nothing(tmp_path):
    app = make_app(tmp_path, saved(session(people(2))))
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await pilot.press("ctrl+p", *"normen", "enter")
        await pilot.pause()
        await pilot.press("4")
        await pilot.pause()
        assert "opnieuw berekend" not in screen(app)


async def test_v_gives_the_grid_the_width_of_the_side_panel(tmp_path):
    app = make_app(tmp_path, saved(room_of(8)))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        grid = app.screen.query_one(AnswerGrid)
        before = grid.size.width
        await pilot.press("v")
        await pilot.pause()
        assert not app.screen.query_one("SidePanel").display or app.screen.query_one("SidePanel").size.width == 0
        assert grid.size.width == SMALL[0]  # all of it
        assert grid.size.width > before
        await pilot.press("v")
        await pilot.pause()
        assert grid.size.width == before


async def test_names_typed_as_the_participants_form_opens_land_in_its_field(tmp_path):
    path = saved(session(people(1)))
    app = make_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        for key in ["d", *"Els", "enter", *"Jan", "enter"]:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause(0.3)
        assert type(app.screen).__name__ == "ParticipantsScreen"
    assert [d.naam for d in load_session(path, CONTENT).deelnemers] == ["Persoon 1", "Els", "Jan"]


async def test_a_name_typed_right_after_enter_on_the_role_starts_the_next_participant(tmp_path):
    """Enter on the role, and at once the next name (no pause): it lands in the empty name
    field, and the participant before keeps the role chosen for it."""
    path = saved(session([]))
    app = make_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("d", *"Anna", "tab", "left", "left")
        await pilot.pause()
        for key in ["enter", *"Wim", "tab", "right"]:  # the role stays as chosen last: one on
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause(0.3)
        for key in ["enter", *"Carla", "enter"]:
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        await pilot.pause(0.3)
    people_now = [(d.naam, d.rol) for d in load_session(path, CONTENT).deelnemers]
    assert people_now == [("Anna", "burgemeester"), ("Wim", "wethouder"), ("Carla", "wethouder")]


async def test_the_review_shows_its_row_above_the_scrollbar_on_a_laptop(tmp_path):
    earlier = session([("Anna", "burgemeester")], titel="Ronde 1", datum=dt.date(2026, 3, 1))
    earlier.actieplan = [Actie("heidag-organiseren", "Burgemeester en griffier samen")]
    saved(earlier, "ronde-1.toml")
    now = session([("Anna", "burgemeester")], titel="Ronde 2", datum=dt.date(2026, 9, 1))
    app = make_app(tmp_path, saved(now, "ronde-2.toml"))
    async with app.run_test(size=SMALL) as pilot:
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"))
        await pilot.press("j")
        await until(pilot, lambda: on_screen(app, "BorgenScreen"))
        await until(pilot, lambda: "Heidag organiseren" in screen(app), 10)  # the folder is read in a thread


async def test_reviewing_first_lands_on_the_review_also_when_stap_5_showed_another_round(tmp_path):
    """Stap 5 had shown round 1; round 2 opened with 'review first?' j: the focus went to the
    landkaart, and Enter recorded a quadrant for a round nobody had answered yet."""
    earlier = session([("Anna", "burgemeester")], titel="Ronde 1", datum=dt.date(2026, 3, 1))
    earlier.actieplan = [Actie("heidag-organiseren", "Burgemeester")]
    first = saved(earlier, "ronde-1.toml")
    second = saved(session([("Anna", "burgemeester")], titel="Ronde 2", datum=dt.date(2026, 9, 1)), "ronde-2.toml")
    app = make_app(tmp_path, first)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("f6")  # stap 5 of round 1
        await pilot.pause()
        await pilot.press("f9")
        await picker_ready(pilot)  # its rows are read in a thread: keys before them find no row
        await pilot.press("down", "enter")  # round 2
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"))
        await pilot.press("j")
        await until(pilot, lambda: on_screen(app, "BorgenScreen"))
        await until(pilot, lambda: app.screen.focused is not None and app.screen.focused.id == "review", 10)
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReviewForm"
    assert load_session(second, CONTENT).kwadrant is None
