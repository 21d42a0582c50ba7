"""The same key does the same thing on every screen; the help screen lists them all,
grouped by screen. 'The same thing' is judged by what the room reads: the words of the
footer and the help."""

from __future__ import annotations

from collections import defaultdict

from app_harness import help_text, make_app

from workshop.ui.dialogs.action_form import ActionForm
from workshop.ui.dialogs.ask_text import AskTextScreen
from workshop.ui.dialogs.choice import ChoiceScreen
from workshop.ui.dialogs.help import HelpScreen, groups
from workshop.ui.dialogs.palette import Palette
from workshop.ui.dialogs.pick import PickScreen
from workshop.ui.dialogs.review_form import ReviewForm
from workshop.ui.screens.intro import IntroScreen
from workshop.ui.widgets.answer_grid import AnswerGrid
from workshop.ui.widgets.cycle import CycleSelect
from workshop.ui.widgets.landkaart import LandkaartKiezer
from workshop.ui.widgets.presentation import Presentation
from workshop.ui.widgets.toggle import Toggle

# Keys whose word differs by screen while the meaning is one: back out, remove what the
# cursor is on, keep what was typed, open and close the help, add something new, change
# the choice in the cursor, move within what has the focus.
ONE_MEANING = {
    "space": {"Volgende keuze", "Kiezen", "Aan/uit"},
    "left": {"Links", "Vorige keuze"},
    "right": {"Rechts", "Volgende keuze"},
    "escape": {"Terug", "Annuleren", "Sluiten"},
    "q": {"Terug", "Sluiten"},
    "delete": {"Wis", "Verwijderen"},
    "ctrl+s": {"Verder", "Opslaan"},
    "f1": {"Hulp", "Sluiten"},
    "n": {"Nieuwe sessie", "Nieuwe actie", "Nieuwe code"},
    "question_mark": {"Hulp", "Sluiten"},
}
# Keys that act on what the screen shows: Enter on the cursor (open, choose, go on), a digit on a numbered choice
# (a word of the scale in stap 1 and the norms, a phase in stap 3).
BY_SCREEN = {"enter", "0", "1", "2", "3", "4", "5"}
DIALOGS = [HelpScreen, IntroScreen, ChoiceScreen, PickScreen, AskTextScreen, ActionForm, ReviewForm, Palette]


def all_bindings(app) -> dict[str, set[str]]:
    words: dict[str, set[str]] = defaultdict(set)
    screens = [*(bindings for _, bindings in groups(app)), *(dialog.BINDINGS for dialog in DIALOGS)]
    widgets = [AnswerGrid, Presentation, CycleSelect, Toggle, LandkaartKiezer]
    for bindings in [*screens, *(widget.BINDINGS for widget in widgets)]:
        for binding in bindings:
            if not binding.action:
                continue  # a line of the help that sums up several keys
            for key in binding.key.split(","):
                words[key.strip()].add(binding.description)
    return words


async def test_one_key_one_meaning(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test():
        words = all_bindings(app)
    assert len(words) > 30
    different = {key: found for key, found in words.items() if len(found) > 1 and key not in BY_SCREEN}
    assert {key: found for key, found in different.items() if not found <= ONE_MEANING.get(key, set())} == {}
    # the digits mean the same words wherever they answer
    assert words["1"] == {"altijd", "Fase 1"} and words["5"] == {"nooit"}


async def test_the_help_lists_every_screen_and_the_room_view(tmp_path):
    app = make_app(tmp_path)
    async with app.run_test() as pilot:
        await pilot.press("f1")
        await pilot.pause()
        text = help_text(app)
    for title in ("Overal", "Sessies kiezen", "Stap 1: vragenlijst", "Stap 3: passende instrumenten", "Normen"):
        assert f"\n{title}\n" in f"\n{text}\n"
    assert "Zaalweergave: de vraag groot voor de hele zaal" in text
