"""Two instances on one session: the lock file, stale locks, and taking over."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import CONTENT, NOW, people, session

from workshop.lock import Houder, SessionLock, lock_path, read_holder
from workshop.open_session import OpenSession
from workshop.store import load_session, save_session


def dead_pid() -> int:
    """The id of a process that has certainly ended."""
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(done.stdout)


def held_by(path, pid: int, host: str | None = None) -> None:
    import socket

    lock_path(path).write_text(f"{pid}\n{host or socket.gethostname()}\n28-11-2026 20:00\n")


def test_the_lock_holds_pid_and_host_and_is_released(tmp_path):
    path = tmp_path / "s.toml"
    lock = SessionLock(path)
    assert lock.acquire() is None
    holder = read_holder(lock_path(path))
    assert holder.pid == os.getpid()
    assert lock_path(path).name == ".s.toml.lock"  # hidden: never listed as a session
    lock.release()
    assert not lock_path(path).exists()


def test_opening_the_same_session_again_keeps_guarding_it(tmp_path):
    """The new-session wizard and the picker open a session this process already holds."""
    path = tmp_path / "s.toml"
    save_session(session(people(1)), path, CONTENT)
    first = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    first.take_lock()
    again = OpenSession(first.sessie, path, CONTENT, lambda: NOW)
    assert again.take_lock() is None
    assert again.lock is not None  # so a take-over by another window is still noticed
    again.release()
    assert not lock_path(path).exists()  # and nothing is left behind on quitting


def test_a_live_lock_of_another_process_is_respected(tmp_path):
    path = tmp_path / "s.toml"
    held_by(path, os.getppid())  # a process that certainly runs
    holder = SessionLock(path).acquire()
    assert isinstance(holder, Houder) and holder.pid == os.getppid()
    assert SessionLock(path).acquire(take_over=True) is None  # on request
    assert read_holder(lock_path(path)).pid == os.getpid()


def test_a_stale_lock_is_taken_over(tmp_path):
    path = tmp_path / "s.toml"
    held_by(path, dead_pid())
    assert SessionLock(path).acquire() is None
    assert read_holder(lock_path(path)).pid == os.getpid()


def test_a_lock_on_another_host_counts_as_live(tmp_path):
    path = tmp_path / "s.toml"
    held_by(path, 1, host="een-andere-laptop")
    assert SessionLock(path).acquire().host == "een-andere-laptop"


def test_a_read_only_session_never_writes(tmp_path):
    path = tmp_path / "s.toml"
    sessie = session(people(1))
    save_session(sessie, path, CONTENT)
    before = path.read_bytes()
    held_by(path, os.getppid())
    opened = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    assert opened.take_lock() is not None
    opened.sessie.titel = "Gewijzigd"
    assert not opened.save()
    assert path.read_bytes() == before
    assert opened.status().startswith("⚠ ALLEEN LEZEN: open in een ander venster (proces ")


def test_the_writer_that_lost_its_lock_stops_writing(tmp_path):
    path = tmp_path / "s.toml"
    save_session(session(people(1)), path, CONTENT)
    first = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    assert first.take_lock() is None
    assert first.save()
    held_by(path, os.getppid())  # another instance took it over
    first.sessie.titel = "Van het eerste venster"
    before = path.read_bytes()
    assert not first.save()
    assert path.read_bytes() == before
    assert "een ander venster heeft deze sessie overgenomen" in first.status()
