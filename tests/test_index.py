"""The summary cache of the sessions folder: a shortcut that never outlives the files."""

from __future__ import annotations

import json
import os

from helpers import CONTENT, people, session

from workshop.files import index
from workshop.files.index import INDEX_NAME, overview
from workshop.files.store import save_session


def count_loads(monkeypatch) -> list:
    loads = []
    real = index.load_session

    def counted(path, content):
        loads.append(path.name)
        return real(path, content)

    monkeypatch.setattr(index, "load_session", counted)
    return loads


def test_the_second_overview_reads_no_session(tmp_path, monkeypatch, demo):
    save_session(demo, tmp_path / "a.toml", CONTENT)
    save_session(session(people(2)), tmp_path / "b.toml", CONTENT)
    loads = count_loads(monkeypatch)
    first = overview(tmp_path, CONTENT)
    assert loads == ["a.toml", "b.toml"]
    assert overview(tmp_path, CONTENT) == first
    assert loads == ["a.toml", "b.toml"]  # nothing read again
    assert first[0].samenvatting.voorgesteld == 2 and first[0].samenvatting.beantwoord == 100
    assert os.stat(tmp_path / INDEX_NAME).st_mode & 0o777 == 0o600


def test_a_changed_file_is_read_again(tmp_path, monkeypatch):
    path = tmp_path / "a.toml"
    sessie = session(people(2), titel="Voor")
    save_session(sessie, path, CONTENT)
    overview(tmp_path, CONTENT)
    sessie.titel = "Na, en langer"
    save_session(sessie, path, CONTENT)
    loads = count_loads(monkeypatch)
    assert overview(tmp_path, CONTENT)[0].samenvatting.titel == "Na, en langer"
    assert loads == ["a.toml"]


def test_a_broken_or_foreign_cache_is_rebuilt(tmp_path, monkeypatch):
    save_session(session(people(1)), tmp_path / "a.toml", CONTENT)
    (tmp_path / INDEX_NAME).write_text("{kapot")
    assert overview(tmp_path, CONTENT)[0].samenvatting.deelnemers == 1
    data = json.loads((tmp_path / INDEX_NAME).read_text())
    data["versie"] = [1, "een andere inhoud"]
    (tmp_path / INDEX_NAME).write_text(json.dumps(data))
    loads = count_loads(monkeypatch)
    overview(tmp_path, CONTENT)
    assert loads == ["a.toml"]  # another content version: its phases may differ


def test_an_unreadable_file_is_cached_with_its_reason(tmp_path, monkeypatch):
    (tmp_path / "kapot.toml").write_text("schema = ")
    first = overview(tmp_path, CONTENT)
    loads = count_loads(monkeypatch)
    assert overview(tmp_path, CONTENT) == first
    assert loads == [] and "geen geldig TOML" in first[0].fout


def test_the_open_session_is_not_read_to_find_the_others(tmp_path, monkeypatch):
    """Opening a session looks for earlier ones of its municipality: the open one is in
    memory, so its file is neither read nor dropped from the cache."""
    for name in ("a.toml", "b.toml", "c.toml"):
        save_session(session(people(1), titel=name), tmp_path / name, CONTENT)
    overview(tmp_path, CONTENT)
    cached = json.loads((tmp_path / INDEX_NAME).read_text())["bestanden"]
    save_session(session(people(2), titel="open"), tmp_path / "b.toml", CONTENT)  # changed since
    loads = count_loads(monkeypatch)
    found = index.sessions_of_municipality(tmp_path, "Teststad", CONTENT, exclude=tmp_path / "b.toml")
    assert [path.name for path, _ in found] == ["a.toml", "c.toml"]
    assert loads == ["a.toml", "c.toml"]  # the two found, loaded in full; b not at all
    assert json.loads((tmp_path / INDEX_NAME).read_text())["bestanden"]["b.toml"] == cached["b.toml"]


def test_an_overview_told_to_stop_returns_what_it_read_and_leaves_the_cache(tmp_path, monkeypatch):
    """The app quits while a thread reads a large folder: the read stops at the next file."""
    for name in ("a", "b", "c"):
        save_session(session(people(2), titel=name), tmp_path / f"{name}.toml", CONTENT)
    loads = count_loads(monkeypatch)
    read = overview(tmp_path, CONTENT, stop=lambda done, total: len(loads) >= 1)
    assert [entry.path.name for entry in read] == ["a.toml"] and loads == ["a.toml"]
    assert not (tmp_path / INDEX_NAME).exists()  # a partial read is no index
    assert index.sessions_of_municipality(tmp_path, "Teststad", CONTENT, stop=lambda: True) == []
