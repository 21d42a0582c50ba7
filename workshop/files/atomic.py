"""Reading and writing one file safely: whatever sits at a path, nothing hangs, nothing is
half-written, and nothing but a regular file is ever read or replaced.

A facilitator cannot redo a meeting, so a write never leaves a half-written file: the bytes
go to a temporary file in the same folder, are flushed and fsynced, and then replace the
old file in one `os.replace`. A read opens without blocking and without following a link,
checks that what it opened is a regular file and reads at most a set number of bytes: a
FIFO, a device, a folder or a link to /dev/zero in place of a file is refused with a reason.

Pure Python, and nothing here knows what a session is.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)

_OS_REASONS = {
    errno.ENOENT: "bestaat niet",
    errno.EACCES: "geen toegang",
    errno.EPERM: "geen toegang",
    errno.EISDIR: "is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "alleen-lezen bestandssysteem",
    errno.ELOOP: "is een symbolische link",
    errno.EEXIST: "bestaat al",
    errno.ENXIO: "is geen gewoon bestand",
}


def os_reason(error: OSError) -> str:
    """An operating-system error in Dutch words, for one line to the user."""
    return _OS_REASONS.get(error.errno, error.strerror or str(error))


class Unreadable(Exception):
    """A file that cannot be read as a regular file; `str()` is the Dutch reason."""


class SaveError(Exception):
    """A write that did not reach the disk; the message is one Dutch line for the user."""


def write_protected(path: Path) -> str | None:
    """Why a file must not be written, in Dutch: its owner took its write permission away
    (chmod a-w, to keep a finished session as it is), or this user may not write it. A write
    replaces the file through a rename in its folder, which the file's own permissions do not
    stop: so this is asked before. None when it may be written, or is not there."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not mode & stat.S_IWUSR:
        return "het bestand is beveiligd tegen schrijven"
    if not os.access(path, os.W_OK):
        return "dit account mag het bestand niet wijzigen"
    return None


def kind(mode: int) -> str | None:
    """What a file system entry is, when it is not a regular file: 'is een map', ..."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is een map"
    if stat.S_ISLNK(mode):
        return "is een symbolische link"
    if stat.S_ISFIFO(mode):
        return "is een pijp (FIFO), geen gewoon bestand"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is een apparaat, geen gewoon bestand"
    return "is geen gewoon bestand"


def read_file(path: Path, limit: int, *, follow_links: bool = False) -> bytes:
    """The bytes of the regular file at `path`, at most `limit` of them; raises Unreadable.
    Opened without blocking (a FIFO or a device never hangs the program) and, unless
    `follow_links`, without following a symbolic link."""
    flags = os.O_RDONLY | _NONBLOCK | (0 if follow_links else _NOFOLLOW)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise Unreadable("bestand bestaat niet") from None
    except OSError as error:
        if error.errno == errno.ELOOP or (error.errno == errno.EMLINK and not follow_links):
            raise Unreadable("is een symbolische link; workshop opent alleen gewone bestanden") from None
        raise Unreadable(os_reason(error)) from None
    try:
        info = os.fstat(fd)
        problem = kind(info.st_mode)
        if problem:
            raise Unreadable(problem)
        if info.st_size > limit:
            raise Unreadable(f"te groot ({_size(info.st_size)}; hoogstens {_size(limit)})")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise Unreadable(os_reason(error)) from None
    finally:
        os.close(fd)
    if size > limit:  # it grew while being read
        raise Unreadable(f"te groot (meer dan {_size(limit)})")
    return b"".join(chunks)


def _size(count: int) -> str:
    return f"{count / 1e6:.0f} MB" if count >= 1e6 else f"{count / 1e3:.0f} kB" if count >= 1e3 else f"{count} bytes"


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path`: temporary file, flush, fsync, rename; file mode 0600. What is
    at `path` now must be a regular file that may be written (or a link, which is replaced,
    not followed)."""
    folder = path.parent
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        pass
    except OSError as error:
        raise SaveError(_why(error, folder)) from None
    else:
        problem = None if stat.S_ISLNK(info.st_mode) else kind(info.st_mode)
        if problem:
            raise SaveError(f"Opslaan mislukt: {path} {problem}")
        protected = None if stat.S_ISLNK(info.st_mode) else write_protected(path)
        if protected:  # the rename below would replace even a file protected against writing
            raise SaveError(f"Opslaan mislukt: {path}: {protected}")
    try:
        ensure_folder(folder)
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise SaveError(_why(error, folder)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, FILE_MODE)
        os.replace(temporary, path)
    except OSError as error:
        remove_quietly(Path(temporary))
        raise SaveError(_why(error, folder)) from None
    _fsync_folder(folder)
    remove_leftovers(path)


def _why(error: OSError, folder: Path) -> str:
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return f"Opslaan mislukt: geen schrijfrechten in de map {folder}"
    return f"Opslaan mislukt: {os_reason(error)}"


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every platform can open a folder for this."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def leftovers(path: Path) -> list[Path]:
    """Temporary files of `path` left behind by a write that was killed before its rename."""
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [path.parent / n for n in names if n.startswith(prefix) and n.endswith(".tmp")]


def remove_leftovers(path: Path) -> None:
    for leftover in leftovers(path):
        remove_quietly(leftover)


def ensure_folder(folder: Path) -> None:
    """Create a folder readable by its owner only; an existing one is left alone."""
    if folder.is_dir():
        return
    if folder.exists() or folder.is_symlink():
        raise NotADirectoryError(errno.ENOTDIR, f"{folder} is geen map")
    folder.mkdir(parents=True, mode=FOLDER_MODE, exist_ok=True)
    os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered by the umask


def folder_warning(folder: Path) -> str | None:
    """Why an existing folder of private files is not private, with the fix; else None."""
    try:
        info = os.stat(folder)
    except OSError:
        return None
    if info.st_uid != os.getuid():
        return f"De map {folder} is van een andere gebruiker; anderen kunnen uw sessies lezen of wijzigen."
    if info.st_mode & 0o022:
        return f"De map {folder} is schrijfbaar voor anderen. Maak hem privé met: chmod 700 {folder}"
    return None
