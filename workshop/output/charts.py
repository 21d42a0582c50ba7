"""Charts for the HTML pages, as inline SVG: no script, no external file, and readable in
black and white. A chart never carries meaning by colour alone: every bar segment is
labelled with its count (and its word where it fits), and the line under it says it all in
words. The text in a chart is escaped like all text (blocks.text)."""

from __future__ import annotations

from collections.abc import Sequence

from workshop.content import Content
from workshop.domain.rules import Uitslag
from workshop.output.blocks import text
from workshop.output.tables import deviation_mark, steps

WIDTH, BAR_TOP, BAR_HEIGHT = 600, 18, 26
# five greys from dark to light: apart in black and white too; white text on the dark two
SHADES = ("#1f3b57", "#4a6a88", "#8ea6bd", "#c5d3e0", "#eef2f6")
INK = ("#ffffff", "#ffffff", "#000000", "#000000", "#000000")


def result_chart(uitslag: Uitslag, content: Content, *, hidden: bool = False) -> str:
    """One question: a horizontal bar of the five answer words stacked, counts on the bar,
    the norm marked above it; under it the group answer, norm, deviation and spread in words."""
    vraag = uitslag.vraag
    caption = f'<figcaption><span class="nr">{vraag.nummer}.</span> {text(vraag.tekst)}</figcaption>'
    if hidden:
        return f'<figure class="vraag">{caption}<p class="uitleg">Verborgen: nog niet onthuld.</p></figure>'
    counts = uitslag.telling.counts
    words = [punt.woord for punt in content.schaal]
    total = sum(counts)
    parts = [
        f'<svg viewBox="0 0 {WIDTH} {BAR_TOP + BAR_HEIGHT + 2}" width="{WIDTH}" role="img" '
        f'aria-label="{text(_description(uitslag, content))}">'
    ]
    if total == 0:
        parts.append(f'<text x="0" y="{BAR_TOP + 17}" class="leeg">nog geen antwoorden</text>')
    x = 0.0
    edges = []
    for index, count in enumerate(counts):
        width = WIDTH * count / total if total else 0
        edges.append((x, width))
        if width:
            parts.append(
                f'<rect x="{x:.1f}" y="{BAR_TOP}" width="{width:.1f}" height="{BAR_HEIGHT}" '
                f'fill="{SHADES[index]}" stroke="#000" stroke-width="0.8"/>'
            )
            label = f"{words[index]} {count}" if width >= 9 * (len(words[index]) + 3) else str(count)
            if width >= 9 * len(label):
                parts.append(
                    f'<text x="{x + width / 2:.1f}" y="{BAR_TOP + 18}" fill="{INK[index]}" '
                    f'text-anchor="middle">{text(label)}</text>'
                )
        x += width
    if uitslag.norm is not None and total:
        start, width = edges[uitslag.norm - 1]
        middle = min(max(start + width / 2, 8), WIDTH - 8)
        left = middle > WIDTH / 2  # the label on the side with room
        label_x, anchor = (middle - 10, "end") if left else (middle + 10, "start")
        parts.append(
            f'<path d="M{middle - 6:.1f},3 L{middle + 6:.1f},3 L{middle:.1f},{BAR_TOP - 2} Z" fill="#000"/>'
            f'<text x="{label_x:.1f}" y="13" text-anchor="{anchor}" class="norm">'
            f"norm: {text(words[uitslag.norm - 1])}</text>"
        )
    parts.append("</svg>")
    words_line = f'<p class="uitleg">{text(_description(uitslag, content))}</p>'
    return f'<figure class="vraag">{caption}{"".join(parts)}{words_line}</figure>'


def _description(uitslag: Uitslag, content: Content) -> str:
    """The chart in words: the counts, the group answer, the norm, the deviation and the range."""
    counts = ", ".join(f"{punt.woord} {count}" for punt, count in zip(content.schaal, uitslag.telling.counts))
    parts = [counts]
    if uitslag.groepsantwoord is not None:
        parts.append(f"groep: {content.woord(uitslag.groepsantwoord).woord}")
    if uitslag.norm is not None:
        parts.append(f"norm: {content.woord(uitslag.norm).woord}")
    if uitslag.afwijking is not None:
        parts.append(
            "binnen de norm"
            if not uitslag.afwijking
            else f"afwijking: {steps(uitslag.afwijking)} ({deviation_mark(uitslag.afwijking)})"
        )
    if uitslag.spreiding is not None:
        parts.append(f"spreiding: {steps(uitslag.spreiding)}")
    if uitslag.discussiepunt:
        parts.append("◆ discussiepunt")
    return " · ".join(parts)


