"""The session that is open in the app: its file, and whether the last change reached disk.

Pure Python, so that autosave and its failures are tested without Textual. The app calls
`save()` after every change; a failed save keeps the session in memory, says why, and the
next change tries again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workshop.content import Content
from workshop.domain.model import Sessie
from workshop.lock import Houder, SessionLock
from workshop.store import SaveError, save_session

Clock = Callable[[], dt.datetime]


def local_now() -> dt.datetime:
    return dt.datetime.now().astimezone().replace(microsecond=0)


@dataclass
class OpenSession:
    sessie: Sessie
    path: Path
    content: Content
    clock: Clock = local_now
    saved_at: dt.datetime | None = None
    error: str | None = None
    lock: SessionLock | None = None
    read_only: str | None = None  # why this instance does not write the file
    unsaved: bool = False  # a change is in memory that is not on disk

    def take_lock(self, *, take_over: bool = False) -> Houder | None:
        """Become the writer of the file; returns the other, live holder when it keeps it."""
        lock = SessionLock(self.path)
        holder = lock.acquire(take_over=take_over)
        # without a lock on disk (a folder we cannot write in) there is nothing to guard;
        # the save itself will say that the folder is not writable
        self.lock = lock if holder is not None or lock.written else None
        self.read_only = None if holder is None else f"open in een ander venster ({holder.describe()})"
        return holder

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()

    def save(self) -> bool:
        """Write the session now; True when it is on disk. A read-only session never writes,
        and a session whose lock another instance took over becomes read-only."""
        if self.lock is not None and not self.read_only and not self.lock.still_ours():
            self.read_only = "een ander venster heeft deze sessie overgenomen"
        if self.read_only:
            self.unsaved = True
            return False
        now = self.clock()
        self.sessie.bijgewerkt = now
        try:
            save_session(self.sessie, self.path, self.content)
        except SaveError as problem:
            self.error = str(problem)
            self.unsaved = True
            return False
        self.saved_at = now
        self.error = None
        self.unsaved = False
        return True

    def status(self) -> str:
        """One line for the status bar: saved when, or why not."""
        if self.read_only:
            return (
                f"⚠ ALLEEN LEZEN: {self.read_only}. Wijzigingen worden NIET opgeslagen; "
                "Ctrl+P ‘Opslaan als…’ bewaart een kopie."
            )
        if self.error:
            return (
                f"⚠ NIET OPGESLAGEN: {self.error}. Uw invoer staat nog in het geheugen; "
                "de volgende wijziging probeert het opnieuw."
            )
        if self.saved_at is None:
            return "Geopend; elke wijziging wordt meteen opgeslagen"
        return f"✓ Opgeslagen om {self.saved_at.strftime('%H:%M:%S')}"
