"""The HTML pages (report and comparison): one self-contained file with inline CSS and SVG,
no script and no external resource, so it opens offline from an e-mail attachment; a print
stylesheet for A4 in black and white, the answers, the outcome and a comparison each from a
new page."""

from __future__ import annotations

from workshop.output.blocks import Blok, html_body, text

STYLE = """
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #111; background: #fff; max-width: 58rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.7em; margin: 0 0 .4em; }
h2 { font-size: 1.3em; border-bottom: 2px solid #111; padding-bottom: .15em; margin-top: 1.8em; }
h3 { font-size: 1.1em; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0 1em; font-size: .92em; }
th, td { border: 1px solid #888; padding: .25em .45em; text-align: left; vertical-align: top; }
th { background: #e8e8e8; }
td.getal, th.getal { text-align: right; font-variant-numeric: tabular-nums; }
figure.vraag, figure.trend { margin: .9em 0 1.1em; break-inside: avoid; }
figcaption { font-weight: 600; margin-bottom: .2em; }
figcaption .nr { display: inline-block; min-width: 1.8em; }
svg text { font: 13px system-ui, Arial, sans-serif; }
svg text.norm { font-weight: 700; }
svg text.as { font-size: 11px; fill: #333; }
svg text.leeg { fill: #555; font-style: italic; }
p.uitleg { margin: .1em 0 0; font-size: .92em; }
blockquote { margin: .3em 0 1em; padding-left: .8em; border-left: 3px solid #888; }
ul { padding-left: 1.3em; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  section.pagina { break-before: page; }
  h2, h3, figcaption { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  th { background: #eee; }
}
"""


def page(title: str, blocks: list[Blok]) -> str:
    return (
        "<!DOCTYPE html>\n"
        '<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{text(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n"
        f"{html_body(blocks)}\n"
        "</body>\n</html>\n"
    )
