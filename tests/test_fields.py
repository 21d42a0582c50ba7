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