def trend_chart(values: Sequence[int | None], labels: Sequence[str], content: Content) -> str:
    """The group answer over sessions, oldest first: a small line chart on the five words
    (top: the first word), each point with its word's number; missing points leave a gap."""
    height, left, step = 92, 70, 90
    width = left + step * max(len(values) - 1, 1) + 30
    words = [punt.woord for punt in content.schaal]

    def y(value: int) -> float:
        return 10 + (value - 1) * 18

    described = text(_trend_words(values, labels, content))
    size = f'viewBox="0 0 {width} {height + 14}" width="{min(width, 480)}"'
    parts = [f'<svg {size} role="img" aria-label="{described}">']
    for value, word in enumerate(words, start=1):
        parts.append(
            f'<line x1="{left}" x2="{width - 10}" y1="{y(value)}" y2="{y(value)}" stroke="#bbb" stroke-width="0.6"/>'
        )
        parts.append(f'<text x="{left - 6}" y="{y(value) + 4}" text-anchor="end" class="as">{text(word)}</text>')
    points = [(left + step * i, y(v)) for i, v in enumerate(values) if v is not None]
    segments: list[list[tuple[float, float]]] = [[]]
    for i, v in enumerate(values):
        if v is None:
            segments.append([])
        else:
            segments[-1].append((left + step * i, y(v)))
    for segment in segments:
        if len(segment) > 1:
            path = " ".join(f"{px:.0f},{py:.0f}" for px, py in segment)
            parts.append(f'<polyline points="{path}" fill="none" stroke="#000" stroke-width="2"/>')
    for px, py in points:
        parts.append(f'<circle cx="{px:.0f}" cy="{py:.0f}" r="4" fill="#000"/>')
    for i, label in enumerate(labels):
        parts.append(
            f'<text x="{left + step * i}" y="{height + 10}" text-anchor="middle" class="as">{text(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _trend_words(values: Sequence[int | None], labels: Sequence[str], content: Content) -> str:
    return ", ".join(f"{label}: {'–' if v is None else content.woord(v).woord}" for label, v in zip(labels, values))


def landkaart_chart(content: Content, gekozen: str | None, indicatie: str | None) -> str:
    """The landkaart as in stap 5 (rows bewust/onbewust, columns onbekwaam/bekwaam): the
    group's quadrant with a thick border and '✓ keuze van de groep', the app's indicatie
    marked '◇ indicatie van de app'; in words in the list beside it too."""
    from workshop.content import BEKWAAM, BEWUST, ONBEKWAAM, ONBEWUST

    cell_width, cell_height, left, top = 250, 74, 90, 26
    parts = [
        f'<figure class="landkaart"><svg viewBox="0 0 {left + 2 * cell_width + 4} {top + 2 * cell_height + 4}" '
        f'width="{left + 2 * cell_width + 4}" role="img" aria-label="landkaart">'
    ]
    for column, kolom in enumerate((ONBEKWAAM, BEKWAAM)):
        x = left + column * cell_width + cell_width / 2
        parts.append(f'<text x="{x:.0f}" y="16" text-anchor="middle" class="norm">{text(kolom)}</text>')
    for row, rij in enumerate((BEWUST, ONBEWUST)):
        y = top + row * cell_height
        parts.append(
            f'<text x="{left - 8}" y="{y + cell_height / 2 + 4:.0f}" text-anchor="end" class="norm">{text(rij)}</text>'
        )
        for column, kolom in enumerate((ONBEKWAAM, BEKWAAM)):
            kwadrant = content.kwadrant(rij, kolom)
            x = left + column * cell_width
            chosen = kwadrant.id == gekozen
            parts.append(
                f'<rect x="{x + 2}" y="{y + 2}" width="{cell_width - 4}" height="{cell_height - 4}" '
                f'fill="{"#c5d3e0" if chosen else "#fff"}" stroke="#000" stroke-width="{4 if chosen else 1}"/>'
            )
            parts.append(f'<text x="{x + 12}" y="{y + 24}">{text(kwadrant.naam)}</text>')
            marks = [
                m
                for m, on in (("✓ keuze van de groep", chosen), ("◇ indicatie van de app", kwadrant.id == indicatie))
                if on
            ]
            for number, mark in enumerate(marks):
                parts.append(f'<text x="{x + 12}" y="{y + 44 + 16 * number}" class="norm">{text(mark)}</text>')
    parts.append("</svg></figure>")
    return "".join(parts)
