"""The answer server through aiohttp's test client: every route, the token, CSRF and Origin,
the limits, the headers on every response, and no URL to another host anywhere."""

from __future__ import annotations

import contextlib
import json
import re
import socket

import aiohttp
import pytest
from aiohttp.test_utils import TestClient, TestServer
from helpers import CONTENT, IDS, people, session
from test_live_room import Clock, with_groups

from workshop.domain.live import ANSWERS_PER_WINDOW, JOINS_PER_WINDOW, LiveRoom
from workshop.files.store import encode
from workshop.live import address
from workshop.live.server import COOKIE_NAME, HEADERS, MAX_BODY, StartFailed, host_port, make_app, start

URL = re.compile(r"(?:https?:)?//([^/\s\"'<>]*)", re.IGNORECASE)


class Phone:
    """A test client that checks every response it gets: the strict headers, and no URL to
    another host in the body or the headers."""

    def __init__(self, client: TestClient, room: LiveRoom):
        self.client, self.room = client, room
        self.host = f"127.0.0.1:{client.port}"
        self.origin = f"http://{self.host}"
        self.seen = 0

    async def call(self, method: str, path: str, **options) -> tuple[aiohttp.ClientResponse, str]:
        options.setdefault("allow_redirects", False)
        async with self.client.request(method, path, **options) as response:
            body = await response.text()
        for name, value in HEADERS.items():
            assert response.headers.get(name) == value, (path, name)
        for text in (body, *response.headers.values()):
            assert all(host == self.host for host in URL.findall(text)), (path, URL.findall(text))
        self.seen += 1
        return response, body

    async def get(self, path: str, **options):
        return await self.call("GET", path, **options)

    async def post(self, path: str, data: dict | str | bytes, *, origin: str | None = "own", **options):
        headers = options.pop("headers", {})
        if origin is not None:
            headers["Origin"] = self.origin if origin == "own" else origin
        return await self.call("POST", path, data=data, headers=headers, **options)

    async def join(self) -> str:
        """Join (the page of the current token); the CSRF token of this phone's page."""
        response, body = await self.get(f"/{self.room.token}/")
        assert response.status == 200, body
        return csrf_of(body)

    async def answer(self, csrf: str, vraag_id: str, waarde: int | str, **options):
        return await self.post(
            f"/{self.room.token}/antwoord", {"csrf": csrf, "vraag": vraag_id, "waarde": waarde}, **options
        )

    def forget(self) -> None:
        """Another phone: no cookie."""
        self.client.session.cookie_jar.clear()

    def cookie(self) -> str | None:
        found = [c for c in self.client.session.cookie_jar if c.key == COOKIE_NAME]
        return found[0].value if found else None


