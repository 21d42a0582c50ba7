"""Choices remembered between runs, such as the theme, in a small TOML file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import tomli_w

from workshop.store import SaveError, write_atomic


def load_settings(path: Path) -> dict[str, object]:
    """The remembered settings; an unreadable file is ignored, never fatal."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(path: Path, key: str, value: str) -> bool:
    settings = load_settings(path)
    settings[key] = value
    try:
        write_atomic(path, tomli_w.dumps(settings).encode("utf-8"))
    except SaveError:
        return False
    return True
