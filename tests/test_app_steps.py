"""Steps 2 to 5 driven through the real app with Pilot, against hand-worked sessions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from app_harness import Heard, HeldRead, demo_file, make_app, on_screen, until, written
from helpers import CONTENT, CRISIS, IDS, UNDESIRABLE, answer, calm_session, session

from workshop.domain.model import Actie
from workshop.files.store import load_session, save_session


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def saved(sessie, name="ronde.toml") -> Path:
    path = Path("sessions") / name
    save_session(sessie, path, CONTENT)
    return path


def on_disk(path):
    return load_session(path, CONTENT)


def text(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


def first_rows(app, count: int) -> list[str]:
    table = app.screen.query_one("#interpret-table")
    return [str(table.get_row_at(i)[0]) for i in range(count)]


# --- stap 2 -------------------------------------------------------------------------------


async def test_stap_2_sorts_filters_and_shows_the_summary(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        assert first_rows(app, 3) == ["1", "2", "3"]
        # the demo's 114 answers, counted word by word over its 19 questions (content/demo.toml)
        assert "altijd 4 · vaak 16 · geregeld 25 · soms 43 · nooit 26" in text(app, "#interpret-summary")
        await pilot.press("s")  # most unfavourable first
        assert first_rows(app, 3) == ["10✎", "1", "2"]  # ✎: the demo has notes on 10, 11 and 17
        await pilot.press("s")  # most divided first
        assert first_rows(app, 3) == ["11✎", "17✎", "1"]
        await pilot.press("f", "f")  # college only
        assert first_rows(app, 2) == ["17✎", "19"]
        assert "College van B en W" in text(app, "#interpret-title")
        row = app.screen.query_one("#interpret-table").get_row_at(0)
        assert [str(c) for c in row] == [
            "17✎",
            "Oppositie heeft wein…",
            "1·0·2·3·0",
            "geregeld",
            "soms",
            "✗1",
            "3",
            "◆ ja",
        ]


async def test_stap_2_per_role_group(tmp_path):
    sessie = session([("A", "wethouder"), ("B", "wethouder"), ("C", "raadslid-oppositie")])
    answer(sessie, IDS[0], [4, 5, 1])
    sessie.onthuld = set(IDS)
    app = make_app(tmp_path, saved(sessie))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3", "g")
        await pilot.pause()
        assert [str(o.prompt) for o in app.screen.query_one("#pick").options] == [
            "hele groep",
            "rolgroep Wethouder (2)",
            "rolgroep Raadslid oppositie (1)",
        ]  # no raad as a whole: one of its roles has members, so it is the same as that group
        await pilot.press("down", "enter")
        await pilot.pause()
        assert text(app, "#interpret-title").startswith("Weergave: Wethouder (2)")
        row = [str(c) for c in app.screen.query_one("#interpret-table").get_row_at(0)]
        assert row[2:4] == ["0·0·0·1·1", "soms"]  # middle values soms and nooit: soms is less favourable
        await pilot.press("g", "down", "enter")  # the choice starts at the group shown
        await pilot.pause()
        assert text(app, "#interpret-title").startswith("Weergave: Raadslid oppositie (1)")
        await pilot.press("g", "home", "enter")
        await pilot.pause()
        assert text(app, "#interpret-title").startswith("Weergave: hele groep (3)")


async def test_stap_2_shows_the_raad_and_the_college_as_a_whole(tmp_path):
    sessie = session(
        [("A", "burgemeester"), ("B", "wethouder"), ("C", "raadslid-coalitie"), ("D", "raadslid-oppositie")]
    )
    answer(sessie, IDS[0], [4, 5, 1, 2])
    sessie.onthuld = set(IDS)
    app = make_app(tmp_path, saved(sessie))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3", "g", "end", "enter")
        await pilot.pause()
        assert text(app, "#interpret-title").startswith("Weergave: College (burgemeester en wethouders) (2)")
        row = [str(c) for c in app.screen.query_one("#interpret-table").get_row_at(0)]
        assert row[2:4] == ["0·0·0·1·1", "soms"]
        await pilot.press("g", "up", "enter")
        await pilot.pause()
        assert text(app, "#interpret-title").startswith("Weergave: Raad (coalitie en oppositie) (2)")
        row = [str(c) for c in app.screen.query_one("#interpret-table").get_row_at(0)]
        assert row[2:4] == ["1·1·0·0·0", "altijd"]  # altijd and vaak: the less favourable middle


async def test_stap_2_compares_two_participants(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3", "c", "enter")  # the first: Marieke Jansen, the burgemeester
        await pilot.pause()
        await pilot.press("down", "down", "enter")  # from Ahmed (the first that can be chosen) to Peter Visser
        await pilot.pause()
        assert "overeenstemming op 10 van 19 vragen" in text(app, "#interpret-title")
        row = [str(c) for c in app.screen.query_one("#interpret-table").get_row_at(16)]
        assert row[2:] == ["soms", "altijd", "◆ 3 stappen"]
        # the counts of each of the two over the 19 answers of each (the demo shows them all)
        assert text(app, "#interpret-summary").splitlines() == [
            "Hoe vaak is elk woord geantwoord?",
            "A Marieke Jansen: altijd 0 · vaak 3 · geregeld 5 · soms 7 · nooit 4",
            "B Peter Visser: altijd 3 · vaak 6 · geregeld 0 · soms 7 · nooit 3",
        ]
        await pilot.press("escape")
        assert text(app, "#interpret-title").startswith("Weergave: hele groep")
        assert text(app, "#interpret-summary") == (
            "Hoe vaak is elk woord geantwoord? altijd 4 · vaak 16 · geregeld 25 · soms 43 · nooit 26"
        )


async def test_stap_2_notes_are_saved_at_once(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3", "down", "enter", *"Voorbeeld: motie", "escape")
        await pilot.pause()
        assert app.screen.focused.id == "interpret-table"
    assert on_disk(path).notities["verstoorde-relaties-college-raad"] == "Voorbeeld: motie"


async def test_stap_2_typing_in_a_note_adds_to_it(tmp_path):
    """Enter on a question with a note: what is typed comes after the note of earlier."""
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3", "down", "enter", *"Eerst", "escape")
        await pilot.press("enter", *" en dan", "escape", "up", "down", "enter", *".")
        await pilot.pause()
    assert on_disk(path).notities["verstoorde-relaties-college-raad"] == "Eerst en dan."


async def test_stap_2_without_norms_says_so_and_offers_them(tmp_path):
    sessie = session([("A", "wethouder")])
    answer(sessie, IDS[0], [2])
    sessie.onthuld = {IDS[0]}
    app = make_app(tmp_path, saved(sessie))
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3")
        assert "Er zijn nog geen normen" in text(app, "#interpret-notice")
        row = [str(c) for c in app.screen.query_one("#interpret-table").get_row_at(0)]
        assert row[3:6] == ["vaak", "–", "–"]
        await pilot.press("m")
        assert type(app.screen).__name__ == "NormsScreen"


async def test_the_discussion_timer(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    now = [1000.0]
    app.timers.clock = lambda: now[0]
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("f3")
        assert not app.screen.query_one("TimerLabel").display  # never started: not there at all
        await pilot.press("t")
        now[0] += 95
        app.screen.query_one("TimerLabel").tick()
        assert text(app, "TimerLabel") == "⏱ 01:35 loopt"
        await pilot.press("t")
        assert text(app, "TimerLabel") == "⏱ 01:35 gepauzeerd"
        await pilot.press("T")
        assert text(app, "TimerLabel") == ""  # reset: nothing on screen until t starts it again
        assert not app.screen.query_one("TimerLabel").display


# --- stap 3 -------------------------------------------------------------------------------


def reaching(fase: int):
    """Hand-worked sessions of one participant: see tests/test_advice.py."""
    sessie = calm_session()
    if fase == 1:
        answer(sessie, UNDESIRABLE[0], [3])  # one question one step out
    elif fase == 2:
        for vraag_id in UNDESIRABLE[:4]:
            answer(sessie, vraag_id, [3])  # four questions one step out
    elif fase == 3:
        answer(sessie, CRISIS[1], [2])  # a group answer of vaak on "Een coalitie valt uiteen"
    sessie.onthuld = set(IDS)
    return sessie


SUGGESTIONS = {
    0: "De app ziet geen aanleiding voor een fase van de ladder:\n• Geen enkele vraag valt buiten de norm",
    1: "De app ziet aanleiding voor fase 1, omdat:\n• Buiten de norm: 1 van de 19 vragen (fase 1 vanaf 1)",
    2: "De app ziet aanleiding voor fase 2, omdat:\n• Buiten de norm: 4 van de 19 vragen (fase 2 vanaf 4)",
    3: "De app ziet aanleiding voor fase 3, omdat:\n"
    "• Crisissignaal: ‘Een coalitie valt uiteen’ kreeg als groepsantwoord ‘vaak’ (fase 3 bij ‘vaak’ of vaker)",
}


@pytest.mark.parametrize("fase", [0, 1, 2, 3])
async def test_stap_3_suggests_each_phase(tmp_path, fase):
    app = make_app(tmp_path, saved(reaching(fase)))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert text(app, "#suggestion").startswith(SUGGESTIONS[fase])
        assert text(app, "#choice-line").startswith("Keuze van de groep: nog niet gemaakt.")
        if fase == 0:
            assert text(app, "#available-title") == "Geen aanleiding gezien (tekst van deze app)"
            assert text(app, "#no-intervention").startswith("De groep ziet nu geen aanleiding voor een instrument")
        else:
            options = app.screen.query_one("#available")
            assert options.option_count == len(CONTENT.ladder(fase))
            assert "de geïndiceerde fase" in text(app, "#available-title")


async def test_stap_3_another_phase_counts_at_once_and_may_get_a_reason(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4", "3")
        await pilot.pause()
        assert type(app.screen).__name__ == "AskTextScreen"
        assert "Wilt u vastleggen waarom? Mag leeg blijven." in text(app, "#choice-question")
        await written(pilot)
        assert on_disk(path).fase == 3  # the group's choice, before any reason
        await pilot.press(*"Het vertrouwen is weg", "enter")
        await pilot.pause()
        assert "Keuze van de groep: Fase 3 · waarom: Het vertrouwen is weg" in text(app, "#choice-line")
        await written(pilot)
        assert (on_disk(path).fase, on_disk(path).fase_reden) == (3, "Het vertrouwen is weg")
        options = app.screen.query_one("#available")
        assert options.option_count == len(CONTENT.ladder(3))  # phase 3 lists the whole ladder: 22
        assert str(options.get_option_at_index(0).prompt) == "fase 3 · Aangifte doen"
        await pilot.press("2")  # back to the indicatie, which keeps no reason: asked first
        await pilot.pause()
        assert type(app.screen).__name__ == "ChoiceScreen"
        assert text(app, "#choice-question") == (
            "De groep koos fase 3, met als reden: ‘Het vertrouwen is weg’. Met fase 2 vervalt die reden."
        )
        await pilot.press("n")  # kept, reason and all
        await pilot.pause()
        assert "Keuze van de groep: Fase 3 · waarom: Het vertrouwen is weg" in text(app, "#choice-line")
        await pilot.press("2", "j")
        await pilot.pause()
        assert type(app.screen).__name__ == "LadderScreen"
    assert (on_disk(path).fase, on_disk(path).fase_reden) == (2, "")


async def test_stap_3_enter_explains_the_instrument_there_and_4_goes_on_to_stap_4(tmp_path):
    """The screen says 'Enter: toelichting': Enter shows it, over the ladder."""
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4", "down", "enter")  # the second of phase 2: Bestuurskrachtmeting
        await pilot.pause()
        assert type(app.screen).__name__ == "InstrumentScreen"
        assert text(app, "#guide-text").startswith("Bestuurskrachtmeting\nThuisfase: Fase 2")
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "LadderScreen"
        await pilot.press("enter", "4")
        await pilot.pause()
        assert type(app.screen).__name__ == "InstrumentsScreen"
        assert text(app, "#instrument-text").startswith("Bestuurskrachtmeting\nThuisfase: Fase 2")


async def test_stap_3_plus_in_the_explanation_puts_it_on_the_plan(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f4", "down", "enter", "plus")
        await pilot.pause()
        assert type(app.screen).__name__ == "ActionForm"
        assert "Bestuurskrachtmeting" in str(app.screen.query_one(".heading").render())


# --- stap 4 -------------------------------------------------------------------------------


async def test_stap_4_shows_every_instrument_in_full(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5")
        await pilot.pause()
        options = app.screen.query_one("#instrument-list")
        ids = [options.get_option_at_index(i).id for i in range(options.option_count)]
        assert sorted(i for i in ids if i) == sorted(i.id for i in CONTENT.instrumenten)
        detail = text(app, "#instrument-text")
        first = CONTENT.instrument(ids[1])
        for part in (first.naam, first.wat, first.hoe, "Wie kan helpen", "Verwijzingen"):
            assert part in detail


async def test_stap_4_adds_an_instrument_to_the_action_plan(tmp_path):
    sessie = calm_session()
    path = saved(sessie)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5", "down", "plus")  # Bevorderen oppakken van de eigen rol
        await pilot.pause()
        await pilot.press(*"Griffier", "enter", *"31-01-2027", "enter", "right", "enter", *"start in januari", "enter")
        await pilot.pause()
        assert "★" in str(app.screen.query_one("#instrument-list").get_option_at_index(2).prompt)
    assert on_disk(path).actieplan == [
        Actie("eigen-rol-bevorderen", "Griffier", dt.date(2027, 1, 31), "lopend", "start in januari")
    ]


async def test_the_action_plan_is_edited_in_place(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f5", "p")
        await pilot.pause()
        assert app.screen.query_one("#plan").row_count == 3
        await pilot.press("down", "enter")  # the second: vergaderingen strak(ker) voorzitten
        assert app.screen.focused.id == "eigenaar"
        await pilot.press("tab", "tab", "right", "escape")  # in place: status lopend -> gedaan
        await pilot.pause()
        assert app.screen.focused.id == "plan"
        await pilot.press("up", "delete", "j")  # remove the heidag
        await pilot.pause()
        assert [str(c) for c in app.screen.query_one("#plan").get_row_at(0)][1:5] == [
            "Vergaderingen strak(ker) voor…", "Burgemeester", "01-12-2026", "Gedaan"
        ]  # fmt: skip
    plan = on_disk(path).actieplan
    assert [(a.instrument, a.status) for a in plan] == [
        ("vergaderingen-strak-voorzitten", "gedaan"),
        ("onafhankelijke-analyse", "gepland"),
    ]


# --- stap 5 -------------------------------------------------------------------------------


def hinting(kwadrant: str):
    """Hand-worked sessions for each quadrant hint: see tests/test_advice.py."""
    rij, kolom = kwadrant.split("-")
    sessie = calm_session(count=2)
    out = 4 if kolom == "onbekwaam" else 3
    for vraag_id in UNDESIRABLE[:out]:
        answer(sessie, vraag_id, [3, 3])  # one step outside the norm, all agree
    sessie.voorspelling = out if rij == "bewust" else out + 3
    sessie.onthuld = set(IDS)
    return sessie


@pytest.mark.parametrize("kwadrant", ["bewust-bekwaam", "bewust-onbekwaam", "onbewust-bekwaam", "onbewust-onbekwaam"])
async def test_stap_5_hints_each_quadrant(tmp_path, kwadrant):
    app = make_app(tmp_path, saved(hinting(kwadrant)))
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        naam = CONTENT.kwadrant_by_id(kwadrant).naam
        assert text(app, "#hint-reasons").startswith(f"◆ Indicatie van de app: {naam.lower()}\n")


async def test_stap_5_the_group_chooses_its_quadrant(tmp_path):
    path = saved(hinting("onbewust-onbekwaam"))
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f6", "up", "right", "enter")  # from the hint up to bewust, right to bekwaam
        await pilot.pause()
    assert on_disk(path).kwadrant == "bewust-bekwaam"


def earlier_round(day: dt.date, name: str, kwadrant: str, plan: list[Actie]) -> None:
    sessie = calm_session(gemeente="Lindendal", titel=name, datum=day)
    sessie.kwadrant = kwadrant
    sessie.actieplan = plan
    saved(sessie, f"{name}.toml")


async def test_stap_5_trail_and_review_of_the_previous_plan(tmp_path):
    earlier_round(dt.date(2025, 3, 1), "ronde-1", "onbewust-onbekwaam", [])
    earlier_round(
        dt.date(2025, 9, 1), "ronde-2", "bewust-onbekwaam",
        [Actie("heidag-organiseren", "Burgemeester", None, "gepland"), Actie("feedback-geven", "Griffier")],
    )  # fmt: skip
    current = calm_session(gemeente="Lindendal", titel="ronde-3", datum=dt.date(2026, 3, 1))
    path = saved(current, "ronde-3.toml")
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 50)) as pilot:
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"))  # the prompt to review first
        await pilot.press("j")
        await until(pilot, lambda: app.screen.focused is not None and app.screen.focused.id == "review", 10)
        assert type(app.screen).__name__ == "BorgenScreen"
        trail = text(app, "#trail")
        assert "1. 01-03-2025 ronde-1: onbewust onbekwaam\n2. 01-09-2025 ronde-2: bewust onbekwaam" in trail
        assert app.screen.focused.id == "review"
        await pilot.press("enter", "right", "right", "enter", *"gehouden in mei", "enter")
        await pilot.pause()
        row = [str(c) for c in app.screen.query_one("#review").get_row_at(0)]
        assert row[4:] == ["Gepland", "Gedaan", "gehouden in mei"]
    reviewed = on_disk(path).terugblik
    assert [(t.sessie, t.nummer, t.instrument, t.status) for t in reviewed] == [
        ("ronde-2.toml", 1, "heidag-organiseren", "gedaan")
    ]
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"  # reviewed: no prompt again


async def test_stap_5_is_on_screen_while_the_folder_is_read_and_fills_in_after(tmp_path, monkeypatch):
    from workshop.ui.screens import borgen

    earlier_round(dt.date(2025, 9, 1), "ronde-2", "bewust-onbekwaam", [Actie("heidag-organiseren", "Burgemeester")])
    path = saved(calm_session(gemeente="Lindendal", titel="ronde-3", datum=dt.date(2026, 3, 1)), "ronde-3.toml")
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 50)) as pilot:
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"))  # review first?
        await pilot.press("n")
        read = HeldRead(monkeypatch, borgen, "sessions_of_municipality")
        await pilot.press("f6")
        await until(pilot, read.started.is_set)
        await pilot.pause()
        assert text(app, "#trail") == "Spoor: eerdere sessies van Lindendal laden…"
        assert text(app, "#review-title") == "Terugblik: eerdere actieplannen laden…"
        await pilot.press("b")  # to the review: there as soon as it is read
        assert app.wanted_review
        read.go.set()
        await until(pilot, lambda: app.screen.focused is not None and app.screen.focused.id == "review", 10)
        assert text(app, "#trail").startswith("Spoor, van oud naar nieuw:\n1. 01-09-2025 ronde-2: bewust onbekwaam")
        assert text(app, "#review-title").startswith("Terugblik op het actieplan van ronde-2 (01-09-2025)")


async def test_the_norms_are_on_screen_while_the_last_ones_are_looked_for(tmp_path, monkeypatch):
    from workshop.ui.screens import norms

    earlier = session(gemeente="Lindendal", titel="Ronde 1", datum=dt.date(2025, 9, 1))
    earlier.normen = {IDS[0]: 4, IDS[1]: 3}
    saved(earlier, "ronde-1.toml")
    path = saved(session(gemeente="Lindendal", titel="Ronde 2", datum=dt.date(2026, 3, 1)), "ronde-2.toml")
    heard = Heard()
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 50), message_hook=heard) as pilot:
        read = HeldRead(monkeypatch, norms, "sessions_of_municipality")
        await app.action_run("normen")
        await until(pilot, read.started.is_set)
        await pilot.pause()
        assert type(app.screen).__name__ == "NormsScreen" and text(app, "#norms-previous") == ""
        await pilot.press("l")  # not yet read: says so, takes nothing
        await pilot.pause()
        assert heard.messages[-1] == "De map wordt nog gelezen: even later zijn de vorige normen er."
        assert app.current.sessie.normen == {}
        read.go.set()
        await until(pilot, lambda: text(app, "#norms-previous") != "")
        assert text(app, "#norms-previous") == (
            "Laatst gebruikte normen van Lindendal: Ronde 1 (01-09-2025). Druk op l om ze over te nemen."
        )
        await pilot.press("l")
        await pilot.pause()
        assert app.current.sessie.normen == {IDS[0]: 4, IDS[1]: 3}


async def test_saving_a_review_item_keeps_the_focus_on_the_review(tmp_path):
    """Ctrl+S in the review form once put the focus on the landkaart, so the next ↓ Enter
    recorded a quadrant for a round in which nobody had answered yet."""
    earlier_round(
        dt.date(2025, 9, 1), "ronde-2", "bewust-onbekwaam",
        [Actie("heidag-organiseren", "Burgemeester"), Actie("feedback-geven", "Griffier")],
    )  # fmt: skip
    path = saved(calm_session(gemeente="Lindendal", titel="ronde-3", datum=dt.date(2026, 3, 1)), "ronde-3.toml")
    app = make_app(tmp_path, path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"))  # review first?
        await pilot.press("j")
        await until(pilot, lambda: app.screen.focused is not None and app.screen.focused.id == "review", 10)
        scrolled = app.screen.query_one("#borgen").scroll_y
        await pilot.press("enter", "right", "ctrl+s")
        await pilot.pause()
        assert app.screen.focused.id == "review"
        assert app.screen.query_one("#borgen").scroll_y == scrolled
        await pilot.press("down", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ReviewForm"  # the second item, not a quadrant
        assert "Feedback geven" in str(app.screen.query_one("#choice-title").render())
    assert on_disk(path).kwadrant is None


async def test_delete_clears_the_groups_quadrant(tmp_path):
    path = saved(hinting("onbewust-onbekwaam"))
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f6", "enter")
        await written(pilot)
        assert on_disk(path).kwadrant == "onbewust-onbekwaam"
        await pilot.press("delete")
        await pilot.pause()
        assert "● keuze" not in text(app, "#landkaart")
    assert on_disk(path).kwadrant is None


# --- introduction -------------------------------------------------------------------------


async def test_the_introduction_from_the_picker_and_from_help(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("i")
        intro = text(app, "#intro-text")
        for part in (CONTENT.inleiding.tekst, CONTENT.onderstroom.tekst, CONTENT.stappen[4].tekst, CONTENT.toelichting):
            assert part in intro
        await pilot.press("escape", "f1", "i")
        assert type(app.screen).__name__ == "IntroScreen"


async def test_every_text_of_the_handreiking_can_be_reached(tmp_path):
    """Intro, steps, quadrants and toelichting on the intro screen; the tips in stap 5; every
    instrument in stap 4 (test_stap_4_shows_every_instrument_in_full)."""
    from workshop.ui.screens.intro import intro_text

    intro = intro_text(CONTENT).plain
    assert all(k.uitleg in intro for k in CONTENT.kwadranten)
    assert all(s.tekst in intro for s in CONTENT.stappen)
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        tips = text(app, "#tips")
        assert all(tip.titel in tips and tip.tekst in tips for tip in CONTENT.tips)


async def test_no_reason_is_needed_for_another_phase(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4", "1", "enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "LadderScreen"
        assert text(app, "#choice-line").startswith("Keuze van de groep: Fase 1 · anders dan de indicatie\n")
    assert (on_disk(path).fase, on_disk(path).fase_reden) == (1, "")  # the indicatie was fase 2


async def test_escape_takes_a_phase_pressed_by_mistake_back(tmp_path):
    """A digit is a choice at once; Escape in the question that follows undoes it: the choice
    and its reason as they were, on screen and on disk."""
    sessie = load_session(demo_file(tmp_path), CONTENT)
    sessie.choose_phase(3, "Het vertrouwen is weg")
    path = saved(sessie)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4", "1")
        await pilot.pause()
        assert type(app.screen).__name__ == "AskTextScreen"
        await written(pilot)
        assert on_disk(path).fase == 1
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ == "LadderScreen"
        assert text(app, "#choice-line").startswith("Keuze van de groep: Fase 3 · waarom: Het vertrouwen is weg")
        await written(pilot)
    assert (on_disk(path).fase, on_disk(path).fase_reden) == (3, "Het vertrouwen is weg")


async def test_the_group_may_see_no_occasion_where_the_app_does(tmp_path):
    path = demo_file(tmp_path)
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f4", "0", *"Loopt al", "enter")
        await pilot.pause()
        assert text(app, "#choice-line").startswith(
            "Keuze van de groep: Geen aanleiding gezien (tekst van deze app) · waarom: Loopt al\n"
        )
        ladder_text = text(app, "#ladder-full")
        assert "▶ Geen aanleiding gezien (tekst van deze app) ● keuze groep" in ladder_text
        assert "◀ indicatie" in ladder_text and "● keuze groep" not in ladder_text.split("Fase 1")[0]
    assert (on_disk(path).fase, on_disk(path).fase_reden) == (0, "Loopt al")


async def test_hidden_questions_stay_hidden_in_stap_2_and_3(tmp_path):
    sessie = reaching(2)
    sessie.onthuld = set(IDS[2:])  # two of the four deviating questions not revealed yet
    app = make_app(tmp_path, saved(sessie))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("f3")
        row = [str(c) for c in app.screen.query_one("#interpret-table").get_row_at(0)]
        assert row[2] == "verborgen"
        assert "2 beantwoorde vragen zijn nog verborgen" in text(app, "#interpret-notice")
        await pilot.press("f4")
        await pilot.pause()
        # not a suggestion from the 17 revealed ones: it would differ from the one that follows
        assert text(app, "#suggestion").startswith(
            "Indicatie van de app:\n• Volgt na onthullen: nog 2 vragen verborgen."
        )
        await pilot.press("f3", "o")  # reveal the first in stap 2
        await pilot.pause()
        assert str(app.screen.query_one("#interpret-table").get_row_at(0)[2]) != "verborgen"


async def test_the_scan_for_an_earlier_plan_never_holds_up_the_session(tmp_path, monkeypatch):
    """Reading the folder for an earlier action plan (a second at 1,000 sessions) runs in a
    thread: the session answers keys meanwhile, and the question comes when the scan is done."""
    from workshop.files import index

    earlier_round(dt.date(2025, 9, 1), "ronde-2", "bewust-onbekwaam", [Actie("feedback-geven", "Griffier")])
    path = saved(calm_session(gemeente="Lindendal", titel="ronde-3", datum=dt.date(2026, 3, 1)), "ronde-3.toml")
    read = HeldRead(monkeypatch, index, "latest_plan")
    app = make_app(tmp_path, path)
    async with app.run_test(size=(120, 50)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "QuestionnaireScreen"
        await pilot.press("f3")  # the session is in use while the folder is read
        await until(pilot, lambda: on_screen(app, "InterpretScreen"))
        read.go.set()
        await until(pilot, lambda: on_screen(app, "ChoiceScreen"))


async def test_home_and_end_go_to_the_first_and_last_row_of_a_table(tmp_path):
    """In a table of rows End is the last row (as in the session list); Textual's own End
    scrolled the columns sideways, out of sight of the question numbers."""
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f3")
        await pilot.pause()
        table = app.screen.query_one("#interpret-table")
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_row == 18 and table.scroll_x == 0
        await pilot.press("home")
        assert table.cursor_row == 0
        await pilot.press("f2", "d", "shift+tab", "end")  # the participants: the list, its last row
        await pilot.pause()
        people = app.screen.query_one("#people")
        assert people.has_focus and people.cursor_row == 5
