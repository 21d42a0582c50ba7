"""The session that is open in the app: its file, and whether the last change reached disk.

Pure Python, so that autosave and its failures are tested without Textual. The app calls
`save_soon()` after every change; a failed save keeps the session in memory, says why, and
the next change tries again.

A key never waits for the disk: `save_soon` takes a copy of the session on the caller's
thread (the document, well under a millisecond) and a thread of its own encodes it and
writes it (tomli_w and fsync, several milliseconds at 50 participants). Only the newest copy
waiting is written; an older one it replaced held nothing the newer one lacks. Whatever ends
the session's use (releasing its lock, a save that must be done now, quitting) first waits
for that thread, and the thread is not a daemon: Python waits for the last write at exit.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workshop.content import Content
from workshop.domain.model import Sessie
from workshop.files.atomic import write_protected
from workshop.files.lock import Houder, LockProblem, SessionLock
from workshop.files.sessionfile import to_document
from workshop.files.store import SaveError, save_document

Clock = Callable[[], dt.datetime]


def _nothing() -> None:
    pass


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
        self._state = threading.Condition()  # guards the four below, and the outcome of a write
        self._asked = 0  # saves asked for so far: a write that is not of the last one leaves `unsaved`
        self._waiting: _Copy | None = None  # the newest copy the writer has not taken yet
        self._writer: threading.Thread | None = None
        self._written: Callable[[], None] = _nothing

    def take_lock(self, *, take_over: bool = False) -> Houder | None:
        """Become the writer of the file; returns the other, live holder when it keeps it. A
        lock that cannot be taken at all, or a file protected against writing, opens the
        session read-only, with the reason (and without a lock: it is never written)."""
        protected = write_protected(self.path)
        if protected:
            self.lock, self.read_only = None, protected
            return None
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
        self.wait()  # a write still under way is ours: it ends before the lock goes
        if self.lock is not None and not self.read_only:
            self.lock.release()

    def save(self) -> bool:
        """Write the session now; True when it is on disk. A read-only session never writes;
        a session whose lock another window took over becomes read-only. A folder or lock
        that disappeared is made again; a problem that may pass is said, and the next change
        tries again."""
        self.wait()  # a newer copy never lands before an older one
        copy = self._copy()
        if copy is None:
            return False
        with self._state:
            self._record(copy, copy.write())
        return not self.unsaved

    def save_soon(self, written: Callable[[], None] = _nothing) -> None:
        """`save()` without waiting for the disk: the copy now, the write in the writer's
        thread, which calls `written` (from that thread) after each write it finished, also
        after one that failed; `status()` then says how it went."""
        copy = self._copy()
        if copy is None:
            return
        with self._state:
            self._waiting, self._written, self.unsaved = copy, written, True
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_waiting, name="workshop-opslaan")
                self._writer.start()

    def wait(self) -> None:
        """Until the writer's thread wrote every copy given to it."""
        with self._state:
            while self._writer is not None:
                self._state.wait()

    def _copy(self) -> _Copy | None:
        """What a save does on the caller's thread: the checks, the time, the document. None
        when nothing is to be written now (`status()` says why)."""
        with self._state:
            self._asked += 1
            problem = None if self.read_only else self._before_writing()  # may make it read-only
            if self.read_only:
                self.unsaved = True
                return None
            now = self.clock()
            if problem is not None:
                self.error, self.unsaved = problem, True
                return None
            self.sessie.bijgewerkt = now
            return _Copy(to_document(self.sessie, self.content), self.path, now, self._asked)

    def _write_waiting(self) -> None:
        """The writer's thread: the newest copy, until none waits. Whatever happens, it says
        when it stops, so that `wait()` never waits for a thread that is gone."""
        try:
            while True:
                with self._state:
                    copy, self._waiting = self._waiting, None
                    if copy is None:
                        return
                    written = self._written
                problem = copy.write()
                with self._state:
                    self._record(copy, problem)
                try:
                    written()
                except Exception:  # telling the screen failed (the app is gone): the file is written
                    pass
        finally:
            with self._state:
                self._writer = None
                self._state.notify_all()

    def _record(self, copy: _Copy, problem: str | None) -> None:
        """The outcome of writing `copy` (with `_state` held)."""
        if problem is not None:
            self.error, self.unsaved = problem, True
            return
        self.saved_at = copy.moment
        if copy.number == self._asked:  # else a newer change waits, or could not be copied (why: `error`)
            self.error, self.unsaved = None, False

    def _before_writing(self) -> str | None:
        """Why this save must wait, or None; a lock taken over, or a file protected against
        writing since it was opened, makes this window read-only."""
        protected = write_protected(self.path)
        if protected:
            if self.lock is not None:  # ours: nothing will be written, so nobody is kept out
                self.lock.release()
                self.lock = None
            self.read_only = protected
            return None
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
        if self.unsaved:
            return "Opslaan…"  # the writer's thread has the newest change, not yet the file
        if self.saved_at is None:
            return "Geopend; elke wijziging wordt meteen opgeslagen"
        return f"✓ Opgeslagen om {self.saved_at.strftime('%H:%M:%S')}"


@dataclass(frozen=True)
class _Copy:
    """A session as it was at one moment, to be written to `path`."""

    document: dict
    path: Path
    moment: dt.datetime
    number: int  # the how-manieth save asked for

    def write(self) -> str | None:
        """Encode and write; None when it is on disk, else why not (one Dutch line)."""
        try:
            save_document(self.document, self.path)
        except SaveError as error:
            return str(error)
        except Exception as error:  # in a thread nobody would see it: the status bar says it
            return f"Opslaan mislukt: onverwachte fout ({type(error).__name__}: {error})"
        return None