def csrf_of(body: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', body).group(1)


@contextlib.asynccontextmanager
async def serving(room: LiveRoom):
    async with TestClient(TestServer(make_app(room), host="127.0.0.1")) as client:
        phone = Phone(client, room)
        yield phone
    assert phone.seen > 0


def new_room(sessie=None, **options) -> LiveRoom:
    return LiveRoom(session() if sessie is None else sessie, options.pop("content", CONTENT), **options)


# --- the way in ------------------------------------------------------------------------------


async def test_the_code_form_leads_to_the_page():
    room = new_room()
    async with serving(room) as phone:
        response, body = await phone.get("/")
        assert response.status == 200 and "Typ de code" in body and 'action="/code"' in body
        csrf = csrf_of(body)
        response, body = await phone.post("/code", {"csrf": csrf, "code": "FOUT-CODE"})
        assert response.status == 200 and "klopt niet" in body
        response, _ = await phone.post("/code", {"csrf": csrf, "code": room.code.lower()})
        assert response.status == 303 and response.headers["Location"] == f"/{room.token}/"


async def test_the_code_form_needs_origin_and_csrf():
    room = new_room()
    async with serving(room) as phone:
        csrf = csrf_of((await phone.get("/"))[1])
        for data, origin in (({"csrf": csrf, "code": room.code}, None), ({"code": room.code}, "own")):
            response, body = await phone.post("/code", data, origin=origin)
            assert response.status == 403 and "Geweigerd" in body


async def test_the_code_attempts_are_limited():
    room = new_room(clock=Clock())
    async with serving(room) as phone:
        csrf = csrf_of((await phone.get("/"))[1])
        for _ in range(JOINS_PER_WINDOW):
            await phone.post("/code", {"csrf": csrf, "code": "FOUT"})
        response, body = await phone.post("/code", {"csrf": csrf, "code": room.code})
        assert response.status == 429 and "Wacht tien seconden" in body


async def test_joining_sets_an_anonymous_cookie():
    sessie = session(people(2))
    room = new_room(sessie)
    async with serving(room) as phone:
        response, body = await phone.get(f"/{room.token}/", headers={"User-Agent": "Telefoon-van-Jan/1.0"})
        assert response.status == 200
        cookie = response.headers["Set-Cookie"]
        assert cookie.startswith(f"{COOKIE_NAME}=")
        for attribute in ("HttpOnly", "SameSite=Lax", "Path=/"):
            assert attribute in cookie
        assert "U doet mee vanaf uw eerste antwoord" in body and len(sessie.deelnemers) == 2  # no one yet
        _, again = await phone.get(f"/{room.token}/")  # scanning twice: the same phone
        await phone.answer(csrf_of(again), IDS[0], 3)
        _, body = await phone.get(f"/{room.token}/")
        assert "U bent <strong>Deelnemer 3</strong>" in body and len(sessie.deelnemers) == 3
        saved = encode(sessie, CONTENT).decode()
        assert "127.0.0.1" not in saved and "Telefoon-van-Jan" not in saved and phone.cookie() not in saved


async def test_own_pace_shows_all_statements_in_their_sections():
    room = new_room()
    async with serving(room) as phone:
        _, body = await phone.get(f"/{room.token}/")
        assert body.count('<form method="post" action="/') == 19
        assert "<h2>Raad</h2>" in body and "<h2>College van B en W</h2>" in body
        assert all(f'id="vraag-{n}"' in body for n in range(1, 20))
        assert "<b>1</b>altijd" in body and "<b>5</b>nooit" in body


async def test_answer_change_and_see_it_marked():
    sessie = session()
    room = new_room(sessie)
    async with serving(room) as phone:
        csrf = await phone.join()
        response, _ = await phone.answer(csrf, IDS[2], 4)
        assert response.status == 303 and response.headers["Location"] == f"/{room.token}/#vraag-3"
        response, _ = await phone.answer(csrf, IDS[2], 2)
        assert sessie.deelnemers[0].antwoorden == {IDS[2]: 2}
        _, body = await phone.get(f"/{room.token}/")
        assert body.count('class="gekozen"') == 1
        assert 'value="2" class="gekozen" aria-pressed="true"' in body
        assert "Uw antwoord: 2 vaak" in body and "U heeft 1 van de 19" in body


async def test_the_script_gets_the_news_as_text_instead_of_a_page():
    """antwoord.js posts the same form and asks for JSON: the answer, how far, who and that
    statement's totals (none: not revealed), no redirect."""
    sessie = session()
    room = new_room(sessie)
    async with serving(room) as phone:
        csrf = await phone.join()
        json_only = {"Accept": "application/json"}
        response, body = await phone.answer(csrf, IDS[2], 2, headers=json_only)
        assert response.status == 200 and response.content_type == "application/json"
        assert json.loads(body) == {
            "antwoord": "Uw antwoord: 2 vaak",
            "stand": "U heeft 1 van de 19 stellingen beantwoord.",
            "wie": "U bent Deelnemer 1. Uw naam wordt niet gevraagd en niet bewaard.",  # the first answer: a number
            "uitslag": {"vraag-3": None},  # not revealed
        }
        response, body = await phone.answer(csrf, IDS[2], 5, headers=json_only)
        assert json.loads(body)["antwoord"] == "Uw antwoord: 5 nooit" and sessie.deelnemers[0].antwoorden == {IDS[2]: 5}
        # refused: the server's Dutch page, which the script then shows by posting as without script
        response, body = await phone.answer("wrong", IDS[2], 1, headers=json_only)
        assert response.status == 403 and "Geweigerd" in body
        response, body = await phone.answer(csrf, IDS[2], 9, headers=json_only)
        assert response.status == 400 and sessie.deelnemers[0].antwoorden == {IDS[2]: 5}


async def test_the_script_is_served_from_here_and_allowed_by_the_policy():
    room = new_room()
    async with serving(room) as phone:
        response, body = await phone.get("/antwoord.js")
        assert response.status == 200 and response.content_type == "text/javascript"
        assert "fetch(form.action" in body and "innerHTML" not in body  # replies are set as text
        _, page = await phone.get(f"/{room.token}/")
        assert '<form method="post" action="/' + room.token + '/antwoord" class="antwoord">' in page
    policy = HEADERS["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "connect-src 'self'" in policy and "unsafe-inline" not in policy


async def test_the_prg_flow_ends_on_the_page():
    room = new_room()
    async with serving(room) as phone:
        csrf = await phone.join()
        async with phone.client.post(
            f"/{room.token}/antwoord",
            data={"csrf": csrf, "vraag": IDS[0], "waarde": "1"},
            headers={"Origin": phone.origin},
        ) as response:
            body = await response.text()
            assert response.status == 200 and response.method == "GET"
            assert [r.status for r in response.history] == [303]
        assert "Uw antwoord: 1 altijd" in body


async def test_paced_mode_shows_only_the_open_question():
    room = new_room()
    room.paced = True
    async with serving(room) as phone:
        _, body = await phone.get(f"/{room.token}/")
        assert "Wacht op de volgende vraag" in body and "<form" not in body
        assert 'http-equiv="refresh"' in body
        room.current = IDS[4]
        _, body = await phone.get(f"/{room.token}/")
        csrf = csrf_of(body)
        assert body.count("<form") == 1 and 'id="vraag-5"' in body
        response, _ = await phone.answer(csrf, IDS[0], 3)
        assert response.status == 403 and room.own_answers(phone.cookie()) == {}
        response, _ = await phone.answer(csrf, IDS[4], 3)
        assert response.status == 303


async def test_revealed_totals_and_nothing_else():
    sessie = session(people(2))
    sessie.deelnemers[0].antwoorden.update({IDS[0]: 1, IDS[1]: 2})
    sessie.deelnemers[1].antwoorden.update({IDS[0]: 5, IDS[1]: 2})
    room = new_room(sessie)
    async with serving(room) as phone:
        _, body = await phone.get(f"/{room.token}/")
        assert "Uitslag" not in body
        sessie.reveal([IDS[0]])
        _, body = await phone.get(f"/{room.token}/")
        assert body.count("Uitslag van de zaal") == 1
        assert "altijd 1, vaak 0, geregeld 0, soms 0, nooit 1" in body


async def test_the_news_brings_totals_revealed_since_the_page_came():
    """antwoord.js asks for the news when the page is looked at again: how far, who, and the
    totals of every revealed question by its section's id, as text."""
    sessie = session(people(2))
    sessie.deelnemers[0].antwoorden.update({IDS[0]: 1, IDS[2]: 2})
    sessie.deelnemers[1].antwoorden.update({IDS[0]: 5, IDS[2]: 2})
    room = new_room(sessie)
    async with serving(room) as phone:
        csrf = await phone.join()
        response, body = await phone.get(f"/{room.token}/nieuws")
        assert response.status == 200 and response.content_type == "application/json"
        assert json.loads(body) == {
            "stand": "U heeft 0 van de 19 stellingen beantwoord.",
            "wie": "U doet mee vanaf uw eerste antwoord; dan staat hier uw nummer. "
            "Uw naam wordt niet gevraagd en niet bewaard.",
            "uitslag": {f"vraag-{number}": None for number in range(1, 20)},  # nothing revealed
        }
        await phone.answer(csrf, IDS[2], 2)
        sessie.reveal([IDS[0], IDS[2]])  # the facilitator reveals two, after the page came
        said = json.loads((await phone.get(f"/{room.token}/nieuws"))[1])
        assert said["stand"] == "U heeft 1 van de 19 stellingen beantwoord."
        assert said["wie"].startswith("U bent Deelnemer 3.")
        revealed = {key: text for key, text in said["uitslag"].items() if text is not None}
        assert revealed == {
            "vraag-1": "Uitslag van de zaal: altijd 1, vaak 0, geregeld 0, soms 0, nooit 1",
            "vraag-3": "Uitslag van de zaal: altijd 0, vaak 3, geregeld 0, soms 0, nooit 0",
        }
        assert len(said["uitslag"]) == 19
        # the reply to an answer: the totals of that statement only (it may have changed them)
        _, body = await phone.answer(csrf, IDS[2], 1, headers={"Accept": "application/json"})
        assert json.loads(body)["uitslag"] == {
            "vraag-3": "Uitslag van de zaal: altijd 1, vaak 2, geregeld 0, soms 0, nooit 0"
        }
        sessie.onthuld.discard(IDS[2])  # hidden again: the page drops those totals
        _, body = await phone.answer(csrf, IDS[2], 2, headers={"Accept": "application/json"})
        assert json.loads(body)["uitslag"] == {"vraag-3": None}
        assert json.loads((await phone.get(f"/{room.token}/nieuws"))[1])["uitslag"]["vraag-3"] is None
        phone.forget()  # a browser without our cookie learns nothing
        response, _ = await phone.get(f"/{room.token}/nieuws")
        assert response.status == 404 and not room.stats().waiting


async def test_the_group_choice():
    content = with_groups()
    sessie = session(content=content)
    room = new_room(sessie, content=content)
    async with serving(room) as phone:
        csrf = await phone.join()
        assert 'action="/' + room.token + '/groep"' not in (await phone.get(f"/{room.token}/"))[1]
        response, body = await phone.post(f"/{room.token}/groep", {"csrf": csrf, "groep": "raad"})
        assert response.status == 403 and "kan in deze bijeenkomst niet" in body
        room.groups_allowed = True
        _, body = await phone.get(f"/{room.token}/")
        assert f'action="/{room.token}/groep"' in body and "burgemeester" not in body.split('id="groep"')[1][:40]
        response, _ = await phone.post(f"/{room.token}/groep", {"csrf": csrf, "groep": "raad"})
        assert response.status == 303 and response.headers["Location"] == f"/{room.token}/#groep"
        assert sessie.deelnemers[0].rol == "raad"
        for wrong in ({"csrf": csrf, "groep": "burgemeester"}, {"csrf": csrf}):
            response, body = await phone.post(f"/{room.token}/groep", wrong)
            assert response.status == 400 and "burgemeester" not in body
        assert sessie.deelnemers[0].rol == "raad"


async def test_the_style_sheet():
    async with serving(new_room()) as phone:
        response, body = await phone.get("/stijl.css")
        assert response.status == 200 and response.content_type == "text/css" and "button" in body
        response, body = await phone.get("/favicon.ico")
        assert response.status == 204 and body == ""


# --- refused ---------------------------------------------------------------------------------


async def test_a_wrong_token_is_not_found_everywhere():
    room = new_room()
    async with serving(room) as phone:
        csrf = await phone.join()
        wrong = room.token[:-2] + ("aa" if not room.token.endswith("aa") else "bb")
        for method, path in (
            ("GET", f"/{wrong}/"),
            ("POST", f"/{wrong}/antwoord"),
            ("POST", f"/{wrong}/groep"),
            ("GET", f"/{wrong}/nieuws"),
            ("GET", f"/{room.token}"),
            ("GET", "/robots.txt"),
        ):
            response, body = await phone.call(method, path, data={"csrf": csrf}, headers={"Origin": phone.origin})
            assert response.status == 404 and "Niet gevonden" in body


async def test_a_new_token_makes_the_old_link_not_found():
    room = new_room()
    async with serving(room) as phone:
        old = room.token
        await phone.answer(await phone.join(), IDS[0], 2)
        room.new_token()
        assert (await phone.get(f"/{old}/"))[0].status == 404
        assert (await phone.get(f"/{room.token}/"))[0].status == 200
        assert len(room.sessie.deelnemers) == 1


@pytest.mark.parametrize("origin", [None, "null", "http://evil.example", "http://127.0.0.1:1", "https://127.0.0.1"])
async def test_a_post_from_elsewhere_is_forbidden(origin):
    room = new_room()
    async with serving(room) as phone:
        csrf = await phone.join()
        response, body = await phone.answer(csrf, IDS[0], 3, origin=origin)
        assert response.status == 403 and "Geweigerd" in body
        assert room.own_answers(phone.cookie()) == {}


async def test_a_post_without_the_right_csrf_is_forbidden():
    room = new_room()
    async with serving(room) as phone:
        other = await phone.join()
        phone.forget()
        csrf = await phone.join()
        for token in ("", "0" * 64, other, csrf[:-1]):
            response, _ = await phone.answer(token, IDS[0], 3)
            assert response.status == 403
        response, _ = await phone.post(f"/{room.token}/antwoord", {"vraag": IDS[0], "waarde": "3"})
        assert response.status == 403
        assert all(not d.antwoorden for d in room.sessie.deelnemers)


async def test_another_host_header_is_refused():
    room = new_room()
    async with serving(room) as phone:
        response, body = await phone.get(f"/{room.token}/", headers={"Host": "evil.example"})
        assert response.status == 421 and "Verkeerd adres" in body
        assert room.sessie.deelnemers == []


async def test_only_known_questions_and_values():
    room = new_room()
    async with serving(room) as phone:
        csrf = await phone.join()
        for vraag, waarde in (("<script>alert(1)</script>", "3"), (IDS[0], "6"), (IDS[0], "0"), (IDS[0], "1.0")):
            response, body = await phone.answer(csrf, vraag, waarde)
            assert response.status == 400 and "<script>" not in body and "alert" not in body
        assert room.own_answers(phone.cookie()) == {}


async def test_a_large_body_is_refused():
    room = new_room()
    async with serving(room) as phone:
        csrf = await phone.join()
        data = {"csrf": csrf, "vraag": IDS[0], "waarde": "3", "x": "y" * MAX_BODY}
        response, body = await phone.post(f"/{room.token}/antwoord", data)
        assert response.status == 413 and "Te groot" in body
        assert room.own_answers(phone.cookie()) == {}


async def test_the_answer_rate_limit():
    room = new_room(clock=Clock())
    async with serving(room) as phone:
        csrf = await phone.join()
        for n in range(ANSWERS_PER_WINDOW):
            assert (await phone.answer(csrf, IDS[n % 19], n % 5 + 1))[0].status == 303
        response, body = await phone.answer(csrf, IDS[0], 1)
        assert response.status == 429 and response.headers["Retry-After"] == "10" and "Wacht" in body


async def test_the_join_rate_limit():
    room = new_room(clock=Clock())
    async with serving(room) as phone:
        for _ in range(JOINS_PER_WINDOW):
            phone.forget()
            await phone.join()
        phone.forget()
        response, body = await phone.get(f"/{room.token}/")
        assert response.status == 429 and "veel telefoons" in body


async def test_the_cap():
    room = new_room(cap=2)
    async with serving(room) as phone:
        for _ in range(2):
            phone.forget()
            await phone.answer(await phone.join(), IDS[0], 3)  # a participant with its first answer
        phone.forget()
        response, body = await phone.get(f"/{room.token}/")
        assert response.status == 503 and "maximum van 2 deelnemers" in body


async def test_closed_joining():
    room = new_room()
    async with serving(room) as phone:
        csrf = await phone.join()
        room.open = False
        _, body = await phone.get(f"/{room.token}/")
        assert "De vragenlijst is gesloten" in body and "<form" not in body
        response, _ = await phone.answer(csrf, IDS[0], 3)
        assert response.status == 403
        phone.forget()
        response, body = await phone.get(f"/{room.token}/")
        assert response.status == 403 and "Deelnemen is gesloten" in body


async def test_after_closing_for_good_the_old_cookie_is_no_one():
    room = new_room()
    async with serving(room) as phone:
        csrf = await phone.join()
        room.close_for_good()
        room.open = True
        response, body = await phone.answer(csrf, IDS[0], 3)
        assert response.status == 403 and "doet niet (meer) mee" in body


async def test_other_methods_get_a_dutch_page():
    room = new_room()
    async with serving(room) as phone:
        response, body = await phone.call("DELETE", f"/{room.token}/")
        assert response.status == 405 and "Niet toegestaan" in body
        response, body = await phone.call("GET", f"/{room.token}/antwoord")
        assert response.status == 405


# --- what a phone is sent --------------------------------------------------------------------


async def test_the_page_is_small_at_its_largest():
    content = with_groups()
    sessie = session(people(30), content=content)
    for deelnemer in sessie.deelnemers:
        deelnemer.antwoorden = {vraag_id: 3 for vraag_id in IDS}
    sessie.reveal(IDS)
    room = new_room(sessie, content=content)
    room.groups_allowed = True
    async with serving(room) as phone:
        csrf = await phone.join()
        for vraag_id in IDS:
            await phone.answer(csrf, vraag_id, 5)
        response, body = await phone.get(f"/{room.token}/")
        size = len(body.encode()) + len((await phone.get("/stijl.css"))[1].encode())
        assert size <= 30 * 1024, size
        assert body.count("Uitslag van de zaal") == 19 and body.count('class="gekozen"') == 19 + 1


async def test_text_is_escaped():
    sessie = session([("<script>alert(1)</script>", "anders")])
    room = new_room(sessie)
    async with serving(room) as phone:
        await phone.answer(await phone.join(), IDS[0], 1)
        room.sessie.deelnemers[1].naam = '"><img src=x onerror=alert(1)>'  # renamed by the facilitator
        _, body = await phone.get(f"/{room.token}/")
        assert "<img" not in body and "&lt;img" in body
        assert "<script>" not in body  # only the page's own <script src=...>


async def test_no_inline_style_or_script():
    room = new_room()
    async with serving(room) as phone:
        for path in ("/", f"/{room.token}/"):
            _, body = await phone.get(path)
            scripts = re.findall(r"<script[^>]*>[^<]*</script>", body)
            assert set(scripts) <= {'<script src="/antwoord.js" defer></script>'}, scripts  # its own file only
            assert body.count("<script") == len(scripts)
            assert "<style" not in body and " style=" not in body
            assert " on" not in re.sub(r">[^<]*<", "><", body)  # no event handler attributes


# --- the real server -------------------------------------------------------------------------


async def test_start_serves_on_one_address_and_stop_frees_the_port():
    room = new_room()
    server = await start(room, "127.0.0.1")
    try:
        assert server.base == f"http://127.0.0.1:{server.port}/"
        assert server.url == f"{server.base}{room.token}/"
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as client:
            async with client.get(server.url) as response:
                assert response.status == 200 and "U doet mee vanaf uw eerste antwoord" in await response.text()
        room.new_token()
        assert server.url == f"{server.base}{room.token}/"
    finally:
        await server.stop()
    with socket.socket() as again:
        again.bind(("127.0.0.1", server.port))


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "", "localhost", "alle", "224.0.0.1"])
async def test_start_refuses_every_interface_and_names(host):
    with pytest.raises(ValueError) as refused:
        await start(new_room(), host)
    assert "adres" in str(refused.value)


