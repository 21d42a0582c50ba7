"""The Markdown report for the minutes: every result, indicatie and decision of a session,
in the words the screen uses (the app's indicatie, the group's choice, own texts marked).

It shows what the room has seen: a question not yet revealed is listed without its answers,
and the indications wait for it as they do on screen (`advice.indicatie`). In the anonymous
mode it names no participant and no role of one.
"""

from __future__ import annotations

from workshop.content import Content
from workshop.domain.advice import Indicatie, indicatie
from workshop.domain.forms import format_date
from workshop.domain.model import Sessie, label
from workshop.domain.rules import Uitslag, list_tally, revealed_results
from workshop.output.blocks import Alinea, Blok, Citaat, Figuur, Kop, Punt, TabelBlok, Vet, markdown
from workshop.output.tables import Tabel, results_table
from workshop.output.text import one_line

OWN_WORDS = (
    "De handreiking stelt geen drempels: de indicatie en de zinnen erbij zijn van deze app, de keuze is van de groep."
)
LEGEND = "✓ binnen de norm · ✗2 twee stappen buiten de norm · ◆ discussiepunt: de antwoorden lopen ver uiteen"


def report(sessie: Sessie, content: Content, more: list[Blok] | None = None) -> str:
    """The report in Markdown; `more` (the comparison with earlier sessions) after it."""
    return markdown([*blocks(sessie, content), *(more or [])])


def blocks(sessie: Sessie, content: Content, *, charts: bool = False) -> list[Blok]:
    """Everything the report says, once: Markdown and HTML (html_report.py) lay it out.
    With `charts` (HTML), each question's results are a chart with the same numbers in words
    instead of a table row."""
    results = revealed_results(sessie, content)
    advice = indicatie(sessie, content)
    return [
        *_header(sessie, content, advice),
        *_participants(sessie, content),
        *_questions(sessie, results, content, charts),
        *_summary(results, content),
        *_phase(sessie, advice, content),
        *_landkaart(sessie, advice, content, charts),
        *_notes(sessie, content),
        *_action_plan(sessie, content),
        *_review(sessie, content),
    ]


def _header(sessie: Sessie, content: Content, advice: Indicatie) -> list[Blok]:
    lines = [
        Kop(1, f"{sessie.gemeente}: {sessie.titel}"),
        Punt(f"Datum: {format_date(sessie.datum)}"),
        Punt(f"Opzet: {content.naam(content.opzetten, sessie.opzet)}"),
        Punt(f"Begeleider: {one_line(sessie.begeleider) or '–'}"),
        Punt(f"Deelnemers: {len(sessie.deelnemers)}" + (" (anoniem)" if sessie.anoniem else "")),
        Punt(f"Inhoud: {content.titel}, versie {sessie.inhoud_versie}"),
    ]
    if sessie.voorspelling is not None:
        lines.append(Punt(f"Voorspelling vooraf: {sessie.voorspelling} vragen buiten de norm"))
    if advice.wacht:
        lines.append(
            Punt(
                f"Nog niet onthuld toen dit verslag werd geschreven: {advice.verborgen} van de "
                f"{len(content.vragen)} vragen. Hun antwoorden en de indicatie staan er niet in; "
                "onthul ze in de app en schrijf het verslag opnieuw."
            )
        )
    return lines


def _participants(sessie: Sessie, content: Content) -> list[Blok]:
    title = Kop(2, "Deelnemers")
    if not sessie.deelnemers:
        return [title, Alinea("Geen deelnemers.")]
    if sessie.anoniem:  # no name, no role: a single burgemeester would be named by the role
        return [title, Alinea(f"{len(sessie.deelnemers)} deelnemers, anoniem: dit verslag noemt geen namen en rollen.")]
    rows = [
        [label(sessie, d), content.naam(content.rollen, d.rol), f"{len(d.antwoorden)} van {len(content.vragen)}"]
        for d in sessie.columns()
    ]
    return [title, TabelBlok(Tabel(["Deelnemer", "Rol", "Beantwoord"], rows), ("---", "---", "---:"))]


def _questions(sessie: Sessie, results: tuple[Uitslag, ...], content: Content, charts: bool) -> list[Blok]:
    words = len(content.schaal)
    align = ("---:", "---", *["---:"] * words, "---", "---", "---", "---:", "---")
    hidden = sessie.hidden_answered()
    parts: list[Blok] = [Kop(2, "Antwoorden per vraag", pagina=True), Alinea(LEGEND)]
    for sectie in content.secties:
        in_section = [r for r in results if r.vraag.sectie == sectie.id]
        parts.append(Kop(3, sectie.naam))
        if charts:  # the chart says in words what the table row says: the same numbers
            from workshop.output.charts import result_chart

            parts += [Figuur(result_chart(r, content, hidden=r.vraag.id in hidden)) for r in in_section]
        else:
            parts.append(TabelBlok(results_table(in_section, content, hidden=hidden), align))
    return parts


