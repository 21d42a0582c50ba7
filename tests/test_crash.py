"""Crash safety: the real app, killed with SIGKILL at random points of a scripted meeting,
loses nothing that the screen showed as saved; and a kill inside a save leaves the old file.

The seed is printed in the header of the test run (crash-seed); set WORKSHOP_CRASH_SEED to
replay a run.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from helpers import CONTENT, CRASH_SEED, people, session

from workshop.files.index import overview
from workshop.files.store import leftovers, load_session, save_session

CHILD = Path(__file__).with_name("crash_child.py")
# 8 kill points in a quick run; all 30 where WORKSHOP_FULL_TESTS is set (.ci/run sets it)
KILL_POINTS = 30 if os.environ.get("WORKSHOP_FULL_TESTS") else 8


def start_session(folder: Path) -> Path:
    folder.mkdir(parents=True)
    path = folder / "vergadering.toml"
    save_session(session(people(6)), path, CONTENT)
    return path


def run_child(path: Path, journal: Path, seed: int, kill_at: str, pause: bool) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(CHILD), str(path), str(journal), str(seed), kill_at, "1" if pause else "0"],
        capture_output=True,
        text=True,
        timeout=120,
    )


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def kill_points(seed: int) -> list[tuple[int, int, bool]]:
    rng = random.Random(seed)
    return [(rng.randrange(10**6), rng.randint(1, 24), rng.random() < 0.5) for _ in range(KILL_POINTS)]


def test_killed_meetings_keep_everything_shown_as_saved(tmp_path):
    """Killed after a key was handled and shown, the file is exactly what the screen showed.
    Killed the moment a key arrived, the file is what the screen showed before that key, or
    that key's save when it was under way."""
    points = kill_points(CRASH_SEED)

    def one(index: int) -> str | None:
        script_seed, kill_at, pause = points[index]
        folder = tmp_path / f"punt-{index}"
        path = start_session(folder)
        journal = folder / "journaal.txt"
        done = run_child(path, journal, script_seed, str(kill_at), pause)
        where = f"crash-seed {CRASH_SEED}, punt {index}: na toets {kill_at}, {'na' if pause else 'zonder'} pauze"
        if done.returncode != -signal.SIGKILL:
            return f"{where}: not killed ({done.returncode}): {done.stderr[-2000:]}"
        lines = journal.read_text().split()
        entries = list(zip(lines[::2], lines[1::2]))
        last_shown = max((i for i, (kind, _) in enumerate(entries) if kind == "M"), default=-1)
        shown = entries[last_shown][1] if last_shown >= 0 else sha_of_fresh()
        later_saves = {h for kind, h in entries[last_shown + 1 :] if kind in ("P", "S")}
        load_session(path, CONTENT)  # loadable, whatever happened
        # after a pause: exactly what was shown; without: that, or a save of the last key
        allowed = {shown} if pause else {shown} | later_saves
        if sha(path) not in allowed:
            return f"{where}: the file is not what the screen showed as saved"
        return None

    with ThreadPoolExecutor(max_workers=2) as pool:
        problems = [p for p in pool.map(one, range(KILL_POINTS)) if p]
    assert not problems, "\n".join(problems)


def sha_of_fresh() -> str:
    from workshop.files.store import encode

    return hashlib.sha256(encode(session(people(6)), CONTENT)).hexdigest()


def test_killed_between_the_temporary_file_and_the_rename(tmp_path):
    path = start_session(tmp_path / "sessies")
    before = path.read_bytes()
    done = run_child(path, Path("-"), 0, "mid-save", True)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]
    assert path.read_bytes() == before  # the original is intact
    assert load_session(path, CONTENT) is not None
    left = leftovers(path)
    assert len(left) == 1  # the temporary file of the interrupted save
    assert [e.path.name for e in overview(path.parent, CONTENT)] == ["vergadering.toml"]  # ignored
    save_session(load_session(path, CONTENT), path, CONTENT)  # the next save cleans it up
    assert leftovers(path) == []


@pytest.fixture(autouse=True)
def _quiet_child_imports(monkeypatch):
    """The child imports its helpers from the tests folder and the package from the install."""
    monkeypatch.setenv("PYTHONPATH", str(Path(__file__).parent))
