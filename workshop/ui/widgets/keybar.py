"""The keys of the screen on its bottom line, in place of Textual's Footer: one widget
instead of one per key (a fifth of the start-up), and whole keys only. A key that does not
fit is left out as a whole, never cut off mid-word, and '…' says so; the app's own keys
(Hulp) and Opdrachten always show: they lead to every key."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import App
from textual.content import Content as Text
from textual.widget import Widget

from workshop.ui.widgets.kept import KeptLines
from workshop.ui.widgets.plain import literal

GAP, EDGE = "  ", " "  # between two keys; at each end of the line

Key = tuple[str, str]  # what the key shows ('f1', '⏎', '^p'), and what it does ('Hulp')
MORE: Key = ("…", "")  # in place of the keys that were left out


def width(key: Key) -> int:
    shown, does = key
    return cell_len(shown) + (1 + cell_len(does) if does else 0)


def fitting(keys: list[Key], kept: list[Key], end: Key | None, room: int) -> list[Key]:
    """What the line shows left, in `room` cells: the first of `keys` that fit, then '…'
    if any were left out, then `kept`; and `end`, if any, at the right."""

    def needed(left: list[Key]) -> int:
        right = 1 + width(end) + len(EDGE) if end else 0  # one blank at least before it
        return len(EDGE) + sum(map(width, left)) + len(GAP) * (len(left) - 1) + right

    if needed(keys + kept) <= room:
        return keys + kept
    shown: list[Key] = []
    for key in keys:
        if needed([*shown, key, MORE, *kept]) > room:
            break
        shown.append(key)
    return [*shown, MORE, *kept]


def key_line(left: list[Key], end: Key | None, room: int) -> Text:
    parts: list = [EDGE]
    for number, key in enumerate(left):
        parts.extend([GAP] if number else [])
        parts.extend(_parts(key))
    line = Text.assemble(*parts)
    if end is None:
        return line
    tail = Text.assemble(*_parts(end), EDGE)
    return Text.assemble(line, " " * max(1, room - line.cell_length - tail.cell_length), tail)


def _parts(key: Key) -> list:
    shown, does = key
    if not does:
        return [(shown, "bold")]
    return [(shown, "bold $footer-key-foreground"), " ", (does, "$footer-description-foreground")]


class KeyBar(KeptLines, Widget):
    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen) -> None:
        self.refresh()

    def render(self) -> Text:
        app = self.app
        screen_keys: list[Key] = []
        app_keys: list[Key] = []
        palette: Key | None = None
        actions: set[str] = set()
        for node, binding, enabled, _ in self.screen.active_bindings.values():
            key = (app.get_key_display(binding), binding.description)
            if binding.key == app.COMMAND_PALETTE_BINDING:
                palette = key
            elif binding.show and enabled and binding.action not in actions:
                actions.add(binding.action)  # one action, one key: the first one bound
                (app_keys if isinstance(node, App) else screen_keys).append(key)
        room = self.size.width
        return literal(key_line(fitting(screen_keys, app_keys, palette, room), palette, room))
