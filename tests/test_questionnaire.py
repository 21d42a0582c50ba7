"""Moving through the answer grid without Textual: where a session resumes, and where the
cursor goes after an answer."""

from __future__ import annotations

from helpers import IDS, people, session

from workshop.domain.model import OMLAAG, OPZIJ, Positie
from workshop.domain.questionnaire import Cursor, advance, resume


def test_a_session_resumes_on_its_saved_cell_or_else_on_the_first():
    sessie = session(people(3))
    assert resume(sessie, IDS) == Cursor(0, 0)  # no position yet
    third = sessie.deelnemers[2]
    sessie.positie = Positie(IDS[4], third.id, OMLAAG)
    assert resume(sessie, IDS) == Cursor(4, 2)
    sessie.positie = Positie("weg", third.id, OMLAAG)  # a question no longer in the content
    assert resume(sessie, IDS) == Cursor(0, 2)
    sessie.positie = Positie(IDS[4], "niemand", OMLAAG)  # a participant who was removed
    assert resume(sessie, IDS) == Cursor(4, 0)


def test_after_an_answer_the_cursor_goes_down_the_list_or_across_the_room():
    assert advance(Cursor(0, 0), OMLAAG, 19, 3) == Cursor(1, 0)
    assert advance(Cursor(18, 0), OMLAAG, 19, 3) == Cursor(0, 1)  # the next person's first question
    assert advance(Cursor(18, 2), OMLAAG, 19, 3) == Cursor(18, 2)  # the last cell stays put
    assert advance(Cursor(5, 0), OPZIJ, 19, 3) == Cursor(5, 1)
    assert advance(Cursor(5, 2), OPZIJ, 19, 3) == Cursor(6, 0)  # the next question, first person
    assert advance(Cursor(18, 2), OPZIJ, 19, 3) == Cursor(18, 2)