async def test_start_on_an_address_not_of_this_machine_says_so():
    with pytest.raises(StartFailed) as failed:
        await start(new_room(), "192.0.2.1")
    assert "Luisteren op 192.0.2.1:0 lukt niet" in str(failed.value)


def test_the_default_address_is_private_or_loopback():
    found = address.default_address()
    assert found == "127.0.0.1" or address.is_private(found)
    assert found != "0.0.0.0"


def test_the_default_address_falls_back_to_loopback(monkeypatch):
    monkeypatch.setattr(address, "candidates", lambda: ["8.8.4.4", "127.0.1.1", "169.254.1.1"])
    assert address.default_address() == "127.0.0.1"
    monkeypatch.setattr(address, "candidates", lambda: ["100.64.0.1", "172.20.1.5", "192.168.1.9"])
    assert address.default_address() == "172.20.1.5"


def test_private_means_rfc_1918():
    assert all(address.is_private(a) for a in ("10.0.0.1", "172.16.0.1", "172.31.255.254", "192.168.0.1"))
    assert not any(address.is_private(a) for a in ("172.32.0.1", "127.0.0.1", "8.8.8.8", "fd00::1", "x"))


def test_check_bind():
    assert address.check_bind(" 192.168.1.10 ") == "192.168.1.10"
    assert address.check_bind("::1") == "::1"
    for wrong, said in (("0.0.0.0", "alle netwerken"), ("::", "alle netwerken"), ("laptop", "geen IP-adres")):
        with pytest.raises(ValueError, match=said):
            address.check_bind(wrong)


def test_host_port_as_a_browser_writes_it():
    assert host_port("192.168.1.10", 8080) == "192.168.1.10:8080"
    assert host_port("192.168.1.10", 80) == "192.168.1.10"  # the Origin and Host a browser sends
    assert host_port("::1", 8080) == "[::1]:8080"
