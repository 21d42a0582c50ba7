"""Tables decided once: what every cell says. The report lays them out as Markdown (and HTML),
stap 2 and the comparison screen as a DataTable, the command line as a Rich table or CSV;
so the screen and the minutes always say the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from workshop.content import Content
from workshop.domain.interpret import Verschil
from workshop.domain.rules import Uitslag
from workshop.output.text import one_line

DISCUSSION = "◆"
NOTE = "✎"  # after the number of a question that has a note


class Tabel(NamedTuple):
    headings: list[str]
    rows: list[list[str]]
    keys: list[str] | None = None  # one per row (a question id), for a table that keeps its cursor


def word(content: Content, value: int | None) -> str:
    return "–" if value is None else content.woord(value).woord


def deviation_mark(afwijking: int | None) -> str:
    """'✓' within the norm, '✗2' two steps outside it, '–' when it cannot be judged."""
    if afwijking is None:
        return "–"
    return f"✗{afwijking}" if afwijking else "✓"


def steps(count: int) -> str:
    """'1 stap', '2 stappen': a distance on the answer scale in words."""
    return f"{count} stap{'' if count == 1 else 'pen'}"


def results_table(
    results: Sequence[Uitslag],
    content: Content,
    *,
    hidden: Iterable[str] = (),
    wide: bool = True,
    short: bool = False,
    noted: Iterable[str] = (),
) -> Tabel:
    """Per question its tally (a column per word, or one column when not `wide`), the group
    answer, the norm, the deviation, the range and whether it is a discussion point. A
    question in `hidden` (answered, not revealed) shows 'verborgen' and nothing of its answers;
    one in `noted` has a note (✎ after its number)."""
    hidden, noted = set(hidden), set(noted)
    counts = [w.woord for w in content.schaal] if wide else ["·".join(w.woord[0] for w in content.schaal)]
    headings = ["Nr", "Vraag", *counts, "Groep", "Norm"]
    headings += ["Afwijking", "Spreiding"] if wide else ["Afw.", "Spr."]
    headings.append("Discussie")
    rows = []
    for r in results:
        tallies = [str(c) for c in r.telling.counts] if wide else ["·".join(str(c) for c in r.telling.counts)]
        if r.vraag.id in hidden:
            tallies = ["verborgen", *[""] * (len(tallies) - 1)]
        rows.append(
            [
                f"{r.vraag.nummer}{NOTE}" if r.vraag.id in noted else str(r.vraag.nummer),
                r.vraag.kort if short else r.vraag.tekst,
                *tallies,
                word(content, r.groepsantwoord),
                word(content, r.norm),
                deviation_mark(r.afwijking),
                "–" if r.spreiding is None else str(r.spreiding),
                f"{DISCUSSION} ja" if r.discussiepunt else "",
            ]
        )
    return Tabel(headings, rows, [r.vraag.id for r in results])


def comparison_table(pairs: Sequence[Verschil], first: str, second: str, content: Content) -> Tabel:
    """Two groups side by side: per question each one's group answer and how far apart they are."""
    rows = []
    for p in pairs:
        if p.stappen is None:
            verschil = "–"
        elif p.stappen == 0:
            verschil = "= gelijk"
        else:
            point = f"{DISCUSSION} " if p.stappen >= content.regels.discussiepunt_vanaf else ""
            verschil = point + steps(p.stappen)
        rows.append([str(p.vraag.nummer), p.vraag.kort, word(content, p.a), word(content, p.b), verschil])
    return Tabel(["Nr", "Vraag", one_line(first), one_line(second), "Verschil"], rows, [p.vraag.id for p in pairs])


def markdown_table(tabel: Tabel, align: Sequence[str] | None = None) -> list[str]:
    """The table in Markdown; `align` per column ('---', '---:')."""
    return [
        row(*tabel.headings),
        row(*(align or ["---"] * len(tabel.headings))),
        *(row(*cells) for cells in tabel.rows),
    ]


def cell(text: object) -> str:
    """A Markdown table cell: pipes escaped, line breaks folded, so the table stays a table."""
    return " ".join(str(text).replace("\\", "\\\\").replace("|", "\\|").split())


def row(*cells: object) -> str:
    return "| " + " | ".join(cell(c) for c in cells) + " |"
