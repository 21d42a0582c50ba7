"""Choices remembered between runs, such as the theme, in a small TOML file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w

from workshop.files.atomic import SaveError, Unreadable, read_file, write_atomic

MAX_BYTES = 64 * 1024  # a few remembered choices


def load_settings(path: Path) -> dict[str, object]:
    """The remembered settings; an unreadable file is ignored, never fatal. A link is
    followed: a settings file is often kept elsewhere and linked."""
    try:
        data = tomllib.loads(read_file(path, MAX_BYTES, follow_links=True).decode("utf-8"))
    except (Unreadable, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(path: Path, key: str, value: str) -> str | None:
    """Remember one choice; returns why it could not be remembered, or None."""
    settings = load_settings(path)
    settings[key] = value
    try:
        write_atomic(path, tomli_w.dumps(settings).encode("utf-8"))
    except SaveError as problem:
        return str(problem)
    return None
