"""The summary cache of the sessions folder: a shortcut that never outlives the files."""

from __future__ import annotations

import json
import os

import pytest
from helpers import CONTENT, people, session

from workshop.files import index
from workshop.files.index import INDEX_NAME, INDEX_VERSION, index_bytes, overview, parse_index
from workshop.files.store import save_session

VERSIE = [INDEX_VERSION, CONTENT.versie]


def cached(folder) -> dict[str, dict]:
    return parse_index((folder / INDEX_NAME).read_bytes(), VERSIE)


def write_cached(folder, files: dict[str, dict], versie: list = VERSIE) -> None:
    (folder / INDEX_NAME).write_bytes(index_bytes(versie, files))


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
    write_cached(tmp_path, cached(tmp_path), versie=[INDEX_VERSION, "een andere inhoud"])
    loads = count_loads(monkeypatch)
    overview(tmp_path, CONTENT)
    assert loads == ["a.toml"]  # another content version: its phases may differ


def test_the_index_has_one_value_per_line_and_a_line_that_is_no_summary_rebuilds_it(tmp_path, monkeypatch):
    """Read line by line (a thread then gives Python's lock back between lines): the version,
    then [name, summary] per file; an index of the one-document format before it is rebuilt."""
    for name in ("a", "b"):
        save_session(session(people(2), titel=name), tmp_path / f"{name}.toml", CONTENT)
    first = overview(tmp_path, CONTENT)
    lines = (tmp_path / INDEX_NAME).read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0]) == {"versie": VERSIE}
    assert [json.loads(line)[0] for line in lines[1:]] == ["a.toml", "b.toml"]
    assert json.loads(lines[1])[1]["samenvatting"]["titel"] == "a"
    for broken in (
        lines[:2] + ['{"b.toml": 1, "x": 2}'],  # not [name, summary]
        lines[:2] + ['["b.toml", [1]]'],
        lines[:2] + ["[kapot"],
        [json.dumps({"versie": [3, CONTENT.versie], "bestanden": dict(json.loads(line) for line in lines[1:])})],
    ):
        (tmp_path / INDEX_NAME).write_text("\n".join(broken) + "\n", encoding="utf-8")
        loads = count_loads(monkeypatch)
        assert overview(tmp_path, CONTENT) == first
        assert loads == ["a.toml", "b.toml"]  # read again, and the index written whole again
        monkeypatch.undo()
        assert cached(tmp_path).keys() == {"a.toml", "b.toml"}


@pytest.mark.parametrize("br", ["\u2028", "\u2029", "\x85", "\n", "\r", "\x1c"])
def test_a_title_with_a_line_break_keeps_the_index(tmp_path, monkeypatch, br):
    """JSON writes U+2028, U+2029 and U+0085 as they are: the index ends its lines at '\\n'
    only, so such a title neither breaks its line nor makes every list read all files again."""
    save_session(session(people(1), titel=f"voor{br}na"), tmp_path / "a.toml", CONTENT)
    save_session(session(people(1), titel="gewoon"), tmp_path / "b.toml", CONTENT)
    first = overview(tmp_path, CONTENT)
    loads = count_loads(monkeypatch)
    assert overview(tmp_path, CONTENT) == first
    assert loads == []
    assert cached(tmp_path)["a.toml"]["samenvatting"]["titel"] == f"voor{br}na"


def test_blank_lines_in_the_index_are_passed_by(tmp_path, monkeypatch):
    save_session(session(people(1)), tmp_path / "a.toml", CONTENT)
    first = overview(tmp_path, CONTENT)
    text = (tmp_path / INDEX_NAME).read_text(encoding="utf-8")
    (tmp_path / INDEX_NAME).write_text(text.replace("\n", "\n\n \n"), encoding="utf-8")
    loads = count_loads(monkeypatch)
    assert overview(tmp_path, CONTENT) == first
    assert loads == []


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
    before = cached(tmp_path)
    save_session(session(people(2), titel="open"), tmp_path / "b.toml", CONTENT)  # changed since
    loads = count_loads(monkeypatch)
    found = index.sessions_of_municipality(tmp_path, "Teststad", CONTENT, exclude=tmp_path / "b.toml")
    assert [path.name for path, _ in found] == ["a.toml", "c.toml"]
    assert loads == ["a.toml", "c.toml"]  # the two found, loaded in full; b not at all
    assert cached(tmp_path)["b.toml"] == before["b.toml"]


