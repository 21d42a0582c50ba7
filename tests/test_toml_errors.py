"""A broken file is named in Dutch: tomllib's English messages, translated, with the line and
the column it names."""

from __future__ import annotations

import re
import tomllib

import pytest

from workshop.content.fields import FormatError, Source
from workshop.content.toml_errors import DUTCH, in_dutch

BROKEN = {
    "a = \n": ("ongeldige waarde, in kolom 5", 1),
    "a = 1\ntitel = 1 b\n": ("na een waarde hoort de regel te eindigen, in kolom 11", 2),
    "a 1\n": ("na een naam hoort een '=', in kolom 3", 1),
    "[a\n": ("een tabelkop hoort te eindigen op ']', in kolom 3", 1),
    "[[a]\n": ("een tabelkop hoort te eindigen op ']]', in kolom 4", 1),
    "a = 1\nb = [1, 2\n": ("een lijst wordt niet gesloten met ']', aan het eind van het bestand", 2),
    "a = {b = 1\n": ("een tabel tussen accolades wordt niet gesloten met '}', in kolom 11", 1),
    'a = "x\n': ("een tekst wordt op deze regel niet gesloten met een aanhalingsteken, in kolom 7", 1),
    'a = "\x01"\n': ("ongeldig teken '\\x01', in kolom 6", 1),
    'a = "\\q"\n': ("een losse '\\' in een tekst (schrijf '\\\\'), in kolom 8", 1),
    'a = "\\uD800"\n': ("een code in een tekst is geen geldig teken, in kolom 12", 1),
    'a = "\\uZZZZ"\n': ("ongeldige hexadecimale code in een tekst, in kolom 8", 1),
    "a = 1\na = 2\n": ("deze naam heeft al een waarde, in kolom 6", 2),
    "[sessie]\n[sessie]\n": ("sessie staat er twee keer in, in kolom 8", 2),
    "a = {b = 1, b = 2}\n": ("b staat er twee keer in, in kolom 18", 1),
    "a = {x=1}\na.y = 2\n": ("a is al gegeven en kan hier niet worden aangevuld, in kolom 8", 2),
    "=1\n": ("geen geldige regel, in kolom 1", 1),
    "a = 2026-02-30\n": ("ongeldige datum of tijd, in kolom 5", 1),
    'a = """x': ("een tekst wordt niet gesloten met aanhalingstekens, aan het eind van het bestand", 1),
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
        "(een tekst wordt op deze regel niet gesloten met een aanhalingsteken, in kolom 17)"
    )


def test_every_message_of_tomllib_has_its_dutch_form():
    """Each message tomllib's parser can raise (read from its source) matches a pattern here,
    so a broken file never shows English beside Dutch."""
    source = open(tomllib._parser.__file__, encoding="utf-8").read()
    messages = re.findall(r"suffixed_err\(\s*src,\s*\w+,\s*f?\"([^\"]+)\"", source)
    assert len(messages) >= 20
    examples = {"{expect!r}": "']'", "{src[pos]!r}": "'x'", "{char!r}": "'x'", "{key_stem!r}": "'b'"}
    for message in messages:
        for placeholder, example in examples.items():
            message = message.replace(placeholder, example)
        message = re.sub(r"\{\w+\}", "('a', 'b')", message).replace("\\\\", "\\")
        reason, line = in_dutch(f"{message} (at line 2, column 3)", "a\nb\n")
        assert line == 2 and reason.endswith(", in kolom 3")
        assert not re.search(r"\b(Invalid|Expected|Cannot|Unclosed|Illegal|Found|Duplicate)\b", reason), message
    assert len(DUTCH) >= 20
