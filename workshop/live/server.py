"""The answer page's web server (aiohttp), run inside the app's event loop while joining is
open. Imported only then: `import aiohttp.web` costs about 0.2 s of start-up.

Safe on a shared network: it listens on one address, everything but the code form is under
the random token (a wrong token is a 404), every POST needs the server's own Origin and a
CSRF token, bodies are small, and the room's caps and rate limits apply. Strict headers on
every response; no access log (it would store IP addresses).

An answer is a form's POST and a redirect back to the page (works without script). The
page's own script (/antwoord.js) posts the same form with `Accept: application/json` and gets
the news as text instead (the answer in words, how far, who, that statement's totals): no page
of 18 KB made and sent for every tap. When the page is looked at again, the script asks
`GET TOKEN/nieuws` for the same news with every revealed question's totals.
"""

from __future__ import annotations

import logging

from aiohttp import web

from workshop.domain.live import Closed, Full, Invalid, LiveRoom, Refused, TooFast, Unknown
from workshop.live import page
from workshop.live.address import check_bind

COOKIE_NAME = "deelnemer"
COOKIE_AGE = 12 * 3600  # a meeting's day: scanning again later the same day is the same participant
MAX_BODY = 4096
JSON = "application/json"  # what antwoord.js accepts: a reply it sets as text, no page
CODE_FORM = "code"  # what the code form's CSRF token is made of (no participant there yet)
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self'; script-src 'self'; connect-src 'self'; "
        "form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
    # 'same-origin', not 'no-referrer': with that Chromium sends "Origin: null" on a form POST
    "Referrer-Policy": "same-origin",
    "Server": "workshop",
}
REFUSED_STATUS = ((Full, 503), (TooFast, 429), (Invalid, 400), (Closed, 403), (Unknown, 403), (Refused, 403))
ERRORS = {
    400: ("Ongeldig verzoek", "Dit verzoek begrijpt de pagina niet."),
    403: ("Geweigerd", "Dit verzoek is geweigerd. Open de pagina opnieuw via de link of de QR-code."),
    404: ("Niet gevonden", "Deze pagina bestaat niet. Controleer de link of scan de QR-code opnieuw."),
    405: ("Niet toegestaan", "Dit kan op deze pagina niet."),
    413: ("Te groot", "Dit verzoek is te groot."),
    421: ("Verkeerd adres", "Gebruik het adres dat op het scherm staat."),
    429: ("Te snel", "Te veel verzoeken kort na elkaar. Wacht tien seconden en probeer het opnieuw."),
    503: ("Vol", "Er kunnen nu geen deelnemers meer bij."),
}
ROOM = web.AppKey("room", LiveRoom)
log = logging.getLogger(__name__)


def host_port(host: str, port: int) -> str:
    """As in a URL: an IPv6 address in brackets, and port 80 left out (as browsers do)."""
    name = f"[{host}]" if ":" in host else host
    return name if port == 80 else f"{name}:{port}"


def html(text: str, status: int = 200) -> web.Response:
    return web.Response(text=text, status=status, content_type="text/html", charset="utf-8")


def see_other(location: str) -> web.Response:
    """After a POST, back to a page (POST, redirect, GET): a reload never posts again."""
    return web.Response(status=303, headers={"Location": location})


def error_page(status: int, text: str | None = None) -> web.Response:
    title, default = ERRORS.get(status, ("Er ging iets mis", "Probeer het later opnieuw."))
    response = html(page.message_page(title, text or default), status)
    if status == 429:
        response.headers["Retry-After"] = "10"
    return response


def refused(problem: Refused) -> web.Response:
    status = next(code for kind, code in REFUSED_STATUS if isinstance(problem, kind))
    return error_page(status, problem.reason)


def own_host(request: web.Request) -> str | None:
    """host:port of the socket this request came in on: the server's own, whatever the
    request's headers claim."""
    sockname = request.transport.get_extra_info("sockname") if request.transport else None
    return host_port(sockname[0], sockname[1]) if sockname else None


@web.middleware
async def guard(request: web.Request, handler) -> web.StreamResponse:
    """Only requests for this server's own address (no DNS rebinding), and every error as a
    Dutch page."""
    try:
        if request.host != own_host(request):
            raise web.HTTPMisdirectedRequest()
        return await handler(request)
    except web.HTTPException as problem:  # the router's 404 and 405, and the checks' 403 and 413
        return error_page(problem.status)
    except Exception:
        log.exception("fout in de antwoordpagina")  # the path only: never an address
        return error_page(500)


async def add_headers(request: web.Request, response: web.StreamResponse) -> None:
    response.headers.update(HEADERS)


def make_app(room: LiveRoom) -> web.Application:
    app = web.Application(middlewares=[guard], client_max_size=MAX_BODY, client_max_fields=16)
    app[ROOM] = room
    app.on_response_prepare.append(add_headers)
    app.router.add_get("/", code_form)
    app.router.add_post("/code", code_post)
    app.router.add_get("/stijl.css", style)
    app.router.add_get("/antwoord.js", script)
    app.router.add_get("/favicon.ico", no_icon)  # browsers ask for it: an empty answer, no 404 in their console
    app.router.add_get("/{token}/", join)
    app.router.add_post("/{token}/antwoord", answer)
    app.router.add_get("/{token}/nieuws", news)
    app.router.add_post("/{token}/groep", group)
    return app


