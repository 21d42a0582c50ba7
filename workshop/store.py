"""Session files on disk: safe names, atomic 0600 writes, refusing what is not a session.

A facilitator cannot redo a meeting, so a save never leaves a half-written file: the
document goes to a temporary file in the same folder, is flushed and fsynced, and then
replaces the old file in one `os.replace`.
"""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import tomli_w

from workshop.content import Content
from workshop.domain.model import SCHEMA_VERSION, Sessie
from workshop.fields import FormatError, Source, os_reason
from workshop.sessionfile import from_document, schema_of, to_document

MAX_BYTES = 5 * 1024 * 1024  # a real session is tens of kilobytes; refuse absurd files unread
# The last line of every session file: a file without it was cut off (a copy that stopped,
# a disk that filled up in another program), even when what is left happens to be valid TOML.
END_MARKER = "# einde van het sessiebestand"
MARKED_SCHEMA = 2  # files of schema 1 were written before the marker and are read without it
FILE_MODE = 0o600
FOLDER_MODE = 0o700
SUFFIX = ".toml"


class SaveError(Exception):
    """A save that did not reach the disk; the message is one Dutch line for the user."""


def read_source(path: Path) -> Source:
    """The bytes of a session file, refusing links, folders and oversized files."""
    name = str(path)
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise FormatError(name, "bestand bestaat niet") from None
    except OSError as error:
        raise FormatError(name, f"kan niet gelezen worden: {os_reason(error)}") from None
    if stat.S_ISLNK(info.st_mode):
        raise FormatError(name, "is een symbolische link; workshop opent alleen gewone bestanden")
    if stat.S_ISDIR(info.st_mode):
        raise FormatError(name, "is een map, geen sessiebestand")
    if not stat.S_ISREG(info.st_mode):
        raise FormatError(name, "is geen gewoon bestand")
    if info.st_size > MAX_BYTES:
        raise FormatError(name, f"te groot ({info.st_size / 1e6:.0f} MB; een sessie is hoogstens 5 MB)")
    if info.st_size == 0:
        raise FormatError(name, "is leeg")
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        raise FormatError(name, f"kan niet gelezen worden: {os_reason(error)}") from None
    return Source.parse(name, raw)


def load_session(path: Path, content: Content) -> Sessie:
    """The session in `path`; raises FormatError with one clear line when it is not one."""
    source = read_source(path)
    if "schema" not in source.data:
        raise FormatError(source.name, "geen sessiebestand van workshop (het veld 'schema' ontbreekt)")
    if schema_of(source) >= MARKED_SCHEMA and not source.text.rstrip().endswith(END_MARKER):
        raise FormatError(
            source.name, f"is onvolledig, waarschijnlijk afgebroken: de slotregel '{END_MARKER}' ontbreekt"
        )
    return from_document(source, content)


def encode(sessie: Sessie, content: Content) -> bytes:
    return (tomli_w.dumps(to_document(sessie, content)) + f"\n{END_MARKER}\n").encode("utf-8")


_SCHEMA_LINE = re.compile(rb"^schema\s*=\s*(\d+)", re.MULTILINE)


def _refuse_newer(path: Path) -> None:
    """Never overwrite a file that a newer workshop wrote (only its first lines are read)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return
    match = _SCHEMA_LINE.search(head)
    if match and int(match.group(1)) > SCHEMA_VERSION:
        raise SaveError(f"{path.name} is gemaakt met een nieuwere versie van workshop en wordt niet overschreven")


def save_session(sessie: Sessie, path: Path, content: Content) -> None:
    """Write atomically: temporary file, flush, fsync, rename; file mode 0600."""
    write_atomic(path, encode(sessie, content))


def write_atomic(path: Path, data: bytes) -> None:
    folder = path.parent
    _refuse_newer(path)
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
        _remove_quietly(Path(temporary))
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


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass


def leftovers(path: Path) -> list[Path]:
    """Temporary files of `path` left behind by a save that was killed before its rename."""
    prefix = f".{path.name}."
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    return [path.parent / n for n in names if n.startswith(prefix) and n.endswith(".tmp")]


def remove_leftovers(path: Path) -> None:
    for leftover in leftovers(path):
        _remove_quietly(leftover)


def ensure_folder(folder: Path) -> None:
    """Create the sessions folder readable by its owner only; an existing one is left alone."""
    if not folder.is_dir():
        folder.mkdir(parents=True, mode=FOLDER_MODE, exist_ok=True)
        os.chmod(folder, FOLDER_MODE)  # mkdir's mode is filtered by the umask


# --- names -----------------------------------------------------------------------------

MAX_PART = 40


def slug(text: str) -> str:
    """ASCII letters, digits and '-': nothing that a file system or a shell can misread."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:MAX_PART].strip("-")


def file_name(sessie: Sessie) -> str:
    parts = [slug(sessie.gemeente), sessie.datum.isoformat(), slug(sessie.titel)]
    return "-".join(part for part in parts if part) + SUFFIX


def new_path(folder: Path, sessie: Sessie) -> Path:
    """A file name in `folder` derived from municipality, date and title, not yet taken."""
    base = file_name(sessie)[: -len(SUFFIX)]
    candidate = folder / f"{base}{SUFFIX}"
    number = 2
    while candidate.exists() or candidate.is_symlink():
        candidate = folder / f"{base}-{number}{SUFFIX}"
        number += 1
    return candidate


# --- listing ---------------------------------------------------------------------------


def session_files(folder: Path) -> Iterator[Path]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return iter(())
    return (folder / name for name in names if name.endswith(SUFFIX) and not name.startswith("."))
