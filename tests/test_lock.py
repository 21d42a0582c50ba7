"""Two instances on one session: the lock file, stale locks, and taking over."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from helpers import CONTENT, NOW, people, session

from workshop.files.atomic import folder_warning
from workshop.files.lock import Houder, SessionLock, lock_path, read_holder
from workshop.files.open_session import OpenSession
from workshop.files.store import load_session, save_session


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


# --- rubbish, links and folders where the lock should be ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "0\nlaptop\n28-11-2026 20:00\n",
        "-5\nlaptop\n28-11-2026 20:00\n",
        "99999999999999999999\nlaptop\n28-11-2026 20:00\n",
        "123\n[b]laptop[/b]\n28-11-2026 20:00\n",
        "123\n[@click=app.quit]x[/]\n28-11-2026 20:00\n",
        "123\nlaptop\n[red]gisteren\n",
        "",
        "\x00\x01\x02",
    ],
)
def test_a_lock_that_is_not_a_lock_is_rubbish_and_taken_over(tmp_path, text):
    path = tmp_path / "s.toml"
    lock_path(path).write_text(text)
    assert read_holder(lock_path(path)) is None
    assert SessionLock(path).acquire() is None
    assert read_holder(lock_path(path)).pid == os.getpid()


def test_a_link_in_place_of_the_lock_is_never_written_through(tmp_path):
    victim = tmp_path / "belangrijk.txt"
    victim.write_text("niet aankomen")
    path = tmp_path / "s.toml"
    lock_path(path).symlink_to(victim)
    assert SessionLock(path).acquire() is None
    assert victim.read_text() == "niet aankomen"
    assert not lock_path(path).is_symlink() and read_holder(lock_path(path)).pid == os.getpid()


def test_the_lock_text_appears_whole_and_no_temporary_file_stays(tmp_path):
    path = tmp_path / "s.toml"
    SessionLock(path).acquire()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".s.toml.lock"]
    assert (os.stat(lock_path(path)).st_mode & 0o777) == 0o600


def test_a_folder_in_place_of_the_lock_opens_both_windows_read_only(tmp_path):
    path = tmp_path / "s.toml"
    save_session(session(people(1)), path, CONTENT)
    lock_path(path).mkdir()
    before = path.read_bytes()
    windows = [OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW) for _ in range(2)]
    for window in windows:
        assert window.take_lock() is None
        assert window.read_only == "kan de sessie niet vergrendelen: .s.toml.lock is een map, geen slotbestand"
        window.sessie.titel = "Gewijzigd"
        assert not window.save()
    assert path.read_bytes() == before
    assert lock_path(path).is_dir()  # not ours to remove


def test_a_folder_without_write_permission_opens_read_only(tmp_path, monkeypatch):
    import tempfile

    path = tmp_path / "s.toml"
    save_session(session(people(1)), path, CONTENT)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    window = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    assert window.take_lock() is None
    assert window.read_only == f"kan de sessie niet vergrendelen: geen schrijfrechten in de map {tmp_path}"


def test_a_folder_others_can_write_in_is_warned_about(tmp_path):
    folder = tmp_path / "sessies"
    folder.mkdir(mode=0o700)
    os.chmod(folder, 0o700)
    assert folder_warning(folder) is None
    os.chmod(folder, 0o777)
    assert (
        folder_warning(folder) == f"De map {folder} is schrijfbaar voor anderen. Maak hem privé met: chmod 700 {folder}"
    )
    os.chmod(folder, 0o700)
    if os.getuid() == 0:  # only root can give a folder away
        os.chown(folder, 65534, 65534)
        assert "is van een andere gebruiker" in folder_warning(folder)


# --- recovering while a session is open -------------------------------------------------------


def opened(tmp_path) -> OpenSession:
    path = tmp_path / "sessies" / "s.toml"
    save_session(session(people(1)), path, CONTENT)
    window = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    assert window.take_lock() is None and window.save()
    return window


def test_a_lock_that_disappeared_is_taken_again(tmp_path):
    window = opened(tmp_path)
    lock_path(window.path).unlink()
    window.sessie.titel = "Verder"
    assert window.save() and window.read_only is None
    assert read_holder(lock_path(window.path)).pid == os.getpid()
    assert load_session(window.path, CONTENT).titel == "Verder"


def test_a_folder_that_disappeared_is_made_again(tmp_path):
    import shutil

    window = opened(tmp_path)
    shutil.rmtree(window.path.parent)
    window.sessie.titel = "Verder"
    assert window.save() and window.read_only is None
    assert (os.stat(window.path.parent).st_mode & 0o777) == 0o700
    assert load_session(window.path, CONTENT).titel == "Verder"


def test_a_lock_swapped_for_a_link_is_replaced_not_followed(tmp_path):
    window = opened(tmp_path)
    victim = tmp_path / "belangrijk.txt"
    victim.write_text("niet aankomen")
    lock_path(window.path).unlink()
    lock_path(window.path).symlink_to(victim)
    assert window.save() and window.read_only is None
    assert victim.read_text() == "niet aankomen"
    assert read_holder(lock_path(window.path)).pid == os.getpid()


def test_a_folder_swapped_for_a_link_waits_and_saves_when_it_is_back(tmp_path):
    window = opened(tmp_path)
    folder = window.path.parent
    elsewhere = tmp_path / "elders"
    folder.rename(elsewhere)
    folder.symlink_to(elsewhere)
    window.sessie.titel = "Verder"
    assert not window.save()
    assert window.read_only is None and "is vervangen door een link" in window.error
    assert load_session(elsewhere / "s.toml", CONTENT).titel == "Ronde 1"  # nothing written through it
    folder.unlink()
    elsewhere.rename(folder)
    assert window.save() and window.error is None
    assert load_session(window.path, CONTENT).titel == "Verder"


def test_a_file_protected_against_writing_is_opened_read_only_and_left_as_it_is(tmp_path):
    """chmod a-w keeps a finished session as it is. A save replaces the file by a rename in
    its folder, which the file's own permissions do not stop (nor do they stop root)."""
    path = tmp_path / "s.toml"
    save_session(session(people(2)), path, CONTENT)
    path.chmod(0o400)
    before = path.read_bytes()
    opened = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    assert opened.take_lock() is None
    assert opened.read_only == "het bestand is beveiligd tegen schrijven"
    assert opened.lock is None and not lock_path(path).exists()
    opened.sessie.answer(opened.sessie.deelnemers[0].id, "veel-fracties", 1)
    assert opened.save() is False
    opened.save_soon()
    opened.wait()
    assert path.read_bytes() == before and (path.stat().st_mode & 0o777) == 0o400
    assert opened.status().startswith("⚠ ALLEEN LEZEN: het bestand is beveiligd tegen schrijven.")