def test_an_overview_told_to_stop_returns_what_it_read_and_leaves_the_cache(tmp_path, monkeypatch):
    """The app quits while a thread reads a large folder: the read stops at the next file."""
    for name in ("a", "b", "c"):
        save_session(session(people(2), titel=name), tmp_path / f"{name}.toml", CONTENT)
    loads = count_loads(monkeypatch)
    read = overview(tmp_path, CONTENT, stop=lambda done, total: len(loads) >= 1)
    assert [entry.path.name for entry in read] == ["a.toml"] and loads == ["a.toml"]
    assert not (tmp_path / INDEX_NAME).exists()  # a partial read is no index
    assert index.sessions_of_municipality(tmp_path, "Teststad", CONTENT, stop=lambda: True) == []


def test_opening_a_session_loads_only_the_plan_to_review(tmp_path, monkeypatch):
    """The plan to review is the newest earlier plan of the municipality; the summaries say
    which files may hold it, so only that one is loaded: not the sessions without a plan,
    not later ones, not another municipality's (a folder of 1,000 once loaded all 1,000)."""
    from datetime import date

    from workshop.domain.model import Actie

    def held(name: str, day: date, plan: bool, gemeente: str = "Teststad") -> None:
        sessie = session(people(1), gemeente=gemeente, titel=name, datum=day)
        sessie.actieplan = [Actie("feedback-geven", "Griffier")] if plan else []
        save_session(sessie, tmp_path / f"{name}.toml", CONTENT)

    held("jan", date(2026, 1, 5), plan=True)
    held("mrt", date(2026, 3, 5), plan=True)  # the one
    held("apr", date(2026, 4, 5), plan=False)
    held("apr-elders", date(2026, 4, 6), plan=True, gemeente="Elders")
    held("jul", date(2026, 7, 5), plan=True)  # after the open session
    current = session(people(1), titel="mei", datum=date(2026, 5, 5))
    save_session(current, tmp_path / "mei.toml", CONTENT)
    overview(tmp_path, CONTENT)  # the index, as the picker leaves it
    loads = count_loads(monkeypatch)
    found = index.latest_plan(tmp_path, current, CONTENT, exclude=tmp_path / "mei.toml")
    assert found.path.name == "mrt.toml" and found.sessie.titel == "mrt"
    assert loads == ["mrt.toml"]
    assert index.latest_plan(tmp_path, current, CONTENT, stop=lambda: True) is None
    first = session(people(1), titel="dec", datum=date(2025, 12, 1))
    assert index.latest_plan(tmp_path, first, CONTENT) is None  # nothing earlier has a plan


def test_a_summary_that_cannot_say_when_is_checked_in_its_file(tmp_path, monkeypatch):
    """A cache edited by hand (a date that is no date): its file is loaded and decides."""
    from datetime import date

    from workshop.domain.model import Actie

    earlier = session(people(1), titel="mrt", datum=date(2026, 3, 5))
    earlier.actieplan = [Actie("feedback-geven", "Griffier")]
    save_session(earlier, tmp_path / "mrt.toml", CONTENT)
    overview(tmp_path, CONTENT)
    cache = cached(tmp_path)
    cache["mrt.toml"]["samenvatting"]["datum"] = "[red]gisteren"
    write_cached(tmp_path, cache)
    loads = count_loads(monkeypatch)
    current = session(people(1), titel="mei", datum=date(2026, 5, 5))
    assert index.latest_plan(tmp_path, current, CONTENT).path.name == "mrt.toml"
    assert loads == ["mrt.toml"]
    later = session(people(1), titel="jan", datum=date(2026, 1, 5))
    assert index.latest_plan(tmp_path, later, CONTENT) is None  # its file says: after, not before
