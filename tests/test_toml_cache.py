"""The parsed content kept between runs: never stale, never in the way."""

from __future__ import annotations

import tomllib

import pytest

from workshop.content import cache as toml_cache
from workshop.content import load_content
from workshop.content.fields import FormatError, Source
from workshop.locations import content_dir

TEXT = 'titel = "Bestuurscultuur"\n[[vragen]]\nid = "een"\nnummer = 1\n'


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("WORKSHOP_CACHE", str(folder))
    return folder


@pytest.fixture
def parses(monkeypatch) -> list[str]:
    """The texts that tomllib really parsed."""
    seen = []
    real = tomllib.loads

    def counted(text):
        seen.append(text)
        return real(text)

    monkeypatch.setattr(toml_cache.tomllib, "loads", counted)
    return seen


def test_a_text_is_parsed_once_and_then_read_from_the_cache(cache, parses):
    expected = {"titel": "Bestuurscultuur", "vragen": [{"id": "een", "nummer": 1}]}
    assert toml_cache.loads(TEXT) == expected
    assert toml_cache.loads(TEXT) == expected
    assert parses == [TEXT]
    assert len(list(cache.glob("*.marshal"))) == 1


def test_a_changed_text_is_parsed_again(cache, parses):
    toml_cache.loads(TEXT)
    changed = TEXT.replace("nummer = 1", "nummer = 2")
    assert toml_cache.loads(changed)["vragen"][0]["nummer"] == 2
    assert parses == [TEXT, changed]


def test_a_damaged_cache_file_is_a_miss(cache, parses):
    toml_cache.loads(TEXT)
    for kept in cache.glob("*.marshal"):
        kept.write_bytes(kept.read_bytes()[:7])  # cut short
    assert toml_cache.loads(TEXT)["titel"] == "Bestuurscultuur"
    assert len(parses) == 2


def test_without_a_writable_cache_everything_still_works(tmp_path, monkeypatch, parses):
    blocked = tmp_path / "een-bestand"
    blocked.write_text("geen map")
    monkeypatch.setenv("WORKSHOP_CACHE", str(blocked / "cache"))
    assert toml_cache.loads(TEXT)["titel"] == "Bestuurscultuur"
    assert toml_cache.loads(TEXT)["titel"] == "Bestuurscultuur"
    assert len(parses) == 2


def test_bad_toml_is_reported_with_its_line_and_never_cached(cache):
    with pytest.raises(FormatError) as problem:
        Source.parse("kapot.toml", b'titel = "x"\ntitel = "y"\n', loads=toml_cache.loads)
    assert str(problem.value).startswith("kapot.toml:2: geen geldig TOML")
    assert not list(cache.glob("*.marshal"))


def test_a_date_is_not_kept_but_still_read(cache):
    assert toml_cache.loads("datum = 2026-11-28\n")["datum"].isoformat() == "2026-11-28"
    assert not list(cache.glob("*.marshal"))


def test_the_content_from_the_cache_is_the_content_parsed(cache, parses):
    first = load_content(content_dir())
    assert len(parses) == 6
    assert load_content(content_dir()) == first
    assert len(parses) == 6  # all six files from the cache the second time


def test_a_cache_file_changed_inside_is_not_believed(cache, parses):
    toml_cache.loads(TEXT)
    for kept in cache.glob("*.marshal"):
        kept.write_bytes(kept.read_bytes().replace(b"Bestuurscultuur", b"Bestuurscultuux"))
    assert toml_cache.loads(TEXT)["titel"] == "Bestuurscultuur"
    assert len(parses) == 2
