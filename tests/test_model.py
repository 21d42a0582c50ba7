"""The session's own rules for names and notes, without Textual."""

from __future__ import annotations

import pytest
from helpers import people, session

from workshop.domain.model import Positie


def test_a_name_is_found_whatever_its_case_and_spaces():
    sessie = session([("Jan de Vries", "wethouder"), ("Els", "griffier")])
    first, second = sessie.deelnemers
    assert sessie.named("  jan DE vries ") is first
    assert sessie.named("Jan de Vries", but=first.id) is None  # renaming someone to their own name
    assert sessie.named("Els", but=first.id) is second
    assert sessie.named("") is None and sessie.named("Piet") is None


def test_a_note_keeps_no_trailing_line_break_and_an_empty_one_goes():
    sessie = session(people(1))
    sessie.set_note("coalitie-valt-uiteen", "Eerste regel\ntweede regel\n\n")
    assert sessie.notities == {"coalitie-valt-uiteen": "Eerste regel\ntweede regel"}
    sessie.set_note("coalitie-valt-uiteen", " \n ")
    assert sessie.notities == {}


def test_a_small_group_of_phones_is_never_shown_on_its_own():
    from helpers import CONTENT

    from workshop.domain.rules import shown_role_groups

    sessie = session([("Anna", "burgemeester"), ("Deelnemer 2", "raad"), ("Deelnemer 3", "raad")])
    shown = shown_role_groups(sessie, CONTENT)
    assert [naam for naam, _ in shown.groepen] == ["Burgemeester"]  # the open mode shows a named role
    assert shown.weggelaten == "Via de telefoon: raadslid (2) niet apart getoond, minder dan 3."
    sessie.add_deelnemer("Deelnemer 4", "raad")
    assert [naam for naam, _ in shown_role_groups(sessie, CONTENT).groepen] == ["Burgemeester", "Raadslid"]


def test_a_misspelt_or_old_field_is_an_error_not_a_new_attribute():
    """The benchmark once set `alles_tonen`, the name of a field up to schema 2: Python made
    it a new attribute, and the benchmark measured hidden answers while it said they were
    shown. Now every model class has only its own fields."""
    sessie = session(people(1))
    deelnemer = sessie.deelnemers[0]
    for thing, name in [(sessie, "alles_tonen"), (deelnemer, "rol_naam"), (Positie("v", "d", "omlaag"), "kolom")]:
        with pytest.raises(AttributeError):
            setattr(thing, name, True)
    sessie.een_invuller = True  # its own fields still are
    assert sessie.is_revealed("wat-dan-ook")
