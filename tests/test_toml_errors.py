"""A broken file is named in Dutch: tomllib's English messages, translated, with the line and
the column it names."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from workshop.content.fields import FormatError, Source
from workshop.content.toml_errors import _DUTCH, in_dutch

# Columns count from 1, at the character where tomllib stops: after a duplicate key in braces
# that is the closing '}' ("a = {b = 1, b = 2}": column 18), for an unclosed text the end of
# its line or of the file.
NO_COMMA = "in een lijst ontbreekt een komma of de afsluitende ']'"
BROKEN = {
    "a = \n": ("in kolom 5: ongeldige waarde; staat een tekst tussen aanhalingstekens?", 1),
    "a = 1\ntitel = 1 b\n": ("in kolom 11: hier hoort de regel te eindigen", 2),
    "a 1\n": ("in kolom 3: na een naam hoort een '='", 1),
    "[a\n": ("in kolom 3: een tabelkop hoort te eindigen op ']'", 1),
    "[[a]\n": ("in kolom 4: een tabelkop hoort te eindigen op ']]'", 1),
    "a = 1\nb = [1, 2\n": ("aan het eind van het bestand: in een lijst ontbreekt een komma of de afsluitende ']'", 2),
    'a = "x\u2028y"\nb = [1, 2': (
        "aan het eind van het bestand: in een lijst ontbreekt een komma of de afsluitende ']'",
        2,
    ),
    "a = [1 2]\n": ("in kolom 8: in een lijst ontbreekt een komma of de afsluitende ']'", 1),
    "a = {b = 1\n": ("in kolom 11: in een tabel tussen accolades ontbreekt een komma of de afsluitende '}'", 1),
    "a = 'x\n": ("aan het eind van het bestand: een tekst wordt niet gesloten met een aanhalingsteken", 1),
    "a = {'mijn naam' = 1, 'mijn naam' = 2}\n": ("in kolom 38: mijn naam staat er twee keer in", 1),
    'a = "x\n': ("in kolom 7: een tekst wordt op deze regel niet gesloten met een aanhalingsteken", 1),
    'a = "\x01"\n': ("in kolom 6: ongeldig teken '\\x01'", 1),
    'a = "\\q"\n': ("in kolom 8: een losse '\\' in een tekst; schrijf '\\\\'", 1),
    'a = "\\uD800"\n': ("in kolom 12: een code in een tekst is geen geldig teken", 1),
    'a = "\\uZZZZ"\n': ("in kolom 8: ongeldige hexadecimale code in een tekst", 1),
    "a = 1\na = 2\n": ("in kolom 6: deze naam heeft al een waarde", 2),
    "[sessie]\n[sessie]\n": ("in kolom 8: sessie staat er twee keer in", 2),
    "a = {b = 1, b = 2}\n": ("in kolom 18: b staat er twee keer in", 1),
    "a = {x=1}\na.y = 2\n": ("in kolom 8: a is al gegeven en kan hier niet worden aangevuld", 2),
    "=1\n": ("in kolom 1: geen geldige regel", 1),
    "a = 2026-02-30\n": ("in kolom 5: ongeldige datum of tijd", 1),
    'a = """x': ("aan het eind van het bestand: een tekst wordt niet gesloten met aanhalingstekens", 1),
}


@pytest.mark.parametrize("text", BROKEN)
def test_tomllib_s_message_in_dutch_with_its_line_and_column(text):
    with pytest.raises(tomllib.TOMLDecodeError) as error:
        tomllib.loads(text)
    assert in_dutch(str(error.value), text) == BROKEN[text]


def test_a_broken_session_file_is_one_dutch_line():
    with pytest.raises(FormatError) as error:
        Source.parse("kapot.toml", b'[sessie]\ngemeente = "Bank\n')
    assert str(error.value) == (
        "kapot.toml:2: geen geldig TOML "
        "(in kolom 17: een tekst wordt op deze regel niet gesloten met een aanhalingsteken)"
    )


def tomllib_messages() -> list[str]:
    """Every message tomllib's parser can raise, read from its source: the message given to
    `suffixed_err` (Python 3.11-3.13) or to `TOMLDecodeError` (the newer tomli of 3.14), with an
    example put in for what it says of the document."""
    tree = ast.parse(Path(tomllib._parser.__file__).read_text(encoding="utf-8"))
    examples = {"expect": "']'", "char": "'x'", "key_stem": "'b'"}
    messages = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
            continue
        given = {"suffixed_err": 2, "TOMLDecodeError": 0}.get(call.func.id)
        if given is None or len(call.args) <= given:
            continue
        message = call.args[given]
        if isinstance(message, ast.Constant) and isinstance(message.value, str):
            messages.append(message.value)
        elif isinstance(message, ast.JoinedStr) and "msg" not in ast.unparse(message):  # not suffixed_err's own
            parts = []
            for part in message.values:
                if isinstance(part, ast.Constant):
                    parts.append(part.value)
                else:  # a key ('a', 'b'), a character or what was expected
                    name = ast.unparse(part.value)
                    parts.append(examples.get(name, "'x'" if "pos" in name else "('a', 'b')"))
            messages.append("".join(parts))
    return messages


def test_every_message_of_tomllib_has_its_dutch_form():
    """Each message tomllib's parser can raise has a pattern here, so a broken file never
    shows English beside Dutch."""
    messages = tomllib_messages()
    assert len(messages) >= 20
    for message in messages:
        assert any(pattern.match(message) for pattern, _ in _DUTCH), message
        reason, line = in_dutch(f"{message} (at line 2, column 3)", "a\nb\n")
        assert line == 2 and reason.startswith("in kolom 3: ") and message not in reason
