"""Deelnemen via telefoon: what the beamer shows so that the room can join, and how the
facilitator steers joining. The QR code, the address as text and a short code to type; how
many joined and answered (counts only, never whose or what); the pace, the group choice and
the address; closing joining, or closing it for good (the phones' links erased)."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content as Text
from textual.screen import Screen

from workshop.ui.dialogs import Option, ask
from workshop.ui.dialogs.ask_text import AskTextScreen
from workshop.ui.screens.base import AppAccess
from workshop.ui.widgets.kept import KeptColumn, KeptLines, KeptRow
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.plain import Static
from workshop.ui.widgets.qr import QrCode
from workshop.ui.widgets.steady import SteadyStatic

THREAT = (  # three lines beside the QR code at 80x24, so that a line of phones waiting still fits
    "Gewoon HTTP: op open wifi kan iemand meelezen. Gebruik de hotspot van deze laptop, met een "
    "wachtwoord op het scherm."
)


def url_lines(url: str, width: int) -> str:
    """The join URL on lines of at most `width` (0: not known yet), broken after a '/' and
    never inside the code in it: a reader types it from the beamer."""
    if not width or len(url) <= width:
        return url
    lines, line = [], ""
    for part in re.findall(r"[^/]*/|[^/]+$", url):
        if line and len(line) + len(part) > width:
            lines.append(line)
            line = ""
        line += part
    return "\n".join([*lines, line])


class KeptStatic(KeptLines, Static):
    """The title and the warning: while phones answer, a frame repaints a count, and Textual
    draws every widget around it in full (kept.py)."""


class LivePanel(AppAccess, Screen[None]):
    CSS_PATH = "live_panel.tcss"

    # Closing comes first, so that it is on the key bar at 80 columns too; the settings, seldom
    # changed, are capitals (t, g and a mean the timer, per role and all undesirable elsewhere),
    # as is closing for good. F7, the key that opened joining, opens it again once it is
    # closed, and otherwise goes back.
    BINDINGS = [
        Binding("escape", "close", "Terug", tooltip="Terug naar de stap; deelnemen blijft open"),
        Binding("x", "stop", "Sluiten", tooltip="Deelnemen sluiten; dezelfde telefoons kunnen later weer"),
        Binding("f7", "f7", "Telefoons", show=False, tooltip="Deelnemen weer openen als het gesloten is; anders terug"),
        Binding("n", "new_code", "Nieuwe code", tooltip="Een nieuwe link en code: de oude werken niet meer"),
        Binding("S", "pace", "Tempo", tooltip="Samen (alleen de open vraag) of eigen tempo (alle stellingen)"),
        Binding("G", "groups", "Groepskeuze", tooltip="Op de telefoon ‘raad’ of ‘college’ laten kiezen, aan of uit"),
        Binding("A", "address", "Adres", tooltip="Op een ander adres luisteren, bijvoorbeeld de hotspot"),
        Binding("X", "stop_for_good", "Afsluiten", tooltip="Deelname afsluiten: de koppeling met telefoons wissen"),
    ]

    def compose(self) -> ComposeResult:
        yield KeptStatic("Deelnemen via telefoon", classes="title")
        with KeptRow(id="live"):
            yield QrCode(id="live-qr")
            with KeptColumn(id="live-text"):
                yield SteadyStatic(id="live-join")
                yield SteadyStatic(id="live-counts")
                yield SteadyStatic(id="live-settings")
                yield KeptStatic(THREAT, id="live-threat")
        yield KeyBar()

    def on_mount(self) -> None:
        self.draw()

    def on_resize(self) -> None:
        self.call_after_refresh(self.draw)  # the URL broken for the width its column got

    def on_phones(self) -> None:
        """Something changed on a phone: the counts again (the code and address did not)."""
        self._counts()

    def on_screen_resume(self) -> None:
        """Back from a dialog over the panel (a new address, closing for good): phones went on
        answering, and only the top screen hears of it (App.phones_changed)."""
        self._counts()

    def draw(self) -> None:
        live = self.workshop.live
        room, server = live.room, live.server
        if room is None or server is None:
            self.query_one("#live-qr", QrCode).show("")
            why = live.error or "Deelnemen is gesloten. F7 opent het weer."
            self.query_one("#live-join", SteadyStatic).show_text(Text.styled(why, "bold"))
            self.query_one("#live-counts", SteadyStatic).show_text(Text(""))
            self.query_one("#live-settings", SteadyStatic).show_text(Text(""))
            return
        self.query_one("#live-qr", QrCode).show(server.url)
        self.query_one("#live-join", SteadyStatic).show_text(
            Text.assemble(
                ("Scan de QR-code, of open:\n", "bold"),
                (url_lines(server.url, self.query_one("#live-join").size.width), "bold $accent"),
                "\n\nOf ga naar ",
                (server.base, "bold"),
                " en typ de code ",
                (room.code, "bold reverse"),
            )
        )
        self._counts()
        self._settings()

    def _settings(self) -> None:
        room, server = self.workshop.live.room, self.workshop.live.server
        if room is None or server is None:
            return
        pace = "samen: alleen de vraag die hier open staat" if room.paced else "eigen tempo: alle stellingen"
        groups = "aan (raad of college; een groep telt pas vanaf 3)" if room.groups_allowed else "uit"
        self.query_one("#live-settings", SteadyStatic).show_text(
            Text(f"Tempo: {pace}\nGroepskeuze op de telefoon: {groups}\nAdres: {server.host} · poort {server.port}")
        )

    def _counts(self) -> None:
        room = self.workshop.live.room
        if room is None:
            return
        stats = room.stats()
        per_question = "  ".join(f"{vraag.nummer}:{stats.answered.get(vraag.id, 0)}" for vraag in self.content.vragen)
        self.query_one("#live-counts", SteadyStatic).show_text(
            Text.assemble(
                ("Deelgenomen: ", "bold"),
                f"{stats.joined} {'telefoon' if stats.joined == 1 else 'telefoons'} (hoogstens {stats.cap})",
                "\n",
                f"Pagina open, nog geen antwoord: {stats.waiting}\n" if stats.waiting else "",
                ("Antwoorden per vraag ", "bold"),
                "(alleen aantallen):\n",
                per_question,
            )
        )

    async def action_close(self) -> None:
        self.dismiss(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Closing is offered while joining is open (the panel says that F7 opens it again)."""
        return self.workshop.live.serving if action == "stop" else True

    async def action_f7(self) -> None:
        live = self.workshop.live
        if live.serving:
            self.dismiss(None)
            return
        if await live.open():
            self.notify("Deelnemen is weer open.")
        else:
            self.notify(live.error, title="Deelnemen via telefoon kan niet openen", severity="error", timeout=15)
        self.draw()
        self.refresh_bindings()

    def action_new_code(self) -> None:
        if self.workshop.live.room is not None:
            self.workshop.live.room.new_token()
            self.notify("Nieuwe code: de oude link en code werken niet meer.")
            self.draw()

    def action_pace(self) -> None:
        room = self.workshop.live.room
        if room is not None:
            room.paced = not room.paced
            self._settings()

    def action_groups(self) -> None:
        room = self.workshop.live.room
        if room is not None:
            room.groups_allowed = not room.groups_allowed
            self._settings()

    def action_address(self) -> None:
        async def moved(address: str | None) -> None:
            if address:
                try:
                    await self.workshop.live.move(address)
                except ValueError as problem:
                    self.notify(str(problem), title="Adres niet gebruikt", severity="error")
                self.draw()

        current = self.workshop.live.address or ""
        question = "Op welk adres van deze laptop luisteren? Alleen een IP-adres; nooit 0.0.0.0."
        self.app.push_screen(AskTextScreen("Adres", question, current), moved)

    async def action_stop(self) -> None:
        await self.workshop.live.close()
        self.notify("Deelnemen gesloten. F7 opent het weer, voor dezelfde telefoons.")
        self.draw()
        self.refresh_bindings()

    def action_stop_for_good(self) -> None:
        async def answered(yes: bool | None) -> None:
            if yes:
                await self.workshop.live.close_for_good()
                self.notify("Deelname afgesloten: welke telefoon wat antwoordde, is nergens meer te vinden.")
                self.draw()
                self.refresh_bindings()

        question = (
            "Deelname afsluiten: de koppeling tussen telefoons en antwoorden wordt gewist. De antwoorden "
            "blijven; daarna kan niemand ze meer aan een telefoon koppelen, ook deze app niet."
        )
        options = [Option("j", "ja, afsluiten", True), Option("n", "nee", False)]
        ask(self.app, "Deelname afsluiten", question, options, answered)
