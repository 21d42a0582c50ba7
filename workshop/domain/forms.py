"""Reading what the facilitator types into a form: dates and numbers, with Dutch messages."""

from __future__ import annotations

import datetime as dt
import re


class InputError(ValueError):
    """What is wrong with the input, as one Dutch sentence."""


def parse_date(text: str) -> dt.date:
    """'28-11-2026', '28/11/2026', '28.11.2026' or '2026-11-28'."""
    text = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    dutch = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text)
    try:
        if iso:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        if dutch:
            return dt.date(int(dutch.group(3)), int(dutch.group(2)), int(dutch.group(1)))
    except ValueError:
        raise InputError(f"‘{text}’ is geen bestaande datum") from None
    raise InputError("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 28-11-2026")


def format_date(date: dt.date) -> str:
    return f"{date.day:02d}-{date.month:02d}-{date.year}"


def format_count(count: int) -> str:
    """10000 as '10.000', as a Dutch reader writes it."""
    return f"{count:,}".replace(",", ".")


def parse_count(text: str, maximum: int) -> int | None:
    """An optional whole number from 0 to `maximum`; empty means no number."""
    text = text.strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > maximum:
        raise InputError(f"Vul een getal van 0 tot en met {maximum} in, of laat het leeg")
    return int(text)


def required(text: str, what: str) -> str:
    if not text.strip():
        raise InputError(f"Vul {what} in")
    return text.strip()


def file_name_input(text: str, suffix: str) -> str:
    """A plain file name for the sessions folder: no folders, no hidden files."""
    name = text.strip()
    if not name:
        raise InputError("Vul een bestandsnaam in")
    if any(ch in name for ch in "/\\\x00") or name.startswith("."):
        raise InputError("Alleen een bestandsnaam, zonder map en niet beginnend met een punt")
    return name if name.endswith(suffix) else name + suffix


def parse_optional_date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None
