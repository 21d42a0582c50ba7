"""Answering on phones, seen from the app: opening and closing joining, the server in the
App's own event loop, and what phones change reaching the screen and the disk.

The room's state and rules are in domain/live.py (no network), the web server in
live/server.py, imported only when joining opens (aiohttp costs about 190 ms to import).
Phones change the session in the server's handlers; the app repaints and saves on a timer,
not per answer: about seven times a second at most on screen (a count reaches the projector
well within 250 ms), once a second at most on disk, and once more when joining closes or the
app stops, so a crash loses at most the last second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from workshop.domain.live import LiveRoom
    from workshop.files.open_session import OpenSession
    from workshop.live.server import LiveServer
    from workshop.ui.app import WorkshopApp

REPAINT, SAVE = 0.15, 1.0  # seconds between repaints and between saves while answers come in


class LiveControl:
    def __init__(self, app: WorkshopApp) -> None:
        self.app = app
        self.room: LiveRoom | None = None
        self.server: LiveServer | None = None
        self.address: str | None = None  # the one address to serve on; None: the default
        self.port = 0  # 0: any free port
        self.error = ""  # why joining could not open, in Dutch
        self._repaint = self._save = False
        self._since_save = 0.0
        self._timer = None
        self.opened: OpenSession | None = None  # the session joining is for

    @property
    def serving(self) -> bool:
        return self.server is not None

    async def open(self) -> bool:
        """Open joining for the open session: the room, then the server on one address.
        False (and `error` says why) when the address cannot be served."""
        from workshop.domain.live import LiveRoom
        from workshop.live import server
        from workshop.live.address import default_address

        current = self.app.current
        if current is None or self.serving:
            return self.serving
        if current.read_only is not None:
            self.error = f"deze sessie is alleen te lezen ({current.read_only}): telefoons kunnen niet antwoorden"
            return False
        self.opened = current
        if self.room is None or self.room.sessie is not current.sessie:
            self.room = LiveRoom(current.sessie, self.app.content, on_change=self._changed, on_seen=self._seen)
        self.room.open = True
        address = self.address or default_address()
        try:
            self.server = await server.start(self.room, address, self.port)
        except (OSError, ValueError, server.StartFailed) as problem:
            self.room.open = False
            self.error = f"kan niet luisteren op {address}:{self.port or 'een vrije poort'}: {problem}"
            return False
        self.address, self.error = address, ""
        self.port = self.server.port
        self._timer = self.app.set_interval(REPAINT, self._tick)
        return True

    async def close(self) -> None:
        """Stop serving (the port is free again); what came in is saved. The link between
        phones and participants stays, so joining can open again for the same phones."""
        server = self._stop_answering()
        if server is not None:
            await server.stop()

    def leave(self) -> None:
        """Another session opens: what phones sent is saved now, before its lock goes; the
        server stops in a moment, and this session's room goes."""
        server = self._stop_answering()
        self.room = self.opened = None
        if server is not None:
            self.app.call_later(server.stop)

    def _stop_answering(self) -> LiveServer | None:
        """No more answers taken, and what came in on disk; the server, still to stop."""
        if self.room is not None:
            self.room.open = False
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        server, self.server = self.server, None
        self._save_now()
        return server

    async def close_for_good(self) -> None:
        """Close joining and erase every link between a phone and its answers."""
        if self.room is not None:
            self.room.close_for_good()
            self._save = True  # the erased links are on disk too
        await self.close()
        self.room = None

    async def move(self, address: str) -> bool:
        """Serve on another address (the laptop's hotspot, say): the same room and code."""
        from workshop.live.address import check_bind

        check_bind(address)
        was_serving = self.serving
        await self.close()
        self.address = address
        return await self.open() if was_serving else True

    def _changed(self) -> None:
        self._repaint = self._save = True

    def _seen(self) -> None:  # a page opened: the counts change, the session does not
        self._repaint = True

    def _tick(self) -> None:
        """Every REPAINT seconds: the question the facilitator has open (for the paced mode),
        the screen if phones changed something, and the disk once a second."""
        if self.room is None:
            return
        self.room.current = self.app.question_in_view()
        if self._repaint:
            self._repaint = False
            self.app.phones_changed()
        self._since_save += REPAINT
        if self._save and self._since_save >= SAVE:
            self._save_now(soon=True)

    def _save_now(self, soon: bool = False) -> None:
        """What phones sent, on disk: `soon` in the writer's thread (keys do not wait for it),
        else now (joining closes, or another session opens: before its lock goes)."""
        self._since_save = 0.0
        if self._save and self.opened is not None:
            self._save = False
            if soon:
                self.opened.save_soon(self.app.saved_by_writer)
            else:
                self.opened.save()
            self.app.show_status()
