"""Entry to the app: the picker, a new session by keyboard, the next round, the demo copy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_harness import LARGE, SMALL, Heard, demo_file, help_text, make_app, on_screen, picker_ready, until
from helpers import CONTENT, IDS
from svg_screen import screen_lines

from workshop.files.settings import load_settings
from workshop.files.store import load_session
from workshop.ui import commands
from workshop.ui.themes import DARK, LIGHT


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def sessions() -> list[str]:
    return sorted(p.name for p in Path("sessions").glob("*.toml"))


async def test_the_picker_lists_sessions_and_unreadable_files(tmp_path):
    demo_file(tmp_path)
    Path("sessions/kapot.toml").write_bytes(b"\x00\x01 geen toml")
    app = make_app(tmp_path)
    heard = Heard()
    async with app.run_test(message_hook=heard, size=(100, 30)) as pilot:
        await picker_ready(pilot)
        table = app.screen.query_one("#sessions")
        assert table.row_count == 2
        rows = [" ".join(table.cells(i)) for i in range(2)]
        assert rows[0].startswith("⚠ ONLEESBAAR: kapot.toml")
        assert "Lindendal · Heisessie raad en college 12-10-2026 6 100% Fase 2 (groep)" in rows[1]
        assert "kapot.toml is niet te openen: sessions/kapot.toml:1: geen geldig TOML" in str(
            app.screen.query_one("#picker-detail").render()
        )
        await pilot.press("enter")  # opening it shows the reason and changes nothing
        await pilot.pause()
        assert app.current is None
        assert any("is niet te openen" in n for n in heard.messages)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.current.sessie.gemeente == "Lindendal"
    assert Path("sessions/kapot.toml").read_bytes() == b"\x00\x01 geen toml"


async def test_the_cursor_stays_on_its_session_when_the_folder_is_read_again(tmp_path):
    for name in ("b.toml", "c.toml", "d.toml"):
        demo_file(tmp_path, name)
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot)
        await pilot.press("down", "down")
        assert app.screen.selected().path.name == "d.toml"
        demo_file(tmp_path, "a.toml")  # sorts before it: d.toml is now the fourth row
        await pilot.press("ctrl+r")
        await picker_ready(pilot)
        assert app.screen.query_one("#sessions").cursor_row == 3
        assert app.screen.selected().path.name == "d.toml"
        assert "Bestand: d.toml" in str(app.screen.query_one("#picker-detail").render())
        Path("sessions/d.toml").unlink()  # gone: the cursor goes to the first row
        await pilot.press("ctrl+r")
        await picker_ready(pilot)
        assert app.screen.selected().path.name == "a.toml"


async def test_a_new_session_from_the_keyboard(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n")
        await pilot.press(*"Súdwest", "enter")
        await pilot.press(*"Eerste ronde", "enter")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "ParticipantsScreen"
        await pilot.press(*"Anna", "enter")
        await pilot.press(*"Bert", "tab", "right", "enter")  # the role one step on: raadslid oppositie
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "NormsScreen"
        await pilot.press("a", "4")  # soms for every undesirable statement
        await pilot.press(*["down"] * 18, "2")  # and vaak for the desirable one, the last row
        await pilot.press("tab", *"5", "enter", "ctrl+s")
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"
        await pilot.press("3")
    assert sessions() == ["sudwest-2026-11-28-eerste-ronde.toml"]
    saved = load_session(Path("sessions") / sessions()[0], CONTENT)
    assert (saved.gemeente, saved.titel, str(saved.datum)) == ("Súdwest", "Eerste ronde", "2026-11-28")
    assert [(d.naam, d.rol) for d in saved.deelnemers] == [
        ("Anna", "raadslid-coalitie"),
        ("Bert", "raadslid-oppositie"),
    ]
    assert saved.normen == {**{i: 4 for i in IDS[:-1]}, IDS[-1]: 2}
    assert saved.voorspelling == 5
    assert saved.deelnemers[0].antwoorden == {IDS[0]: 3}


@pytest.mark.parametrize("key", ["n", "k"], ids=["nieuw", "volgende-ronde"])
async def test_the_form_opens_at_its_top_on_a_laptop(tmp_path, key):
    """At 80x24 the form opened scrolled past its title and the first field's label; typed
    keys still land in the first field to fill in."""
    demo_file(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await picker_ready(pilot)
        await pilot.press(key, *"Ab")
        await pilot.pause(0.3)  # the scroll Textual made waited for a refresh and took 0.2 s
        form = app.screen.query_one("#form")
        assert form.scroll_y == 0
        first = "#titel" if key == "k" else "#gemeente"
        label = "Titel van de bijeenkomst" if key == "k" else "Gemeente"
        field = app.screen.query_one(first)
        assert app.screen.focused is field and field.value.endswith("Ab")
        from svg_screen import screen_lines

        shown = [line.strip() for line in screen_lines(app.export_screenshot())]
        assert shown[0] == ("Volgende ronde" if key == "k" else "Nieuwe sessie") and label in shown


async def test_the_form_says_what_is_missing(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("n", *"Ergens", "enter", "ctrl+s")
        await pilot.pause()
        assert "⚠ Vul een titel in" in str(app.screen.query_one("#form-error").render())
        assert app.screen.focused.id == "titel"
        await pilot.press(*"Ronde", "tab", "ctrl+a", "ctrl+k", *"31-02-2026", "ctrl+s")
        await pilot.pause()
        assert "⚠ ‘31-02-2026’ is geen bestaande datum" in str(app.screen.query_one("#form-error").render())
    assert sessions() == []


async def test_the_next_round_keeps_participants_and_norms(tmp_path):
    demo_file(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await picker_ready(pilot)
        await pilot.press("k", *"Tweede ronde", "enter", "ctrl+s")
        await pilot.pause()
        await pilot.press("ctrl+s")  # participants as they were
        await pilot.pause()
        await pilot.press("ctrl+s")  # norms as they were
        await pilot.pause()
        assert type(app.screen).__name__ == "ChoiceScreen"  # review the earlier action plan first?
        await pilot.press("n")
        assert type(app.screen).__name__ == "QuestionnaireScreen"
    new = load_session(Path("sessions/lindendal-2026-11-28-tweede-ronde.toml"), CONTENT)
    earlier = load_session(Path("sessions/lindendal.toml"), CONTENT)
    assert [(d.naam, d.rol) for d in new.deelnemers] == [(d.naam, d.rol) for d in earlier.deelnemers]
    assert new.normen == earlier.normen
    assert all(not d.antwoorden for d in new.deelnemers)
    assert new.fase is None and new.actieplan == []


async def test_the_demo_copy_is_never_overwritten_without_asking(tmp_path):
    app = make_app(tmp_path, demo=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("1")  # change the first copy
    first = Path("sessions/lindendal-2026-10-12-heisessie-raad-en-college.toml")
    changed = first.read_bytes()
    app = make_app(tmp_path, demo=True)
    async with app.run_test(size=(100, 30)) as pilot:
        assert type(app.screen).__name__ == "ChoiceScreen"
        await pilot.press("n")
        await pilot.pause()
    assert first.read_bytes() == changed
    assert sessions() == [
        "lindendal-2026-10-12-heisessie-raad-en-college-2.toml",
        "lindendal-2026-10-12-heisessie-raad-en-college.toml",
    ]
    app = make_app(tmp_path, demo=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert app.current.path == first
    assert first.read_bytes() == changed


async def test_the_theme_is_remembered(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)):
        assert app.theme == LIGHT
        await app.action_run("thema")
        assert app.theme == DARK
    assert load_settings(tmp_path / "instellingen.toml") == {"thema": DARK}
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)):
        assert app.theme == DARK


async def test_a_step_first_shown_after_a_theme_change_is_styled(tmp_path):
    """Its own styles are read when it is first shown; after a theme change too."""
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        await app.action_run("thema")
        for key in ("f3", "f4", "f5", "f6"):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen.query_one("#session-bar").region.height == 1, key
            assert app.screen.query_one("#step-bar").region.y == 1, key


async def test_a_theme_change_reaches_a_step_that_was_not_on_top(tmp_path):
    """Steps are styled at mount and not again while they stay on top; one that was away
    while the theme changed is styled again when it comes back."""
    colours = {}
    for theme in (LIGHT, DARK):
        (tmp_path / "instellingen.toml").write_text(f'thema = "{theme}"\n')
        app = make_app(tmp_path, demo_file(tmp_path))
        async with app.run_test(size=(100, 30)):
            colours[theme] = app.screen.query_one("#session-bar").styles.background
    assert colours[LIGHT] != colours[DARK]
    (tmp_path / "instellingen.toml").unlink()
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(100, 30)) as pilot:
        stap1 = app.screen
        assert stap1.query_one("#session-bar").styles.background == colours[LIGHT]
        await pilot.press("f3")
        await app.action_run("thema")
        await pilot.press("f2")
        assert app.screen is stap1
        assert stap1.query_one("#session-bar").styles.background == colours[DARK]


async def test_the_command_palette_speaks_dutch(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 30)):
        titles = [command.title for command in commands.offered(app)]
    for expected in (
        "Nieuwe sessie",
        "Sessie openen",
        "Deelnemers",
        "Normen",
        "Anoniem aan/uit",
        "Alles onthullen",
        "Eén invuller aan/uit",
        "Thema wisselen",
    ):
        assert expected in titles


async def test_help_lists_the_keys_of_every_screen(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f1")
        text = help_text(app)
        for line in ("1 – 5", "Onthullen", "Richting", "Nieuwe sessie", "Alle ongewenste", "Ctrl+P"):
            assert line in text
        await pilot.press("escape")
        assert type(app.screen).__name__ == "QuestionnaireScreen"


async def test_save_as_and_report_from_the_palette_never_overwrite_unasked(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    heard = Heard()
    async with app.run_test(message_hook=heard, size=(100, 30)) as pilot:
        await app.action_run("verslag")
        await pilot.pause()
        report_path = Path("sessions/lindendal-verslag.md")
        assert report_path.read_text().startswith("# Lindendal: Heisessie raad en college")
        assert f"Verslag geschreven naar {report_path}" in heard.messages
        report_path.write_text("eerder verslag")
        await app.action_run("verslag")
        await pilot.pause()
        assert type(app.screen).__name__ == "ChoiceScreen"
        await pilot.press("n")
        assert report_path.read_text() == "eerder verslag"
        await app.action_run("opslaan_als")
        await pilot.pause()
        await pilot.press("ctrl+a", "ctrl+k", *"ronde-b", "enter")
        await pilot.pause()
        assert app.current.path == Path("sessions/ronde-b.toml")
        await pilot.press("5")
        await pilot.pause()
    assert load_session(Path("sessions/ronde-b.toml"), CONTENT).deelnemers[0].antwoorden[IDS[0]] == 5
    assert load_session(path, CONTENT).deelnemers[0].antwoorden[IDS[0]] == 2  # the original keeps vaak


async def test_the_palette_says_in_dutch_that_nothing_matches(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"xyzzy")
        await pilot.pause()
        options = app.screen.query_one("#palette-list")
        assert [str(options.get_option_at_index(0).prompt)] == ["Geen opdracht gevonden"]
        await pilot.press(*["backspace"] * 5, *"thema")
        await pilot.pause()
        assert str(options.get_option_at_index(0).prompt).startswith("Thema wisselen")
        await pilot.press("enter")  # runs it
        await pilot.pause()
        assert app.theme == DARK


async def test_the_picker_paints_first_and_reads_the_folder_in_a_thread(tmp_path, monkeypatch):
    """A folder that takes long to read (10,000 sessions on a first run): the frame and
    'sessies laden…' are on the screen at once, the keys work, and the rows follow."""
    import threading

    from workshop.ui.screens import picker

    monkeypatch.chdir(tmp_path)
    demo_file(tmp_path)
    release = threading.Event()
    read = picker.overview

    def slow(folder, content, stop):
        release.wait(5)
        return read(folder, content, stop=stop)

    monkeypatch.setattr(picker, "overview", slow)
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert "sessies laden…" in str(app.screen.query_one("#picker-folder").render())
        assert "Bestuurscultuur · sessies" in str(app.screen.query_one("#picker-title").render())
        assert app.screen.query_one("#sessions").row_count == 0
        await pilot.press("i")  # the keys work while the folder is read
        await pilot.pause()
        assert type(app.screen).__name__ != "PickerScreen"
        await pilot.press("escape")
        release.set()
        await picker_ready(pilot)
        assert app.screen.query_one("#sessions").row_count == 1
        assert "1 sessie" in str(app.screen.query_one("#picker-folder").render())


async def test_the_picker_reads_the_folder_after_the_frame_that_says_so(tmp_path, monkeypatch):
    """The thread that reads the folder starts after the frame with 'sessies laden…' is drawn:
    it holds Python's lock in turns with that frame (at 10,000 sessions, 0.05 s of the first)."""
    from workshop.ui.screens import picker

    monkeypatch.chdir(tmp_path)
    demo_file(tmp_path)
    seen, read = [], picker.overview
    monkeypatch.setattr(picker, "overview", lambda *a, **k: seen.append("read") or read(*a, **k))
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot)
        line = app.screen.query_one("#picker-folder")
        draw = line.render_lines
        monkeypatch.setattr(line, "render_lines", lambda crop: seen.append(str(line.render())) or draw(crop))
        seen.clear()
        app.screen.reload()
        await picker_ready(pilot)
        assert "read" in seen
        drawn_first = [text for text in seen[: seen.index("read")] if "sessies laden…" in text]
        assert drawn_first, seen


