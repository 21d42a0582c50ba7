"""Text from people and files is text on every screen: never markup, never a raw control
character. The whole app is walked with hostile strings in every text field, and each
screen must show the exact string (its control characters made visible) and send no
control character to the terminal. A widget that forgets the rule fails here.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from app_harness import compare_ready, make_app, picker_ready
from helpers import CONTENT, IDS, session
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from svg_screen import screen_lines
from textual.app import App, ComposeResult

from workshop import locations
from workshop.content import load_content
from workshop.domain.model import Actie, Terugblik
from workshop.files.demo import demo_file, load_demo
from workshop.files.store import save_session
from workshop.output.text import visible
from workshop.ui.widgets.plain import Label, Static
from workshop.ui.widgets.plain_editor import TextArea
from workshop.ui.widgets.plain_fields import Input, OptionList
from workshop.ui.widgets.plain_table import DataTable
from workshop.ui.widgets.row_list import RowList

GEMEENTE, TITEL, BEGELEIDER = "Raad[/]stad", "[b]concept", "[@click=app.quit]klik[/]"
NAMES = ["Piet [/] (gr)", "[red]Els", "a\\[b]\\", "=SUM(A1)", "👩‍⚖️ رئيس é", "x\x1b[2Jy\x07"]
ROLES = ["burgemeester", "griffier", "wethouder", "raadslid-coalitie", "raadslid-oppositie", "anders"]
NOTE, REASON = "[/]noot\x1b[0m", "[i]reden"  # an editor: Textual itself drops BEL
OWNER, ACTION_NOTE = "[s]eigenaar", "=1+1"
EARLIER_TITLE, EARLIER_OWNER, REVIEW_NOTE = "[u]ronde 1", "[@click=app.bell]e[/]", "[dim]gedaan[/dim]\x1b[0m"
BROKEN = "[b]kapot.toml"
BAD_VALUE = "[/]x\x1b"
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def hostile_folder() -> Path:
    """An earlier round with an action plan, this round reviewing it, and a broken file whose
    error quotes a hostile value; every text field holds brackets, markup or escapes."""
    folder = Path("sessions")
    earlier = session(gemeente=GEMEENTE, titel=EARLIER_TITLE, datum=dt.date(2026, 3, 1))
    earlier.kwadrant = "bewust-onbekwaam"
    earlier.actieplan = [Actie("heidag-organiseren", eigenaar=EARLIER_OWNER, notities="=HYPERLINK(1)")]
    save_session(earlier, folder / "[i]eerder.toml", CONTENT)
    now = session(list(zip(NAMES, ROLES)), gemeente=GEMEENTE, titel=TITEL)
    now.begeleider = BEGELEIDER
    for deelnemer in now.deelnemers:
        deelnemer.antwoorden[IDS[0]] = 2
    now.onthuld = {IDS[0]}
    now.notities = {IDS[0]: NOTE}
    now.fase, now.fase_reden = 3, REASON
    now.actieplan = [Actie("feedback-geven", eigenaar=OWNER, notities=ACTION_NOTE)]
    now.terugblik = [Terugblik("[i]eerder.toml", 1, "heidag-organiseren", "gedaan", REVIEW_NOTE)]
    save_session(now, folder / "huidig.toml", CONTENT)
    text = demo_file().read_text(encoding="utf-8").replace('opzet = "gezamenlijk"', f'opzet = "{BAD_VALUE}"', 1)
    (folder / BROKEN).write_text(text.replace("\x1b", "\\u001b"), encoding="utf-8")
    return folder / "huidig.toml"


def shown(app) -> str:
    """The screen as text; it holds no control character at all."""
    svg = app.export_screenshot()
    text = "\n".join(screen_lines(svg))
    assert not CONTROL.search(text), repr(CONTROL.search(text).group())
    return text


def assert_shows(app, *texts: str) -> None:
    screen = shown(app)
    for text in texts:
        assert visible(text) in screen, (text, type(app.screen).__name__)


async def test_every_screen_shows_hostile_text_literally(tmp_path):
    hostile_folder()
    app = make_app(tmp_path)
    async with app.run_test(size=(200, 60), notifications=True) as pilot:
        await picker_ready(pilot)
        assert_shows(app, f"{GEMEENTE} · {TITEL}", f"{GEMEENTE} · {EARLIER_TITLE}", f"⚠ ONLEESBAAR: {BROKEN}")
        assert_shows(app, f"{BROKEN} is niet te openen", f"niet '{BAD_VALUE}'")  # the detail line
        await pilot.press("enter")  # the broken one: a notification quotes it
        await pilot.pause()
        assert_shows(app, "Onleesbaar", f"niet '{BAD_VALUE}'")
        app.clear_notifications()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"
        assert_shows(app, f"{GEMEENTE} · {TITEL}")
        for name in NAMES:  # the banner names the participant under the cursor, in full
            assert_shows(app, f": {name} (")
            await pilot.press("right")
        await pilot.press("down")  # a hidden question: the side panel names who is still open
        assert_shows(app, "Nog open (6): " + ", ".join(visible(name) for name in NAMES[:3]))
        await pilot.press("up", "z")
        await pilot.pause()
        assert_shows(app, f": {NAMES[-1]} (")
        await pilot.press("z", "f3")
        await pilot.pause()
        assert_shows(app, NOTE)
        await pilot.press("c")
        await pilot.pause()
        assert_shows(app, *NAMES)
        await pilot.press("escape", "f4")
        await pilot.pause()
        assert_shows(app, f"waarom: {REASON}")
        await pilot.press("p")
        await pilot.pause()
        assert_shows(app, OWNER, ACTION_NOTE)
        await pilot.press("escape", "f6")
        await pilot.pause()
        assert_shows(app, EARLIER_TITLE, EARLIER_OWNER, REVIEW_NOTE)
        await pilot.press("b", "enter")
        await pilot.pause()
        assert_shows(app, REVIEW_NOTE)
        await pilot.press("escape", "f2", "d")
        await pilot.pause()
        assert_shows(app, *NAMES)
        await pilot.press("escape", "ctrl+p")
        await pilot.pause()
        shown(app)
        await pilot.press("escape", "f9")
        await picker_ready(pilot)
        await pilot.press("down", "down", "k")
        await pilot.pause()
        assert_shows(app, f"Een nieuwe ronde van {GEMEENTE} · {TITEL}", GEMEENTE)
        await pilot.press("escape", "c")
        await compare_ready(pilot)
        assert_shows(app, EARLIER_TITLE, TITEL)
        await pilot.press("enter")  # the session under the picker's cursor and the one before it
        await pilot.pause()
        assert_shows(app, f"{EARLIER_TITLE} ({GEMEENTE}", f"{TITEL} ({GEMEENTE}")
    assert app.return_code in (None, 0)


# --- every text widget, with any text ----------------------------------------------------

HOSTILE_PIECES = st.sampled_from(
    ["[", "]", "[/]", "[b]", "\\", "[@click=app.quit]", "[link=x]", "=", "@", "\x1b", "\x07", "\x00", "\x9b"]
    + ["\u202e", "\u200f", "\u0301", "e\u0301", "👩‍⚖️", "🏛️", "رئيس", "שלום", "ë", "x", " "]
)
HOSTILE_TEXT = st.lists(HOSTILE_PIECES, min_size=1, max_size=8).map("".join).filter(lambda t: t.strip())


class Zoo(App):
    """One of every text widget the app uses, each showing the same text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        yield Static(self.text, id="static")
        yield Label(self.text, id="label")
        table = DataTable(id="table")
        table.add_column(self.text)
        table.add_row(self.text)
        yield table
        rows = RowList(id="rows")
        rows.show([(self.text, 20)], 1, lambda row: (self.text,))
        yield rows
        yield OptionList(self.text, id="options")
        yield Input(self.text, id="input")
        yield TextArea(self.text, id="area")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=HOSTILE_TEXT)
