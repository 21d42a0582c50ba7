"""The parsed content files, kept between runs, as Python keeps compiled modules: tomllib
is pure Python, and the content is read at every start (a sixth of what the app adds to
Textual's own start-up).

The key is two checksums and the length of the text, so an edited file is parsed again;
each cache file carries a checksum of itself, so a damaged one is not believed. Anything
wrong with the cache is a miss, never an error, and a text that does not parse is never
cached. Only content is cached, never a session: sessions are private and change
with every key.
"""

from __future__ import annotations

import marshal
import sys
import tomllib
import zlib
from pathlib import Path
from typing import Any

from workshop import locations
from workshop.files.atomic import SaveError, Unreadable, read_file, write_atomic

MAX_BYTES = 16 * 1024 * 1024  # a parsed content file is tens of kilobytes
TAG = f"py{sys.version_info[0]}{sys.version_info[1]}m{marshal.version}"  # marshal's format varies


def loads(text: str) -> dict[str, Any]:
    """tomllib.loads(text), from the cache when this text was parsed before."""
    data = text.encode("utf-8")
    path = locations.cache_dir() / f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}-{len(data)}-{TAG}.marshal"
    try:
        kept = read_file(path, MAX_BYTES)
        if zlib.crc32(kept[4:]).to_bytes(4, "big") == kept[:4]:  # not damaged since it was written
            cached = marshal.loads(kept[4:])
            if isinstance(cached, dict):
                return cached
    except (Unreadable, EOFError, ValueError, TypeError):
        pass
    parsed = tomllib.loads(text)
    _keep(path, parsed)
    return parsed


def _keep(path: Path, parsed: dict[str, Any]) -> None:
    try:
        data = marshal.dumps(parsed)
    except ValueError:
        return  # a value marshal cannot keep (a date): this file is parsed each time
    try:
        write_atomic(path, zlib.crc32(data).to_bytes(4, "big") + data)
    except SaveError:
        pass  # a read-only home: the app only starts a little slower
