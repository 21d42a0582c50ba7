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
import os
import sys
import tempfile
import tomllib
import zlib
from pathlib import Path
from typing import Any

from workshop import locations

TAG = f"py{sys.version_info[0]}{sys.version_info[1]}m{marshal.version}"  # marshal's format varies


def loads(text: str) -> dict[str, Any]:
    """tomllib.loads(text), from the cache when this text was parsed before."""
    data = text.encode("utf-8")
    path = locations.cache_dir() / f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}-{len(data)}-{TAG}.marshal"
    try:
        kept = path.read_bytes()
        if zlib.crc32(kept[4:]).to_bytes(4, "big") == kept[:4]:  # not damaged since it was written
            cached = marshal.loads(kept[4:])
            if isinstance(cached, dict):
                return cached
    except (OSError, EOFError, ValueError, TypeError):
        pass
    parsed = tomllib.loads(text)
    _keep(path, parsed)
    return parsed


def _keep(path: Path, parsed: dict[str, Any]) -> None:
    try:
        data = marshal.dumps(parsed)
    except ValueError:
        return  # a value marshal cannot keep (a date): this file is parsed each time
    kept = zlib.crc32(data).to_bytes(4, "big") + data
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    except OSError:
        return  # a read-only home: the app only starts a little slower
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(kept)
        os.replace(temporary, path)  # whole or not at all: a reader never sees half a file
    except OSError:
        Path(temporary).unlink(missing_ok=True)