async def test_each_text_widget_shows_any_text_literally(text):
    app = Zoo(text)
    async with app.run_test(size=(60, 30)) as pilot:
        await pilot.pause()
        static = app.query_one("#static", Static)
        static.update(text)
        screen = shown(app)
        # a word wider than the screen wraps in the Static (it fills the width): its lines joined
        wrapped = "".join(screen.split("\n")[static.region.y : static.region.bottom])
    # the words of the text (the screen may draw combining marks and joiners in other cells)
    screen, wrapped = screen.replace("\u200f", ""), wrapped.replace("\u200f", "")
    for word in visible(text).split():
        word = word.replace("\u200f", "")
        assert word in screen or word in wrapped, (word, text)


async def test_hostile_content_files_show_literally(tmp_path):
    """Content is text from files too: a later edition with brackets and escapes in its
    names and titles is shown as it is, on every step and in the palette."""
    folder = tmp_path / "inhoud"
    folder.mkdir()
    for source in locations.content_dir().glob("*.toml"):
        text = source.read_text(encoding="utf-8")
        text = re.sub(r'^(naam|titel) = "', r"\g<0>[/]\\u001b", text, flags=re.M)
        (folder / source.name).write_text(text, encoding="utf-8")
    content = load_content(folder)
    assert content.instrumenten[0].naam.startswith("[/]\x1b")
    path = Path("sessions/demo.toml")
    save_session(load_demo(content), path, content)
    app = make_app(tmp_path, path, content=content)
    async with app.run_test(size=(200, 60)) as pilot:
        for key in ("f2", "f3", "f4", "f5", "f6", "f1", "escape", "ctrl+p"):
            await pilot.press(key)
            await pilot.pause()
            screen = shown(app)
            assert "[/]␛" in screen or key in ("f1", "escape", "ctrl+p"), key  # the palette names no content


async def test_a_hostile_folder_name_is_text_while_the_picker_reads_and_after(tmp_path):
    """The picker names its folder at once ('sessies laden…') and again with the count."""
    from workshop.ui.app import WorkshopApp

    folder = Path("[b]map[/b] [@click=app.quit]x\x1b[2J")
    save_session(session(), folder / "a.toml", CONTENT)
    app = WorkshopApp(sessions_dir=folder, settings_path=tmp_path / "instellingen.toml")
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        line = str(app.screen.query_one("#picker-folder").render())
        assert line in (f"Map: {visible(str(folder))} · sessies laden…", f"Map: {visible(str(folder))} · 1 sessie")
        await picker_ready(pilot)
        assert_shows(app, f"Map: {folder} · 1 sessie")
