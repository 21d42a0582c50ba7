"""The comparison of sessions as text: the cells once, then Markdown, CSV or a Rich table.

`cells()` decides what every cell says; the three formats only lay those cells out, so
they always agree.
"""

from __future__ import annotations

from workshop.content import Content
from workshop.domain.compare import Vergelijking, direction_label, signed, sorted_rows
from workshop.domain.forms import format_date
from workshop.output.blocks import Alinea, Blok, Figuur, Kop, Punt, TabelBlok, markdown, text
from workshop.output.csvfile import csv_text
from workshop.output.tables import Tabel


def session_label(vergelijking: Vergelijking, index: int, *, iso: bool = False) -> str:
    """'2: 12-10-2026 Heisessie' for people; with `iso` '2: 2026-10-12 Heisessie', for a
    spreadsheet, which sorts and reads ISO dates (CSV keeps ISO, as the session files do)."""
    sessie = vergelijking.sessies[index]
    datum = sessie.datum.isoformat() if iso else format_date(sessie.datum)
    return f"{index + 1}: {datum} {sessie.titel}"


def tally_text(telling) -> str:
    return "·".join(str(count) for count in telling.counts)


# The group answer as a bar of one cell: the more often it happens, the higher (altijd: full).
LEVELS = {1: "█", 2: "▆", 3: "▄", 4: "▃", 5: "▁"}


def trend_cells(rij) -> str:
    """The group answer over the sessions, one block character each (a gap: '·'), oldest first."""
    return "".join("·" if p is None or p.groepsantwoord is None else LEVELS[p.groepsantwoord] for p in rij.punten)


def question_table(
    vergelijking: Vergelijking,
    content: Content,
    order: str,
    *,
    short: bool = False,
    tallies: bool = True,
    trend: bool = False,
) -> Tabel:
    """Per question: each session's group answer (with the direction from the session before),
    the overall direction, the changes, and the tallies side by side. `short` uses the short
    question names, for a narrow terminal; `trend` adds the answer over time as a small
    chart of block characters (the screen)."""
    count = len(vergelijking.sessies)
    headings = ["Nr", "Vraag"]
    headings += [f"{i + 1}: groep" for i in range(count)]
    headings += ["Verloop"] if trend else []
    headings += ["Richting", "Δ afwijking", "Δ spreiding"]
    headings += [f"{i + 1}: telling" for i in range(count)] if tallies else []
    rows = []
    for rij in sorted_rows(vergelijking, order):
        answers = []
        for index, punt in enumerate(rij.punten):
            if punt is None or punt.groepsantwoord is None:
                answers.append("–")
                continue
            word = content.woord(punt.groepsantwoord).woord
            step = rij.richtingen[index - 1] if index else None
            answers.append(f"{word} {direction_label(step).split()[0]}" if step else word)
        counts = ["–" if punt is None else tally_text(punt.telling) for punt in rij.punten] if tallies else []
        rows.append(
            [
                str(rij.nummer),
                content.vraag(rij.vraag_id).kort if short else rij.tekst,
                *answers,
                *([trend_cells(rij)] if trend else []),
                direction_label(rij.richting),
                signed(rij.afwijking_verschil),
                signed(rij.spreiding_verschil),
                *counts,
            ]
        )
    return Tabel(headings, rows)


def outcome_table(vergelijking: Vergelijking, content: Content) -> Tabel:
    """Per session: the phase the app indicated and the one the group chose, the landkaart, the actions."""
    rows = []
    for index, stand in enumerate(vergelijking.standen):
        rows.append(
            [
                session_label(vergelijking, index),
                _suggested(stand, content),
                "–" if stand.gekozen is None else content.fase_naam(stand.gekozen),
                content.kwadrant_by_id(stand.kwadrant).naam if stand.kwadrant else "–",
                str(stand.acties),
                str(stand.gedaan),
            ]
        )
    return Tabel(["Sessie", "Indicatie app", "Keuze groep", "Landkaart", "Acties", "Gedaan"], rows)


def _suggested(stand, content: Content) -> str:
    if stand.verborgen:
        return "volgt na onthullen"
    return "–" if stand.voorgesteld is None else content.fase_naam(stand.voorgesteld)


