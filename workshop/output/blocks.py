"""A document as a list of blocks, laid out as Markdown or as HTML: the report and the
comparison decide their content once (report.py, comparison.py), and both formats show
exactly that, so the minutes in Markdown and the page for the griffier never drift apart.

Text in a block is plain text from people and files; each layout makes it safe for its own
format (Markdown: one line, pipes and backslashes escaped; a quote keeps its lines; HTML:
escaped; both: control characters made visible)."""

from __future__ import annotations

from html import escape
from typing import NamedTuple

from workshop.output.tables import Tabel, cell, markdown_table
from workshop.output.text import visible


class Kop(NamedTuple):
    niveau: int
    tekst: str
    pagina: bool = False  # in print, a section that starts on a new page


class Alinea(NamedTuple):
    tekst: str


class Punt(NamedTuple):
    """One item of a bulleted list; `diepte` 1 is an item under the item before."""

    tekst: str
    diepte: int = 0


class TabelBlok(NamedTuple):
    tabel: Tabel
    uitlijning: tuple[str, ...] | None = None  # per column: '---' or '---:'


class Vet(NamedTuple):
    tekst: str


class Citaat(NamedTuple):
    tekst: str  # several lines


class Figuur(NamedTuple):
    """Only in HTML: an inline SVG chart, already made safe; its numbers are in the blocks too."""

    svg: str


Blok = Kop | Alinea | Punt | TabelBlok | Vet | Citaat | Figuur


def markdown(blocks: list[Blok]) -> str:
    """A blank line between blocks, none between the items of a list."""
    lines: list[str] = []
    before = None
    for block in blocks:
        if isinstance(block, Figuur):
            continue
        if before is not None and not (isinstance(before, Punt) and isinstance(block, Punt)):
            lines.append("")
        lines += _markdown(block)
        before = block
    return visible("\n".join(lines) + "\n")


def _markdown(block: Blok) -> list[str]:
    if isinstance(block, Kop):
        return [f"{'#' * block.niveau} {cell(block.tekst)}"]
    if isinstance(block, Alinea):
        return [cell(block.tekst)]
    if isinstance(block, Punt):
        return [f"{'  ' * block.diepte}- {cell(block.tekst)}"]
    if isinstance(block, TabelBlok):
        return markdown_table(block.tabel, block.uitlijning)
    if isinstance(block, Vet):
        return [f"**{cell(block.tekst)}**"]
    return [f"> {line}" if line else ">" for line in block.tekst.splitlines()]


def text(value: object) -> str:
    """Plain text for HTML (a number too, as a table cell): control characters visible,
    markup escaped."""
    return escape(visible(str(value)), quote=True)


def html_body(blocks: list[Blok]) -> str:
    """The blocks as HTML; a heading of level 2 starts a <section> (a page break in print)."""
    parts: list[str] = []
    open_list = 0  # nested <ul> now open
    open_section = False
    for block in blocks:
        if not isinstance(block, Punt):
            parts.append("</li></ul>" * open_list)
            open_list = 0
        if isinstance(block, Kop):
            if block.niveau <= 2:
                parts.append("</section>" if open_section else "")
                parts.append('<section class="pagina">' if block.pagina else "<section>")
                open_section = True
            parts.append(f"<h{block.niveau}>{text(block.tekst)}</h{block.niveau}>")
        elif isinstance(block, Alinea):
            parts.append(f"<p>{text(block.tekst)}</p>")
        elif isinstance(block, Punt):
            depth = block.diepte + 1
            if depth > open_list:
                parts.append("<ul><li>" * (depth - open_list))
            else:
                parts.append("</li></ul>" * (open_list - depth) + "</li><li>")
            open_list = depth
            parts.append(text(block.tekst))
        elif isinstance(block, TabelBlok):
            parts.append(html_table(block.tabel, block.uitlijning))
        elif isinstance(block, Vet):
            parts.append(f"<p><strong>{text(block.tekst)}</strong></p>")
        elif isinstance(block, Citaat):
            parts.append(f"<blockquote>{'<br>'.join(text(line) for line in block.tekst.splitlines())}</blockquote>")
        else:
            parts.append(block.svg)
    parts.append("</li></ul>" * open_list)
    parts.append("</section>" if open_section else "")
    return "\n".join(part for part in parts if part)


def html_table(tabel: Tabel, uitlijning: tuple[str, ...] | None = None) -> str:
    right = [bool(a and a.endswith(":")) for a in (uitlijning or [])]

    def cls(index: int) -> str:
        return ' class="getal"' if index < len(right) and right[index] else ""

    head = "".join(f"<th{cls(i)}>{text(h)}</th>" for i, h in enumerate(tabel.headings))
    rows = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{text(value)}</td>" for i, value in enumerate(cells)) + "</tr>"
        for cells in tabel.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"
