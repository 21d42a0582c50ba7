"""The Markdown report, checked cell by cell against the demo session."""

from __future__ import annotations

from helpers import CONTENT, answer, people, session

from workshop.output.report import report


def test_question_rows_of_the_demo(demo):
    lines = report(demo, CONTENT).splitlines()
    first = "| 1 | Er wordt gestemd langs de lijn coalitie-oppositie | 1 | 3 | 2 | 0 | 0 | vaak | geregeld |"
    assert f"{first} ✗1 | 2 | ◆ ja |" in lines
    assert (
        "| 19 | De debatcultuur is erg op de inhoud gericht | 0 | 1 | 4 | 1 | 0 | geregeld | vaak | ✗1 | 2 | ◆ ja |"
        in lines
    )
    assert "altijd 4, vaak 16, geregeld 25, soms 43, nooit 26 (samen 114)." in lines


def test_phase_landkaart_and_action_plan_of_the_demo(demo):
    text = report(demo, CONTENT)
    assert (
        "- Indicatie van de app: De app ziet aanleiding voor fase 2, omdat:\n"
        "  - Buiten de norm: 6 van de 19 vragen (fase 2 vanaf 4)\n"
        "  - 1 vraag 2 of meer stappen buiten de norm (fase 2 vanaf 1)\n"
        "- Keuze van de groep: Fase 2\n"
    ) in text
    assert "De handreiking stelt geen drempels: de indicatie en de zinnen erbij zijn van deze app" in text
    assert (
        "- Indicatie van de app: Onbewust onbekwaam\n"
        "  - 6 vragen buiten de norm (bekwaam tot en met 3). Waar zit het?\n"
        "  - Bij 7 vragen lopen de antwoorden ver uiteen. Ziet iedereen hetzelfde beeld?\n"
        "- Keuze van de groep: Bewust onbekwaam\n"
    ) in text
    assert "Voorgesteld" not in text and "Hint" not in text
    heidag = "| Heidag organiseren | Burgemeester | 20-01-2027 | Gepland | "
    assert heidag + "Met externe begeleiding; thema: omgangsvormen in het debat. |" in text
    assert (
        "> De oppositie voelt zich niet gehoord sinds het coalitieakkoord; de coalitie herkent dat maar deels." in text
    )


def test_anonymous_mode_shows_no_names_and_no_roles(demo):
    demo.anoniem = True
    whole = report(demo, CONTENT)
    text = whole.split("## Deelnemers")[1].split("## Actieplan")[0]  # not the facilitator, nor owners
    for deelnemer in demo.deelnemers:
        assert deelnemer.naam not in text
    for rol in CONTENT.rollen:
        assert f"| {rol.naam} |" not in text
    assert "6 deelnemers, anoniem: dit verslag noemt geen namen en rollen." in text


def test_cells_stay_cells():
    sessie = session([("Jan | de Vries\nvan Dijk", "wethouder")])
    answer(sessie, "veel-fracties", [2])
    text = report(sessie, CONTENT)
    assert "| Jan \\| de Vries van Dijk | Wethouder | 1 van 19 |" in text


def test_a_session_without_norms_or_answers():
    text = report(session(people(2)), CONTENT)
    assert "| 1 | Er wordt gestemd langs de lijn coalitie-oppositie | 0 | 0 | 0 | 0 | 0 | – | – | – | – |  |" in text
    assert "- Indicatie van de app: De app ziet nog geen fase:\n  - Er zijn nog geen antwoorden\n" in text
    assert "- Keuze van de groep: nog niet gemaakt\n" in text
    assert "Nog geen acties." in text


def test_the_review_of_the_previous_plan_is_in_the_report(demo):
    from workshop.domain.model import Terugblik

    demo.terugblik = [Terugblik("ronde-1.toml", 2, "feedback-geven", "gedaan", "in mei, met het presidium")]
    text = report(demo, CONTENT)
    assert "## Terugblik op het vorige actieplan" in text
    assert "| ronde-1.toml | 2 | Feedback geven | Gedaan | in mei, met het presidium |" in text


def test_the_groups_choice_of_no_phase_is_marked_as_the_apps_words_and_keeps_its_reason(demo):
    demo.choose_phase(0, "Loopt al een traject")
    text = report(demo, CONTENT)
    assert (
        "- Keuze van de groep: Geen aanleiding gezien (tekst van deze app)\n  - Waarom: Loopt al een traject\n" in text
    )
