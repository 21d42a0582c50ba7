"""Hostile session files: each gives one clear line and a non-zero exit, shows as unreadable
in the picker, opens to its reason without a traceback, and is never changed.

The corpus is generated here, not committed as blobs.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from app_harness import Heard, make_app, picker_ready
from helpers import CONTENT, run

from workshop.files.demo import demo_file
from workshop.files.index import overview

DEMO = demo_file().read_text(encoding="utf-8")


def edited(old: str, new: str) -> str:
    assert old in DEMO, old
    return DEMO.replace(old, new, 1)


# name -> (bytes or a callable that makes the file at a path, the words the reason must hold)
CORPUS = {
    "leeg": (b"", "is leeg"),
    "afgebroken": (DEMO.encode()[: len(DEMO) // 2], "geen geldig TOML"),
    "binair": (bytes(range(256)) * 4, "geen geldige UTF-8-tekst"),
    "geen-utf8": ('gemeente = "Súdwest"\n'.encode("latin-1"), "geen geldige UTF-8-tekst"),
    "bom": (("\ufeff" + DEMO).encode(), "BOM"),
    "nul-byte": (DEMO.replace("gemeente", "gemeente\x00", 1).encode(), "geen geldig TOML"),
    "geen-sessie": (b'[iets]\nanders = "dan een sessie"\n', "geen sessiebestand van workshop"),
    "toekomst": (edited("schema = 3", "schema = 99").encode(), "nieuwere versie van workshop"),
    "schema-tekst": (edited("schema = 3", 'schema = "3"').encode(), "schema: moet geheel getal zijn, niet tekst"),
    "gemeente-getal": (edited('gemeente = "Lindendal"', "gemeente = 5").encode(), "gemeente: moet tekst zijn"),
    "datum-tekst": (edited("datum = 2026-10-12", 'datum = "gisteren"').encode(), "datum: moet datum zijn"),
    "anoniem-tekst": (edited("anoniem = false", 'anoniem = "ja"').encode(), "anoniem: moet true of false zijn"),
    "deelnemers-tekst": (
        edited("[[deelnemers]]", 'deelnemers = "veel"\n[[deelnemers_]]').encode(),
        "geen geldig TOML",
    ),
    "fase-tekst": (edited("fase = 2", 'fase = "twee"').encode(), "keuze.fase: moet geheel getal zijn, niet tekst"),
    "antwoord-getal": (
        edited(
            '[deelnemers.antwoorden]\nstemmen-langs-coalitie-oppositie = "vaak"',
            "[deelnemers.antwoorden]\nstemmen-langs-coalitie-oppositie = 2",
        ).encode(),
        "moet tekst zijn, niet geheel getal",
    ),
    "onbekend-woord": (
        edited(
            'stemmen-langs-coalitie-oppositie = "vaak"\nverstoorde',
            'stemmen-langs-coalitie-oppositie = "misschien"\nverstoorde',
        ).encode(),
        "niet 'misschien'",
    ),
    "onbekende-vraag": (edited("[notities]\n", '[notities]\nbestaat-niet = "x"\n').encode(), "onbekende vraag"),
    "dubbele-deelnemer": (edited('id = "d2"', 'id = "d1"').encode(), "dubbele deelnemer 'd1'"),
    "antwoorden-van-niemand": (
        edited("# einde", '[antwoorden.d99]\nstemmen-langs-coalitie-oppositie = "vaak"\n\n# einde').encode(),
        "antwoorden: onbekend veld",
    ),
    "positie-van-niemand": (edited('deelnemer = "d1"', 'deelnemer = "d99"').encode(), "onbekende deelnemer 'd99'"),
    "titel-ontbreekt": (edited('titel = "Heisessie raad en college"\n', "").encode(), "titel: ontbreekt"),
    "onbekend-veld": (
        edited("anoniem = false", 'anoniem = false\nwachtwoord = "geheim"').encode(),
        "wachtwoord: onbekend veld",
    ),
    "diep-genest": (b"a = " + b"[" * 100_000 + b"]" * 100_000, "geen geldig TOML"),
    "diepe-tabellen": (
        ("[" + ".".join(f"t{i}" for i in range(2000)) + "]\nx = 1\n").encode(),
        "geen sessiebestand van workshop",
    ),
    "vijftig-mb": (lambda path: path.write_bytes(b"#" * 50_000_000), "te groot"),
    "link-naar-passwd": (lambda path: path.symlink_to("/etc/passwd"), "symbolische link"),
    "map": (lambda path: path.mkdir(), "is een map"),
}


@pytest.fixture
def corpus(tmp_path) -> dict[str, Path]:
    folder = tmp_path / "sessions"
    folder.mkdir()
    paths = {}
    for name, (make, _) in CORPUS.items():
        path = folder / f"{name}.toml"
        make(path) if callable(make) else path.write_bytes(make)
        paths[name] = path
    return paths


def fingerprint(path: Path) -> bytes | str:
    if path.is_symlink():
        return "link:" + os.readlink(path)
    if path.is_dir():
        return "map"
    return path.read_bytes()


def test_the_corpus_is_large_enough():
    assert len(CORPUS) >= 20


@pytest.mark.parametrize("name", list(CORPUS))
def test_check_gives_one_clear_line(capsys, corpus, name):
    path = corpus[name]
    before = fingerprint(path)
    code, out, err = run(capsys, "check", str(path))
    assert code == 1
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"workshop: {path}")
    assert CORPUS[name][1] in lines[0]
    assert "Traceback" not in err + out
    code, out, err = run(capsys, str(path))  # opening it: the reason, not the app
    assert code == 1 and err == lines[0] + "\n"
    assert fingerprint(path) == before


def test_the_listing_marks_every_one_unreadable(corpus):
    entries = overview(next(iter(corpus.values())).parent, CONTENT)
    assert sorted(e.path.name for e in entries) == sorted(f"{name}.toml" for name in CORPUS)
    assert all(e.samenvatting is None and e.fout for e in entries)


def test_check_all_at_once_in_a_fresh_process(corpus):
    done = subprocess.run(
        [sys.executable, "-m", "workshop", "check", *map(str, corpus.values())], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert len(done.stderr.splitlines()) == len(CORPUS)
    assert "Traceback" not in done.stderr


async def test_the_picker_lists_them_and_opening_one_shows_the_reason(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = {name: fingerprint(path) for name, path in corpus.items()}
    app = make_app(tmp_path)
    heard = Heard()
    async with app.run_test(message_hook=heard, size=(120, 40)) as pilot:
        await picker_ready(pilot)
        table = app.screen.query_one("#sessions")
        assert table.row_count == len(CORPUS)
        assert all(table.cells(i)[0].startswith("⚠ ONLEESBAAR") for i in range(table.row_count))
        for _ in range(table.row_count):
            await pilot.press("enter", "down")
        await pilot.pause()
        assert app.current is None
        assert sum("is niet te openen" in n for n in heard.messages) == table.row_count
    assert {name: fingerprint(path) for name, path in corpus.items()} == before
