"""The indicatie for a phase and the landkaart hint, against sessions worked out by hand.

Unless a test says otherwise: one participant, who answers every undesirable statement
"nooit" and the desirable one "altijd", with norms "soms" (4) and, for the desirable
statement, "vaak" (2). Each test then changes a few answers.
"""

from __future__ import annotations

import pytest
from helpers import CONTENT, CRISIS, DESIRABLE, UNDESIRABLE, all_norms, answer, calm_session, people, session

from workshop.domain.advice import FaseVoorstel, landkaart_hint, suggest_phase
from workshop.domain.rules import uitslagen


def phase(sessie):
    return suggest_phase(uitslagen(sessie, CONTENT), CONTENT)


def texts(redenen):
    return [reden.tekst(CONTENT.regels) for reden in redenen]


def test_phase_0_when_nothing_deviates():
    voorstel = phase(calm_session())
    assert voorstel.fase == 0
    assert texts(voorstel.redenen) == ["Geen enkele vraag valt buiten de norm"]
    assert voorstel.kop(CONTENT) == "De app ziet geen aanleiding voor een fase van de ladder:"


def test_phase_1_for_one_question_one_step_outside_the_norm():
    sessie = calm_session()
    answer(sessie, UNDESIRABLE[0], [3])  # geregeld where soms is the least acceptable
    voorstel = phase(sessie)
    assert voorstel.fase == 1
    assert texts(voorstel.redenen) == ["Buiten de norm: 1 van de 19 vragen (fase 1 vanaf 1)"]
    assert voorstel.kop(CONTENT) == "De app ziet aanleiding voor fase 1, omdat:"


def test_three_deviating_questions_stay_phase_1():
    sessie = calm_session()
    for vraag_id in UNDESIRABLE[:3]:
        answer(sessie, vraag_id, [3])
    assert phase(sessie).fase == 1


def test_phase_2_from_four_deviating_questions():
    sessie = calm_session()
    for vraag_id in UNDESIRABLE[:4]:
        answer(sessie, vraag_id, [3])
    voorstel = phase(sessie)
    assert voorstel.fase == 2
    assert texts(voorstel.redenen) == ["Buiten de norm: 4 van de 19 vragen (fase 2 vanaf 4)"]


def test_phase_2_from_one_question_two_steps_outside_the_norm():
    sessie = calm_session()
    answer(sessie, UNDESIRABLE[0], [2])  # vaak against soms: two steps
    voorstel = phase(sessie)
    assert voorstel.fase == 2
    assert texts(voorstel.redenen) == ["1 vraag 2 of meer stappen buiten de norm (fase 2 vanaf 1)"]


def test_the_desirable_statement_counts_when_answered_too_rarely():
    sessie = calm_session()
    answer(sessie, DESIRABLE, [4])  # soms, where at least vaak is needed: two steps
    assert phase(sessie).fase == 2


def test_eight_questions_one_step_out_indicate_phase_2_and_not_3():
    """Counting alone never indicates phase 3 (PRODUCT.md): its list starts with 'Aangifte doen'."""
    sessie = calm_session()
    for vraag_id in UNDESIRABLE[:8]:
        answer(sessie, vraag_id, [3])  # geregeld against soms: one step each
    voorstel = phase(sessie)
    assert voorstel.fase == 2
    assert texts(voorstel.redenen) == ["Buiten de norm: 8 van de 19 vragen (fase 2 vanaf 4)"]


def test_every_undesirable_question_far_out_still_indicates_phase_2():
    sessie = calm_session()
    for vraag_id in UNDESIRABLE:
        answer(sessie, vraag_id, [1])  # altijd against soms: three steps, fifteen times
    answer(sessie, DESIRABLE, [5])  # nooit where vaak is wanted
    voorstel = phase(sessie)
    assert voorstel.fase == 2
    assert texts(voorstel.redenen) == [
        "Buiten de norm: 16 van de 19 vragen (fase 2 vanaf 4)",
        "16 vragen 2 of meer stappen buiten de norm (fase 2 vanaf 1)",
    ]


def test_phase_3_from_a_crisis_statement_at_vaak_even_without_norms():
    sessie = session(people(3))
    answer(sessie, "coalitie-valt-uiteen", [2, 2, 5])  # group answer vaak
    voorstel = phase(sessie)
    assert voorstel.fase == 3
    assert texts(voorstel.redenen) == [
        "Crisissignaal: ‘Een coalitie valt uiteen’ kreeg als groepsantwoord ‘vaak’ (fase 3 bij ‘vaak’ of vaker)"
    ]
    assert voorstel.kop(CONTENT) == "De app ziet aanleiding voor fase 3, omdat:"


def test_a_crisis_statement_at_altijd_indicates_phase_3_among_calm_answers():
    sessie = calm_session(count=3)
    answer(sessie, "bestuurder-stapt-op", [1, 1, 2])  # group answer: the least favourable middle, altijd
    voorstel = phase(sessie)
    assert voorstel.fase == 3
    assert [reden.soort for reden in voorstel.redenen] == ["crisis"]


def test_a_crisis_statement_answered_geregeld_does_not_fire():
    sessie = session(people(3))
    answer(sessie, "bestuurder-stapt-op", [2, 3, 5])  # group answer geregeld
    voorstel = phase(sessie)
    assert voorstel.fase is None  # and without norms nothing else can be judged
    assert texts(voorstel.redenen) == ["Zonder normen ziet de app geen fase; stel eerst samen de normen vast"]
    assert voorstel.kop(CONTENT) == "De app ziet nog geen fase:"


