"""Every rule of PRODUCT.md that works on answers, with numbers worked out by hand."""

from __future__ import annotations

import pytest
from helpers import CONTENT, DESIRABLE, IDS, answer, people, round_one, session

from workshop.domain.advice import indicatie
from workshop.domain.rules import (
    Telling,
    answer_range,
    as_revealed,
    deviation_from_norm,
    group_answer,
    list_tally,
    missing,
    revealed_results,
    role_groups,
    shown_role_groups,
    uitslagen,
    unfavourability,
)

UNDESIRABLE = CONTENT.vraag("stemmen-langs-coalitie-oppositie")
GEWENST = CONTENT.vraag(DESIRABLE)


@pytest.mark.parametrize(
    ("answer_value", "norm", "expected"),
    [
        (2, 4, 2),  # vaak where soms is the least acceptable: two steps too often
        (3, 4, 1),
        (4, 4, 0),  # exactly the norm is acceptable
        (5, 4, 0),  # nooit is better than the norm
        (1, 5, 4),  # altijd against a norm of nooit: the largest deviation
    ],
)
def test_deviation_of_an_undesirable_statement(answer_value, norm, expected):
    assert deviation_from_norm(answer_value, norm, UNDESIRABLE) == expected


@pytest.mark.parametrize(
    ("answer_value", "norm", "expected"),
    [
        (4, 2, 2),  # soms on "debat op de inhoud" where vaak is needed: two steps too rarely
        (3, 2, 1),
        (2, 2, 0),
        (1, 2, 0),  # altijd is better than the norm
        (5, 1, 4),
    ],
)
def test_deviation_of_the_desirable_statement(answer_value, norm, expected):
    assert deviation_from_norm(answer_value, norm, GEWENST) == expected


def test_group_answer_is_the_median_with_an_odd_count():
    assert group_answer([4, 2, 5], UNDESIRABLE) == 4
    assert group_answer([4, 2, 5], GEWENST) == 4


def test_group_answer_with_an_even_count_takes_the_less_favourable_middle_value():
    # middle values geregeld (3) and soms (4)
    assert group_answer([5, 2, 3, 4], UNDESIRABLE) == 3  # more often is worse
    assert group_answer([5, 2, 3, 4], GEWENST) == 4  # less often is worse
    assert group_answer([1, 5], UNDESIRABLE) == 1
    assert group_answer([1, 5], GEWENST) == 5


def test_group_answer_of_one_participant_and_of_nobody():
    assert group_answer([3], UNDESIRABLE) == 3
    assert group_answer([], UNDESIRABLE) is None


def test_range():
    assert answer_range([2, 5, 3]) == 3
    assert answer_range([4]) == 0
    assert answer_range([]) is None


def test_unfavourability_runs_from_0_to_4_in_both_polarities():
    assert [unfavourability(v, UNDESIRABLE) for v in (1, 2, 3, 4, 5)] == [4, 3, 2, 1, 0]
    assert [unfavourability(v, GEWENST) for v in (1, 2, 3, 4, 5)] == [0, 1, 2, 3, 4]


def test_telling_counts_each_word():
    telling = Telling.of([1, 1, 3, 5])
    assert telling.counts == (2, 0, 1, 0, 1)
    assert telling.total == 4
    assert telling.count(1) == 2
    assert (telling + Telling.of([2])).counts == (2, 1, 1, 0, 1)


def test_results_of_one_question_with_a_missing_answer():
    sessie = session(people(3))
    sessie.normen[UNDESIRABLE.id] = 4
    answer(sessie, UNDESIRABLE.id, [2, None, 4])
    result = uitslagen(sessie, CONTENT)[0]
    assert result.telling.counts == (0, 1, 0, 1, 0)
    assert result.groepsantwoord == 2  # even count of two: the less favourable, vaak
    assert result.afwijking == 2  # soms - vaak
    assert result.spreiding == 2
    assert result.discussiepunt  # a range of 2 is a discussion point
    assert [d.id for d in missing(sessie, UNDESIRABLE.id)] == ["d2"]


def test_range_of_one_is_not_a_discussion_point():
    sessie = session(people(2))
    answer(sessie, UNDESIRABLE.id, [3, 4])
    result = uitslagen(sessie, CONTENT)[0]
    assert result.spreiding == 1
    assert not result.discussiepunt


def test_without_norms_there_is_a_group_answer_but_no_deviation():
    sessie = session(people(3))
    answer(sessie, UNDESIRABLE.id, [1, 2, 3])
    result = uitslagen(sessie, CONTENT)[0]
    assert result.groepsantwoord == 2
    assert result.norm is None
    assert result.afwijking is None
    assert not result.afwijkend


def test_no_participants_gives_empty_results():
    results = uitslagen(session(), CONTENT)
    assert len(results) == 19
    assert all(r.telling.total == 0 and r.groepsantwoord is None and r.spreiding is None for r in results)
    assert list_tally(results).counts == (0, 0, 0, 0, 0)


def test_the_desirable_question_deviates_when_answered_too_rarely():
    sessie = session(people(4))
    sessie.normen[DESIRABLE] = 2  # vaak or altijd is acceptable
    answer(sessie, DESIRABLE, [2, 3, 4, 4])
    result = next(r for r in uitslagen(sessie, CONTENT) if r.vraag.id == DESIRABLE)
    assert result.groepsantwoord == 4  # middle values geregeld and soms: soms is less favourable here
    assert result.afwijking == 2


