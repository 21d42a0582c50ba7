"""Session files: round trips, atomic 0600 writes, safe names and a listing that carries on."""

from __future__ import annotations

import datetime as dt
import os
import stat

import pytest
from helpers import CONTENT, IDS, answer, people, session

from workshop.content.fields import FormatError
from workshop.domain.model import Actie, Positie, Terugblik
from workshop.files.index import overview
from workshop.files.store import (
    SaveError,
    encode,
    file_name,
    load_session,
    new_path,
    save_session,
    slug,
)

NASTY = [
    "aanhalingstekens \"zo\" en 'zo'",
    "regel één\nregel twee\r\nregel drie",
    "back\\slash \\n geen newline",
    "unicode: één, Ærø, 市役所, Ελλάδα",
    "emoji 🏛️👩‍⚖️",
    "rechts-naar-links \u202eدرس\u202c",
    "nul\x00teken en \x1b[31m escape",
    "x" * 10_000,
    "",
]


def full_session():
    sessie = session([(name, "raadslid-oppositie") for name in NASTY[:-1]] + [("", "anders")])
    sessie.gemeente = NASTY[4]
    sessie.titel = NASTY[7]
    sessie.begeleider = NASTY[1]
    sessie.normen = {IDS[0]: 4, IDS[18]: 2}
    sessie.voorspelling = 5
    sessie.notities = {IDS[0]: NASTY[1], IDS[3]: NASTY[2], IDS[5]: NASTY[7]}
    for index, vraag_id in enumerate(IDS[:5]):
        answer(sessie, vraag_id, [(index + n) % 5 + 1 for n in range(len(NASTY))])
    sessie.anoniem = True
    sessie.fase = 2
    sessie.fase_reden = NASTY[0]
    sessie.kwadrant = "bewust-onbekwaam"
    sessie.actieplan = [
        Actie("heidag-organiseren", NASTY[3], dt.date(2027, 1, 31), "lopend", NASTY[1]),
        Actie("mediation"),
    ]
    sessie.terugblik = [
        Terugblik("eerder.toml", 2, "feedback-geven", "gedaan", NASTY[5], NASTY[2], dt.date(2026, 3, 1))
    ]
    sessie.onthuld = {IDS[0], IDS[2]}
    sessie.een_invuller = True
    sessie.positie = Positie(IDS[3], "d2", "opzij")
    return sessie


def test_save_then_load_gives_an_equal_session(tmp_path):
    sessie = full_session()
    path = tmp_path / "s.toml"
    save_session(sessie, path, CONTENT)
    assert load_session(path, CONTENT) == sessie


def test_the_demo_round_trips_byte_for_byte(tmp_path, demo):
    path = tmp_path / "demo.toml"
    save_session(demo, path, CONTENT)
    assert path.read_bytes() == encode(load_session(path, CONTENT), CONTENT)
    assert load_session(path, CONTENT) == demo


def test_the_file_is_readable_words_and_slugs(tmp_path, demo):
    text = encode(demo, CONTENT).decode()
    assert 'stemmen-langs-coalitie-oppositie = "vaak"' in text
    assert 'gemeente = "Lindendal"' in text
    assert "schema = 3" in text and 'inhoud_versie = "2026.1"' in text


def test_files_are_0600_and_a_new_folder_is_0700(tmp_path):
    folder = tmp_path / "nieuw" / "sessies"
    path = folder / "s.toml"
    save_session(session(), path, CONTENT)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700


def test_a_failed_write_leaves_the_old_file_intact_and_no_temporary_file(tmp_path, monkeypatch):
    path = tmp_path / "s.toml"
    sessie = session(people(2))
    save_session(sessie, path, CONTENT)
    before = path.read_bytes()

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    sessie.titel = "Veranderd"
    with pytest.raises(SaveError, match="^Opslaan mislukt: de schijf is vol$"):
        save_session(sessie, path, CONTENT)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.toml"]


