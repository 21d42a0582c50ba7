"""Answering on phones with the app and the server in one event loop: Pilot drives the
facilitator while a client answers as a phone would, on the loopback address."""

from __future__ import annotations

import re
import socket
from pathlib import Path

import aiohttp
import pytest
from app_harness import SMALL, demo_file, make_app, on_screen, until
from helpers import CONTENT, IDS, all_norms, people, session
from svg_screen import screen_lines

from workshop.files.store import load_session, save_session
from workshop.ui.flow import open_path


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def screen(app) -> str:
    return "\n".join(screen_lines(app.export_screenshot()))


def live_app(tmp_path, path):
    return make_app(tmp_path, path, live=("127.0.0.1", 0))


class Phone:
    """A phone's browser, reduced to what the page needs: its cookie, the csrf of the page,
    and the Origin a browser sends with a form."""

    def __init__(self, http: aiohttp.ClientSession, url: str) -> None:
        self.http, self.url = http, url
        self.origin = re.match(r"http://[^/]+", url).group(0)
        self.csrf = ""

    async def join(self) -> str:
        async with self.http.get(self.url) as response:
            assert response.status == 200
            page = await response.text()
        self.csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        return page

    async def answer(self, vraag_id: str, waarde: int) -> int:
        data = {"vraag": vraag_id, "waarde": str(waarde), "csrf": self.csrf}
        headers = {"Origin": self.origin}
        async with self.http.post(f"{self.url}antwoord", data=data, headers=headers, allow_redirects=False) as reply:
            return reply.status


async def one_phone_answers(url: str, vraag_id: str, waarde: int) -> None:
    """A phone joins and answers one statement."""
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # an IP address
        phone = Phone(http, url)
        await phone.join()
        assert await phone.answer(vraag_id, waarde) == 303


def hidden_room() -> Path:
    sessie = session(people(2), titel="Live")
    sessie.normen = all_norms(4)
    path = Path("sessions/live.toml")
    save_session(sessie, path, CONTENT)
    return path


async def test_a_phone_joins_and_answers_and_the_projector_and_the_file_follow(tmp_path):
    path = hidden_room()
    app = live_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        url = app.live.server.url
        assert url.startswith("http://127.0.0.1:")
        await until(pilot, lambda: url in screen(app) and app.live.room.code in screen(app))
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # an IP address
            phone = Phone(http, url)
            await phone.join()
            await until(pilot, lambda: "Pagina open, nog geen antwoord: 1" in screen(app))
            assert "Deelgenomen: 0 telefoons (hoogstens 200)" in screen(app)
            assert len(load_session(path, CONTENT).deelnemers) == 2  # opening the page is no participant
            for vraag_id in IDS:
                assert await phone.answer(vraag_id, 3) == 303
            assert await phone.answer(IDS[0], 5) == 303  # changed while open
        await until(pilot, lambda: "1:1  2:1" in screen(app))
        assert "Deelgenomen: 1 telefoon (hoogstens 200)" in screen(app) and "Pagina open" not in screen(app)
        await pilot.press("escape")  # to the grid: a third column, every cell answered but hidden
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        grid = app.screen.query_one("AnswerGrid")
        assert len(grid.people) == 3
        await until(pilot, lambda: load_session(path, CONTENT).deelnemers[-1].antwoorden.get(IDS[0]) == 5)
    on_disk = load_session(path, CONTENT)
    phone_participant = on_disk.deelnemers[-1]
    assert phone_participant.naam == "Deelnemer 3" and phone_participant.rol == "anders"
    assert len(phone_participant.antwoorden) == 19
    assert phone_participant.apparaat  # the link, kept until joining closes for good


async def test_revealing_one_phone_answer_asks_first(tmp_path):
    app = live_app(tmp_path, hidden_room())
    async with app.run_test(size=SMALL) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        await one_phone_answers(app.live.server.url, IDS[0], 2)
        await pilot.press("escape")
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        await pilot.press("o")
        await until(pilot, lambda: "minder dan 3 antwoorden" in screen(app))
        await pilot.press("n")
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        assert not app.current.sessie.is_revealed(IDS[0])
        await pilot.press("o")
        await until(pilot, lambda: "minder dan 3 antwoorden" in screen(app))
        await pilot.press("j")
        await until(pilot, lambda: app.current.sessie.is_revealed(IDS[0]))