def test_a_file_protected_while_it_is_open_is_no_longer_written(tmp_path):
    path = tmp_path / "s.toml"
    save_session(session(people(2)), path, CONTENT)
    opened = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    assert opened.take_lock() is None and opened.save() is True
    path.chmod(0o444)
    before = path.read_bytes()
    opened.sessie.answer(opened.sessie.deelnemers[0].id, "veel-fracties", 1)
    assert opened.save() is False
    assert path.read_bytes() == before and opened.read_only
    assert not lock_path(path).exists()  # its lock went: nothing here writes the file any more
    opened.release()


def test_no_write_replaces_a_file_protected_against_writing(tmp_path):
    """Also a write already on its way when the file was protected (the writer's thread), and
    any other writer: write_atomic itself refuses, and says why."""
    from workshop.files.atomic import SaveError, write_atomic

    path = tmp_path / "s.toml"
    path.write_bytes(b"eerder")
    path.chmod(0o444)
    with pytest.raises(SaveError) as refused:
        write_atomic(path, b"nieuw")
    assert str(refused.value) == f"Opslaan mislukt: {path}: het bestand is beveiligd tegen schrijven"
    assert path.read_bytes() == b"eerder" and (path.stat().st_mode & 0o777) == 0o444
    assert [p.name for p in tmp_path.iterdir()] == ["s.toml"]  # no temporary file left