def test_list_tally_of_the_demo_session(demo):
    # counted by hand from content/demo.toml, 19 questions x 6 participants
    assert list_tally(uitslagen(demo, CONTENT)).counts == (4, 16, 25, 43, 26)


def test_demo_results_per_question(demo):
    results = {r.vraag.id: r for r in uitslagen(demo, CONTENT)}
    # vaak, vaak, geregeld, vaak, altijd, geregeld: sorted 1 2 2 2 3 3, middle 2 and 2
    first = results["stemmen-langs-coalitie-oppositie"]
    assert (first.groepsantwoord, first.norm, first.afwijking, first.spreiding) == (2, 3, 1, 2)
    # sorted 2 2 2 3 3 3: middle vaak and geregeld, vaak is less favourable; norm soms
    tenth = results["geen-langetermijnperspectief"]
    assert (tenth.groepsantwoord, tenth.afwijking, tenth.spreiding) == (2, 2, 1)
    # desirable: sorted 2 3 3 3 3 4, group geregeld against a norm of vaak
    last = results[DESIRABLE]
    assert (last.groepsantwoord, last.norm, last.afwijking) == (3, 2, 1)
    deviating = [vraag_id for vraag_id, r in results.items() if r.afwijkend]
    assert deviating == [
        "stemmen-langs-coalitie-oppositie",
        "verstoorde-relaties-college-raad",
        "geen-langetermijnperspectief",
        "debatten-op-de-persoon",
        "oppositie-weinig-invloed",
        DESIRABLE,
    ]
    assert sum(r.discussiepunt for r in results.values()) == 7


def test_results_per_role_group():
    sessie = session([("A", "wethouder"), ("B", "wethouder"), ("C", "raadslid-oppositie"), ("D", "raadslid-oppositie")])
    sessie.normen[UNDESIRABLE.id] = 4
    answer(sessie, UNDESIRABLE.id, [4, 5, 1, 2])
    groups = role_groups(sessie, CONTENT)
    assert [(rol.id, [d.naam for d in members]) for rol, members in groups] == [
        ("wethouder", ["A", "B"]),
        ("raadslid-oppositie", ["C", "D"]),
    ]
    wethouders = uitslagen(sessie, CONTENT, groups[0][1])[0]
    oppositie = uitslagen(sessie, CONTENT, groups[1][1])[0]
    assert (wethouders.groepsantwoord, wethouders.afwijking, wethouders.telling.counts) == (4, 0, (0, 0, 0, 1, 1))
    assert (oppositie.groepsantwoord, oppositie.afwijking, oppositie.telling.counts) == (1, 3, (1, 1, 0, 0, 0))
    # the whole room: sorted 1 2 4 5, middle vaak and soms, vaak is less favourable
    assert uitslagen(sessie, CONTENT)[0].groepsantwoord == 2


def test_the_anonymous_mode_never_shows_a_role_group_of_fewer_than_three():
    """A burgemeester, a griffier and five raadsleden: in the open mode three groups; in the
    anonymous mode only the raadsleden, since the other two together are two."""
    sessie = session([("B", "burgemeester"), ("G", "griffier")] + people(5))
    open_groups = shown_role_groups(sessie, CONTENT)
    assert [(name, len(members)) for name, members in open_groups.groepen] == [
        ("Burgemeester", 1),
        ("Raadslid coalitie", 5),
        ("Griffier", 1),
    ]
    assert open_groups.weggelaten == ""
    sessie.anoniem = True
    shown = shown_role_groups(sessie, CONTENT)
    assert [(name, len(members)) for name, members in shown.groepen] == [("Raadslid coalitie", 5)]
    assert (
        shown.weggelaten == "Anoniem: burgemeester en griffier (2 samen) niet apart getoond: minder dan 3 deelnemers."
    )


def test_small_role_groups_of_three_or_more_together_are_shown_as_overig():
    sessie = session([("B", "burgemeester"), ("W", "wethouder"), ("G", "griffier")] + people(4))
    sessie.anoniem = True
    shown = shown_role_groups(sessie, CONTENT)
    assert [(name, len(members)) for name, members in shown.groepen] == [("Raadslid coalitie", 4), ("Overig", 3)]
    assert (
        shown.weggelaten
        == "Anoniem: kleine rolgroepen (burgemeester, wethouder en griffier) staan samen onder ‘Overig’."
    )


def test_question_ids_are_unique_and_in_the_handreiking_order():
    assert IDS[0] == "stemmen-langs-coalitie-oppositie"
    assert IDS[-1] == DESIRABLE
    assert len(set(IDS)) == 19


def test_results_at_hand_give_what_the_session_gives():
    """The side panel computes the results once and hands them to both: the same answers
    as computing them twice, with a question hidden (it counts as unanswered)."""
    sessie = round_one()
    sessie.onthuld = {IDS[0], IDS[2]}
    at_hand = uitslagen(sessie, CONTENT)
    assert as_revealed(sessie, CONTENT, at_hand) == revealed_results(sessie, CONTENT)
    assert as_revealed(sessie, CONTENT, at_hand)[1].telling.total == 0  # hidden
    assert as_revealed(sessie, CONTENT, at_hand)[2].telling.total == 2
    assert indicatie(sessie, CONTENT, at_hand) == indicatie(sessie, CONTENT)
