"""Contrast measured on what is really drawn: every character of every snapshot, against
the background it is drawn on, by the WCAG 2 formula.

At least 4.5:1 everywhere; at least 7:1 in the beamer theme, which is made for a washed-out
projector. Text that is meant to look disabled may go down to 3:1 in the beamer theme, and
only the kinds of text named in DISABLED. The lowest ratio per screen and theme is printed
after the run.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from svg_screen import Glyph, contrast_ratio, glyphs

from workshop.ui.themes import DARK, LIGHT

SNAPSHOTS = sorted((Path(__file__).parent / "__snapshots__").rglob("*.svg"))
MINIMUM = {LIGHT: 7.0, DARK: 4.5}
DISABLED_MINIMUM = 3.0
DIGITS_AND_BARS = set("╭╮╰╯─│┌┐└┘├┤┬┴╶╴╵╷━┃┏┓┗┛┣┫┳┻╺╸╹╻█")

# Text that is meant to look disabled, by name: the name, and a piece of its text.
DISABLED = {
    "een keuze die al gekozen is (keuzelijst)": "(al gekozen)",
}


def theme_of(path: Path) -> str:
    """Snapshots named without a theme are taken in the default, the beamer theme."""
    return DARK if f"-{DARK}" in path.stem or f"[{DARK}" in path.stem else LIGHT


def screen_of(path: Path) -> str:
    """'test_step_screens[stap3-donker-80x24]' -> 'step_screens[stap3-80x24]'."""
    name = path.stem.removeprefix("test_")
    for theme in (LIGHT, DARK):
        name = name.replace(f"-{theme}-", "-").replace(f"[{theme}-", "[").replace(f"-{theme}]", "]")
    return name.replace(f"[{LIGHT}]", "").replace(f"[{DARK}]", "")


def disabled_name(glyph: Glyph) -> str | None:
    return next((name for name, marker in DISABLED.items() if marker in glyph.run), None)


def test_the_formula_on_known_pairs():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # the classic 4.5 grey
    assert contrast_ratio("#595959", "#ffffff") == pytest.approx(7.0, abs=0.01)


def test_names_come_from_the_snapshot_files():
    assert screen_of(Path("test_step_screens[stap3-donker-80x24].svg")) == "step_screens[stap3-80x24]"
    assert screen_of(Path("test_picker[beamer-licht-200x60].svg")) == "picker[200x60]"
    assert screen_of(Path("test_dialogs[reden-donker].svg")) == "dialogs[reden]"
    assert screen_of(Path("test_no_color.svg")) == "no_color"
    assert theme_of(Path("test_no_color.svg")) == LIGHT
    assert theme_of(Path("test_dialogs[reden-donker].svg")) == DARK


def test_every_screen_is_measured_in_both_themes():
    """Only the three snapshots about something other than the theme are taken once."""
    themes = defaultdict(set)
    for path in SNAPSHOTS:
        themes[screen_of(path)].add(theme_of(path))
    once = {screen for screen, seen in themes.items() if seen != {LIGHT, DARK}}
    assert once == {"no_color", "strange_and_long_names", "too_small"}
    assert len(themes) > len(once)


@pytest.mark.parametrize("theme", [LIGHT, DARK])
def test_contrast_of_all_text(theme, summary):
    minimum = MINIMUM[theme]
    failures: dict[tuple[str, int, str], str] = {}  # one line per run of text
    used: set[str] = set()
    lowest: dict[str, tuple[float, Glyph]] = {}
    paths = [path for path in SNAPSHOTS if theme_of(path) == theme]
    assert paths, "no snapshots found"
    for path in paths:
        found = glyphs(path.read_text(encoding="utf-8"))
        assert found, f"{path.name}: no text found in the SVG"
        for glyph in found:
            ratio = glyph.contrast
            screen = screen_of(path)
            if screen not in lowest or ratio < lowest[screen][0]:
                lowest[screen] = (ratio, glyph)
            if ratio >= minimum:
                continue
            name = disabled_name(glyph) if theme == LIGHT else None
            if name and ratio >= DISABLED_MINIMUM:
                used.add(name)
                continue
            failures.setdefault(
                (path.name, glyph.row, glyph.run),
                f"{path.name} row {glyph.row} col {glyph.column}: {ratio:.2f}:1 "
                f"({glyph.colour} on {glyph.background}) in {glyph.run[:50]!r}",
            )
    summary(
        f"contrast, theme {theme} (lowest ratio per screen; required {minimum}:1)",
        [
            f"{ratio:5.2f}:1  {screen:<44} {glyph.colour} on {glyph.background}  {glyph.run[:40]!r}"
            for screen, (ratio, glyph) in sorted(lowest.items())
        ],
    )
    assert not failures, f"{len(failures)} characters below {minimum}:1:\n" + "\n".join(failures.values())
    if theme == LIGHT:
        assert used == set(DISABLED), f"named exceptions that no snapshot shows: {set(DISABLED) - used}"


@pytest.mark.parametrize("path", [p for p in SNAPSHOTS if "room_view_revealed" in p.name], ids=lambda p: p.stem)
def test_the_big_counts_and_bars_of_the_room_view(path):
    """The counts are drawn with box characters and the bars with blocks, which the test
    above skips as lines; in the room view they are what the back row reads."""
    minimum = MINIMUM[theme_of(path)]
    drawn = [g for g in glyphs(path.read_text(encoding="utf-8"), drawing=True) if g.char in DIGITS_AND_BARS]
    assert len(drawn) > 20
    assert min(g.contrast for g in drawn) >= minimum


def test_a_character_without_a_background_is_an_error():
    svg = '.terminal-r1 { fill: #000000 }<text class="terminal-r1" x="0" y="20" textLength="12.2">a</text>'
    with pytest.raises(ValueError, match="no background under 'a' at row 0, column 0"):
        glyphs(svg)