def test_a_read_only_folder_gives_a_clear_message(tmp_path, monkeypatch):
    # simulated: the tests may run as root, who can write in a read-only folder
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(SaveError, match=f"^Opslaan mislukt: geen schrijfrechten in de map {tmp_path}$"):
        save_session(session(), tmp_path / "s.toml", CONTENT)
    assert list(tmp_path.iterdir()) == []


def test_leftover_temporary_files_are_removed_at_the_next_save(tmp_path):
    path = tmp_path / "s.toml"
    leftover = tmp_path / ".s.toml.abc123.tmp"
    leftover.write_bytes(b"half")
    save_session(session(), path, CONTENT)
    assert not leftover.exists()
    assert [e.path.name for e in overview(tmp_path, CONTENT)] == ["s.toml"]  # hidden files are not sessions


def test_a_file_from_a_newer_schema_is_refused_and_never_overwritten(tmp_path):
    path = tmp_path / "s.toml"
    save_session(session(), path, CONTENT)
    newer = path.read_text().replace("schema = 3", "schema = 4")
    path.write_text(newer)
    with pytest.raises(FormatError, match="nieuwere versie van workshop"):
        load_session(path, CONTENT)
    with pytest.raises(SaveError, match="nieuwere versie"):
        save_session(session(), path, CONTENT)
    assert path.read_text() == newer


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("", "is leeg"),
        ("titel = [", "geen geldig TOML"),
        ('titel = "geen sessie"\n', "geen sessiebestand van workshop (het veld 'schema' ontbreekt)"),
    ],
)
def test_bad_files_give_one_clear_line(tmp_path, document, message):
    path = tmp_path / "s.toml"
    path.write_text(document)
    with pytest.raises(FormatError) as caught:
        load_session(path, CONTENT)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)
    assert path.read_text() == document


def test_an_unknown_answer_word_names_the_field_and_line(tmp_path, demo):
    path = tmp_path / "s.toml"
    save_session(demo, path, CONTENT)
    text = path.read_text().replace(
        'negatieve-berichten-pers = "geregeld"', 'negatieve-berichten-pers = "misschien"', 1
    )
    assert "misschien" in text
    path.write_text(text)
    line = text.splitlines().index('negatieve-berichten-pers = "misschien"') + 1
    with pytest.raises(FormatError) as caught:
        load_session(path, CONTENT)
    assert str(caught.value) == (
        f"{path}:{line}: deelnemers[1].antwoorden.negatieve-berichten-pers: moet een van 'altijd', 'vaak', "
        "'geregeld', 'soms', 'nooit' zijn, niet 'misschien'"
    )


def test_an_unknown_question_id(tmp_path, demo):
    path = tmp_path / "s.toml"
    save_session(demo, path, CONTENT)
    path.write_text(path.read_text().replace("[normen]\n", '[normen]\nbestaat-niet = "soms"\n'))
    with pytest.raises(FormatError, match=r"normen\.bestaat-niet: onbekende vraag"):
        load_session(path, CONTENT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Súdwest-Fryslân", "sudwest-fryslan"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c", "a-b-c"),
        ("nul\x00teken", "nul-teken"),
        ("🏛️", ""),
        ("x" * 100, "x" * 40),
    ],
)
def test_slugs_are_safe(text, expected):
    assert slug(text) == expected


def test_file_names_never_leave_the_folder(tmp_path):
    sessie = session(gemeente="../../..", titel="/etc/passwd\x00", datum=dt.date(2026, 1, 2))
    assert file_name(sessie) == "2026-01-02-etc-passwd.toml"
    sessie = session(gemeente="🏛️", titel="\u202e", datum=dt.date(2026, 1, 2))
    assert file_name(sessie) == "2026-01-02.toml"