async def test_a_resize_within_a_width_class_keeps_the_table(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    demo_file(tmp_path)
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await picker_ready(pilot)
        rows = app.screen.query_one("#sessions")
        made, cells_of = [], rows._cells_of

        def counted(row):
            made.append(app.size.width)
            return cells_of(row)

        rows._cells_of = counted  # the one row of the folder is made again only in another class
        await pilot.resize_terminal(110, 30)  # 100-119: one class
        await pilot.pause()
        assert made == []
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert made == [120]


async def test_the_palette_saves_the_report_as_a_web_page_beside_the_session(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    heard = Heard()
    async with app.run_test(message_hook=heard, size=(100, 30)) as pilot:
        await pilot.press("ctrl+p", *"webpagina", "enter")
        await until(pilot, lambda: Path("sessions/lindendal-verslag.html").exists())
        page = Path("sessions/lindendal-verslag.html").read_text()
        assert page.startswith("<!DOCTYPE html>") and "Lindendal: Heisessie raad en college" in page
        assert "Verslag als webpagina geschreven naar sessions/lindendal-verslag.html" in heard.messages


def folder_line(app) -> str:
    return str(app.screen.query_one("#picker-folder").render())


async def test_quitting_while_the_picker_reads_a_large_folder_is_immediate(tmp_path, monkeypatch):
    """Reading 10,000 files takes half a minute on a first run: the picker says how far it is,
    and Ctrl+Q never waits for it."""
    import time

    from workshop.ui.screens import picker

    monkeypatch.chdir(tmp_path)
    demo_file(tmp_path)

    def endless(folder, content, stop):  # a folder of 10,000 that takes a minute, until told to stop
        deadline = time.monotonic() + 60
        done = 0
        while not stop(done, 10_000) and time.monotonic() < deadline:
            time.sleep(0.01)
            done += 1
        return []

    monkeypatch.setattr(picker, "overview", endless)
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.screen.reading
        await until(pilot, lambda: re.search(r"sessies laden… \d+ van 10\.000", str(folder_line(app))))
        started = time.monotonic()
        await pilot.press("ctrl+q")
    assert time.monotonic() - started < 3


@pytest.mark.parametrize("size", [SMALL, LARGE])
async def test_a_dialogs_key_stays_on_the_line_of_its_words(tmp_path, size):
    """The second --demo asks what to do: 'v' stood at the end of a line, 'vervangen door een
    verse kopie' on the next."""
    demo_file(tmp_path, "lindendal-2026-10-12-heisessie-raad-en-college.toml")
    app = make_app(tmp_path, demo=True)
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"))
        await pilot.pause()
        lines = screen_lines(app.export_screenshot())
        for option in (
            "o  de bestaande kopie openen",
            "n  een nieuwe kopie maken",
            "v  vervangen door een verse kopie",
        ):
            assert any(option in line for line in lines), option
        assert any("Esc  annuleren" in line for line in lines)


@pytest.mark.parametrize(("size", "tail"), [((80, 24), " · 3 van 9"), ((160, 40), " · 3 van 9, ← → wisselt")])
async def test_a_choice_shows_as_much_as_fits_and_nothing_cut(tmp_path, size, tail):
    """The role in the participants form: at 80 columns '← → wisselt' was cut off mid-way."""
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=size) as pilot:
        await pilot.press("d")
        await pilot.pause()
        role = app.screen.query_one("#rol")
        shown = str(role.render())
        assert shown == "◀ Raadslid coalitie ▶" + tail
        assert len(shown) <= role.content_size.width
