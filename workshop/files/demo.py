"""The demo session: a filled example of a made-up municipality, shipped with the content."""

from __future__ import annotations

from pathlib import Path

from workshop import locations
from workshop.content import Content
from workshop.domain.model import Sessie
from workshop.files.store import SaveError, load_session, new_path, save_session


class DemoExists(SaveError):
    """The output file exists already: it is never overwritten without asking."""


def demo_file() -> Path:
    return locations.content_dir() / "demo.toml"


def load_demo(content: Content) -> Sessie:
    return load_session(demo_file(), content)


def write_demo(content: Content, output: Path | None, sessions: Path) -> Path:
    """Write a copy of the demo session to `output`, or to a new file in `sessions`."""
    sessie = load_demo(content)
    path = output if output is not None else new_path(sessions, sessie)
    if path.exists() or path.is_symlink():
        raise DemoExists(f"{path} bestaat al en wordt niet overschreven; kies een andere naam")
    save_session(sessie, path, content)
    return path
