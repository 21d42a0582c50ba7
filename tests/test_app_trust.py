"""What the room must be able to trust: anonymous is anonymous on every surface, nothing is
shown before the facilitator reveals it, every surface tells the same suggestion, and
nothing of one session leaks into the next."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from pathlib import Path

import pytest
from app_harness import ROOM_NAMES, ROOM_ROLES, anonymous_room, make_app, picker_ready, written
from helpers import CONTENT, IDS, all_norms, answer, run, session
from svg_screen import screen_lines

from workshop.domain.history import Eerder, review_rows, set_review
from workshop.domain.model import Actie
from workshop.files.store import load_session, save_session
from workshop.output.export import answers_csv
from workshop.output.report import report
from workshop.ui.widgets.answer_grid import AnswerGrid


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def screen(app) -> str:
    return "\n".join(screen_lines(app.export_screenshot()))


def assert_anonymous(text: str) -> None:
    for name in ROOM_NAMES:
        assert name not in text and name.split()[0] not in text, name
    for role in ("Burgemeester", "Griffier"):  # as a group or beside a person; the note names them in lower case
        assert role not in text, role


def test_the_columns_are_shuffled_once_for_the_session():
    sessie = load_session(anonymous_room(), CONTENT)
    order = [d.naam for d in sessie.columns()]
    assert sorted(order) == sorted(ROOM_NAMES) and order != ROOM_NAMES  # not the order of entry
    assert [d.naam for d in load_session(anonymous_room(), CONTENT).columns()] == order  # fixed
    sessie.add_deelnemer("Nieuw", "wethouder")
    assert [d.naam for d in sessie.columns() if d.naam != "Nieuw"] == order  # the others keep their place
    sessie.anoniem = False
    assert [d.naam for d in sessie.columns()] == [*ROOM_NAMES, "Nieuw"]


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_anonymous_on_every_screen(tmp_path, size):
    app = make_app(tmp_path, anonymous_room())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        for _ in ROOM_NAMES:  # the banner names each column by its number only
            assert_anonymous(screen(app))
            await pilot.press("right")
        await pilot.press("g")  # per role: only groups of three or more, and a line that says so
        await pilot.pause()
        text = screen(app)
        assert_anonymous(text)
        assert "Raadslid coalitie (5)" in text
        assert "Anoniem: burgemeester en" in text
        await pilot.press("g", "down", "z")  # the room view of the hidden question
        await pilot.pause()
        assert_anonymous(screen(app))
        await pilot.press("up")
        assert_anonymous(screen(app))
        await pilot.press("z", "f3", "g")  # stap 2: the choice of the role groups that may be shown
        await pilot.pause()
        text = screen(app)
        assert_anonymous(text)
        assert "rolgroep Raadslid coalitie (5)" in text and "Raad (coalitie" not in text  # no sum with a small group
        await pilot.press("down", "enter")
        await pilot.pause()
        text = screen(app)
        assert_anonymous(text)
        assert "Weergave: Raadslid coalitie (5)" in text
        await pilot.press("g", "up", "enter")  # back to the whole room: no group of one
        await pilot.press("c")
        await pilot.pause()
        text = screen(app)
        assert_anonymous(text)
        assert "Deelnemer 7" in text and "rolgroep Raadslid coalitie" in text
    sessie = load_session(Path("sessions/anoniem.toml"), CONTENT)
    assert_anonymous(report(sessie, CONTENT).split("## Deelnemers")[1])
    rows = list(csv.DictReader(io.StringIO(answers_csv(sessie, CONTENT)), delimiter=";"))
    assert {row["rol"] for row in rows} == {""}
    assert [row["deelnemer"] for row in rows[::19]] == [f"Deelnemer {n}" for n in range(1, 8)]
    assert [row["waarde"] for row in rows[::19]] == [str(d.antwoorden[IDS[0]]) for d in sessie.columns()]


async def test_the_list_of_participants_ties_no_name_to_a_column_when_anonymous(tmp_path):
    """The facilitator's list names the people in the room (on the beamer, when the facilitator
    adds one). Anonymous, it shows neither their numbers nor how much each answered: with
    question 2 answered by five of seven, a count of 1 beside a name would point at a column of
    the grid. Removing someone asks without a number or a count."""
    app = make_app(tmp_path, anonymous_room())
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        table = app.screen.query_one("#people")
        rows = [[str(cell) for cell in table.get_row_at(row)] for row in range(table.row_count)]
        assert [row[1] for row in rows] == ROOM_NAMES
        assert {row[0] for row in rows} == {row[3] for row in rows} == {"·"}
        text = screen(app)
        assert "van 19" not in text and "Deelnemer" not in text.split("Nr")[1].split("deelnemers")[0]
        await pilot.press("shift+tab")  # from the name field to the list
        await pilot.press("delete")
        await pilot.pause()
        assert type(app.screen).__name__ == "ChoiceScreen"
        question = str(app.screen.query_one("#choice-question").render())
        assert question == f"{ROOM_NAMES[0]} verwijderen? Eventuele antwoorden verdwijnen met de deelnemer."


async def test_alles_onthullen_then_a_next_round_starts_hidden(tmp_path):
    sessie = session(list(zip(ROOM_NAMES[:3], ROOM_ROLES)), gemeente="Lindendal", titel="Ronde 1")
    answer(sessie, IDS[0], [1, 2, 3])
    sessie.een_invuller = True  # filled in alone, earlier
    path = Path("sessions/ronde-1.toml")
    save_session(sessie, path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await app.action_run("een_invuller")
        await app.action_run("alles_onthullen")
        await written(pilot)
        assert load_session(path, CONTENT).onthuld == set(IDS)
        await pilot.press("f9")
        await picker_ready(pilot)
        await pilot.press("k")
        await pilot.pause()
        assert str(app.screen.query_one("#een_invuller").render()).startswith("[ ] ")
        await pilot.press(*"Ronde 2", "ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+s")  # participants: the same three
        await pilot.pause()
        await pilot.press("ctrl+s")  # norms
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"
        await pilot.press("3")
        await pilot.pause()
        new = app.current.sessie
        assert (new.onthuld, new.een_invuller) == (set(), False)
        assert "● ingevuld" in str(app.screen.query_one("#banner").render())  # hidden as it is typed


def partly_revealed() -> Path:
    """Four of nineteen questions revealed; six answered questions still hidden."""
    sessie = session(list(zip(ROOM_NAMES[:3], ROOM_ROLES)), gemeente="Lindendal", titel="Half")
    sessie.normen = all_norms(4)
    sessie.voorspelling = 3
    for vraag_id in IDS[:10]:
        answer(sessie, vraag_id, [1, 1, 2])
    sessie.onthuld = set(IDS[:4])
    path = Path("sessions/half.toml")
    save_session(sessie, path, CONTENT)
    return path


async def test_one_truth_while_questions_are_hidden(tmp_path, capsys):
    """Every surface says the same: no suggestion yet, six questions to reveal first."""
    path = partly_revealed()
    waiting = "Volgt na onthullen: nog 6 vragen verborgen"
    app = make_app(tmp_path, path)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        assert screen(app).count(waiting) == 2  # the side panel's landkaart and ladder
        await pilot.press("f4")
        await pilot.pause()
        assert "Indicatie van de app" in screen(app) and waiting in screen(app)
        await pilot.press("f6")
        await pilot.pause()
        assert "◆ Indicatie van de app: nog open" in screen(app) and waiting in screen(app)
    text = report(load_session(path, CONTENT), CONTENT)
    assert "Nog niet onthuld toen dit verslag werd geschreven: 6 van de 19 vragen" in text
    assert text.count(f"- Indicatie van de app: nog niet ({waiting})") == 2  # the phase and the landkaart
    assert text.count("| verborgen |") == 6
    code, out, _ = run(capsys, "list", "--sessions", "sessions")
    assert code == 0 and "volgt na onthullen" in out.splitlines()[1]
    other = session(list(zip(ROOM_NAMES[:3], ROOM_ROLES)), gemeente="Lindendal", titel="Eerder")
    other.datum = other.datum.replace(year=2025)
    save_session(other, Path("sessions/eerder.toml"), CONTENT)
    code, out, _ = run(capsys, "compare", "sessions/eerder.toml", str(path), "--format", "md")
    assert "| 2: 28-11-2026 Half | volgt na onthullen |" in out
    assert "nog 6 vragen niet onthuld" in out


async def test_nothing_of_one_session_stays_when_the_next_opens(tmp_path):
    first = session(list(zip(ROOM_NAMES[:3], ROOM_ROLES)), gemeente="Lindendal", titel="A")
    save_session(first, Path("sessions/a.toml"), CONTENT)
    second = session([("Zoë Zwart", "wethouder")], gemeente="Rivierstad", titel="B")
    save_session(second, Path("sessions/b.toml"), CONTENT)
    app = make_app(tmp_path, Path("sessions/a.toml"))
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("right", "5", "t", "o")  # an answer, the timer, a reveal
        await pilot.press("f3", "s", "f", "g", "down", "enter")  # a sort order, a filter, a role group
        await pilot.pause()
        app.notify("Melding over Els Hendriks")
        await pilot.pause()
        assert "Els Hendriks" in screen(app)
        await pilot.press("f9")
        await picker_ready(pilot)
        await pilot.press("down", "enter")  # b.toml
        await pilot.pause()
        assert app.current.sessie.titel == "B"
        text = screen(app)
        for leftover in ROOM_NAMES + ["laatste:", "⏱"]:
            assert leftover not in text, leftover
        await pilot.press("f3")
        await pilot.pause()
        title = str(app.screen.query_one("#interpret-title").render())
        assert title.startswith("Weergave: hele groep (1) · volgorde van de handreiking · alle vragen")
        assert app.current.read_only is None and app.timers.label(IDS[0]) == ""


def test_a_review_credits_the_earlier_plan_and_names_it_by_title(capsys):
    earlier = session(gemeente="Lindendal", titel="Ronde 1")
    earlier.datum = earlier.datum.replace(month=3)
    earlier.actieplan = [Actie("heidag-organiseren"), Actie("feedback-geven")]
    save_session(earlier, Path("ronde-1.toml"), CONTENT)
    later = session(gemeente="Lindendal", titel="Ronde 2")
    rows = review_rows(later, Eerder(Path("ronde-1.toml"), earlier))
    set_review(later, replace(rows[1], status="gedaan"))
    save_session(later, Path("ronde-2.toml"), CONTENT)
    code, out, _ = run(capsys, "report", "ronde-2.toml", "--compare", "ronde-1.toml")
    assert code == 0
    assert "| Ronde 1 (28-03-2026) | 2 | Feedback geven | Gedaan |" in out
    assert "| 1: 28-03-2026 Ronde 1 | – | – | – | 2 | 1 |" in out  # two actions, one done by the review


async def test_one_filler_shows_each_answer_as_it_is_typed(tmp_path):
    """With one filler every answer shows its word at once; without, a dot until revealed."""
    sessie = session(list(zip(ROOM_NAMES[:2], ROOM_ROLES)), gemeente="Lindendal")
    path = Path("sessions/alleen.toml")
    save_session(sessie, path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("r", "2")  # across the room: the first participant says vaak
        await pilot.pause()
        grid = app.screen.query_one(AnswerGrid)
        first_row = "".join(segment.text for segment in grid.render_line(grid.line_of(0) + 1))
        assert "●" in first_row and "vaak" not in first_row
        await app.action_run("een_invuller")
        await pilot.pause()
        first_row = "".join(segment.text for segment in grid.render_line(grid.line_of(0) + 1))
        assert "vaak" in first_row and "●" not in first_row
    assert load_session(path, CONTENT).een_invuller is True


async def test_a_window_that_finds_the_session_open_asks_and_can_take_it_over(tmp_path):
    """Another live process holds the lock: the dialog offers read-only or taking over."""
    import os

    from workshop.files.lock import lock_path, read_holder

    path = Path("sessions/gedeeld.toml")
    save_session(session(list(zip(ROOM_NAMES[:2], ROOM_ROLES)), gemeente="Lindendal"), path, CONTENT)
    lock_path(path).write_text(f"{os.getppid()}\n{__import__('socket').gethostname()}\n28-11-2026 20:00\n")
    for key, writes in (("l", False), ("o", True)):
        app = make_app(tmp_path, path)
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            assert type(app.screen).__name__ == "ChoiceScreen" and "Al geopend" in screen(app)
            await pilot.press(key)
            await pilot.pause()
            await pilot.press("3")
            await pilot.pause()
            bar = str(app.screen.query_one("#session-bar").render())
            assert ("ALLEEN LEZEN" not in bar) == writes
            assert (read_holder(lock_path(path)).pid == os.getpid()) == writes
        answered = load_session(path, CONTENT).deelnemers[0].antwoorden
        assert bool(answered) == writes
