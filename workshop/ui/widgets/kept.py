"""Lines kept from one frame to the next, for widgets that seldom change.

A frame after a key repaints only the lines that changed, but Textual draws every widget whose
clip overlaps the box around those lines, each in full: the bars at the top and the bottom of
a step (their clip is the whole screen) and the containers under the changed lines, though
none of them changed. From Textual's own cache that still costs 0.05-0.1 ms per widget (it
works out the background through the widget's ancestors, and filters every line). A widget
with this mixin hands back the lines it drew last time instead.

Measured at 200x60 with fifty participants, 200 answers: in process, the frame after a key
took 4.0-4.1 ms instead of 4.8-5.4 ms; on the pseudo-terminal, alternating with the code
before it (`benchmarks.screen.keypress`, 100 keys, twice), a key's p50 was 1.89 and 2.04x the
floor app instead of 2.06 and 2.19x at 200x60, and 2.15 and 2.20x instead of 2.36 and 2.34x
at 80x24.

On the phones' panel (LivePanel, 120x40, fifty participants), where a count changes several
times a second while phones answer, the frame of a count took 0.79 instead of 1.45 ms in
process with the panel's title, warning, QR code, containers and texts kept (every
SteadyStatic keeps its lines until a change of its own, which repaints the lines it changed).

The lines are drawn again (by Textual) after anything that makes Textual draw them again:
`refresh` (every change of content goes through it, and so does a new style or theme),
`notify_style_update` (Textual's hook for cached data after new CSS), or another size or
crop. tests/test_kept_lines.py checks after keys, a new theme, a new size, a dialog and the
room's view, and on the phones' panel after counts, settings and a new code, that every kept
widget shows what Textual would draw.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.containers import Horizontal, Vertical
from textual.geometry import Region, Size
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.widget import Widget


class KeptLines:
    """Mix in before the widget's class: `class Bar(KeptLines, Static)`. Not a Widget itself:
    Textual takes a widget's default CSS along its first Widget base only, which must stay the
    widget's own class (Static, Horizontal)."""

    _kept: tuple[tuple[Region, Size], list[Strip]] | None = None

    def render_lines(self: Widget, crop: Region) -> list[Strip]:
        key = (crop, self.size)
        kept = self._kept
        if kept is not None and kept[0] == key:
            return kept[1]
        strips = super().render_lines(crop)
        self._kept = (key, strips)
        return strips

    @property
    def kept_frame(self) -> tuple[Region, list[Strip]] | None:
        """The crop and the lines last drawn for the screen, while they still serve this size."""
        kept = self._kept
        if kept is None or kept[0][1] != self.size:
            return None
        return kept[0][0], kept[1]

    def refresh(self, *regions: Region, repaint: bool = True, layout: bool = False, recompose: bool = False):
        self._kept = None
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def notify_style_update(self) -> None:
        self._kept = None
        super().notify_style_update()


class KeptRow(KeptLines, Horizontal):
    """A Horizontal whose own (blank) lines are kept."""


class KeptColumn(KeptLines, Vertical):
    """A Vertical whose own (blank) lines are kept."""
