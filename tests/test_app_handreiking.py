"""The handreiking's own words on every step, and the app's own words marked as the app's."""

from __future__ import annotations

import re

import pytest
from app_harness import LARGE, SMALL, demo_file, make_app
from helpers import CONTENT
from textual.app import App, ComposeResult

from workshop.ui.widgets.guide import StepGuide
from workshop.ui.widgets.instrument_text import explanation
from workshop.ui.widgets.landkaart import LandkaartKiezer

STEP_KEYS = {1: "f2", 2: "f3", 3: "f4", 4: "f5", 5: "f6"}


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def text(app, selector) -> str:
    return str(app.screen.query_one(selector).render())


@pytest.mark.parametrize("step", list(STEP_KEYS))
async def test_on_a_laptop_each_step_shows_one_line_of_its_text_and_the_key_to_the_rest(tmp_path, step):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(STEP_KEYS[step])
        await pilot.pause()
        guide = app.screen.query_one(StepGuide)
        line = str(guide.render())
        assert guide.size.height == 1 and "\n" not in line
        head = "Vragenlijst: basis voor het goede gesprek" if step == 1 else "Handreiking"
        words = CONTENT.stappen[step - 1].tekst.split()
        assert line.startswith(f"{head} · {' '.join(words[:3])}")
        assert line.endswith("… · h: de hele tekst")


@pytest.mark.parametrize("step", list(STEP_KEYS))
async def test_on_a_projector_each_step_shows_all_of_its_text(tmp_path, step):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press(STEP_KEYS[step])
        await pilot.pause()
        stap = CONTENT.stappen[step - 1]
        title = f"Handreiking, stap {step}: {stap.titel}"
        if step == 1:
            title += " · Vragenlijst: basis voor het goede gesprek"
        assert str(app.screen.query_one(StepGuide).render()) == f"{title}\n{stap.tekst}"


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["80x24", "200x60"])
async def test_the_guide_has_its_text_and_height_before_the_first_layout(size):
    """Else the first frame shows one line, and the next the whole text with the grid and
    the side panel moved down under it (a jump on every start on a projector)."""
    seen = []

    class Guided(App):
        CSS = "StepGuide { height: 1; } StepGuide.-vol { height: auto; }"

        def compose(self) -> ComposeResult:
            yield StepGuide(CONTENT, 1)

        def on_mount(self) -> None:  # after the guide's own on_mount, before any layout
            guide = self.query_one(StepGuide)
            seen.append((guide.size.height, guide.has_class("-vol"), str(guide.render())))

    async with Guided().run_test(size=size) as pilot:
        await pilot.pause()
        guide = pilot.app.query_one(StepGuide)
        final = (guide.has_class("-vol"), str(guide.render()))
    assert seen[0][0] == 0  # not laid out yet
    assert seen[0][1:] == final
    assert final[0] == (size == LARGE)


@pytest.mark.parametrize(
    ("step", "more"),
    [(1, CONTENT.vragenlijst_titel), (3, CONTENT.onderstroom.tekst), (4, CONTENT.toelichting), (5, None)],
)
async def test_h_opens_the_whole_text_and_what_the_handreiking_adds_to_the_step(tmp_path, step, more):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press(STEP_KEYS[step], "h")
        await pilot.pause()
        assert type(app.screen).__name__ == "GuideScreen"
        shown = text(app, "#guide-text")
        assert CONTENT.stappen[step - 1].tekst in shown
        if more:
            assert more in shown
        else:  # stap 5 has only its own text: no footnote of another step
            assert CONTENT.onderstroom.tekst not in shown and CONTENT.toelichting not in shown
        await pilot.press("escape")
        await pilot.pause()
        assert type(app.screen).__name__ != "GuideScreen"


async def test_stap_5_marks_the_quadrant_explanations_and_the_tip_titles_as_the_apps(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=LARGE) as pilot:
        await pilot.press("f6")
        await pilot.pause()
        columns = ["", ""]  # the text inside the boxes, read down the left and the right column
        for line in text(app, LandkaartKiezer).splitlines():
            parts = re.split(r"[│┃]", line)
            if len(parts) == 5:
                columns = [columns[0] + " " + parts[1].strip(), columns[1] + " " + parts[3].strip()]
        boxes = " | ".join(re.sub(r"\s+", " ", column) for column in columns)
        for kwadrant in CONTENT.kwadranten:
            assert f"{kwadrant.uitleg} (uitleg van deze app)" in boxes
        assert boxes.count("(uitleg van deze app)") == 4
        assert text(app, "#tips-title") == "Preventieve tips (titels van deze app)"


async def test_the_norms_name_the_short_labels_the_apps_and_show_the_statement(tmp_path):
    app = make_app(tmp_path, demo_file(tmp_path))
    async with app.run_test(size=SMALL) as pilot:
        await pilot.press("ctrl+p", *"normen", "enter")
        await pilot.pause()
        table = app.screen.query_one("#norms")
        assert str(table.columns["tekst"].label) == "Stelling (korte naam van deze app)"
        assert text(app, "#norm-statement").startswith(
            "Vraag 1 in de handreiking: Er wordt gestemd langs de lijn coalitie-oppositie (ongewenst)"
        )


def test_an_instrument_shows_the_ladders_name_and_the_one_of_the_explanation():
    shown = str(explanation(CONTENT.instrument("cvdk-advies"), "Fase 2"))
    assert shown.startswith("CdK verzoeken om advies\nIn de toelichting: Inwinnen van advies bij de CvdK\nThuisfase")
    assert "In de toelichting" not in str(explanation(CONTENT.instrument("heidag-organiseren"), "Fase 1"))
