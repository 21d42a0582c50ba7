"""Every path the app uses, in one place: content, the sessions folder, the settings file,
the cache and the logs of unexpected errors."""

from __future__ import annotations

import os
from pathlib import Path

SESSIONS_ENV = "WORKSHOP_SESSIONS"
CONFIG_ENV = "WORKSHOP_CONFIG"
CACHE_ENV = "WORKSHOP_CACHE"
LOGS_ENV = "WORKSHOP_LOGS"


def content_dir() -> Path:
    """content/ ships inside the wheel as workshop/data; in a source checkout it is the
    top-level content/ folder beside the package."""
    packaged = Path(__file__).parent / "data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).parent.parent / "content"


def sessions_dir(option: str | os.PathLike[str] | None = None) -> Path:
    """--sessions DIR, else $WORKSHOP_SESSIONS, else sessions/ in the working directory."""
    if option:
        return Path(option)
    from_env = os.environ.get(SESSIONS_ENV)
    return Path(from_env) if from_env else Path("sessions")


def settings_file() -> Path:
    """Remembered choices such as the theme: $WORKSHOP_CONFIG, else the XDG config folder."""
    from_env = os.environ.get(CONFIG_ENV)
    if from_env:
        return Path(from_env)
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "workshop" / "instellingen.toml"


def cache_dir() -> Path:
    """What can be rebuilt at any time (the parsed content): $WORKSHOP_CACHE, else the XDG
    cache folder."""
    from_env = os.environ.get(CACHE_ENV)
    if from_env:
        return Path(from_env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "workshop"


def log_dir() -> Path:
    """Where the details of an unexpected error are kept: $WORKSHOP_LOGS, else the XDG state
    folder."""
    from_env = os.environ.get(LOGS_ENV)
    if from_env:
        return Path(from_env)
    base = os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state"
    return Path(base) / "workshop"
