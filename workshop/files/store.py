"""Session files on disk: safe names, atomic 0600 writes, refusing what is not a session.

The disk work itself (atomic writes, reads that never hang) is `workshop.files.atomic`'s; here
are the rules of a session file: its end marker, its size limit, and never overwriting a
file that a newer workshop wrote.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import tomli_w

from workshop.content import Content
from workshop.content.fields import FormatError, Source
from workshop.domain.model import SCHEMA_VERSION, Sessie
from workshop.files.atomic import (  # noqa: F401  (re-exported: the session store's errors and modes)
    FILE_MODE,
    FOLDER_MODE,
    SaveError,
    Unreadable,
    ensure_folder,
    leftovers,
    read_file,
    remove_leftovers,
    write_atomic,
)
from workshop.files.sessionfile import from_document, schema_of, to_document

MAX_BYTES = 5 * 1024 * 1024  # a real session is tens of kilobytes; refuse absurd files unread
# The last line of every session file: a file without it was cut off (a copy that stopped,
# a disk that filled up in another program), even when what is left happens to be valid TOML.
END_MARKER = "# einde van het sessiebestand"
MARKED_SCHEMA = 2  # files of schema 1 were written before the marker and are read without it
SUFFIX = ".toml"


def read_source(path: Path) -> Source:
    """The bytes of a session file, refusing links, folders, pipes, devices and oversized
    files; an empty file is not a session either."""
    try:
        raw = read_file(path, MAX_BYTES)
    except Unreadable as problem:
        raise FormatError(str(path), str(problem)) from None
    if not raw:
        raise FormatError(str(path), "is leeg")
    return Source.parse(str(path), raw)


def load_session(path: Path, content: Content) -> Sessie:
    """The session in `path`; raises FormatError with one clear line when it is not one."""
    return decode(read_source(path), content)


def decode(source: Source, content: Content) -> Sessie:
    """The session in a parsed file (the inverse of `encode`)."""
    if "schema" not in source.data:
        raise FormatError(source.name, "geen sessiebestand van workshop (het veld 'schema' ontbreekt)")
    if schema_of(source) >= MARKED_SCHEMA and not source.text.rstrip().endswith(END_MARKER):
        raise FormatError(
            source.name, f"is onvolledig, waarschijnlijk afgebroken: de slotregel '{END_MARKER}' ontbreekt"
        )
    return from_document(source, content)


def encode(sessie: Sessie, content: Content) -> bytes:
    """The file's bytes; a session this program could not read back is refused (SaveError)."""
    return encode_document(to_document(sessie, content))


def encode_document(document: dict) -> bytes:
    """The bytes of a session's document (`sessionfile.to_document`), with the end marker."""
    try:
        data = (tomli_w.dumps(document) + f"\n{END_MARKER}\n").encode("utf-8")
    except UnicodeEncodeError:
        raise SaveError("Opslaan mislukt: de sessie bevat tekens die niet als UTF-8 te bewaren zijn") from None
    if len(data) > MAX_BYTES:
        raise SaveError(
            f"Opslaan geweigerd: de sessie zou groter worden dan {MAX_BYTES // 1024 // 1024} MB, "
            "te groot om weer te openen; maak de laatste wijziging (een lange tekst?) korter"
        )
    return data


_SCHEMA_LINE = re.compile(rb"^schema\s*=\s*(\d+)", re.MULTILINE)


def _refuse_newer(path: Path) -> None:
    """Never overwrite a file that a newer workshop wrote (only its first lines are read)."""
    try:
        head = read_file(path, MAX_BYTES)[:4096]
    except Unreadable:
        return  # nothing readable to protect; write_atomic says what is in the way
    match = _SCHEMA_LINE.search(head)
    if match and int(match.group(1)) > SCHEMA_VERSION:
        raise SaveError(f"{path.name} is gemaakt met een nieuwere versie van workshop en wordt niet overschreven")


def save_session(sessie: Sessie, path: Path, content: Content) -> None:
    """Write atomically: temporary file, flush, fsync, rename; file mode 0600."""
    save_document(to_document(sessie, content), path)


def save_document(document: dict, path: Path) -> None:
    """`save_session` for a document made earlier: the part of a save that needs no session,
    so that it can run in a thread while the session changes on."""
    data = encode_document(document)
    _refuse_newer(path)
    write_atomic(path, data)


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