def test_every_condition_that_fires_for_the_phase_is_named():
    sessie = calm_session()
    for vraag_id in UNDESIRABLE[:8]:
        answer(sessie, vraag_id, [2])  # eight questions, each two steps out
    assert [reden.soort for reden in phase(sessie).redenen] == ["afwijkende_vragen", "grote_afwijkingen"]
    answer(sessie, CRISIS[0], [1])
    voorstel = phase(sessie)
    assert voorstel.fase == 3
    assert [reden.soort for reden in voorstel.redenen] == ["crisis"]


def test_no_answers_no_suggestion():
    voorstel = phase(session(people(2)))
    assert voorstel.fase is None
    assert texts(voorstel.redenen) == ["Er zijn nog geen antwoorden"]


def test_the_demo_session_suggests_phase_2_for_two_reasons(demo):
    voorstel = phase(demo)
    assert voorstel.fase == 2
    assert texts(voorstel.redenen) == [
        "Buiten de norm: 6 van de 19 vragen (fase 2 vanaf 4)",
        "1 vraag 2 of meer stappen buiten de norm (fase 2 vanaf 1)",
    ]


def hint(sessie):
    return landkaart_hint(uitslagen(sessie, CONTENT), sessie.voorspelling, CONTENT)


def test_bewust_bekwaam():
    sessie = calm_session()
    for vraag_id in UNDESIRABLE[:3]:
        answer(sessie, vraag_id, [3])
    sessie.voorspelling = 2  # one off from the 3 that deviate
    result = hint(sessie)
    assert result.kwadrant_id == "bewust-bekwaam"
    assert texts(result.redenen) == [
        "3 vragen buiten de norm (bekwaam tot en met 3). Herkent u dat beeld?",
        "Voorspeld 2, werkelijk 3: de groep zag het aankomen. Klopt dat gevoel?",
    ]


def test_bewust_onbekwaam():
    sessie = calm_session()
    for vraag_id in UNDESIRABLE[:4]:
        answer(sessie, vraag_id, [3])
    sessie.voorspelling = 5
    assert hint(sessie).kwadrant_id == "bewust-onbekwaam"


def test_onbewust_bekwaam_when_the_prediction_is_far_off():
    sessie = calm_session()
    sessie.voorspelling = 3  # nothing deviates: three off
    result = hint(sessie)
    assert result.kwadrant_id == "onbewust-bekwaam"
    assert texts(result.redenen)[1] == "Voorspeld 3, werkelijk 0. Wat verraste u?"


def test_onbewust_onbekwaam_when_the_room_disagrees():
    sessie = calm_session(count=2)
    for vraag_id in UNDESIRABLE[:4]:
        answer(sessie, vraag_id, [3, 5])  # range 2: a discussion point; group geregeld deviates
    sessie.voorspelling = 4  # spot on, but four discussion points
    result = hint(sessie)
    assert result.kwadrant_id == "onbewust-onbekwaam"
    assert texts(result.redenen) == [
        "4 vragen buiten de norm (bekwaam tot en met 3). Waar zit het?",
        "Bij 4 vragen lopen de antwoorden ver uiteen. Ziet iedereen hetzelfde beeld?",
    ]


def test_without_a_prediction_the_row_stays_open():
    result = hint(calm_session())
    assert (result.kolom, result.rij, result.kwadrant_id) == ("bekwaam", None, None)
    assert texts(result.redenen)[1] == "Zonder voorspelling blijft de rij (bewust of onbewust) open"


def test_without_norms_the_column_stays_open():
    sessie = calm_session()
    sessie.normen = {}
    sessie.voorspelling = 2
    result = hint(sessie)
    assert (result.kolom, result.rij) == (None, None)
    assert texts(result.redenen) == [
        "Zonder normen is de kolom (bekwaam of onbekwaam) niet te zien",
        "Zonder normen is niet te zien of de voorspelling (2) klopt: de rij blijft open",
    ]


def test_the_demo_hint_is_onbewust_onbekwaam(demo):
    result = hint(demo)
    assert result.kwadrant_id == "onbewust-onbekwaam"
    assert texts(result.redenen) == [
        "6 vragen buiten de norm (bekwaam tot en met 3). Waar zit het?",
        "Bij 7 vragen lopen de antwoorden ver uiteen. Ziet iedereen hetzelfde beeld?",
    ]


@pytest.mark.parametrize("fase", [0, 1, 2, 3])
def test_every_phase_has_a_name(fase):
    assert CONTENT.fase_naam(fase) == ("Geen aanleiding gezien" if fase == 0 else f"Fase {fase}")


def test_before_any_answer_the_hint_says_so():
    sessie = session(people(2))
    sessie.normen = all_norms(4)
    sessie.voorspelling = 3
    result = hint(sessie)
    assert (result.kolom, result.rij) == (None, None)
    assert texts(result.redenen) == [
        "Er zijn nog geen antwoorden",
        "Nog geen antwoorden: of de voorspelling (3) klopt, blijkt als er geantwoord is",
    ]


def test_one_question_far_apart_is_worded_in_the_singular():
    """With other thresholds one discussion point can count: 'vraag', not 'vragen'."""
    sentence = CONTENT.regels.tekst("rij_onbewust_discussie", discussiepunten=1, drempel=1)
    assert sentence == "Bij 1 vraag lopen de antwoorden ver uiteen. Ziet iedereen hetzelfde beeld?"


def test_the_indicatie_before_any_answer_is_open():
    assert FaseVoorstel(None, ()).kop(CONTENT) == "De app ziet nog geen fase:"
