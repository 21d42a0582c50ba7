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
from workshop.output.tables import cell, markdown_table, results_table, row
from workshop.output.text import visible

OWN_WORDS = (
    "De handreiking stelt geen drempels: de indicatie en de zinnen erbij zijn van deze app, de keuze is van de groep."
)
LEGEND = "✓ binnen de norm · ✗2 twee stappen buiten de norm · ◆ discussiepunt: de antwoorden lopen ver uiteen"


def report(sessie: Sessie, content: Content) -> str:
    results = revealed_results(sessie, content)
    advice = indicatie(sessie, content)
    parts = [
        _header(sessie, content, advice),
        _participants(sessie, content),
        _questions(sessie, results, content),
        _summary(results, content),
        _phase(sessie, advice, content),
        _landkaart(sessie, advice, content),
        _notes(sessie, content),
        _action_plan(sessie, content),
        _review(sessie, content),
    ]
    return visible("\n\n".join(part for part in parts if part) + "\n")


def _header(sessie: Sessie, content: Content, advice: Indicatie) -> str:
    lines = [
        f"# {cell(sessie.gemeente)}: {cell(sessie.titel)}",
        "",
        f"- Datum: {format_date(sessie.datum)}",
        f"- Opzet: {content.naam(content.opzetten, sessie.opzet)}",
        f"- Begeleider: {cell(sessie.begeleider) or '–'}",
        f"- Deelnemers: {len(sessie.deelnemers)}" + (" (anoniem)" if sessie.anoniem else ""),
        f"- Inhoud: {content.titel}, versie {sessie.inhoud_versie}",
    ]
    if sessie.voorspelling is not None:
        lines.append(f"- Voorspelling vooraf: {sessie.voorspelling} vragen buiten de norm")
    if advice.wacht:
        lines.append(
            f"- Nog niet onthuld toen dit verslag werd geschreven: {advice.verborgen} van de "
            f"{len(content.vragen)} vragen. Hun antwoorden en de indicatie staan er niet in; "
            "onthul ze in de app en schrijf het verslag opnieuw."
        )
    return "\n".join(lines)


def _participants(sessie: Sessie, content: Content) -> str:
    if not sessie.deelnemers:
        return "## Deelnemers\n\nGeen deelnemers."
    if sessie.anoniem:  # no name, no role: a single burgemeester would be named by the role
        return f"## Deelnemers\n\n{len(sessie.deelnemers)} deelnemers, anoniem: dit verslag noemt geen namen en rollen."
    lines = ["## Deelnemers", "", row("Deelnemer", "Rol", "Beantwoord"), row("---", "---", "---:")]
    for deelnemer in sessie.columns():
        answered = f"{len(deelnemer.antwoorden)} van {len(content.vragen)}"
        lines.append(row(label(sessie, deelnemer), content.naam(content.rollen, deelnemer.rol), answered))
    return "\n".join(lines)


def _questions(sessie: Sessie, results: tuple[Uitslag, ...], content: Content) -> str:
    words = len(content.schaal)
    align = ["---:", "---", *["---:"] * words, "---", "---", "---", "---:", "---"]
    hidden = sessie.hidden_answered()
    lines = ["## Antwoorden per vraag", "", LEGEND]
    for sectie in content.secties:
        tabel = results_table([r for r in results if r.vraag.sectie == sectie.id], content, hidden=hidden)
        lines += ["", f"### {sectie.naam}", "", *markdown_table(tabel, align)]
    return "\n".join(lines)


def _summary(results: tuple[Uitslag, ...], content: Content) -> str:
    total = list_tally(results)
    counts = ", ".join(f"{punt.woord} {total.count(punt.waarde)}" for punt in content.schaal)
    return f"## Hoe vaak is elk antwoord gegeven?\n\n{counts} (samen {total.total})."


def _phase(sessie: Sessie, advice: Indicatie, content: Content) -> str:
    """The app's indicatie with what it rests on, and apart from it the group's choice."""
    voorstel = advice.fase
    lines = ["## Fase van de escalatieladder", "", OWN_WORDS, ""]
    if advice.wacht:
        lines.append(f"- Indicatie van de app: nog niet ({advice.wachttekst(content.regels)})")
    else:
        lines.append(f"- Indicatie van de app: {voorstel.kop(content)}")
        lines += [f"  - {reden.tekst(content.regels)}" for reden in voorstel.redenen]
    lines.append(f"- Keuze van de groep: {_phase_name(sessie.fase, content)}")
    if sessie.fase_reden:
        lines.append(f"  - Waarom: {cell(sessie.fase_reden)}")
    return "\n".join(lines)


def _phase_name(fase: int | None, content: Content) -> str:
    if fase is None:
        return "nog niet gemaakt"
    if fase == 0:
        return f"{content.fase_naam(0)} {content.eigen_mark('geen_aanleiding', 'tekst')}".strip()
    return content.fase_naam(fase)


def _landkaart(sessie: Sessie, advice: Indicatie, content: Content) -> str:
    hint = advice.landkaart
    lines = ["## Landkaart", ""]
    if advice.wacht:
        lines.append(f"- Indicatie van de app: nog niet ({advice.wachttekst(content.regels)})")
    else:
        suggested = content.kwadrant_by_id(hint.kwadrant_id).naam if hint.kwadrant_id else "nog open"
        lines.append(f"- Indicatie van de app: {suggested}")
        lines += [f"  - {reden.tekst(content.regels)}" for reden in hint.redenen]
    chosen = content.kwadrant_by_id(sessie.kwadrant).naam if sessie.kwadrant else "nog niet gemaakt"
    lines.append(f"- Keuze van de groep: {chosen}")
    return "\n".join(lines)


def _notes(sessie: Sessie, content: Content) -> str:
    notes = [(vraag, sessie.notities[vraag.id]) for vraag in content.vragen if sessie.notities.get(vraag.id)]
    if not notes:
        return ""
    lines = ["## Notities"]
    for vraag, note in notes:
        quoted = "\n".join(f"> {line}" if line else ">" for line in note.splitlines())
        lines += ["", f"**{vraag.nummer}. {cell(vraag.tekst)}**", "", quoted]
    return "\n".join(lines)


def _action_plan(sessie: Sessie, content: Content) -> str:
    if not sessie.actieplan:
        return "## Actieplan\n\nNog geen acties."
    lines = ["## Actieplan", "", row("Instrument", "Eigenaar", "Deadline", "Status", "Notities")]
    lines.append(row("---", "---", "---", "---", "---"))
    for actie in sessie.actieplan:
        lines.append(
            row(
                content.instrument(actie.instrument).naam,
                actie.eigenaar or "–",
                format_date(actie.deadline) if actie.deadline else "–",
                content.naam(content.statussen, actie.status),
                actie.notities,
            )
        )
    return "\n".join(lines)


def _review(sessie: Sessie, content: Content) -> str:
    """The review of the previous session's action plan, made in this session."""
    if not sessie.terugblik:
        return ""
    lines = ["## Terugblik op het vorige actieplan", "", row("Sessie", "Nr", "Instrument", "Status nu", "Notities")]
    lines.append(row("---", "---:", "---", "---", "---"))
    for item in sessie.terugblik:
        name = content.instrument(item.instrument).naam
        lines.append(row(item.eerder(), item.nummer, name, content.naam(content.statussen, item.status), item.notities))
    return "\n".join(lines)
