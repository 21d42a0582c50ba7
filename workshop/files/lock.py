"""One writer per session: a lock file beside the session, holding the process id and host.

Taking the lock is atomic: the lock is written to a temporary file and linked into place,
which fails when a lock is there already, so of two windows that open a session at the
same moment exactly one wins. A lock left by a process that no longer runs on this host
(stale), or one that is not a lock at all (garbage: a bad process id, text that is not a
host name, a link or a pipe in its place), is moved aside first, and only if what was moved
is still what was judged; then the lock is created as before. A live lock is taken over only
on request, the same way. The writer checks before every save that the lock is still its
own: a lock that disappeared is taken again, a lock another window took over makes this
window stop writing.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import socket
import stat
import tempfile
from pathlib import Path
from typing import NamedTuple

from workshop.files.atomic import FILE_MODE, Unreadable, ensure_folder, kind, os_reason, read_file, remove_quietly

MAX_LOCK_BYTES = 4096
MAX_PID = 4_194_304  # the highest process id Linux hands out
_HOST = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,252}")
_SINCE = re.compile(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}")
ATTEMPTS = 5  # rounds of look, move aside, create: more only when several windows race


class LockProblem(Exception):
    """The lock cannot be taken (its path is a folder, the folder is not writable); the
    message is one Dutch line."""


class Houder(NamedTuple):
    """Who holds a lock."""

    pid: int
    host: str
    sinds: str

    def describe(self) -> str:
        return f"proces {self.pid} op {self.host}, sinds {self.sinds}"

    def text(self) -> bytes:
        return f"{self.pid}\n{self.host}\n{self.sinds}\n".encode()


def lock_path(session_path: Path) -> Path:
    return session_path.with_name(f".{session_path.name}.lock")


def me() -> Houder:
    host = socket.gethostname()
    return Houder(
        os.getpid(),
        host if _HOST.fullmatch(host) else "onbekend",
        dt.datetime.now().astimezone().strftime("%d-%m-%Y %H:%M"),
    )


def parse_holder(data: bytes) -> Houder | None:
    """The holder written in a lock file; None for anything that is not exactly a lock."""
    try:
        lines = data.decode("ascii").split("\n")
    except UnicodeDecodeError:
        return None
    if len(lines) != 4 or lines[3] or not lines[0].isdigit():
        return None
    pid, host, since = int(lines[0]), lines[1], lines[2]
    if not 0 < pid <= MAX_PID or not _HOST.fullmatch(host) or not _SINCE.fullmatch(since):
        return None
    return Houder(pid, host, since)


def read_holder(path: Path) -> Houder | None:
    """The holder in a lock file, or None when there is none or it is not a lock."""
    try:
        return parse_holder(read_file(path, MAX_LOCK_BYTES))
    except Unreadable:
        return None


def is_running(holder: Houder) -> bool:
    """Whether the holder's process runs. On another host this cannot be known: assume it does."""
    if holder.host != socket.gethostname():
        return True
    try:
        os.kill(holder.pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True


class Seen(NamedTuple):
    """What was at the lock's path when it was looked at."""

    identity: tuple  # device, inode and (for a regular file) the bytes: to notice a swap
    holder: Houder | None  # None: not a lock (garbage)


class SessionLock:
    def __init__(self, session_path: Path) -> None:
        self.path = lock_path(session_path)
        self.mine = me()

    def acquire(self, *, take_over: bool = False) -> Houder | None:
        """Take the lock; returns None when it is ours, else the live holder that keeps it.
        A stale or garbage lock is moved aside and taken; a live one only with `take_over`.
        Raises LockProblem when no lock can be taken here."""
        for _ in range(ATTEMPTS):
            if self._create():
                return None
            seen = self._look()
            if seen is None:
                continue  # removed meanwhile: try again
            if seen.holder is not None and self._is_me(seen.holder):
                return None  # ours already (this process opened the session again)
            if seen.holder is not None and is_running(seen.holder) and not take_over:
                return seen.holder
            self._move_aside(seen)
        raise LockProblem("andere vensters namen de vergrendeling steeds over; probeer het opnieuw")

    def check(self) -> Houder | None:
        """Before a save: None while the lock is ours. A lock that disappeared, or was
        replaced by garbage or by a dead process's lock, is taken again; the live holder is
        returned when another window took it over. Raises LockProblem."""
        seen = self._look()
        if seen is not None and seen.holder is not None:
            if self._is_me(seen.holder):
                return None
            if is_running(seen.holder):
                return seen.holder
        return self.acquire()

    def release(self) -> None:
        seen = self._look_quietly()
        if seen is not None and seen.holder is not None and self._is_me(seen.holder):
            remove_quietly(self.path)

    def _is_me(self, holder: Houder) -> bool:
        return (holder.pid, holder.host) == (self.mine.pid, self.mine.host)

    def _create(self) -> bool:
        """Create the lock if there is none: True when it is ours now, False when one is there.
        The whole text appears at once (a temporary file linked into place), so nobody ever
        reads a half-written lock."""
        folder = self.path.parent
        try:
            ensure_folder(folder)
            fd, temporary = tempfile.mkstemp(dir=folder, prefix=f"{self.path.name}.", suffix=".nieuw")
        except OSError as error:
            raise LockProblem(_why(error, folder)) from None
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(self.mine.text())
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary, FILE_MODE)
            os.link(temporary, self.path, follow_symlinks=False)
        except FileExistsError:
            return False
        except OSError as error:
            if error.errno in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP):
                return self._create_exclusive()  # a file system without hard links
            raise LockProblem(_why(error, folder)) from None
        finally:
            remove_quietly(Path(temporary))
        return True

    def _create_exclusive(self) -> bool:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.path, flags, FILE_MODE)
        except FileExistsError:
            return False
        except OSError as error:
            raise LockProblem(_why(error, self.path.parent)) from None
        with os.fdopen(fd, "wb") as handle:
            handle.write(self.mine.text())
        return True

    def _look(self) -> Seen | None:
        """What is at the lock's path; None when nothing is. A folder there is a LockProblem:
        it is not ours to move."""
        return _seen(self.path, refuse_folder=True)

    def _look_quietly(self) -> Seen | None:
        try:
            return self._look()
        except LockProblem:
            return None

    def _move_aside(self, seen: Seen) -> None:
        """Remove what was judged, and only that: it is renamed to a name of its own first,
        and if it turns out to be something else by then (another window's fresh lock), it
        is put back."""
        aside = self.path.with_name(f"{self.path.name}.{os.getpid()}.{os.urandom(4).hex()}.oud")
        try:
            os.rename(self.path, aside)
        except FileNotFoundError:
            return  # another window moved it already
        except OSError as error:
            raise LockProblem(_why(error, self.path.parent)) from None
        try:
            moved = _seen(aside, refuse_folder=False)
            if moved is not None and moved.identity != seen.identity:
                try:
                    os.link(aside, self.path, follow_symlinks=False)  # put back what we did not judge
                except OSError:
                    pass  # a new lock is there already: that one counts
        finally:
            remove_quietly(aside)


def _seen(path: Path, *, refuse_folder: bool) -> Seen | None:
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise LockProblem(_why(error, path.parent)) from None
    if stat.S_ISDIR(info.st_mode) and refuse_folder:
        raise LockProblem(f"{path.name} {kind(info.st_mode)}, geen slotbestand")
    if not stat.S_ISREG(info.st_mode):
        return Seen((info.st_dev, info.st_ino, None), None)
    try:
        data = read_file(path, MAX_LOCK_BYTES)
    except Unreadable:
        return Seen((info.st_dev, info.st_ino, None), None)
    return Seen((info.st_dev, info.st_ino, data), parse_holder(data))


def _why(error: OSError, folder: Path) -> str:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"geen schrijfrechten in de map {folder}"
    return os_reason(error)
