"""Stap 1 driven through the real app with Pilot: answering, moving, reveal, autosave."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from app_harness import Heard, demo_file, make_app, on_screen, until, written
from helpers import CONTENT, IDS, HeldDisk, all_norms, answer, people, session
from svg_screen import screen_lines
from textual.strip import Strip

from workshop.domain.model import Positie, label
from workshop.files.store import load_session, save_session
from workshop.ui.widgets.answer_grid import AnswerGrid
from workshop.ui.widgets.side_panel import SidePanel


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def fresh(count: int = 3, **changes):
    """A session of `count` participants and no answers, saved in the sessions folder."""
    sessie = session(people(count))
    for key, value in changes.items():
        setattr(sessie, key, value)
    path = Path("sessions") / "ronde.toml"
    save_session(sessie, path, CONTENT)
    return path


def on_disk(path):
    return load_session(path, CONTENT)


async def test_answering_moves_down_the_list_and_saves_every_answer(tmp_path):
    path = fresh()
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2", "4", "5")
        await written(pilot)
        grid = app.screen.query_one(AnswerGrid)
        assert (grid.cursor.rij, grid.cursor.kolom) == (3, 0)
        saved = on_disk(path)
        assert saved.deelnemers[0].antwoorden == {IDS[0]: 2, IDS[1]: 4, IDS[2]: 5}
        assert saved.positie == Positie(IDS[3], "d1", "omlaag")
        assert "✓ Opgeslagen om 20:15:00" in str(app.screen.query_one("#session-bar").render())


async def test_the_last_question_moves_on_to_the_next_person(tmp_path):
    path = fresh(2)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*["3"] * 19)
        grid = app.screen.query_one(AnswerGrid)
        assert (grid.cursor.rij, grid.cursor.kolom) == (0, 1)
        await pilot.press("1")
    saved = on_disk(path)
    assert len(saved.deelnemers[0].antwoorden) == 19
    assert saved.deelnemers[1].antwoorden == {IDS[0]: 1}


async def test_across_the_room_per_question(tmp_path):
    path = fresh(3)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "1", "2", "3", "4")
        grid = app.screen.query_one(AnswerGrid)
        assert (grid.cursor.rij, grid.cursor.kolom) == (1, 1)
    saved = on_disk(path)
    assert [d.antwoorden for d in saved.deelnemers] == [{IDS[0]: 1, IDS[1]: 4}, {IDS[0]: 2}, {IDS[0]: 3}]
    assert saved.positie.richting == "opzij"


async def test_arrow_keys_and_clearing(tmp_path):
    path = fresh(3)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("5", "5", "up", "backspace")
        assert app.current.sessie.deelnemers[0].antwoorden == {IDS[0]: 5}
        await pilot.press("right", "right", "right", "down", "3")  # the cursor stops at the last column
    saved = on_disk(path)
    assert saved.deelnemers[0].antwoorden == {IDS[0]: 5}
    assert saved.deelnemers[2].antwoorden == {IDS[2]: 3}


async def test_results_are_hidden_until_revealed(tmp_path):
    path = fresh(3)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r", "2", "2", "4")
        await pilot.press("up")  # back to question 1
        this_question = str(app.screen.query_one("#panel-tekst").render()).split("Hele lijst")[0]
        assert "Verborgen: 3 van 3 hebben geantwoord." in this_question
        assert "vaak" not in this_question
        await pilot.press("o")
        this_question = str(app.screen.query_one("#panel-tekst").render()).split("Hele lijst")[0]
        assert "Verborgen" not in this_question
        assert re.search(r"vaak\s+█+[▏▎▍▌▋▊▉]?\s+2 groep", this_question)  # two said vaak: the group answer
        await written(pilot)
        assert IDS[0] in on_disk(path).onthuld


async def test_the_cell_shows_the_word_and_the_norm_mark_once_revealed(tmp_path):
    path = fresh(1, normen={IDS[0]: 4}, onthuld={IDS[0]})
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "up", "right")
        grid = app.screen.query_one(AnswerGrid)
        line = "".join(segment.text for segment in grid.render_line(2))
        assert "vaak ✗2" in line  # two steps outside the norm "soms": a symbol and a number, not only colour


async def test_moving_past_a_question_with_missing_answers_warns_once(tmp_path):
    path = fresh(3)
    app = make_app(tmp_path, path)
    heard = Heard()
    async with app.run_test(message_hook=heard, size=(100, 30)) as pilot:
        await pilot.press("r", "1", "down", "up")  # the arrows browse: no warning
        await pilot.pause()
        assert not any("nog geen antwoord" in n for n in heard.messages)
        await pilot.press("enter")  # reveals the question, and stays for the discussion
        await pilot.pause()
        assert app.screen.query_one(AnswerGrid).cursor.rij == 0
        await pilot.press("enter")  # on to the next question: it warns
        await pilot.pause()
        messages = heard.messages
        assert messages.count("Vraag 1: nog geen antwoord van 2 deelnemers") == 1
        await pilot.press("up", "enter")  # once
        await pilot.pause()
        messages = heard.messages
        assert messages.count("Vraag 1: nog geen antwoord van 2 deelnemers") == 1
    assert IDS[0] in on_disk(path).onthuld  # Enter revealed the question it left


async def test_adding_a_participant_mid_session(tmp_path):
    path = fresh(2)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1", "d")
        await pilot.press(*"Nieuwe Wethouder", "enter")
        await pilot.press("escape")
        await pilot.pause()
        grid = app.screen.query_one(AnswerGrid)
        assert grid.columns == 3
    saved = on_disk(path)
    assert [d.naam for d in saved.deelnemers] == ["Persoon 1", "Persoon 2", "Nieuwe Wethouder"]
    assert saved.deelnemers[0].antwoorden == {IDS[0]: 1}


async def test_digits_typed_in_a_dialog_over_the_questionnaire_are_text_not_answers(tmp_path):
    """The answer keys are priority bindings of the questionnaire: never of a screen above it."""
    path = fresh(2)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("d", *"Raadslid 12345", "enter", "escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"
    saved = on_disk(path)
    assert [d.naam for d in saved.deelnemers] == ["Persoon 1", "Persoon 2", "Raadslid 12345"]
    assert all(d.antwoorden == {} for d in saved.deelnemers)


async def test_autosave_then_reopen_gives_an_equal_session_and_resumes(tmp_path):
    path = fresh(3)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r", "1", "2", "3", "4", "o", "5")
        in_memory = app.current.sessie
    reopened = on_disk(path)
    assert reopened == in_memory
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        grid = app.screen.query_one(AnswerGrid)
        assert (grid.cursor.rij, grid.cursor.kolom) == (1, 2)


def full_disk(monkeypatch) -> Callable[[], None]:
    """From now on every save fails as on a full disk; the function returned ends that."""
    import workshop.files.open_session as module
    from workshop.files.store import SaveError

    real = module.save_document

    def full(*args):
        raise SaveError("Opslaan mislukt: de schijf is vol")

    monkeypatch.setattr(module, "save_document", full)
    return lambda: monkeypatch.setattr(module, "save_document", real)


async def test_a_failed_save_stays_on_screen_and_the_next_change_retries(tmp_path, monkeypatch):
    path = fresh(2)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 30)) as pilot:
        disk_freed = full_disk(monkeypatch)
        await pilot.press("3")
        await written(pilot)
        bar = app.screen.query_one("#session-bar")
        assert "NIET OPGESLAGEN: Opslaan mislukt: de schijf is vol" in str(bar.render())
        assert bar.has_class("-problem")
        assert app.current.sessie.deelnemers[0].antwoorden == {IDS[0]: 3}  # still in memory
        assert on_disk(path).deelnemers[0].antwoorden == {}
        disk_freed()
        await pilot.press("4")
        await written(pilot)
        assert "✓ Opgeslagen" in str(bar.render())
    assert on_disk(path).deelnemers[0].antwoorden == {IDS[0]: 3, IDS[1]: 4}


async def test_a_key_never_waits_for_the_disk(tmp_path, monkeypatch):
    """While the disk holds a write, the next answers still reach the screen; the status says
    "Opgeslagen" only once the file has them, and quitting waits for the last write."""
    import threading

    import workshop.files.open_session as module

    slow_disk = HeldDisk()
    gate, entered = slow_disk.gate, slow_disk.entered
    path = fresh(3)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 30)) as pilot:
        monkeypatch.setattr(module, "save_document", slow_disk)
        bar = app.screen.query_one("#session-bar")
        await pilot.press("3")
        await pilot.pause()
        assert entered.wait(5)  # the first write hangs on the disk
        await pilot.press("4", "5")
        await pilot.pause()
        grid = app.screen.query_one(AnswerGrid)
        assert (grid.cursor.rij, grid.cursor.kolom) == (3, 0)  # three answers down the list
        three = {IDS[0]: 3, IDS[1]: 4, IDS[2]: 5}
        assert app.current.sessie.deelnemers[0].antwoorden == three
        await until(pilot, lambda: "Opslaan…" in str(bar.render()))  # the disk takes long: said
        assert app.current.unsaved
        assert on_disk(path).deelnemers[0].antwoorden == {}
        gate.set()
        await written(pilot)
        assert "✓ Opgeslagen om 20:15:00" in str(bar.render())
        assert on_disk(path).deelnemers[0].antwoorden == three
        gate.clear()
        await pilot.press("2")  # a second save, after one that said "Opgeslagen"
        await until(pilot, lambda: "Opslaan…" in str(bar.render()))
        gate.set()
        await written(pilot)
        assert "✓ Opgeslagen om 20:15:00" in str(bar.render())
        gate.clear()
        threading.Timer(0.3, gate.set).start()
        await pilot.press("1", "ctrl+q")  # quitting while a write waits at the gate
        await pilot.pause()
    assert on_disk(path).deelnemers[0].antwoorden == {IDS[0]: 3, IDS[1]: 4, IDS[2]: 5, IDS[3]: 2, IDS[4]: 1}


async def test_a_change_is_saved_once_shortly_after_its_frame_and_not_again_after_a_flush(tmp_path, monkeypatch):
    """The save starts a moment after the key's frame (so that Textual's output thread writes
    that frame without the copy and the encoding competing for the interpreter), once; a
    flush in that moment saves at once, and the waiting save then does not write again."""
    import asyncio

    import workshop.files.open_session as module
    from workshop.ui import app as app_module

    writes: list[dict] = []
    real = module.save_document
    monkeypatch.setattr(module, "save_document", lambda document, path: (writes.append(document), real(document, path)))
    path = fresh(3)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("3")
        await until(pilot, lambda: len(writes) == 1)
        await asyncio.sleep(5 * app_module.OUTPUT_DONE)
        assert len(writes) == 1
        app.current.sessie.answer(app.current.sessie.deelnemers[0].id, IDS[1], 4)
        app.changed()
        app.flush()  # as quitting or opening another session does, before the save's moment
        assert len(writes) == 2
        await asyncio.sleep(5 * app_module.OUTPUT_DONE)
        await pilot.pause()
        assert len(writes) == 2  # the save that waited found nothing left to do
    assert on_disk(path).deelnemers[0].antwoorden == {IDS[0]: 3, IDS[1]: 4}


async def test_reopening_the_open_file_waits_for_the_write_under_way(tmp_path, monkeypatch):
    """The picker (or the new-session form) opens the file that is open: the write of the last
    answer lands first, and the session read again has it; no older copy is written after."""
    import threading

    import workshop.files.open_session as module
    from workshop.ui import flow

    slow_disk = HeldDisk()
    gate = slow_disk.gate
    path = fresh(2)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 30)) as pilot:
        monkeypatch.setattr(module, "save_document", slow_disk)
        await pilot.press("4")
        await pilot.pause()
        threading.Timer(0.3, gate.set).start()
        flow.open_path(app, path)  # the disk still holds the write of "4"
        await pilot.pause()
        assert app.current.sessie.deelnemers[0].antwoorden == {IDS[0]: 4}
        await pilot.press("5")
        await written(pilot)
    assert on_disk(path).deelnemers[0].antwoorden == {IDS[0]: 4, IDS[1]: 5}


async def test_without_participants_the_keys_say_what_to_do(tmp_path):
    path = fresh(0)
    app = make_app(tmp_path, path)
    heard = Heard()
    async with app.run_test(message_hook=heard, size=(100, 30)) as pilot:
        await pilot.press("1")
        await pilot.pause()
        assert "Er zijn nog geen deelnemers: druk op d om ze toe te voegen." in heard.messages


async def test_below_80x24_the_app_says_so(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.resize_terminal(60, 20)
        await pilot.pause(0.1)
        assert type(app.screen).__name__ == "TooSmallScreen"
        assert "Maak het venster groter." in str(app.screen.query_one("#too-small").render())
        await pilot.press("1")  # keys do nothing to the hidden grid
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.1)
        assert type(app.screen).__name__ == "QuestionnaireScreen"
    assert app.current.saved_at is None  # the key pressed while too small changed nothing


async def test_typing_a_name_in_the_participants_table_never_deletes_or_renames(tmp_path):
    path = fresh(2)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1", "d", "shift+tab")  # from the name field back into the table
        assert app.screen.focused.id == "people"
        await pilot.press(*"Alex", "enter")  # the letters go to the name field: x deletes nothing
        await pilot.pause()
    assert [d.naam for d in on_disk(path).deelnemers] == ["Persoon 1", "Persoon 2", "Alex"]


async def test_quitting_with_a_change_that_is_not_on_disk_asks_first(tmp_path, monkeypatch):
    path = fresh(1)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)) as pilot:
        disk_freed = full_disk(monkeypatch)
        await pilot.press("4", "ctrl+q")
        await pilot.pause()
        assert type(app.screen).__name__ == "ChoiceScreen"
        disk_freed()
        await pilot.press("s")  # save again: it works now, and the app stops
        await pilot.pause()
    assert on_disk(path).deelnemers[0].antwoorden == {IDS[0]: 4}


async def test_a_session_open_elsewhere_opens_read_only_and_can_be_taken_over(tmp_path):
    import os
    import socket

    from workshop.files.lock import lock_path

    path = fresh(1)
    lock_path(path).write_text(f"{os.getppid()}\n{socket.gethostname()}\n28-11-2026 20:00\n")
    before = path.read_bytes()
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "ChoiceScreen"
        await pilot.press("l")  # read-only
        await pilot.press("3")
        await pilot.pause()
        assert "ALLEEN LEZEN" in str(app.screen.query_one("#session-bar").render())
        assert path.read_bytes() == before  # never written over the other instance
        app.current.take_lock(take_over=True)
        await pilot.press("4")
        await pilot.pause()
    assert on_disk(path).deelnemers[0].antwoorden == {IDS[0]: 3, IDS[1]: 4}


async def test_a_session_file_protected_against_writing_opens_read_only(tmp_path):
    """chmod a-w on a finished session: the app says it does not save, and the file stays
    as it was, its bytes and its mode."""
    path = fresh(1)
    path.chmod(0o400)
    before = path.read_bytes()
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        await pilot.press("3")
        await pilot.pause()
        bar = str(app.screen.query_one("#session-bar").render())
        assert "ALLEEN LEZEN: het bestand is beveiligd tegen schrijven" in bar
    assert path.read_bytes() == before and (path.stat().st_mode & 0o777) == 0o400


async def test_the_last_answer_shows_a_label_in_the_anonymous_mode(tmp_path):
    path = fresh(2)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("2")
        # hidden: the room sees that the answer landed, not which word it was
        assert "laatste: Persoon 1, vraag 1: ● ingevuld" in str(app.screen.query_one("#banner").render())
        await pilot.press("up", "o")
        assert "laatste: Persoon 1, vraag 1: vaak" in str(app.screen.query_one("#banner").render())
        await app.action_run("anoniem")
        await pilot.pause()
        banner = str(app.screen.query_one("#banner").render())
        shown_as = label(app.current.sessie, app.current.sessie.deelnemers[0])
        assert "Persoon" not in banner and f"laatste: {shown_as}, vraag 1: vaak" in banner


async def test_the_side_panel_is_drawn_once_for_its_room_and_again_when_the_room_changes(tmp_path, monkeypatch):
    """Drawn when the panel first has a size (not before, at a guessed width), and again only
    when its width or height changes what it shows."""
    rooms = []
    real = SidePanel.draw
    monkeypatch.setattr(SidePanel, "draw", lambda self: (real(self), rooms.append(self._drawn_in)))
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert rooms == [(27, False, 1)]  # 30 wide minus its border and scrollbar; short forms
        await pilot.resize_terminal(80, 25)
        await pilot.pause()
        assert rooms == [(27, False, 1)]  # a line taller changes nothing it shows
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        assert rooms[-1] == (57, True, 2)  # the projector: full forms, thick bars
        assert "Hele lijst" in str(app.screen.query_one("#panel-tekst").render())


async def test_the_grid_draws_only_the_columns_in_view_and_the_same_lines_as_all_of_them(tmp_path):
    """A line draws the cells in view only (a room of fifty costs what six do); at any
    sideways offset, a whole page or a mouse's few cells, it is the line of all cells cut."""
    sessie = session(people(20))
    for n, vraag_id in enumerate(IDS[:6]):
        answer(sessie, vraag_id, [(n + k) % 5 + 1 if k % 3 else None for k in range(20)])
    sessie.normen = all_norms(3)
    sessie.onthuld = {IDS[0], IDS[1]}
    path = Path("sessions") / "breed.toml"
    save_session(sessie, path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(80, 30)) as pilot:
        grid = app.screen.query_one(AnswerGrid)
        label_width, cell_width = grid._layout
        drawn = []
        real_body = grid._body
        grid._body = lambda line, lw, cw, shown: drawn.append(len(shown)) or real_body(line, lw, cw, shown)
        width, base = grid.scrollable_content_region.width, grid.rich_style
        for scroll_x in (0, 3, cell_width, 5 * cell_width + 2, grid.max_scroll_x):
            grid.scroll_to(scroll_x, 0, animate=False, immediate=True)
            await pilot.pause()
            for y in range(1, 12):
                index, spacer = divmod(y - 1, grid.spacing)
                line = grid._lines[index] if index < len(grid._lines) else None
                if spacer or line is None or line.kind != "vraag":
                    continue
                label, cells = real_body(line, label_width, cell_width, range(grid.columns))
                cells = cells.crop_extend(scroll_x, scroll_x + width - label_width, base)
                whole = Strip.join([label, cells]).adjust_cell_length(width, base)
                assert list(grid.render_line(y).simplify()) == list(whole.simplify())
        assert drawn and max(drawn) <= (width - label_width) // cell_width + 2 < grid.columns