async def test_the_status_bar_says_when_the_phones_answers_are_on_disk(tmp_path):
    """The phones' repaint does not look for the status bar; the live save says it instead:
    'Opslaan…' or straight to 'Opgeslagen om', with the answer in the file."""
    path = hidden_room()
    app = live_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        await pilot.press("escape")
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        bar = app.screen.query_one("#session-bar")
        bar.show("Lindendal", "Live", "nog niet", False)  # words the phones' save must replace
        await one_phone_answers(app.live.server.url, IDS[4], 4)
        await until(pilot, lambda: bar.status.startswith("✓ Opgeslagen om"), 10)
        assert load_session(path, CONTENT).deelnemers[-1].antwoorden == {IDS[4]: 4}


async def test_closing_for_good_erases_the_links_and_frees_the_port(tmp_path):
    path = hidden_room()
    app = live_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        port = app.live.server.port
        await one_phone_answers(app.live.server.url, IDS[0], 2)
        await pilot.press("X")
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"))
        await pilot.press("j")
        await until(pilot, lambda: app.live.server is None)
        assert "Deelnemen is gesloten" in screen(app)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", port))  # free again
    on_disk = load_session(path, CONTENT)
    assert [d.apparaat for d in on_disk.deelnemers] == ["", "", ""]
    assert on_disk.deelnemers[-1].antwoorden == {IDS[0]: 2}  # the answers stay


@pytest.mark.parametrize("key, leave", [("A", "escape"), ("X", "n")])
async def test_the_counts_follow_phones_that_joined_while_a_dialog_was_open(tmp_path, key, leave):
    app = live_app(tmp_path, hidden_room())
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        await pilot.press(key)  # the dialog for another address, or for closing for good
        await until(pilot, lambda: not on_screen(app, "LivePanel"))
        await one_phone_answers(app.live.server.url, IDS[0], 2)
        await pilot.pause(0.5)  # the live timer's ticks, while the dialog is on top
        await pilot.press(leave)  # cancelled: the panel as it was, and the phone counted
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        await until(pilot, lambda: "Deelgenomen: 1 telefoon (hoogstens 200)" in screen(app))
        assert "1:1  2:0" in screen(app)
        await app.live.close()


async def test_closing_and_opening_again_from_the_panel_at_80_columns(tmp_path):
    """At 80x24 the key bar shows how to close joining; once closed, the panel says that F7
    opens it again, and F7 does, for the same phones; F7 on an open panel goes back."""
    app = live_app(tmp_path, hidden_room())
    async with app.run_test(size=SMALL) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        keys = str(app.screen.query_one("KeyBar").render())
        assert "esc Terug" in keys and "x Sluiten" in keys
        token = app.live.room.token
        await pilot.press("x")
        await until(pilot, lambda: app.live.server is None)
        await pilot.pause()
        assert "Deelnemen is gesloten. F7 opent het weer." in screen(app)
        assert "x Sluiten" not in str(app.screen.query_one("KeyBar").render())
        await pilot.press("f7")
        await until(pilot, lambda: app.live.server is not None)
        await pilot.pause()
        assert on_screen(app, "LivePanel") and app.live.room.token == token
        assert app.live.server.url in str(app.screen.query_one("#live-join").render())
        assert "x Sluiten" in str(app.screen.query_one("KeyBar").render())
        await pilot.press("f7")
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        assert app.live.server is not None  # joining stays open
        await app.live.close()


async def test_quitting_stops_the_server(tmp_path):
    app = live_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        port = app.live.server.port
        await pilot.press("ctrl+q")
        await pilot.pause()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", port))


