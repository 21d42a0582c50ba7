"""Two windows opened on one session at the same moment, as real processes, many times over:
with no lock, and with a stale lock left by a process that was killed. In every round exactly
one becomes the writer, the lock names it, and the other knows it is not the writer and
which process is (the app then shows 'Al geopend' and offers read-only or taking over)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import CONTENT, people, session

from workshop.files.lock import Houder, lock_path, read_holder
from workshop.files.store import save_session

ROUNDS = 50
CHILD = Path(__file__).with_name("lock_child.py")


def dead_pid() -> int:
    """The process id of a process that has ended (as a window killed with SIGKILL)."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def window(path: Path) -> subprocess.Popen:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent.parent), os.environ.get("PYTHONPATH", "")]),
    }
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout.readline().strip() == "ready"
    return child


def one_round(path: Path, stale: bool) -> None:
    lock = lock_path(path)
    lock.unlink(missing_ok=True)
    if stale:
        lock.write_bytes(Houder(dead_pid(), socket.gethostname(), "01-12-2026 10:00").text())
    a, b = window(path), window(path)
    try:
        for child in (a, b):  # both start at once: one write each, back to back
            child.stdin.write("go\n")
            child.stdin.flush()
        said = {child.pid: json.loads(child.stdout.readline()) for child in (a, b)}
        writers = [pid for pid, result in said.items() if result["writer"]]
        assert len(writers) == 1, said
        writer = writers[0]
        (other,) = [result for pid, result in said.items() if pid != writer]
        assert other["holder"] == writer  # the other window knows who writes
        assert read_holder(lock).pid == writer
    finally:
        for child in (a, b):
            child.stdin.close()
            child.wait(timeout=10)
    assert not lock.exists()  # the writer released it, the other never touched it


@pytest.mark.parametrize("stale", [False, True], ids=["geen slot", "oud slot"])
def test_two_windows_at_once_exactly_one_writes(tmp_path, stale):
    path = tmp_path / "sessie.toml"
    save_session(session(people(3)), path, CONTENT)
    for _ in range(ROUNDS):
        one_round(path, stale)


async def test_the_lock_is_ours_before_the_session_is_first_drawn(tmp_path, monkeypatch):
    """No moment in which a window shows a session it does not hold: the lock names this
    process when the first screen of the session is composed, before its first paint."""
    from app_harness import SMALL, make_app

    from workshop.ui.screens.questionnaire import QuestionnaireScreen

    monkeypatch.chdir(tmp_path)
    path = Path("sessions/sessie.toml")
    save_session(session(people(3)), path, CONTENT)
    lock_path(path).write_bytes(Houder(dead_pid(), socket.gethostname(), "01-12-2026 10:00").text())
    seen = []
    compose = QuestionnaireScreen.compose

    def composing(screen):
        seen.append(read_holder(lock_path(path)))
        return compose(screen)

    monkeypatch.setattr(QuestionnaireScreen, "compose", composing)
    app = make_app(tmp_path, path)
    async with app.run_test(size=SMALL) as pilot:
        await pilot.pause()
        assert type(app.screen) is QuestionnaireScreen
    assert seen and seen[0].pid == os.getpid()