async def test_the_panel_keeps_its_landkaart_and_ladder_only_while_they_stay_the_same(tmp_path, demo):
    """The side panel makes the landkaart's and the ladder's lines again only when what they
    show changed: the group's choice of quadrant and phase, the advice, the width."""
    path = tmp_path / "demo.toml"
    save_session(demo, path, CONTENT)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(200, 60)) as pilot:
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        panel = app.screen.query_one(SidePanel)
        sessie = app.current.sessie
        text = lambda: str(panel.text.render())  # noqa: E731
        before, chosen_before = text(), (sessie.kwadrant, sessie.fase)
        panel.show(sessie, 0, False)
        assert text() == before
        sessie.kwadrant, sessie.fase = CONTENT.kwadranten[3].id, 3
        assert (sessie.kwadrant, sessie.fase) != chosen_before
        panel.show(sessie, 0, False)
        chosen = CONTENT.kwadranten[3].naam.lower()
        assert f"keuze groep: {chosen}" in text() and f"keuze groep: {chosen}" not in before
        assert f"▶ {CONTENT.fase_naam(3)}" in text() and f"▶ {CONTENT.fase_naam(3)}" not in before
        sessie.kwadrant, sessie.fase = chosen_before
        panel.show(sessie, 0, False)
        assert text() == before