def _summary(results: tuple[Uitslag, ...], content: Content) -> list[Blok]:
    total = list_tally(results)
    counts = ", ".join(f"{punt.woord} {total.count(punt.waarde)}" for punt in content.schaal)
    return [Kop(2, "Hoe vaak is elk antwoord gegeven?"), Alinea(f"{counts} (samen {total.total}).")]


def _phase(sessie: Sessie, advice: Indicatie, content: Content) -> list[Blok]:
    """The app's indicatie with what it rests on, and apart from it the group's choice."""
    voorstel = advice.fase
    lines: list[Blok] = [Kop(2, "Fase van de escalatieladder"), Alinea(OWN_WORDS)]
    if advice.wacht:
        lines.append(Punt(f"Indicatie van de app: nog niet ({advice.wachttekst(content.regels)})"))
    else:
        lines.append(Punt(f"Indicatie van de app: {voorstel.kop(content)}"))
        lines += [Punt(reden.tekst(content.regels), 1) for reden in voorstel.redenen]
    lines.append(Punt(f"Keuze van de groep: {_phase_name(sessie.fase, content)}"))
    if sessie.fase_reden:
        lines.append(Punt(f"Waarom: {sessie.fase_reden}", 1))
    return lines


def _phase_name(fase: int | None, content: Content) -> str:
    if fase is None:
        return "nog niet gemaakt"
    if fase == 0:
        return f"{content.fase_naam(0)} {content.eigen_mark('geen_aanleiding', 'tekst')}".strip()
    return content.fase_naam(fase)


def _landkaart(sessie: Sessie, advice: Indicatie, content: Content, charts: bool) -> list[Blok]:
    hint = advice.landkaart
    lines: list[Blok] = [Kop(2, "Landkaart")]
    if advice.wacht:
        lines.append(Punt(f"Indicatie van de app: nog niet ({advice.wachttekst(content.regels)})"))
    else:
        suggested = content.kwadrant_by_id(hint.kwadrant_id).naam if hint.kwadrant_id else "nog open"
        lines.append(Punt(f"Indicatie van de app: {suggested}"))
        lines += [Punt(reden.tekst(content.regels), 1) for reden in hint.redenen]
    chosen = content.kwadrant_by_id(sessie.kwadrant).naam if sessie.kwadrant else "nog niet gemaakt"
    lines.append(Punt(f"Keuze van de groep: {chosen}"))
    if charts:
        from workshop.output.charts import landkaart_chart

        lines.append(Figuur(landkaart_chart(content, sessie.kwadrant, None if advice.wacht else hint.kwadrant_id)))
    return lines


def _notes(sessie: Sessie, content: Content) -> list[Blok]:
    notes = [(vraag, sessie.notities[vraag.id]) for vraag in content.vragen if sessie.notities.get(vraag.id)]
    if not notes:
        return []
    lines: list[Blok] = [Kop(2, "Notities")]
    for vraag, note in notes:
        lines += [Vet(f"{vraag.nummer}. {vraag.tekst}"), Citaat(note)]
    return lines


def _action_plan(sessie: Sessie, content: Content) -> list[Blok]:
    if not sessie.actieplan:
        return [Kop(2, "Actieplan"), Alinea("Nog geen acties.")]
    rows = [
        [
            content.instrument(actie.instrument).naam,
            actie.eigenaar or "–",
            format_date(actie.deadline) if actie.deadline else "–",
            content.naam(content.statussen, actie.status),
            actie.notities,
        ]
        for actie in sessie.actieplan
    ]
    return [Kop(2, "Actieplan"), TabelBlok(Tabel(["Instrument", "Eigenaar", "Deadline", "Status", "Notities"], rows))]


def _review(sessie: Sessie, content: Content) -> list[Blok]:
    """The review of the previous session's action plan, made in this session."""
    if not sessie.terugblik:
        return []
    rows = [
        [item.eerder(), item.nummer, content.instrument(item.instrument).naam,
         content.naam(content.statussen, item.status), item.notities]
        for item in sessie.terugblik
    ]  # fmt: skip
    tabel = Tabel(["Sessie", "Nr", "Instrument", "Status nu", "Notities"], rows)
    return [Kop(2, "Terugblik op het vorige actieplan"), TabelBlok(tabel, ("---", "---:", "---", "---", "---"))]


def html_report(sessie: Sessie, content: Content, more: list[Blok] | None = None) -> str:
    """The report as one printable, self-contained HTML page, with a chart per question;
    `more` (the comparison with earlier sessions) after it."""
    from workshop.output.html_page import page

    return page(f"{sessie.gemeente}: {sessie.titel}", [*blocks(sessie, content, charts=True), *(more or [])])
