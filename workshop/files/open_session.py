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
from workshop.files.lock import Houder, LockProblem, SessionLock
from workshop.files.store import SaveError, save_session

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

    def __post_init__(self) -> None:
        self.folder_was_link = self.path.parent.is_symlink()

    def take_lock(self, *, take_over: bool = False) -> Houder | None:
        """Become the writer of the file; returns the other, live holder when it keeps it. A
        lock that cannot be taken at all opens the session read-only, with the reason."""
        lock = SessionLock(self.path)
        try:
            holder = lock.acquire(take_over=take_over)
        except LockProblem as problem:
            self.lock = None
            self.read_only = f"kan de sessie niet vergrendelen: {problem}"
            return None
        self.lock = lock
        self.read_only = None if holder is None else f"open in een ander venster ({holder.describe()})"
        return holder

    def release(self) -> None:
        if self.lock is not None and not self.read_only:
            self.lock.release()

    def save(self) -> bool:
        """Write the session now; True when it is on disk. A read-only session never writes;
        a session whose lock another window took over becomes read-only. A folder or lock
        that disappeared is made again; a problem that may pass is said, and the next change
        tries again."""
        problem = None if self.read_only else self._before_writing()  # may make it read-only
        if self.read_only:
            self.unsaved = True
            return False
        now = self.clock()
        if problem is None:
            self.sessie.bijgewerkt = now
            try:
                save_session(self.sessie, self.path, self.content)
            except SaveError as error:
                problem = str(error)
        if problem is not None:
            self.error = problem
            self.unsaved = True
            return False
        self.saved_at = now
        self.error = None
        self.unsaved = False
        return True

    def _before_writing(self) -> str | None:
        """Why this save must wait, or None; a lock taken over makes this window read-only."""
        folder = self.path.parent
        if folder.is_symlink() and not self.folder_was_link:
            return f"Opslaan uitgesteld: de map {folder} is vervangen door een link; zet de map terug"
        if self.lock is None:
            return None
        try:
            other = self.lock.check()
        except LockProblem as problem:
            return f"Opslaan uitgesteld: kan de sessie niet vergrendelen: {problem}"
        if other is not None:
            self.read_only = f"een ander venster heeft deze sessie overgenomen ({other.describe()})"
        return None

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