async def test_f7_opens_joining_from_a_step_and_the_panel_shows_the_pace(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.live.server is None
        await pilot.press("f7")
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        assert app.live.server is not None and app.live.server.host != "0.0.0.0"
        await until(pilot, lambda: "Tempo: eigen tempo" in screen(app))
        await pilot.press("S")
        await until(pilot, lambda: "Tempo: samen" in screen(app))
        await pilot.press("escape")
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        assert app.live.server is not None  # joining stays open behind the step
        await until(pilot, lambda: app.live.room.current == IDS[0])  # the question the facilitator has open
        await pilot.press("down")
        await until(pilot, lambda: app.live.room.current == IDS[1])
        await app.live.close()


async def test_live_on_a_session_another_window_holds_asks_first_and_opens_after_taking_over(tmp_path):
    """--live on a session that another running window holds: the 'Al geopend' question comes
    first (not hidden behind the panel); reading only serves nothing, taking over opens joining."""
    import os

    from workshop.files.lock import lock_path

    path = hidden_room()
    lock_path(path).write_text(f"{os.getppid()}\n{socket.gethostname()}\n28-11-2026 20:00\n")
    for key, serving in (("l", False), ("o", True)):
        app = live_app(tmp_path, path)
        async with app.run_test(size=SMALL) as pilot:
            await until(pilot, lambda: "Al geopend" in screen(pilot.app))
            await pilot.press(key)
            if serving:
                await until(pilot, lambda: on_screen(pilot.app, "LivePanel"))
            else:
                await until(pilot, lambda: on_screen(pilot.app, "QuestionnaireScreen"))
                await pilot.pause(0.3)  # and nothing opens after it
            assert (app.live.server is not None) == serving
            await app.live.close()


async def test_the_live_timer_never_trips_over_a_screen_that_is_taken_down(tmp_path):
    """The timer asks for the question in view and redraws at any moment, also while quitting
    takes the widgets of a step away (once an error at the end of a run)."""
    app = live_app(tmp_path, hidden_room())
    async with app.run_test(size=SMALL) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        await pilot.press("escape")
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        assert app.question_in_view() == IDS[0]
        await app.screen.query_one("AnswerGrid").remove()
        assert app.question_in_view() is None
        app.phones_changed()  # no error: nothing to draw on
        await pilot.pause(0.4)  # two ticks of the live timer on the half-gone screen
        await app.live.close()
    assert app.question_in_view() is None  # the app has stopped: no screen at all
    app.phones_changed()


async def test_opening_the_same_session_again_ends_joining_for_the_old_copy(tmp_path):
    """Phones never answer into a copy of the session that is no longer the open one: opening
    the file again (from the picker) saves what phones sent and stops the server first."""
    path = hidden_room()
    app = live_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        await one_phone_answers(app.live.server.url, IDS[0], 2)
        old = app.current
        await pilot.press("escape")
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        open_path(app, path)
        await until(pilot, lambda: app.live.server is None)
        assert app.current is not old and app.live.room is None
        assert app.current.sessie.deelnemers[-1].antwoorden == {IDS[0]: 2}  # saved before, read again


@pytest.mark.parametrize("size", [SMALL, (120, 36)])
async def test_the_whole_panel_fits_with_a_long_address_and_a_full_room(tmp_path, size):
    """The longest address a town hall's network gives (a 15-character IPv4 address, a
    5-digit port), 150 phones with every question answered and pages still waiting: every line
    of the panel is on screen, the last line of the warning included, above the key bar."""
    from workshop.domain.live import Stats

    app = live_app(tmp_path, hidden_room())
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        server, room = app.live.server, app.live.room
        server.host, server.port = "192.168.178.123", 49152
        full = Stats(joined=150, waiting=12, cap=200, answered=dict.fromkeys(IDS, 150))
        room.stats = lambda: full
        app.screen.draw()
        await pilot.pause()
        shown = screen(app)
        assert "Pagina open, nog geen antwoord: 12" in shown
        assert "19:150" in shown and "Adres: 192.168.178.123 · poort 49152" in shown
        assert "wachtwoord op het scherm." in shown
        threat, keybar = app.screen.query_one("#live-threat"), app.screen.query_one("KeyBar")
        assert threat.region.bottom <= keybar.region.y
        await app.live.close()


def test_the_join_url_breaks_only_after_a_slash():
    from workshop.ui.screens.live_panel import url_lines

    url = "http://192.168.100.200:49152/RDeDqUno6BEW8i31K4_vcg/"
    assert url_lines(url, 0) == url_lines(url, 60) == url
    assert url_lines(url, 44) == "http://192.168.100.200:49152/\nRDeDqUno6BEW8i31K4_vcg/"
    assert url_lines(url, 20) == "http://\n192.168.100.200:49152/\nRDeDqUno6BEW8i31K4_vcg/"
