"""Saving without waiting for the disk (OpenSession.save_soon): the copy on the caller's thread,
the write in a thread of its own, the newest copy only, and nothing ends before it is done."""

from __future__ import annotations

import threading

import pytest
from helpers import CONTENT, IDS, NOW, HeldDisk, people, session

from workshop.files import open_session
from workshop.files.lock import lock_path
from workshop.files.open_session import OpenSession
from workshop.files.store import SaveError, encode, load_session, save_document, save_session


@pytest.fixture
def held(monkeypatch) -> HeldDisk:
    disk = HeldDisk()
    monkeypatch.setattr(open_session, "save_document", disk)
    return disk


def opened(tmp_path, count: int = 3) -> OpenSession:
    path = tmp_path / "s.toml"
    save_session(session(people(count)), path, CONTENT)
    current = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    current.take_lock()
    return current


def word(value: int) -> str:
    return CONTENT.woord(value).woord


def answers_on_disk(current: OpenSession) -> dict[str, int]:
    return load_session(current.path, CONTENT).deelnemers[0].antwoorden


def test_the_caller_does_not_wait_for_the_disk_and_the_newest_copy_is_written(tmp_path, held):
    current = opened(tmp_path)
    deelnemer = current.sessie.deelnemers[0].id
    written = []
    current.sessie.answer(deelnemer, IDS[0], 1)
    current.save_soon(lambda: written.append(1))
    assert held.entered.wait(5)  # the writer holds the first copy at the gate; we went on
    assert current.unsaved and current.status() == "Opslaan…"  # not "Opgeslagen" before the file has it
    current.sessie.answer(deelnemer, IDS[1], 2)
    current.save_soon(lambda: written.append(2))
    current.sessie.answer(deelnemer, IDS[2], 3)
    current.save_soon(lambda: written.append(3))
    held.gate.set()
    current.wait()
    # the first copy as it was when taken (the later answers are not in it), the second
    # copy skipped (the third holds all it had), the third written last
    assert [len(d["deelnemers"][0]["antwoorden"]) for d in held.documents] == [1, 3]
    assert answers_on_disk(current) == {IDS[0]: 1, IDS[1]: 2, IDS[2]: 3}
    assert current.path.read_bytes() == encode(current.sessie, CONTENT)
    assert not current.unsaved and current.status() == "✓ Opgeslagen om 10:00:00"
    assert written == [1, 3]  # told after each write, with the newest callback


def test_a_failed_write_is_said_and_the_next_change_tries_again(tmp_path, monkeypatch):
    current = opened(tmp_path)
    calls = []

    def full_disk(document, path):
        calls.append(path)
        if len(calls) == 1:
            raise SaveError("Opslaan mislukt: de schijf is vol")
        save_document(document, path)

    monkeypatch.setattr(open_session, "save_document", full_disk)
    current.sessie.answer(current.sessie.deelnemers[0].id, IDS[0], 4)
    current.save_soon()
    current.wait()
    assert current.unsaved and "NIET OPGESLAGEN: Opslaan mislukt: de schijf is vol" in current.status()
    current.save_soon()
    current.wait()
    assert not current.unsaved and current.error is None
    assert answers_on_disk(current) == {IDS[0]: 4}


def test_an_unexpected_error_in_the_writer_is_a_dutch_line_not_a_traceback(tmp_path, monkeypatch):
    current = opened(tmp_path)

    def broken(document, path):
        raise RuntimeError("kapot")

    monkeypatch.setattr(open_session, "save_document", broken)
    current.save_soon()
    current.wait()
    assert current.unsaved
    assert current.error == "Opslaan mislukt: onverwachte fout (RuntimeError: kapot)"


def test_the_lock_stays_until_the_last_write_is_done(tmp_path, held):
    current = opened(tmp_path)
    current.sessie.answer(current.sessie.deelnemers[0].id, IDS[0], 5)
    current.save_soon()
    assert held.entered.wait(5)
    releasing = threading.Thread(target=current.release)
    releasing.start()
    releasing.join(0.2)
    assert releasing.is_alive() and lock_path(current.path).exists()  # waits for the write
    held.gate.set()
    releasing.join(5)
    assert not lock_path(current.path).exists()
    assert answers_on_disk(current) == {IDS[0]: 5}


def test_a_save_now_lands_after_the_write_under_way_never_before_it(tmp_path, held):
    current = opened(tmp_path)
    deelnemer = current.sessie.deelnemers[0].id
    current.sessie.answer(deelnemer, IDS[0], 1)
    current.save_soon()
    assert held.entered.wait(5)
    current.sessie.answer(deelnemer, IDS[0], 2)
    saving = threading.Thread(target=current.save)
    saving.start()
    held.gate.set()
    saving.join(5)
    assert [d["deelnemers"][0]["antwoorden"] for d in held.documents] == [{IDS[0]: word(1)}, {IDS[0]: word(2)}]
    assert answers_on_disk(current) == {IDS[0]: 2}


def test_the_writer_is_not_a_daemon_so_python_waits_for_the_last_write(tmp_path, held):
    current = opened(tmp_path)
    current.save_soon()
    assert held.entered.wait(5)
    writers = [t for t in threading.enumerate() if t.name == "workshop-opslaan"]
    assert len(writers) == 1 and not writers[0].daemon
    held.gate.set()
    current.wait()
    assert not any(t.name == "workshop-opslaan" for t in threading.enumerate())  # gone when idle


def test_a_read_only_session_writes_nothing_and_says_so_at_once(tmp_path, held):
    current = opened(tmp_path)
    current.read_only = "open in een ander venster"
    before = current.path.read_bytes()
    current.save_soon()
    current.wait()
    assert held.documents == [] and not held.entered.is_set()
    assert current.unsaved and current.path.read_bytes() == before


def test_a_change_that_cannot_be_copied_stays_unsaved_when_an_older_write_ends(tmp_path, held):
    """The folder became a link after a write began: that write ending must not say that the
    newer change is on disk, nor hide why it is not."""
    current = opened(tmp_path)
    deelnemer = current.sessie.deelnemers[0].id
    current.sessie.answer(deelnemer, IDS[0], 1)
    current.save_soon()
    assert held.entered.wait(5)
    current.folder_was_link = False
    current.path = tmp_path / "link" / current.path.name
    (tmp_path / "link").symlink_to(tmp_path)
    current.sessie.answer(deelnemer, IDS[1], 2)
    current.save_soon()  # refused: the folder is a link now
    held.gate.set()
    current.wait()
    assert current.unsaved and "vervangen door een link" in current.status()


def test_a_writer_whose_callback_fails_still_ends_and_the_next_save_works(tmp_path):
    current = opened(tmp_path)

    def gone() -> None:
        raise RuntimeError("the app is gone")

    current.save_soon(gone)
    current.wait()  # returns: the thread said it stopped
    current.sessie.answer(current.sessie.deelnemers[0].id, IDS[0], 3)
    current.save_soon()
    current.wait()
    assert answers_on_disk(current) == {IDS[0]: 3} and not current.unsaved
