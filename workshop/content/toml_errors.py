"""tomllib's error messages in Dutch, for the one line a user reads about a broken file.

tomllib (Python 3.11 to 3.13) says what is wrong in English, followed by where: "Invalid
value (at line 3, column 8)". The user of this app reads Dutch: each known message has its
Dutch form here; an unknown one (a newer Python) keeps tomllib's words rather than none.
"""

from __future__ import annotations

import re

_WHERE = re.compile(r"\s*\(at (?:line (?P<line>\d+), column (?P<column>\d+)|end of document)\)\s*$")
_KEY = r"""(?P<key>\(.*\)|'[^']*'|"[^"]*"|\S+)"""  # tomllib shows a key as a tuple of its parts: ('a', 'b')
_CHAR = r"(?P<char>'.*'|\".*\")"

NOT_CLOSED = "een tekst wordt op deze regel niet gesloten met een aanhalingsteken"

DUTCH = [
    (r"Invalid statement", "geen geldige regel"),
    (r"Expected newline or end of document after a statement", "hier hoort de regel te eindigen"),
    (r"Expected '=' after a key in a key/value pair", "na een naam hoort een '='"),
    (r"Expected ']' at the end of a table declaration", "een tabelkop hoort te eindigen op ']'"),
    (r"Expected ']]' at the end of an array declaration", "een tabelkop hoort te eindigen op ']]'"),
    (r"Expected \"'('')?\"", "een tekst wordt niet gesloten met een aanhalingsteken"),
    (rf"Expected {_CHAR}", "hier hoort {char}"),
    (r"Found invalid character '\\n'", NOT_CLOSED),
    (rf"Found invalid character {_CHAR}", "ongeldig teken {char}"),
    (r"Illegal character '\\n'", NOT_CLOSED),
    (rf"Illegal character {_CHAR}", "ongeldig teken {char}"),
    (rf"Cannot declare {_KEY} twice", "{key} staat er twee keer in"),
    (r"Cannot overwrite a value", "deze naam heeft al een waarde"),
    (rf"Cannot mutate immutable namespace {_KEY}", "{key} is al gegeven en kan hier niet worden aangevuld"),
    (rf"Cannot redefine namespace {_KEY}", "{key} is al eerder gegeven"),
    (r"Invalid initial character for a key part", "een naam begint met een ongeldig teken"),
    (r"Unclosed array", "in een lijst ontbreekt een komma of de afsluitende ']'"),
    (rf"Duplicate inline table key {_KEY}", "{key} staat er twee keer in"),
    (r"Unclosed inline table", "in een tabel tussen accolades ontbreekt een komma of de afsluitende '}}'"),
    (r"Unescaped '\\' in a string", "een losse '\\' in een tekst; schrijf '\\\\'"),
    (r"Invalid hex value", "ongeldige hexadecimale code in een tekst"),
    (r"Escaped character is not a Unicode scalar value", "een code in een tekst is geen geldig teken"),
    (r"Unterminated string", "een tekst wordt niet gesloten met aanhalingstekens"),
    (r"Invalid date or datetime", "ongeldige datum of tijd"),
    (r"Invalid value", "ongeldige waarde; staat een tekst tussen aanhalingstekens?"),
]
_DUTCH = [(re.compile(f"{pattern}$"), dutch) for pattern, dutch in DUTCH]


def in_dutch(message: str, text: str) -> tuple[str, int | None]:
    """tomllib's message about `text` in Dutch ('in kolom 8: ongeldige waarde; ...'), and the
    line it names (the last line when it names the end of the document)."""
    where = _WHERE.search(message)
    reason = message[: where.start()] if where else message
    for pattern, dutch in _DUTCH:
        match = pattern.match(reason)
        if match:
            reason = dutch.format(char=match.groupdict().get("char"), key=_key(match.groupdict().get("key") or ""))
            break
    if where is None:
        return reason, None
    if where["line"] is None:
        last = text.count("\n") + (0 if text.endswith("\n") else 1)  # lines end at '\n' only, as in TOML
        return f"aan het eind van het bestand: {reason}", max(1, last)
    return f"in kolom {where['column']}: {reason}", int(where["line"])


def _key(shown: str) -> str:
    """A key as TOML writes it: ('deelnemers', 'naam') and 'naam' as deelnemers.naam and naam."""
    parts = re.findall(r"'([^']*)'|\"([^\"]*)\"", shown)
    return ".".join(a or b for a, b in parts) if parts else shown