def test_new_paths_are_unique(tmp_path):
    sessie = session(gemeente="Lindendal", titel="Ronde 1", datum=dt.date(2026, 3, 1))
    first = new_path(tmp_path, sessie)
    assert first.name == "lindendal-2026-03-01-ronde-1.toml"
    save_session(sessie, first, CONTENT)
    assert new_path(tmp_path, sessie).name == "lindendal-2026-03-01-ronde-1-2.toml"


def test_listing_reports_unreadable_files_and_carries_on(tmp_path, demo):
    save_session(demo, tmp_path / "a.toml", CONTENT)
    (tmp_path / "b.toml").write_bytes(b"\xff\xfe kapot")
    (tmp_path / "c.toml").mkdir()
    (tmp_path / "d.toml").symlink_to("/etc/passwd")
    (tmp_path / "notities.txt").write_text("geen sessie")
    entries = overview(tmp_path, CONTENT)
    assert [(e.path.name, e.samenvatting is not None) for e in entries] == [
        ("a.toml", True),
        ("b.toml", False),
        ("c.toml", False),
        ("d.toml", False),
    ]
    assert "geen geldige UTF-8-tekst" in entries[1].fout
    assert "is een map" in entries[2].fout
    assert "symbolische link" in entries[3].fout


def test_listing_a_missing_folder_is_empty(tmp_path):
    assert overview(tmp_path / "bestaat-niet", CONTENT) == []


def test_a_session_of_another_content_version_keeps_questions_this_version_lacks(tmp_path):
    sessie = session(people(1))
    answer(sessie, IDS[0], [2])
    path = tmp_path / "oud.toml"
    save_session(sessie, path, CONTENT)
    text = path.read_text().replace(f'{IDS[0]} = "vaak"', f'{IDS[0]} = "vaak"\nvervallen-vraag = "soms"')
    path.write_text(text)
    with pytest.raises(FormatError, match="vervallen-vraag: onbekende vraag"):
        load_session(path, CONTENT)  # the same content version: an unknown id is an error
    path.write_text(text.replace(f'inhoud_versie = "{CONTENT.versie}"', 'inhoud_versie = "2025.1"'))
    older = load_session(path, CONTENT)
    assert older.deelnemers[0].antwoorden == {IDS[0]: 2, "vervallen-vraag": 4}
    save_session(older, path, CONTENT)
    assert load_session(path, CONTENT) == older  # kept on the next save


def test_a_file_of_schema_1_is_read_without_the_end_marker(tmp_path, demo):
    """Schema 1 files were written before the end marker existed; they still open."""
    path = tmp_path / "oud.toml"
    save_session(demo, path, CONTENT)
    text = path.read_text().replace("schema = 3", "schema = 1").replace("een_invuller = ", "alles_tonen = ")
    old = text.replace('volgorde_sleutel = "5e1f0c2a9b7d3864"\n', "").replace("# einde van het sessiebestand\n", "")
    path.write_text(old)
    opened = load_session(path, CONTENT)
    assert opened.volgorde_sleutel != demo.volgorde_sleutel  # none in the file: a new one, saved with it
    opened.volgorde_sleutel = demo.volgorde_sleutel
    assert opened == demo
    path.write_text(old.replace("schema = 1", "schema = 2"))
    with pytest.raises(FormatError, match="is onvolledig, waarschijnlijk afgebroken"):
        load_session(path, CONTENT)


def test_a_file_of_schema_2_calls_the_one_filler_setting_alles_tonen(tmp_path, demo):
    path = tmp_path / "oud.toml"
    demo.een_invuller = True
    save_session(demo, path, CONTENT)
    path.write_text(path.read_text().replace("schema = 3", "schema = 2").replace("een_invuller =", "alles_tonen ="))
    assert load_session(path, CONTENT).een_invuller is True
    path.write_text(path.read_text().replace("schema = 2", "schema = 3"))  # not in a new file
    with pytest.raises(FormatError, match="voortgang.alles_tonen: onbekend veld"):
        load_session(path, CONTENT)