def warnings(vergelijking: Vergelijking, content: Content) -> list[str]:
    lines = []
    hidden = [(i, stand.verborgen) for i, stand in enumerate(vergelijking.standen) if stand.verborgen]
    for index, count in hidden:
        lines.append(
            f"⚠ Sessie {session_label(vergelijking, index)}: nog {count} "
            f"{'vraag' if count == 1 else 'vragen'} niet onthuld; die staan hier als –."
        )
    if vergelijking.normen_verschillen:
        numbers = ", ".join(str(n) for n in vergelijking.normen_verschillen)
        lines.append(
            f"⚠ De normen verschillen tussen de sessies (vraag {numbers}): "
            "elke afwijking is gemeten tegen de eigen normen van die sessie."
        )
    if vergelijking.inhoud_verschilt:
        versions = ", ".join(sorted({s.inhoud_versie for s in vergelijking.sessies} | {content.versie}))
        lines.append(
            f"⚠ De inhoud verschilt (versie {versions}): vragen worden op id vergeleken; "
            "een vraag die in een sessie ontbreekt, staat als –."
        )
    return lines


def sessions_list(vergelijking: Vergelijking) -> list[str]:
    return [
        f"{session_label(vergelijking, i)} ({s.gemeente}, {len(s.deelnemers)} deelnemers, inhoud {s.inhoud_versie})"
        for i, s in enumerate(vergelijking.sessies)
    ]


# --- Markdown ---------------------------------------------------------------------------


def compare_blocks(vergelijking: Vergelijking, content: Content, order: str, *, charts: bool = False) -> list[Blok]:
    """The comparison, once: Markdown and HTML lay it out. With `charts` (HTML) each question
    gets a small trend chart of its group answer over the sessions."""
    parts: list[Blok] = [Kop(2, "Vergelijking van sessies", pagina=True), Alinea("Van oud naar nieuw:")]
    parts += [Punt(label) for label in sessions_list(vergelijking)]
    parts += [Alinea(warning) for warning in warnings(vergelijking, content)]
    parts += [
        Kop(3, "Per vraag"),
        Alinea("▲ beter, ▼ slechter, = gelijk: het groepsantwoord ten opzichte van de sessie ervoor."),
        TabelBlok(question_table(vergelijking, content, order)),
    ]
    if charts:
        from workshop.output.charts import trend_chart

        labels = [str(index + 1) for index in range(len(vergelijking.sessies))]
        for rij in sorted_rows(vergelijking, order):
            values = [None if punt is None else punt.groepsantwoord for punt in rij.punten]
            caption = f"{rij.nummer}. {rij.tekst} — {direction_label(rij.richting)}"
            parts.append(Figuur(f'<figure class="trend"><figcaption>{text(caption)}</figcaption>'
                                f"{trend_chart(values, labels, content)}</figure>"))  # fmt: skip
    parts += [Kop(3, "Fase, landkaart en acties"), TabelBlok(outcome_table(vergelijking, content))]
    return parts


def compare_markdown(vergelijking: Vergelijking, content: Content, order: str) -> str:
    return markdown(compare_blocks(vergelijking, content, order))


def compare_html(vergelijking: Vergelijking, content: Content, order: str) -> str:
    """The comparison as one printable, self-contained HTML page."""
    from workshop.output.html_page import page

    first = vergelijking.sessies[0]
    title = f"{first.gemeente}: vergelijking van {len(vergelijking.sessies)} sessies"
    first_part, *rest = compare_blocks(vergelijking, content, order, charts=True)
    return page(title, [Kop(1, title), first_part._replace(pagina=False), *rest])  # under the title, no new page


# --- CSV --------------------------------------------------------------------------------


def compare_csv(vergelijking: Vergelijking, content: Content, order: str) -> str:
    """One row per question; per session its group answer, deviation, range and the five counts."""
    words = [w.woord for w in content.schaal]
    labels = [session_label(vergelijking, i, iso=True) for i in range(len(vergelijking.sessies))]
    headings = ["nummer", "vraag_id", "vraag"]
    for label in labels:
        headings += [f"{label}: groepsantwoord", f"{label}: afwijking", f"{label}: spreiding"]
        headings += [f"{label}: {word}" for word in words]
    headings += ["richting", "verschil afwijking", "verschil spreiding"]
    rows: list[list[object]] = [headings]
    for rij in sorted_rows(vergelijking, order):
        cells = [rij.nummer, rij.vraag_id, rij.tekst]
        for punt in rij.punten:
            if punt is None:
                cells += [""] * (3 + len(words))
                continue
            cells += [
                content.woord(punt.groepsantwoord).woord if punt.groepsantwoord else "",
                "" if punt.afwijking is None else punt.afwijking,
                "" if punt.spreiding is None else punt.spreiding,
                *punt.telling.counts,
            ]
        cells += [rij.richting or "", _blank(rij.afwijking_verschil), _blank(rij.spreiding_verschil)]
        rows.append(cells)
    return csv_text(rows)


def _blank(number: int | None) -> object:
    return "" if number is None else number
