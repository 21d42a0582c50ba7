"""Finding the line of a field, so that an error can point at it."""

from __future__ import annotations

from workshop.content.fields import field_name, find_line

DOCUMENT = """\
schema = 1
titel = "x"

[normen]
a = "soms"

[[deelnemers]]
id = "d1"

[deelnemers.antwoorden]
a = "vaak"

[[deelnemers]]
id = "d2"

[deelnemers.antwoorden]
a = "nooit"
"quoted key" = "soms"
"""


def test_top_level_and_table_keys():
    assert find_line(DOCUMENT, ("titel",)) == 2
    assert find_line(DOCUMENT, ("normen", "a")) == 5


def test_array_of_tables_are_counted():
    assert find_line(DOCUMENT, ("deelnemers", 1, "id")) == 14
    assert find_line(DOCUMENT, ("deelnemers", 0, "antwoorden", "a")) == 11
    assert find_line(DOCUMENT, ("deelnemers", 1, "antwoorden", "a")) == 17
    assert find_line(DOCUMENT, ("deelnemers", 1, "antwoorden", "quoted key")) == 18


def test_a_missing_key_points_at_its_table():
    assert find_line(DOCUMENT, ("deelnemers", 1, "rol")) == 13
    assert find_line(DOCUMENT, ("bestaat", "niet")) is None


def test_field_names_count_from_one():
    assert field_name(("deelnemers", 0, "antwoorden", "a")) == "deelnemers[1].antwoorden.a"


def test_a_line_break_that_toml_does_not_count_does_not_move_the_line():
    """A text may hold U+2028, U+2029 or U+0085; TOML (and tomllib's line numbers) end a line
    at '\\n' only, and so does find_line."""
    document = 'titel = "voor\u2028na"\nbegeleider = "a\x85b\u2029c"\n\n[normen]\na = "soms"\r\nb = "vaak"\r\n'
    assert find_line(document, ("begeleider",)) == 2
    assert find_line(document, ("normen", "a")) == 5
    assert find_line(document, ("normen", "b")) == 6
