"""CSV as a Dutch spreadsheet opens it: semicolons (the comma is the decimal sign), CRLF line
ends, and in a file a UTF-8 byte order mark so that Excel reads 'ë' as 'ë'. Every text cell
is safe to open: never a formula, never a raw control character (`workshop.output.text.csv_cell`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from workshop.output.text import csv_cell

DELIMITER = ";"


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return buffer.getvalue()


def csv_file_bytes(text: str) -> bytes:
    return ("\ufeff" + text).encode("utf-8")
