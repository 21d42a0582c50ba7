"""A file that `workshop check` passes opens, compares, reports and exports without error,
and the app never saves a file it would refuse to read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from app_harness import make_app
from helpers import CONTENT, NOW, people, run, session

from workshop.files.demo import demo_file
from workshop.files.open_session import OpenSession
from workshop.files.store import MAX_BYTES, load_session, save_session

DEMO = demo_file().read_text(encoding="utf-8")


def edited(*changes: tuple[str, str]) -> str:
    text = DEMO
    for old, new in changes:
        assert re.search(old, text, flags=re.M), old
        text = re.sub(old, new.replace("\\", "\\\\"), text, count=1, flags=re.M)
    return text


def without_participants() -> str:
    head, _, tail = DEMO.partition("[[deelnemers]]")
    return head.replace('vraag = "stemmen-langs-coalitie-oppositie"\ndeelnemer = "d1"\n', "") + (
        "[[actieplan]]" + tail.partition("[[actieplan]]")[2]
    )


# Valid, but unusual: each one a way in which a file typed or edited by hand differs.
UNUSUAL = {
    "tijd-zonder-zone": edited(
        (r"^aangemaakt = .*$", "aangemaakt = 2026-10-12T19:00:00"),
        (r"^bijgewerkt = .*$", "bijgewerkt = 2026-10-12 21:30:00"),
    ),
    "verre-zones": edited(
        (r"^aangemaakt = .*$", "aangemaakt = 2026-10-12T19:00:00+14:00"),
        (r"^bijgewerkt = .*$", "bijgewerkt = 2026-10-12T19:00:00-12:00"),
    ),
    "jaar-een": edited((r"^datum = .*$", "datum = 0001-01-01"), (r"^deadline = .*$", "deadline = 9999-12-31")),
    "lege-teksten": edited((r'^gemeente = ".*"$', 'gemeente = ""'), (r'^titel = ".*"$', 'titel = ""')),
    "stuurtekens": edited(
        (r'^gemeente = ".*"$', r'gemeente = "Linden\u0000dal\u001b[2J"'),
        (r'^naam = ".*"$', r'naam = "Marieke\u0007 [/] \u202eJansen"'),
    ),
    "andere-inhoud": edited(
        (r'^inhoud_versie = ".*"$', 'inhoud_versie = "1999.1"'),
        (r"^\[normen\]$", '[normen]\nvraag-van-vroeger = "soms"'),
        (r"^\[notities\]$", '[notities]\nvraag-van-vroeger = "een notitie"'),
        (r'^vraag = ".*"$', 'vraag = "vraag-van-vroeger"'),
        (r"^\[deelnemers.antwoorden\]$", '[deelnemers.antwoorden]\nvraag-van-vroeger = "nooit"'),
    ),
    "geen-deelnemers": without_participants(),
    "fase-nul": edited((r"^fase = 2$", "fase = 0")),
}


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = tmp_path / "sessions"
    folder.mkdir()
    for name, text in UNUSUAL.items():
        (folder / f"{name}.toml").write_text(text, encoding="utf-8")
    return folder


def test_every_unusual_file_passes_check(capsys, folder):
    code, out, err = run(capsys, "check", *map(str, sorted(folder.iterdir())))
    assert (code, err) == (0, "")
    assert out.count(": in orde") == len(UNUSUAL) + 1  # and the demo


@pytest.mark.parametrize("name", list(UNUSUAL))
def test_what_check_passes_reports_exports_and_compares(capsys, folder, name):
    path = str(folder / f"{name}.toml")
    others = [str(p) for p in sorted(folder.iterdir()) if p.name != f"{name}.toml"]
    for command in (
        ["report", path],
        ["export", path, "--csv"],
        ["compare", path, str(demo_file())],
        ["compare", path, *others, "--format", "md"],
        ["report", path, "--compare", *others],
        ["list", "--sessions", str(folder)],
    ):
        code, _, err = run(capsys, *command)
        assert (code, err) == (0, ""), command


async def test_what_check_passes_opens_in_the_app_on_every_step(folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in UNUSUAL:
        app = make_app(tmp_path, Path("sessions") / f"{name}.toml")
        async with app.run_test(size=(120, 36)) as pilot:
            for key in ("f2", "f3", "f4", "f5", "f6", "f9"):
                await pilot.press(key)
                await pilot.pause()
        assert app.return_code in (None, 0), name


def test_times_without_a_zone_and_with_one_compare(folder):
    naive = load_session(folder / "tijd-zonder-zone.toml", CONTENT)
    far = load_session(folder / "verre-zones.toml", CONTENT)
    assert naive.aangemaakt.tzinfo is not None
    assert sorted([naive, far], key=lambda s: (s.datum, s.aangemaakt))  # no TypeError


def test_a_change_that_makes_the_file_too_big_to_read_is_refused(tmp_path):
    path = tmp_path / "s.toml"
    save_session(session(people(1)), path, CONTENT)
    before = path.read_bytes()
    window = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    window.take_lock()
    window.sessie.notities = {CONTENT.vragen[0].id: "x" * MAX_BYTES}
    assert not window.save()
    assert "Opslaan geweigerd" in window.error and "te groot om weer te openen" in window.error
    assert path.read_bytes() == before  # unchanged on disk, the note still in memory
    assert window.sessie.notities[CONTENT.vragen[0].id] == "x" * MAX_BYTES
    window.sessie.notities = {CONTENT.vragen[0].id: "korter"}
    assert window.save() and load_session(path, CONTENT).notities == {CONTENT.vragen[0].id: "korter"}


def test_a_text_that_cannot_be_utf8_is_refused_not_a_crash(tmp_path):
    path = tmp_path / "s.toml"
    save_session(session(people(1)), path, CONTENT)
    window = OpenSession(load_session(path, CONTENT), path, CONTENT, lambda: NOW)
    window.take_lock()
    window.sessie.titel = "half \ud800 teken"  # a lone surrogate, as a broken paste may give
    assert not window.save() and "UTF-8" in window.error
