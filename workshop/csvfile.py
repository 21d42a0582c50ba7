"""CSV as a Dutch spreadsheet opens it: semicolons (the comma is the decimal sign), CRLF line
ends, and in a file a UTF-8 byte order mark so that Excel reads 'ë' as 'ë'."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

DELIMITER = ";"


def csv_text(rows: Iterable[Sequence[object]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def csv_file_bytes(text: str) -> bytes:
    return ("\ufeff" + text).encode("utf-8")
