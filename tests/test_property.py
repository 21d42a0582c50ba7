"""Any session round-trips through save and load exactly: random participants, answers,
norms, notes and action plans, with any unicode."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from helpers import CONTENT, IDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from workshop.content.fields import Source
from workshop.domain.model import OMLAAG, OPZIJ, Actie, Positie, Sessie, Terugblik, new_session
from workshop.files.store import decode, encode, load_session, save_session

TEXT = st.text(max_size=80)  # every code point but lone surrogates, which no keyboard or file can hold
ZONES = st.sampled_from(
    [dt.timezone.utc, dt.timezone(dt.timedelta(hours=1)), dt.timezone(dt.timedelta(hours=-5, minutes=-30))]
)
MOMENTS = st.datetimes(min_value=dt.datetime(1990, 1, 1), max_value=dt.datetime(2100, 1, 1), timezones=ZONES)
DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
WORD = st.integers(1, 5)
QUESTIONS = st.sampled_from(IDS)
INSTRUMENTS = st.sampled_from([i.id for i in CONTENT.instrumenten])
STATUSES = st.sampled_from([s.id for s in CONTENT.statussen])


@st.composite
def sessions(draw) -> Sessie:
    sessie = new_session(
        gemeente=draw(TEXT),
        titel=draw(TEXT),
        datum=draw(DAYS),
        opzet=draw(st.sampled_from([o.id for o in CONTENT.opzetten])),
        begeleider=draw(TEXT),
        inhoud_versie=CONTENT.versie,
        now=draw(MOMENTS),
    )
    sessie.bijgewerkt = draw(MOMENTS)
    for _ in range(draw(st.integers(0, 6))):
        deelnemer = sessie.add_deelnemer(draw(TEXT), draw(st.sampled_from([r.id for r in CONTENT.rollen])))
        deelnemer.antwoorden = draw(st.dictionaries(QUESTIONS, WORD))
    sessie.normen = draw(st.dictionaries(QUESTIONS, WORD))
    sessie.notities = draw(st.dictionaries(QUESTIONS, st.text(max_size=300)))
    sessie.voorspelling = draw(st.none() | st.integers(0, len(IDS)))
    sessie.anoniem = draw(st.booleans())
    sessie.fase = draw(st.none() | st.integers(0, 3))
    sessie.fase_reden = draw(TEXT)
    sessie.kwadrant = draw(st.none() | st.sampled_from([k.id for k in CONTENT.kwadranten]))
    sessie.actieplan = draw(st.lists(st.builds(Actie, INSTRUMENTS, TEXT, st.none() | DAYS, STATUSES, TEXT), max_size=5))
    sessie.terugblik = draw(
        st.lists(
            st.builds(Terugblik, TEXT, st.integers(1, 50), INSTRUMENTS, STATUSES, TEXT, TEXT, st.none() | DAYS),
            max_size=3,
        )
    )
    sessie.onthuld = draw(st.sets(QUESTIONS))
    sessie.een_invuller = draw(st.booleans())
    if sessie.deelnemers and draw(st.booleans()):
        deelnemer = draw(st.sampled_from(sessie.deelnemers))
        sessie.positie = Positie(draw(QUESTIONS), deelnemer.id, draw(st.sampled_from([OMLAAG, OPZIJ])))
    return sessie


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_encode_then_decode_gives_the_same_session(sessie):
    """In memory: the bytes of the file, parsed back, are the same session."""
    assert decode(Source.parse("sessie.toml", encode(sessie, CONTENT)), CONTENT) == sessie


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sessions())
def test_save_then_load_gives_the_same_session(sessie):
    """And through the disk, as the app does it."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "sessie.toml"
        save_session(sessie, path, CONTENT)
        assert load_session(path, CONTENT) == sessie
