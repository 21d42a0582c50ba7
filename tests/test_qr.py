"""The QR code on the beamer decodes: its matrix as an image, and the live panel as the
projector shows it (Textual's SVG screenshot, painted by Chromium, read by zbarimg)."""

from __future__ import annotations

import pytest
from app_harness import demo_file, make_app, on_screen, until
from browser import decode_qr, svg_to_png

from workshop.live.qr import BORDER, qr_matrix
from workshop.ui.widgets.qr import GLYPHS, qr_strips

URL = "http://192.168.178.23:8765/6M2m-kppTeW_WPT2fKH6wQ/"


def pbm(matrix: list[list[bool]], scale: int, margin: int) -> bytes:
    """The matrix as a plain black-and-white image, `scale` pixels a module, a light margin."""
    size = len(matrix) * scale + 2 * margin
    light = "0" * size
    rows = [light] * margin
    for row in matrix:
        line = "0" * margin + "".join(("1" if dark else "0") * scale for dark in row) + "0" * margin
        rows += [line] * scale
    rows += [light] * margin
    return f"P1\n{size} {size}\n".encode() + "\n".join(rows).encode() + b"\n"


def test_the_matrix_has_its_light_border_and_decodes(tmp_path):
    matrix = qr_matrix(URL)
    # a 47-character URL fits version 3 (29 modules) or 4 (33), plus the border on both sides
    assert len(matrix) in (29 + 2 * BORDER, 33 + 2 * BORDER)
    assert all(len(row) == len(matrix) for row in matrix)
    assert not any(matrix[0]) and not any(matrix[-1]) and not any(row[0] or row[-1] for row in matrix)
    image = tmp_path / "code.pbm"
    image.write_bytes(pbm(matrix, scale=4, margin=0))  # no margin beyond the code's own border
    assert decode_qr(image) == [URL]


def test_the_glyph_only_code_holds_the_same_modules():
    """Without colour (NO_COLOR) each cell is the glyph of its two modules: reading the glyphs
    back gives the matrix again, with dark as ink on a light theme and light as ink on a dark one."""
    matrix = qr_matrix(URL)
    height = len(matrix) + len(matrix) % 2
    padded = matrix + [[False] * len(matrix)] * (height - len(matrix))
    back = {glyph: pair for pair, glyph in GLYPHS.items()}
    for ink in (True, False):
        strips = qr_strips(URL, ink=ink)
        assert len(strips) == height // 2
        for y, strip in enumerate(strips):
            assert all(segment.style is None for segment in strip)  # no colour at all
            text = strip.text
            assert len(text) == len(matrix)
            for x, glyph in enumerate(text):
                top, bottom = back[glyph]
                assert (top == ink, bottom == ink) == (padded[2 * y][x], padded[2 * y + 1][x])


def test_markup_in_the_text_is_only_modules():
    strips = qr_strips("[bold red]x[/]")
    assert {char for strip in strips for char in strip.text} <= {" ", "▀", "▄"}


@pytest.mark.parametrize("size, pixels", [((80, 24), (1200, 720)), ((200, 60), (2400, 1440))])
async def test_the_live_panel_decodes_from_a_screenshot(tmp_path, size, pixels):
    """The room scans the projected terminal: the panel's screenshot, painted by a browser at a
    projector-like resolution, holds exactly the join URL."""
    app = make_app(tmp_path, demo_file(tmp_path), live=("127.0.0.1", 0))
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: on_screen(app, "LivePanel"))
        url = app.live.server.url
        await until(pilot, lambda: app.screen.query_one("QrCode").size.height > 0)
        svg = app.export_screenshot()
    png = svg_to_png(svg, tmp_path / "panel.png", *pixels)
    assert decode_qr(png) == [url]


def test_the_large_code_is_two_cells_a_module_on_one_line():
    matrix = qr_matrix(URL)
    for ink in (None, True):
        strips = qr_strips(URL, ink, large=True)
        assert len(strips) == len(matrix)
        assert [strip.cell_length for strip in strips] == [2 * len(matrix)] * len(matrix)
    glyphs = qr_strips(URL, True, large=True)
    assert [[text[2 * x] == "█" for x in range(len(matrix))] for text in (s.text for s in glyphs)] == matrix
