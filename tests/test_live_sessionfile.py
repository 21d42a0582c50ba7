"""A phone's link in the session file: kept while joining is open, absent otherwise, and
older files (without it) still load."""

from __future__ import annotations

import pytest
from helpers import CONTENT, IDS, people, session

from workshop.content.fields import FormatError, Source
from workshop.domain.live import LiveRoom, device_hash
from workshop.files.store import decode, encode, load_session, save_session
from workshop.output.export import answers_csv
from workshop.output.report import report

HASH = device_hash("a" * 32)


def round_trip(sessie):
    data = encode(sessie, CONTENT)
    return decode(Source.parse("sessie.toml", data), CONTENT), data.decode()


def test_the_link_survives_a_save(tmp_path):
    sessie = session(people(1))
    room = LiveRoom(sessie, CONTENT)
    cookie = room.join(None)
    room.answer(cookie, IDS[0], 3)
    path = tmp_path / "sessie.toml"
    save_session(sessie, path, CONTENT)
    loaded = load_session(path, CONTENT)
    assert [d.apparaat for d in loaded.deelnemers] == ["", device_hash(cookie)]
    assert cookie not in path.read_text()  # only the hash, never the cookie
    assert LiveRoom(loaded, CONTENT).own_answers(cookie) == {IDS[0]: 3}


def test_no_link_no_field():
    sessie = session(people(2))
    loaded, text = round_trip(sessie)
    assert "apparaat" not in text
    assert all(d.apparaat == "" for d in loaded.deelnemers)


def test_closed_for_good_the_file_holds_no_link():
    sessie = session()
    room = LiveRoom(sessie, CONTENT)
    room.answer(room.join(None), IDS[0], 2)
    room.close_for_good()
    loaded, text = round_trip(sessie)
    assert "apparaat" not in text and loaded.deelnemers[0].apparaat == ""


OLDER = f"""\
schema = 3
inhoud_versie = "{CONTENT.versie}"
gemeente = "Teststad"
titel = "Ronde 1"
datum = 2026-11-28
opzet = "gezamenlijk"
begeleider = "Begeleider"
aangemaakt = 2026-11-28T10:00:00Z
bijgewerkt = 2026-11-28T10:00:00Z

[[deelnemers]]
id = "d1"
naam = "Persoon 1"
rol = "wethouder"

[deelnemers.antwoorden]
{IDS[0]} = "vaak"

# einde van het sessiebestand
"""


def test_an_older_file_without_it_loads():
    loaded = decode(Source.parse("oud.toml", OLDER.encode()), CONTENT)
    assert (loaded.deelnemers[0].naam, loaded.deelnemers[0].apparaat) == ("Persoon 1", "")
    assert loaded.deelnemers[0].antwoorden == {IDS[0]: 2}


def with_device(value: str, times: int = 1) -> bytes:
    sessie = session(people(times))
    for deelnemer in sessie.deelnemers:
        deelnemer.apparaat = HASH
    return encode(sessie, CONTENT).replace(HASH.encode(), value.encode())


@pytest.mark.parametrize("value", ["abc", HASH.upper(), HASH + "0", "z" * 64])
def test_a_malformed_link_is_refused(value):
    with pytest.raises(FormatError) as problem:
        decode(Source.parse("sessie.toml", with_device(value)), CONTENT)
    assert "apparaat" in str(problem.value)


def test_one_link_for_two_participants_is_refused():
    with pytest.raises(FormatError) as problem:
        decode(Source.parse("sessie.toml", with_device(HASH, times=2)), CONTENT)
    assert "andere deelnemer" in str(problem.value)


def test_the_report_and_the_export_hold_no_link():
    sessie = session(people(1))
    room = LiveRoom(sessie, CONTENT)
    cookie = room.join(None)
    room.answer(cookie, IDS[0], 3)
    digest = device_hash(cookie)
    for text in (report(sessie, CONTENT), answers_csv(sessie, CONTENT)):
        assert digest not in text and digest[:12] not in text and cookie not in text
        assert "apparaat" not in text.lower()