async def test_on_a_projector_the_grid_shows_every_short_label_whole(tmp_path):
    """The short labels keep the words that carry meaning ('of dreigen', 'sociale media'); the
    longest, 40 characters, lost its last letter at 200x60."""
    from svg_screen import screen_lines

    app = make_app(tmp_path, demo=True)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        text = "\n".join(screen_lines(app.export_screenshot()))
    for vraag in CONTENT.vragen:
        assert f"{vraag.nummer:>2} {vraag.kort} " in text, vraag.kort
    assert max(len(vraag.kort) for vraag in CONTENT.vragen) == 40


async def test_answers_from_phones_redraw_the_rows_they_changed_and_a_new_phone_the_grid(tmp_path, monkeypatch):
    """While phones answer, the screen follows them seven times a second: only the rows whose
    cells were drawn from other answers are drawn again, and a phone that joined (a column
    more) draws the whole grid."""
    path = fresh(3, onthuld={IDS[0], IDS[1], IDS[2]})
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        grid = app.screen.query_one(AnswerGrid)
        await pilot.pause()
        rows, wholes = [], []
        real_row, real_show = grid.refresh_question, grid.show
        monkeypatch.setattr(grid, "refresh_question", lambda index: (rows.append(index), real_row(index)))
        monkeypatch.setattr(grid, "show", lambda *given: (wholes.append(given), real_show(*given)))

        def row_on_screen(index: int) -> str:
            number = CONTENT.vragen[index].nummer
            return next(line for line in screen_lines(app.export_screenshot()) if re.match(rf"\W*{number} ", line))

        assert "nooit" not in row_on_screen(2)
        sessie = app.current.sessie
        sessie.deelnemers[1].antwoorden[IDS[2]] = 5  # as a phone's handler does
        app.phones_changed()
        assert rows == [2] and wholes == []
        await pilot.pause()
        assert "nooit" in row_on_screen(2)  # what Textual draws (its cache of lines), not a fresh line
        rows.clear()
        app.phones_changed()  # nothing changed since: nothing drawn again
        assert rows == [] and wholes == []
        sessie.deelnemers[0].antwoorden[IDS[0]] = 1
        sessie.deelnemers[2].antwoorden[IDS[1]] = 2
        app.phones_changed()
        assert sorted(rows) == [0, 1] and wholes == []
        await pilot.pause()
        assert "altijd" in row_on_screen(0) and "vaak" in row_on_screen(1)
        sessie.add_deelnemer("Deelnemer 4", "anders")
        app.phones_changed()
        assert len(wholes) == 1 and len(grid.people) == 4


async def test_phones_after_a_participant_left_and_the_page_turned(tmp_path):
    """Rows drawn before a participant was removed were drawn for other columns: a phone's
    answer afterwards neither looks in them for a participant who is gone nor misses a row."""
    app = make_app(tmp_path, fresh(4))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.press("end")  # the page turns: the first rows go out of view
        await pilot.pause()
        sessie = app.current.sessie
        sessie.remove_deelnemer(sessie.deelnemers[-1].id)  # as the participants dialog does
        app.screen.sync()  # as returning from it does
        await pilot.pause()
        sessie.deelnemers[0].antwoorden[IDS[-1]] = 3
        app.phones_changed()
        await pilot.pause()
        assert app.is_running and len(app.screen.query_one(AnswerGrid).people) == 3
        last = next(line for line in screen_lines(app.export_screenshot()) if re.match(r"\W*19 ", line))
        assert "●" in last  # answered, hidden: the phone's answer is in view
