from __future__ import annotations

import atexit
import os
import random
import shutil
import tempfile

# Before anything loads the content: the tests keep their parsed-content cache to themselves
# (child processes inherit it), and remove it afterwards.
os.environ["WORKSHOP_CACHE"] = tempfile.mkdtemp(prefix="workshop-cache-")
# one crash seed for the whole run: the workers (pytest-xdist) inherit it, and the header shows it
os.environ.setdefault("WORKSHOP_CRASH_SEED", str(random.SystemRandom().randrange(10**6)))
atexit.register(shutil.rmtree, os.environ["WORKSHOP_CACHE"], ignore_errors=True)

from collections.abc import Callable  # noqa: E402

import pytest  # noqa: E402
from helpers import CONTENT, CRASH_SEED  # noqa: E402

from workshop.content import Content  # noqa: E402
from workshop.domain.model import Sessie  # noqa: E402
from workshop.files.demo import load_demo  # noqa: E402


@pytest.fixture
def content() -> Content:
    return CONTENT


@pytest.fixture
def demo() -> Sessie:
    return load_demo(CONTENT)


@pytest.fixture(autouse=True)
def _isolated(monkeypatch, tmp_path):
    """No test reads the user's sessions or settings."""
    monkeypatch.setenv("WORKSHOP_SESSIONS", str(tmp_path / "sessions"))
    monkeypatch.setenv("WORKSHOP_CONFIG", str(tmp_path / "instellingen.toml"))
    monkeypatch.setenv("WORKSHOP_LOGS", str(tmp_path / "logboek"))


def pytest_report_header(config) -> str:
    return f"crash-seed: {CRASH_SEED} (replay with WORKSHOP_CRASH_SEED={CRASH_SEED})"


_SUMMARY = pytest.StashKey[dict[str, list[str]]]()


@pytest.fixture
def summary(request) -> Callable[[str, list[str]], None]:
    """Lines that a test wants shown after the run, under a heading (e.g. measured minima)."""

    def add(heading: str, lines: list[str]) -> None:
        request.config.stash.setdefault(_SUMMARY, {})[heading] = lines

    return add


def pytest_terminal_summary(terminalreporter, config) -> None:
    for heading, lines in config.stash.get(_SUMMARY, {}).items():
        terminalreporter.section(heading)
        for line in lines:
            terminalreporter.write_line(line)
