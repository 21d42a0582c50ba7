"""The phone page in a real browser: Debian's Chromium through Playwright, offline, on the
loopback address, while Pilot drives the facilitator's app in the same event loop."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from app_harness import make_app, on_screen, until
from browser import chromium
from helpers import CONTENT, IDS, all_norms, people, session
from svg_screen import screen_lines

from workshop.files.store import load_session, save_session

PHONE = {"width": 390, "height": 844}  # a common phone, in CSS pixels
README_IMAGE = Path(__file__).parent / "images" / "telefoon-390x844.png"


@pytest.fixture(autouse=True)
def room(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


@pytest.fixture
async def browser():
    executable = chromium()
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield launched
        await launched.close()


async def tap(page, number: int, waarde: int) -> None:
    """Tap a statement's button, and wait until the page marks it as this phone's answer."""
    await page.locator(f"#vraag-{number} button[value='{waarde}']").click()
    await page.locator(f"#vraag-{number} button[value='{waarde}'].gekozen").wait_for(timeout=5000)


async def test_a_phone_answers_all_19_changes_one_and_the_facilitator_sees_it(tmp_path, browser):
    sessie = session(people(2), titel="Live")
    sessie.normen = all_norms(4)
    path = Path("sessions/live.toml")
    save_session(sessie, path, CONTENT)
    app = make_app(tmp_path, path, live=("127.0.0.1", 0))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        context = await browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
        page = await context.new_page()
        outside: list[str] = []
        page.on(
            "request",
            lambda request: None if request.url.startswith("http://127.0.0.1:") else outside.append(request.url),
        )
        await page.goto(app.live.server.url)
        assert "U doet mee vanaf uw eerste antwoord" in await page.inner_text("body")  # no participant yet
        loads = []
        page.on("load", lambda _: loads.append(1))
        for number, vraag_id in enumerate(IDS, start=1):
            # the statement's own form, its third button: geregeld (the desirable one: vaak)
            waarde = 2 if vraag_id == "debat-op-inhoud" else 3
            await tap(page, number, waarde)
            if number == 1:  # the first answer: a participant now, and the page says which
                assert (await page.locator(".wie").inner_text()).startswith("U bent Deelnemer 3.")
        await tap(page, 1, 5)  # changed: nooit
        assert "U heeft 19 van de 19 stellingen beantwoord" in await page.inner_text("body")
        assert await page.locator("#vraag-1 .eigen").inner_text() == "Uw antwoord: 5 nooit"
        assert await page.locator("#vraag-1 .gekozen").count() == 1
        assert loads == []  # antwoord.js: twenty answers and not one page loaded again
        await page.goto(app.live.server.url)  # the top of the page, for the picture
        screenshot = await page.screenshot(full_page=False)
        assert len(screenshot) > 5_000
        if os.environ.get("WORKSHOP_UPDATE_IMAGES"):  # the README's picture, updated on purpose
            README_IMAGE.parent.mkdir(exist_ok=True)
            README_IMAGE.write_bytes(screenshot)
        loads.clear()
        assert await page.locator("#vraag-1 .uitslag").count() == 0
        await pilot.press("escape")
        await until(pilot, lambda: on_screen(app, "QuestionnaireScreen"))
        await pilot.press("right", "right", "o", "j")  # the phone's column, question 1: reveal (1 answer: asked)
        await until(pilot, lambda: app.current.sessie.is_revealed(IDS[0]))
        text = "\n".join(screen_lines(app.export_screenshot()))
        assert "Deelnemer 3" in text and "antwoord: nooit" in text
        # the participant looks at the phone again: the page asks for the news, no reload
        await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
        totals = page.locator("#vraag-1 .uitslag")
        await totals.wait_for(timeout=5_000)
        assert await totals.inner_text() == "Uitslag van de zaal: altijd 0, vaak 0, geregeld 0, soms 0, nooit 1"
        await pilot.press("o")  # hidden again: at the next look the phone drops those totals
        await until(pilot, lambda: not app.current.sessie.is_revealed(IDS[0]))
        await page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")
        await totals.wait_for(state="detached", timeout=5_000)
        assert loads == []
        await context.close()
        assert outside == []  # nothing from another host: no CDN, no fonts, no analytics
        await until(pilot, lambda: load_session(path, CONTENT).deelnemers[-1].antwoorden.get(IDS[0]) == 5)
    answers = load_session(path, CONTENT).deelnemers[-1].antwoorden
    assert len(answers) == 19 and answers[IDS[0]] == 5 and answers[IDS[1]] == 3


async def test_a_phone_without_script_answers_with_forms(tmp_path, browser):
    """JavaScript off: the same buttons post the form, and the page comes back with the answer."""
    path = Path("sessions/live.toml")
    save_session(session(people(2), titel="Live"), path, CONTENT)
    app = make_app(tmp_path, path, live=("127.0.0.1", 0))
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        context = await browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=False)
        page = await context.new_page()
        await page.goto(app.live.server.url)
        async with page.expect_navigation():
            await page.locator("#vraag-2 button[value='4']").click()
        async with page.expect_navigation():
            await page.locator("#vraag-2 button[value='1']").click()
        assert page.url.endswith("#vraag-2")
        assert await page.locator("#vraag-2 .eigen").inner_text() == "Uw antwoord: 1 altijd"
        assert "U heeft 1 van de 19 stellingen beantwoord" in await page.inner_text("body")
        await context.close()
        await until(pilot, lambda: app.current.sessie.deelnemers[-1].antwoorden == {IDS[1]: 1})
