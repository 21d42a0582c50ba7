"""The phone's pages as HTML text: plain forms that work without JavaScript, in Dutch, small
enough for a slow hotspot. Every text is escaped; nothing a phone sent is ever shown.

No inline style or script (the Content-Security-Policy forbids both): the style sheet is
served at /stijl.css, and the answer page's one script (antwoord.js: answering without a
reload) at /antwoord.js. No web server here: workshop/live/server.py sends these pages.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from importlib.resources import files

from workshop.content.records import Vraag, Woord
from workshop.domain.live import LiveRoom
from workshop.domain.model import Deelnemer

STYLE = """\
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;padding:.75rem .5rem;font:1rem/1.4 system-ui,sans-serif;color:#111;background:#fff;max-width:40rem}
h1{font-size:1.3rem;margin:.25rem 0 .5rem}
h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:2px solid #111}
h3{font-size:1rem;font-weight:600;margin:0 0 .5rem}
p{margin:.4rem 0}
.vraag{padding:.75rem 0;border-bottom:1px solid #bbb}
.schaal{display:grid;grid-template-columns:repeat(5,1fr);gap:.2rem}
button{font:inherit;min-height:3rem;padding:.25rem .1rem;border:2px solid #333;border-radius:.4rem;\
background:#f2f2f2;color:#111;cursor:pointer;touch-action:manipulation}
.schaal button{font-size:.75rem;padding:.25rem 0;hyphens:auto;overflow-wrap:anywhere}
.schaal b{display:block;font-size:1.2rem}
button.gekozen{background:#0b4f9c;border-color:#0b4f9c;color:#fff}
.keuzes{display:flex;flex-wrap:wrap;gap:.5rem}
.keuzes button{padding:.25rem 1rem}
.uitslag,.stand,.klein{font-size:.9rem;color:#333}
.melding{padding:.75rem;border:2px solid #8a5a00;background:#fff4d6}
input[type=text]{font:inherit;font-size:1.4rem;letter-spacing:.1em;width:100%;max-width:14rem;padding:.5rem;\
text-transform:uppercase;border:2px solid #333;border-radius:.4rem}
.invoer{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.invoer button{padding:.25rem 1.25rem}
"""
SCRIPT = files(__package__).joinpath("antwoord.js").read_text(encoding="utf-8")


def document(title: str, body: str, *, refresh: int | None = None, script: bool = False) -> str:
    """A whole page; `refresh` reloads it after that many seconds (no script needed); `script`:
    with /antwoord.js (the answer page: answering without a reload where script runs)."""
    again = f'<meta http-equiv="refresh" content="{int(refresh)}">' if refresh else ""
    again += '<script src="/antwoord.js" defer></script>' if script else ""
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<meta name="referrer" content="same-origin">{again}'
        f'<title>{escape(title)}</title><link rel="stylesheet" href="/stijl.css"></head>'
        f"<body>{body}</body></html>"
    )


def message_page(title: str, text: str, *, link: tuple[str, str] | None = None) -> str:
    """A page that says one thing, with at most a link onwards (href, text) on this server."""
    onwards = f'<p><a href="{escape(link[0])}">{escape(link[1])}</a></p>' if link else ""
    return document(title, f"<h1>{escape(title)}</h1><p>{escape(text)}</p>{onwards}")


def code_form(csrf: str, message: str = "") -> str:
    """The way in without the QR code: type the short code from the screen."""
    said = f'<p class="melding">{escape(message)}</p>' if message else ""
    body = (
        "<h1>Meedoen aan de vragenlijst</h1>"
        "<p>Typ de code die op het scherm staat, of scan de QR-code.</p>"
        f"{said}"
        '<form method="post" action="/code" class="invoer">'
        f'<input type="hidden" name="csrf" value="{escape(csrf)}">'
        '<label for="code" class="klein">Code</label>'
        '<input type="text" id="code" name="code" maxlength="16" autocomplete="off" autocapitalize="characters"'
        ' spellcheck="false" required placeholder="ABCD-EFGH">'
        "<button type=submit>Meedoen</button></form>"
    )
    return document("Meedoen", body)


def answer_page(room: LiveRoom, cookie: str) -> str:
    """The participant's page: who they are, the statements they may answer now (with their
    own answers marked), revealed totals, and the group choice when allowed."""
    deelnemer = room.participant(cookie)
    if deelnemer is None:
        return message_page("Niet aangemeld", "Open de link of scan de QR-code opnieuw.")
    content = room.content
    csrf = escape(room.csrf(cookie))
    action = f"/{escape(room.token)}"
    answerable = room.answerable() if room.open else ()
    paced = room.paced and room.open  # paced: only the open question; else every statement
    scale = ", ".join(f"{punt.waarde} {punt.woord}" for punt in content.schaal)
    parts = [
        f"<h1>{escape(content.vragenlijst_titel)}</h1>",
        _who(room, deelnemer),
        f"<p class=klein>Kies per stelling: {escape(scale)}. "
        "U kunt een antwoord veranderen zolang de vragenlijst open is.</p>",
    ]
    if not room.open:
        parts.append('<p class="melding">De vragenlijst is gesloten; antwoorden kan niet meer.</p>')
    parts.append(_group_form(room, deelnemer, action, csrf))
    parts.append(f'<p class="stand">{escape(stand(room, deelnemer))}</p>')
    if paced and not answerable:
        parts.append('<p class="melding">Wacht op de volgende vraag. Deze pagina ververst vanzelf.</p>')
    shown = [vraag for vraag in content.vragen if vraag.id in answerable or not paced]
    for sectie in content.secties:
        vragen = [vraag for vraag in shown if vraag.sectie == sectie.id]
        if vragen:
            parts.append(f"<h2>{escape(sectie.naam)}</h2>")
        for vraag in vragen:
            own = deelnemer.antwoorden.get(vraag.id)
            form = _answer_form(room, vraag.id, own, action, csrf) if vraag.id in answerable else ""
            parts.append(
                f'<section class="vraag" id="vraag-{vraag.nummer}">'
                f"{_heading(vraag)}{form}"
                f"{_own(room, own)}{_totals(room, vraag)}</section>"
            )
    return document(content.vragenlijst_titel, "".join(parts), refresh=8 if paced else None, script=room.open)


def stand(room: LiveRoom, deelnemer: Deelnemer) -> str:
    """How far this participant is: on the page, and in the script's news."""
    done = sum(1 for vraag in room.content.vragen if vraag.id in deelnemer.antwoorden)
    return f"U heeft {done} van de {len(room.content.vragen)} stellingen beantwoord."


def own_answer(room: LiveRoom, own: int) -> str:
    """The participant's own answer to a statement, in words: on the page and in the script's reply."""
    return f"Uw antwoord: {own} {room.content.woord(own).woord}"


def _answer_form(room: LiveRoom, vraag_id: str, own: int | None, action: str, csrf: str) -> str:
    return (
        f'<form method="post" action="{action}/antwoord" class="antwoord">'
        f'<input type="hidden" name="csrf" value="{csrf}">'
        f'<input type="hidden" name="vraag" value="{escape(vraag_id)}">'
        f'<div class="schaal">{_buttons(room.content.schaal, own)}</div></form>'
    )


# A page is made for every answer (a form posts, then the page loads again): the parts that
# are the same for everyone are made once (a third of the server's time per answer).
@lru_cache(maxsize=64)
def _buttons(schaal: tuple[Woord, ...], own: int | None) -> str:
    return "".join(
        f'<button type=submit name=waarde value="{punt.waarde}"'
        + (' class="gekozen" aria-pressed="true"' if punt.waarde == own else "")
        + f"><b>{punt.waarde}</b>{escape(punt.woord)}</button>"
        for punt in schaal
    )


@lru_cache(maxsize=256)
def _heading(vraag: Vraag) -> str:
    return f"<h3>{vraag.nummer}. {escape(vraag.tekst)}</h3>"


def _own(room: LiveRoom, own: int | None) -> str:
    if own is None:
        return ""
    return f'<p class="klein eigen">{escape(own_answer(room, own))}</p>'


def _totals(room: LiveRoom, vraag: Vraag) -> str:
    text = totals_text(room, vraag)
    return "" if text is None else f'<p class="uitslag">{escape(text)}</p>'


def totals_text(room: LiveRoom, vraag: Vraag) -> str | None:
    """A question's totals in words, on the page and in the script's news; None while the
    facilitator has not revealed it."""
    counts = room.totals(vraag)
    if counts is None:
        return None
    return "Uitslag van de zaal: " + ", ".join(f"{punt.woord} {n}" for punt, n in zip(room.content.schaal, counts))


def news(room: LiveRoom, deelnemer: Deelnemer, vraag_id: str | None = None) -> dict[str, object]:
    """What the script brings up to date without a reload, as text: how far this participant
    is, who the phone is (the first answer gives the number), and by section id the totals of
    every question: text when revealed, None when not (the facilitator may have revealed more
    since the page came, or hidden one again). With `vraag_id` (the reply to an answer) that
    question only: with all 19 revealed in a room of 50, all of them cost 0.28 ms an answer,
    a third of the request."""
    vragen = room.content.vragen if vraag_id is None else (room.content.vraag(vraag_id),)
    return {
        "stand": stand(room, deelnemer),
        "wie": who(room, deelnemer),
        "uitslag": {f"vraag-{vraag.nummer}": totals_text(room, vraag) for vraag in vragen},
    }


def _who_parts(room: LiveRoom, deelnemer: Deelnemer) -> tuple[str, str, str]:
    """Who the phone is, as the projector names it: the words before, in bold, and after. In
    the anonymous mode the projector numbers the columns in a shuffled order that changes as
    phones join: no number then, so that the phone never claims a column that is someone
    else's. A phone that has not answered yet has no number yet (domain/live.py)."""
    if room.sessie.anoniem:
        return "U antwoordt ", "anoniem", "."
    if not deelnemer.naam:
        return "U doet mee vanaf uw eerste antwoord; dan staat hier uw nummer", "", "."
    return "U bent ", deelnemer.naam, "."


WHO_AFTER = " Uw naam wordt niet gevraagd en niet bewaard."


def who(room: LiveRoom, deelnemer: Deelnemer) -> str:
    """The same as plain text, for the script's news (the first answer gives the number)."""
    return "".join(_who_parts(room, deelnemer)) + WHO_AFTER


def _who(room: LiveRoom, deelnemer: Deelnemer) -> str:
    before, bold, after = _who_parts(room, deelnemer)
    strong = f"<strong>{escape(bold)}</strong>" if bold else ""
    return f'<p class="wie">{escape(before)}{strong}{escape(after)}{escape(WHO_AFTER)}</p>'


def _group_form(room: LiveRoom, deelnemer: Deelnemer, action: str, csrf: str) -> str:
    groups = room.groups()
    if not groups or not room.open:
        return ""
    content = room.content
    names = {groep.id: groep.naam for groep in content.samengesteld}
    options = [(group, names.get(group) or content.naam(content.rollen, group)) for group in groups]
    chosen = deelnemer.rol if deelnemer.rol in groups else ""
    buttons = "".join(
        f'<button type=submit name=groep value="{escape(value)}"'
        + (' class="gekozen" aria-pressed="true"' if value == chosen else "")
        + f">{escape(naam)}</button>"
        for value, naam in [*options, ("", "Zeg ik liever niet")]
    )
    return (
        '<section id="groep"><h2>Uw groep (niet verplicht)</h2>'
        "<p class=klein>De zaal ziet een groep alleen als die drie of meer leden heeft.</p>"
        f'<form method="post" action="{action}/groep"><input type="hidden" name="csrf" value="{csrf}">'
        f'<div class="keuzes">{buttons}</div></form></section>'
    )
