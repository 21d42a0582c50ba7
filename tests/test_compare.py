"""Comparing sessions over time, against rounds worked out by hand.

Round 1 (1 March 2026), two participants, every norm soms (4):
  Q1 vaak, vaak       -> group vaak (2), 2 steps out, range 0
  Q2 soms, nooit      -> group soms (4; the less favourable middle), within, range 1
  Q3 geregeld, nooit  -> group geregeld (3; the less favourable middle), 1 step out, range 2
Round 2 (1 September 2026), same norms:
  Q1 geregeld, soms   -> geregeld: better; deviation 2 -> 1 (-1); range 0 -> 1 (+1)
  Q2 geregeld, geregeld -> geregeld: worse; deviation 0 -> 1 (+1); range 1 -> 0 (-1)
  Q3 geregeld, soms   -> geregeld: the same; deviation 1 -> 1 (0); range 2 -> 1 (-1)
  Q4 vaak, vaak       -> only in round 2: "–"
"""

from __future__ import annotations

from helpers import CONTENT, IDS, MARCH_NEXT, all_norms, answer, people, round_one, round_two, session

from workshop.domain.compare import (
    BETER,
    GELIJK,
    SLECHTER,
    SLECHTER_EERST,
    compare_sessions,
    direction_label,
    signed,
    sorted_rows,
)
from workshop.domain.model import Terugblik


def test_two_rounds_of_the_same_municipality():
    result = compare_sessions([round_two(), round_one()], CONTENT)  # any order: oldest first
    assert [s.titel for s in result.sessies] == ["Ronde 1", "Ronde 2"]
    q1, q2, q3, q4 = result.rijen[:4]
    assert [p.groepsantwoord for p in q1.punten] == [2, 3]
    assert (q1.richting, q1.afwijking_verschil, q1.spreiding_verschil) == (BETER, -1, 1)
    assert (q2.richting, q2.afwijking_verschil, q2.spreiding_verschil) == (SLECHTER, 1, -1)
    assert (q3.richting, q3.afwijking_verschil, q3.spreiding_verschil) == (GELIJK, 0, -1)
    assert q1.punten[0].telling.counts == (0, 2, 0, 0, 0) and q1.punten[1].telling.counts == (0, 0, 1, 1, 0)
    assert q4.punten[0] is None and q4.punten[1].groepsantwoord == 2
    assert (q4.richting, q4.afwijking_verschil) == (None, None)
    assert not result.normen_verschillen
    assert not result.inhoud_verschilt


def test_sorted_by_the_biggest_change_for_the_worse():
    result = compare_sessions([round_one(), round_two()], CONTENT)
    assert [r.nummer for r in sorted_rows(result, SLECHTER_EERST)][:4] == [2, 3, 1, 4]


def test_three_rounds_with_a_trail():
    third = session(people(2), gemeente="Lindendal", titel="Ronde 3", datum=MARCH_NEXT)
    third.normen = all_norms(4)
    answer(third, IDS[0], [5, 5])  # nooit: better again
    third.kwadrant = "bewust-bekwaam"
    third.reveal(IDS)
    result = compare_sessions([third, round_one(), round_two()], CONTENT)
    assert [s.kwadrant for s in result.standen] == ["onbewust-onbekwaam", "bewust-onbekwaam", "bewust-bekwaam"]
    assert result.rijen[0].richtingen == (BETER, BETER)
    assert result.rijen[0].richting == BETER
    assert result.rijen[0].verslechtering == -3  # from vaak to nooit
    assert [(s.acties, s.gedaan) for s in result.standen] == [(2, 1), (0, 0), (0, 0)]
    assert [s.gekozen for s in result.standen] == [None, 1, None]
    # round 1 suggests phase 2 (a deviation of two steps); round 3 nothing deviates
    assert [s.voorgesteld for s in result.standen] == [2, 2, 0]


def test_sessions_with_different_norms_compare_against_their_own():
    later = round_two()
    later.normen[IDS[2]] = 3  # in round 2, geregeld is acceptable for question 3
    result = compare_sessions([round_one(), later], CONTENT)
    q3 = result.rijen[2]
    assert [p.afwijking for p in q3.punten] == [1, 0]
    assert q3.richting == GELIJK  # the group answer did not change; only the norm did
    assert q3.afwijking_verschil == -1
    assert result.normen_verschillen == (3,)


def test_a_session_of_another_content_version():
    older = round_one()
    older.inhoud_versie = "2025.1"
    result = compare_sessions([older, round_two()], CONTENT)
    assert result.inhoud_verschilt


def test_labels():
    assert [direction_label(r) for r in (BETER, SLECHTER, GELIJK, None)] == ["▲ beter", "▼ slechter", "= gelijk", "–"]
    assert [signed(n) for n in (2, 0, -1, None)] == ["+2", "0", "-1", "–"]


def test_a_question_not_revealed_is_not_compared_and_the_suggestion_waits():
    """Round 2 has revealed question 1 only: its answers to questions 2 to 4 are not shown,
    and its suggestion waits for them, as on the screen."""
    later = round_two()
    later.onthuld = {IDS[0]}
    result = compare_sessions([round_one(), later], CONTENT)
    assert [p.groepsantwoord for p in result.rijen[0].punten] == [2, 3]
    assert result.rijen[1].punten[1] is None and result.rijen[1].richting is None
    assert [(s.voorgesteld, s.verborgen) for s in result.standen] == [(2, 0), (2, 3)]


def test_a_later_review_marks_an_action_done():
    """Round 1 planned two actions, the first already done; round 2 reviewed the second as
    done: round 1 counts two done. Without the file names the review cannot be matched."""
    later = round_two()
    later.terugblik = [Terugblik("ronde-1.toml", 2, "feedback-geven", "gedaan")]
    named = compare_sessions([later, round_one()], CONTENT, ["ronde-2.toml", "ronde-1.toml"])
    assert [(s.acties, s.gedaan) for s in named.standen] == [(2, 2), (0, 0)]
    unnamed = compare_sessions([later, round_one()], CONTENT)
    assert [(s.acties, s.gedaan) for s in unnamed.standen] == [(2, 1), (0, 0)]
    later.terugblik = [Terugblik("ronde-1.toml", 1, "heidag-organiseren", "gestopt")]
    stopped = compare_sessions([round_one(), later], CONTENT, ["ronde-1.toml", "ronde-2.toml"])
    assert [(s.acties, s.gedaan) for s in stopped.standen] == [(2, 0), (0, 0)]  # the latest word counts
