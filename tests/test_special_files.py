"""A FIFO, a device, a link to /dev/zero, a folder or a huge file where a file should be:
every reader of the program says why or skips it, and none of them hangs or crashes."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from app_harness import make_app, picker_ready
from helpers import CONTENT, people, run, session

from workshop.content import cache as toml_cache
from workshop.files.atomic import Unreadable, read_file
from workshop.files.index import INDEX_NAME, overview
from workshop.files.lock import SessionLock, lock_path
from workshop.files.settings import load_settings, save_setting
from workshop.files.store import load_session, save_session


def within(seconds: float, work):
    """Run `work` in a thread and fail, instead of hanging the test run, when it blocks."""
    result: dict = {}

    def target():
        try:
            result["value"] = work()
        except BaseException as error:  # noqa: B036 - handed back to the test
            result["error"] = error

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "blocked"
    if "error" in result:
        raise result["error"]
    return result["value"]


def make(kind: str, path: Path) -> str:
    """Put a special file at `path`; returns the words its reason holds."""
    if kind == "fifo":
        os.mkfifo(path)
        return "pijp"
    if kind == "device":
        os.symlink("/dev/zero", path)
        return "symbolische link"
    if kind == "folder":
        path.mkdir()
        return "map"
    if kind == "huge":
        with open(path, "wb") as handle:
            handle.truncate(200 * 1024 * 1024)  # sparse: large, costs no disk
        return "te groot"
    raise AssertionError(kind)


KINDS = ["fifo", "device", "folder", "huge"]


@pytest.mark.parametrize("kind", KINDS)
def test_read_file_refuses_what_is_not_a_small_regular_file(tmp_path, kind):
    words = make(kind, tmp_path / "x")
    with pytest.raises(Unreadable) as problem:
        within(5, lambda: read_file(tmp_path / "x", 1024 * 1024))
    assert words in str(problem.value)


def test_a_real_device_is_refused_even_through_a_followed_link(tmp_path):
    os.symlink("/dev/zero", tmp_path / "x")
    with pytest.raises(Unreadable, match="apparaat"):
        within(5, lambda: read_file(tmp_path / "x", 1024, follow_links=True))


@pytest.mark.parametrize("kind", KINDS)
def test_a_session_file_in_the_commands(capsys, tmp_path, kind):
    words = make(kind, tmp_path / "s.toml")
    for command in (["check", str(tmp_path / "s.toml")], ["report", str(tmp_path / "s.toml")]):
        code, _, err = within(10, lambda command=command: run(capsys, *command))
        assert code == 1 and words in err and len(err.splitlines()) == 1
    code, out, _ = within(10, lambda: run(capsys, "list", "--sessions", str(tmp_path)))
    assert code == 0 and "ONLEESBAAR" in out and words in out


@pytest.mark.parametrize("kind", KINDS)
def test_an_output_file_in_the_way(capsys, tmp_path, kind):
    demo = tmp_path / "d.toml"
    run(capsys, "demo", "-o", str(demo))
    target = tmp_path / "verslag.md"
    make(kind, target)
    code, _, err = within(10, lambda: run(capsys, "report", str(demo), "-o", str(target), "--force"))
    if kind == "huge":  # a regular file: --force replaces it
        assert code == 0
    elif kind == "device":  # the link is replaced, never what it points to
        assert code == 0 and not target.is_symlink() and Path("/dev/zero").is_char_device()
    else:
        assert code == 1 and "Opslaan mislukt" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_the_index_of_the_folder(tmp_path, kind):
    save_session(session(people(1)), tmp_path / "s.toml", CONTENT)
    make(kind, tmp_path / INDEX_NAME)
    entries = within(10, lambda: overview(tmp_path, CONTENT))
    assert [e.samenvatting.titel for e in entries] == ["Ronde 1"]  # the cache is skipped, the files read


@pytest.mark.parametrize("kind", KINDS)
def test_the_settings_file(tmp_path, kind):
    make(kind, tmp_path / "instellingen.toml")
    assert within(5, lambda: load_settings(tmp_path / "instellingen.toml")) == {}
    problem = within(5, lambda: save_setting(tmp_path / "instellingen.toml", "thema", "donker"))
    assert (problem is None) == (kind in ("device", "huge"))  # a link or a file is replaced
    if problem:
        assert "Opslaan mislukt" in problem


@pytest.mark.parametrize("kind", KINDS)
def test_the_content_cache(tmp_path, monkeypatch, kind):
    monkeypatch.setenv("WORKSHOP_CACHE", str(tmp_path))
    text = 'a = "b"\n'
    path = within(5, lambda: toml_cache.loads(text)) and next(tmp_path.iterdir())
    path.unlink()
    make(kind, path)
    assert within(5, lambda: toml_cache.loads(text)) == {"a": "b"}


@pytest.mark.parametrize("kind", ["fifo", "device", "huge"])
def test_the_lock_file_is_rubbish_and_taken_over(tmp_path, kind):
    path = tmp_path / "s.toml"
    make(kind, lock_path(path))
    assert within(5, lambda: SessionLock(path).acquire()) is None
    assert lock_path(path).is_file() and not lock_path(path).is_symlink()


async def test_the_app_opens_the_picker_with_special_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = Path("sessions")
    folder.mkdir()
    for kind in KINDS:
        make(kind, folder / f"{kind}.toml")
    make("fifo", folder / INDEX_NAME)
    make("fifo", tmp_path / "instellingen.toml")
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        await picker_ready(pilot)
        table = app.screen.query_one("#sessions")
        assert table.row_count == 4
        assert all(table.cells(i)[0].startswith("⚠ ONLEESBAAR") for i in range(4))


def test_a_session_that_is_a_fifo_cannot_open(tmp_path):
    make("fifo", tmp_path / "s.toml")
    with pytest.raises(Exception, match="pijp"):
        within(5, lambda: load_session(tmp_path / "s.toml", CONTENT))
