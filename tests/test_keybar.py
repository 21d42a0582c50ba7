"""The bottom line of keys: whole keys only, and Hulp and Opdrachten always, worked out by
counting cells by hand."""

from __future__ import annotations

from app_harness import SMALL, make_app

from workshop.ui.widgets.keybar import MORE, KeyBar, fitting, key_line, width

NEXT, WIS, ONTHUL = ("⏎", "Volgende vraag"), ("⌫", "Wis"), ("o", "Onthul")
HULP, PALETTE = ("f1", "Hulp"), ("^p", "Opdrachten")


def test_a_key_is_as_wide_as_what_it_shows_a_blank_and_what_it_does():
    assert width(NEXT) == 1 + 1 + 14
    assert width(HULP) == 2 + 1 + 4
    assert width(MORE) == 1


def test_all_keys_show_when_they_fit():
    # 1 + (16 + 2 + 5 + 2 + 7) + 1 blank + 13 + 1 = 48 cells
    assert fitting([NEXT, WIS], [HULP], PALETTE, 48) == [NEXT, WIS, HULP]
    line = key_line([NEXT, WIS, HULP], PALETTE, 48)
    assert line.plain == " ⏎ Volgende vraag  ⌫ Wis  f1 Hulp ^p Opdrachten "
    assert line.cell_length == 48


def test_a_key_that_does_not_fit_is_left_out_whole_and_the_kept_keys_stay():
    # one cell short for all three: Onthul goes, '…' takes its place; 1 + 16 + 2 + 5 + 2 + 1
    # + 2 + 7 + 1 + 13 + 1 = 51 cells, so Wis still fits in 51 and not in 50
    assert fitting([NEXT, WIS, ONTHUL], [HULP], PALETTE, 57) == [NEXT, WIS, MORE, HULP]
    assert fitting([NEXT, WIS, ONTHUL], [HULP], PALETTE, 51) == [NEXT, WIS, MORE, HULP]
    assert fitting([NEXT, WIS, ONTHUL], [HULP], PALETTE, 50) == [NEXT, MORE, HULP]
    assert fitting([NEXT, WIS, ONTHUL], [HULP], PALETTE, 10) == [MORE, HULP]
    assert (
        key_line([NEXT, MORE, HULP], PALETTE, 50).plain == " ⏎ Volgende vraag  …  f1 Hulp" + " " * 7 + "^p Opdrachten "
    )


async def test_the_laptop_screen_shows_whole_keys_and_the_way_to_the_others(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    app = make_app(tmp_path, demo=True)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        line = app.screen.query_one(KeyBar).render().plain
        assert line == " ⏎ Onthul / verder  ⌫ Wis  o Onthul  r Richting  …  f1 Hulp       ^p Opdrachten "
        await pilot.resize_terminal(200, 60)
        await pilot.pause()
        line = app.screen.query_one(KeyBar).render().plain
        assert "r Richting  z Zaal  g Per rol  v Paneel  d Deelnemers  f1 Hulp " in line and "…" not in line


def test_without_a_key_at_the_right_the_line_ends_after_the_last_key():
    # 1 + 16 + 2 + 5 + 2 + 7 = 33 cells: no blank at the end without a key there
    assert fitting([NEXT, WIS], [HULP], None, 33) == [NEXT, WIS, HULP]
    assert key_line([NEXT, WIS, HULP], None, 33).plain == " ⏎ Volgende vraag  ⌫ Wis  f1 Hulp"
    assert fitting([NEXT, WIS], [HULP], None, 32) == [NEXT, MORE, HULP]