async def style(request: web.Request) -> web.Response:
    return web.Response(text=page.STYLE, content_type="text/css", charset="utf-8")


async def script(request: web.Request) -> web.Response:
    return web.Response(text=page.SCRIPT, content_type="text/javascript", charset="utf-8")


async def no_icon(request: web.Request) -> web.Response:
    return web.Response(status=204)


async def code_form(request: web.Request) -> web.Response:
    return html(page.code_form(request.app[ROOM].csrf(CODE_FORM)))


async def code_post(request: web.Request) -> web.Response:
    room = request.app[ROOM]
    form = await posted(request, CODE_FORM)
    try:
        right = room.try_code(str(form.get("code", "")))
    except Refused as problem:
        return refused(problem)
    if right:
        return see_other(f"/{room.token}/")
    return html(page.code_form(room.csrf(CODE_FORM), "Deze code klopt niet. Kijk nog eens op het scherm."))


def checked_room(request: web.Request) -> LiveRoom:
    room = request.app[ROOM]
    if not room.token_matches(request.match_info["token"]):
        raise web.HTTPNotFound()
    return room


async def posted(request: web.Request, csrf_of: str | None):
    """The form of a POST from this server's own page: the Origin is this server, and the
    CSRF token belongs to `csrf_of` (a participant's cookie); else 403."""
    room = request.app[ROOM]
    if request.headers.get("Origin") != f"http://{own_host(request)}":
        raise web.HTTPForbidden()
    form = await request.post()  # 413 beyond MAX_BODY
    csrf = form.get("csrf")
    if not isinstance(csrf, str) or not room.csrf_ok(csrf_of, csrf):
        raise web.HTTPForbidden()
    return form


async def join(request: web.Request) -> web.Response:
    room = checked_room(request)
    try:
        cookie = room.join(request.cookies.get(COOKIE_NAME))
    except Refused as problem:
        return refused(problem)
    response = html(page.answer_page(room, cookie))
    response.set_cookie(COOKIE_NAME, cookie, max_age=COOKIE_AGE, path="/", httponly=True, samesite="Lax")
    return response


async def answer(request: web.Request) -> web.Response:
    room = checked_room(request)
    cookie = request.cookies.get(COOKIE_NAME)
    form = await posted(request, cookie)
    vraag_id, waarde = form.get("vraag"), form.get("waarde")
    if not isinstance(vraag_id, str) or not room.content.has_vraag(vraag_id):
        return error_page(400, "Deze vraag bestaat niet.")
    if waarde not in [str(punt.waarde) for punt in room.content.schaal]:
        return error_page(400, "Dit antwoord bestaat niet.")
    try:
        room.answer(cookie, vraag_id, int(waarde))
    except Refused as problem:
        return refused(problem)
    if request.headers.get("Accept") == JSON:  # antwoord.js: the answer in words, and the news
        return web.json_response(
            {"antwoord": page.own_answer(room, int(waarde))} | page.news(room, room.member(cookie), vraag_id)
        )
    return see_other(f"/{room.token}/#vraag-{room.content.vraag(vraag_id).nummer}")


async def news(request: web.Request) -> web.Response:
    """antwoord.js, when the page is looked at again: how far, who, and the revealed totals."""
    room = checked_room(request)
    deelnemer = room.participant(request.cookies.get(COOKIE_NAME))
    if deelnemer is None:
        raise web.HTTPNotFound()
    return web.json_response(page.news(room, deelnemer))


async def group(request: web.Request) -> web.Response:
    room = checked_room(request)
    cookie = request.cookies.get(COOKIE_NAME)
    form = await posted(request, cookie)
    choice = form.get("groep")
    try:
        room.choose_group(cookie, choice if isinstance(choice, str) else "?")
    except Refused as problem:
        return refused(problem)
    return see_other(f"/{room.token}/#groep")


class StartFailed(Exception):
    """The server could not listen on the address given (its message is Dutch)."""


class LiveServer:
    """A running answer server on one address; `url` is the join link of the room's current token."""

    def __init__(self, room: LiveRoom, runner: web.AppRunner, host: str, port: int):
        self.room, self.runner, self.host, self.port = room, runner, host, port

    @property
    def base(self) -> str:
        return f"http://{host_port(self.host, self.port)}/"

    @property
    def url(self) -> str:
        return f"{self.base}{self.room.token}/"

    async def stop(self) -> None:
        """Stop serving and free the port."""
        await self.runner.cleanup()


async def start(room: LiveRoom, host: str, port: int = 0) -> LiveServer:
    """Serve the room on exactly `host` (port 0: a free one). Raises ValueError for an address
    that is not one IP address, StartFailed when listening fails."""
    host = check_bind(host)
    runner = web.AppRunner(make_app(room), access_log=None, shutdown_timeout=1.0)
    await runner.setup()
    try:
        await web.TCPSite(runner, host, port).start()
    except OSError as problem:
        await runner.cleanup()
        reason = problem.strerror or str(problem)
        raise StartFailed(f"Luisteren op {host_port(host, port)} lukt niet: {reason}") from None
    return LiveServer(room, runner, host, runner.addresses[0][1])
