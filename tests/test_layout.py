"""How the screen is divided at a laptop, a wide screen and a projector size: the pure
functions behind the grid, the side panel and the view for the room, by hand-worked numbers."""

from __future__ import annotations

from helpers import CONTENT

from workshop.domain.rules import Telling, Uitslag
from workshop.ui.display import steps
from workshop.ui.widgets.answer_grid import CELL_MAX, CELL_MIN, grid_layout, line_spacing
from workshop.ui.widgets.presentation import _part, outcome
from workshop.ui.widgets.tally import bar_lines, word_marks

# 19 questions under 2 section headings
LINES = 21


def test_the_label_takes_what_is_left_after_the_minimum_cells():
    # 80x24 with the 30-wide side panel: 49 columns for 6 participants
    assert grid_layout(49, 6, label_max=37) == (7, 7)
    # 120x36, side panel 44: 75 columns; 6 cells of 7 leave 33 for the label
    assert grid_layout(75, 6, label_max=37) == (33, 7)
    # with 4 participants the label stops at the longest label, and the cells share the rest
    assert grid_layout(75, 4, label_max=37) == (37, 9)
    # 200x60, side panel 60: 139 columns; (139 - 37) // 6 = 17 per participant
    assert grid_layout(139, 6, label_max=37) == (37, 17)


def test_cells_stop_growing_at_their_maximum():
    assert grid_layout(300, 2, label_max=37) == (37, CELL_MAX)
    assert grid_layout(20, 10, label_max=37)[1] == CELL_MIN  # never narrower: the grid scrolls


def test_without_participants_the_label_has_the_room():
    assert grid_layout(30, 0, label_max=37) == (30, CELL_MIN)


def test_rows_get_a_blank_line_between_them_only_when_all_of_them_fit():
    assert line_spacing(1 + 2 * LINES, LINES) == 2  # 43 lines: 200x60 has 49
    assert line_spacing(2 * LINES, LINES) == 1
    assert line_spacing(27, LINES) == 1  # 120x36


def test_thick_bars_repeat_the_bar_without_label_or_count():
    telling = Telling((0, 1, 1, 4, 0))
    thin = bar_lines(telling, CONTENT, 30, 6)
    thick = bar_lines(telling, CONTENT, 30, 6, thickness=2)
    assert len(thin) == 5 and len(thick) == 10
    # label 9 wide ("geregeld" + 1), count 4 wide ("  4 "): a bar of 30 - 9 - 4 = 17 cells,
    # wide enough for whole cells: 4 of 6 is 11.3, 11 cells, then 6 blank
    assert thick[6].plain == "soms     " + "█" * 11 + " " * 6 + "  4 "
    assert thick[7].plain == "         ███████████"
    assert thick[1].plain == " " * 9  # no answers: nothing to draw


def test_bars_in_a_narrow_panel_still_differ_by_count():
    """At 80 columns the panel's text is 26 wide; with 'norm groep' beside a bar, the bars get
    26 - 9 - 4 - 11 = 2 cells, 16 eighths: of 7, 1 is 2.3 eighths and 3 is 6.9."""
    lines = bar_lines(Telling((0, 1, 0, 3, 0)), CONTENT, 26, 7, {4: ("norm", "groep")})
    assert lines[1].plain == "vaak     " + "▎ " + "  1 " + " " * 11
    assert lines[3].plain == "soms     " + "▉ " + "  3 " + "norm groep "
    assert lines[0].plain == "altijd   " + "  " + "  0 " + " " * 11


def test_a_share_is_never_invisible_and_never_more_than_the_room():
    assert _part(16, 4, 6) == 11
    assert _part(16, 1, 100) == 1
    assert _part(16, 0, 6) == 0
    assert _part(16, 0, 0) == 0
    assert _part(16, 6, 6) == 16


def result(groep, norm, afwijking, spreiding, discussiepunt) -> Uitslag:
    return Uitslag(CONTENT.vragen[0], Telling((0, 1, 1, 4, 0)), groep, norm, afwijking, spreiding, discussiepunt)


def test_the_outcome_of_a_question_in_words_and_symbols():
    assert outcome(result(4, 4, 0, 2, True), CONTENT).plain == (
        "Groepsantwoord: soms · norm: soms · ✓ binnen de norm · ◆ discussiepunt: de antwoorden lopen 2 stappen uiteen"
    )
    assert outcome(result(2, 4, 2, 1, False), CONTENT).plain == (
        "Groepsantwoord: vaak · norm: soms · ✗ 2 stappen buiten de norm"
    )
    assert outcome(result(2, None, None, 1, False), CONTENT).plain == "Groepsantwoord: vaak · nog geen norm"
    assert outcome(result(None, 4, None, None, False), CONTENT).plain == "Nog geen antwoorden."


def test_steps_in_words():
    assert [steps(n) for n in (1, 2, 4)] == ["1 stap", "2 stappen", "4 stappen"]


def test_the_bars_of_a_question_keep_their_scale_whatever_the_marks():
    """One of one is the same bar beside 'groep' as beside 'norm groep' (per role, each group
    its own tally), and a question's bar does not change length when the group answer moves
    onto the norm."""
    one = Telling((0, 1, 0, 0, 0))
    beside_group = bar_lines(one, CONTENT, 40, 1, {2: ("groep",), 3: ("norm",)})[1]
    beside_both = bar_lines(one, CONTENT, 40, 1, {2: ("norm", "groep")})[1]
    # 40 - 9 - 4 - 11 = 16 cells, all of them for one of one
    assert beside_group.plain == "vaak     " + "█" * 16 + "  1 " + "groep      "
    assert beside_both.plain == "vaak     " + "█" * 16 + "  1 " + "norm groep "


def test_the_marks_of_a_result_name_the_norm_and_the_group_answer():
    assert word_marks(result(4, 4, 0, 2, True)) == {4: ("norm", "groep")}
    assert word_marks(result(2, 4, 2, 2, True)) == {4: ("norm",), 2: ("groep",)}
    assert word_marks(result(None, None, None, None, False)) == {}


def test_without_norms_the_bars_leave_room_for_the_group_answer_only():
    """'groep' is the only mark a session without norms gives: 26 - 9 - 4 - 6 = 7 cells."""
    lines = bar_lines(Telling((0, 1, 0, 3, 0)), CONTENT, 26, 7, {4: ("groep",)}, norms=False)
    assert lines[3].plain == "soms     " + "███" + "    " + "  3 " + "groep "
    assert lines[1].plain == "vaak     " + "█" + "      " + "  1 " + " " * 6
