"""`workshop list`: one line per session in the sessions folder."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from workshop.content import Content
from workshop.domain.forms import format_date
from workshop.files.index import overview
from workshop.output.text import one_line

HEADINGS = ("Gemeente", "Titel", "Datum", "Deelnemers", "Beantwoord", "Indicatie fase", "Bestand")
WIDTHS = (20, 30, 10, 10, 10, 24, 200)  # the file name last, in full


def _fit(text: str, width: int) -> str:
    flat = one_line(text)  # names may hold newlines, tabs or escapes: one visible line per session
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def print_listing(folder: Path, content: Content) -> None:
    entries = overview(folder, content)
    if not entries:
        print(f"Geen sessies in {one_line(str(folder))}")
        return
    print("  ".join(_fit(h, w).ljust(w) for h, w in zip(HEADINGS, WIDTHS)).rstrip())
    for entry in entries:
        s = entry.samenvatting
        if s is None:
            print(f"ONLEESBAAR  {_fit(entry.fout or '', 200)}")
            continue
        answered = f"{s.beantwoord}%"
        day = format_date(dt.date.fromisoformat(s.datum))  # the index keeps ISO dates
        cells = (s.gemeente, s.titel, day, str(s.deelnemers), answered, s.voorstel(content), entry.path.name)
        print("  ".join(_fit(cell, width).ljust(width) for cell, width in zip(cells, WIDTHS)).rstrip())
