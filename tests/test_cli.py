"""The `workshop` command: one clear line and a non-zero exit for every problem."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest
from helpers import CONTENT, run

from workshop.cli import main
from workshop.ui.app import WorkshopApp


def test_help_and_version(capsys):
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert out.startswith("gebruik: workshop")
    for command in ("demo", "list", "check", "report"):
        assert f"  {command} " in out
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, "workshop 0.1.0\n")


def test_demo_writes_a_session_and_never_overwrites(capsys, tmp_path):
    path = tmp_path / "d.toml"
    code, out, _ = run(capsys, "demo", "-o", str(path))
    assert code == 0 and out == f"Voorbeeldsessie geschreven naar {path}\n"
    before = path.read_bytes()
    code, _, err = run(capsys, "demo", "-o", str(path))
    assert code == 1
    assert err == f"workshop: {path} bestaat al en wordt niet overschreven; kies een andere naam\n"
    assert path.read_bytes() == before


def test_demo_without_output_goes_to_the_sessions_folder(capsys, tmp_path):
    code, out, _ = run(capsys, "demo", "--sessions", str(tmp_path / "s"))
    assert code == 0
    assert (tmp_path / "s" / "lindendal-2026-10-12-heisessie-raad-en-college.toml").is_file()


def test_check_content_and_sessions(capsys, tmp_path):
    good = tmp_path / "d.toml"
    run(capsys, "demo", "-o", str(good))
    bad = tmp_path / "kapot.toml"
    bad.write_text('schema = 2\ngemeente = "X"\n')
    code, out, err = run(capsys, "check", str(good), str(bad), str(tmp_path / "weg.toml"))
    assert code == 1
    assert out.splitlines()[0] == "inhoud in orde: versie 2026.1, 19 vragen, 22 instrumenten, 5 tips"
    assert f"{good}: in orde" in out.splitlines()
    assert err.splitlines() == [
        f"workshop: {bad}: is onvolledig, waarschijnlijk afgebroken: "
        "de slotregel '# einde van het sessiebestand' ontbreekt",
        f"workshop: {tmp_path / 'weg.toml'}: bestand bestaat niet",
    ]
    code, _, _ = run(capsys, "check", str(good))
    assert code == 0


def test_list(capsys, tmp_path):
    run(capsys, "demo", "--sessions", str(tmp_path))
    (tmp_path / "kapot.toml").write_text("schema = ")
    code, out, _ = run(capsys, "list", "--sessions", str(tmp_path))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == [
        "Gemeente",
        "Titel",
        "Datum",
        "Deelnemers",
        "Beantwoord",
        "Indicatie",
        "fase",
        "Bestand",
    ]
    assert lines[1].startswith("ONLEESBAAR  ")
    assert "kapot.toml:1: geen geldig TOML" in lines[1]
    assert lines[2].split() == [
        "Lindendal",
        "Heisessie",
        "raad",
        "en",
        "college",
        "12-10-2026",
        "6",
        "100%",
        "Fase",
        "2",
        "lindendal-2026-10-12-heisessie-raad-en-college.toml",
    ]


def test_list_of_a_missing_folder(capsys, tmp_path):
    code, _, err = run(capsys, "list", "--sessions", str(tmp_path / "weg"))
    assert (code, err) == (1, f"workshop: {tmp_path / 'weg'}: map met sessies bestaat niet\n")


def test_list_uses_the_environment_variable(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKSHOP_SESSIONS", str(tmp_path))
    run(capsys, "demo")
    code, out, _ = run(capsys, "list")
    assert code == 0 and "Lindendal" in out


def test_report_has_every_question(capsys, tmp_path):
    path = tmp_path / "d.toml"
    run(capsys, "demo", "-o", str(path))
    code, out, _ = run(capsys, "report", str(path))
    assert code == 0
    for vraag in CONTENT.vragen:
        assert vraag.tekst in out


def test_report_to_a_file_never_overwrites_without_force(capsys, tmp_path):
    path = tmp_path / "d.toml"
    run(capsys, "demo", "-o", str(path))
    output = tmp_path / "verslag.md"
    output.write_text("eerder verslag")
    code, _, err = run(capsys, "report", str(path), "-o", str(output))
    assert code == 1 and "bestaat al" in err
    assert output.read_text() == "eerder verslag"
    code, _, _ = run(capsys, "report", str(path), "-o", str(output), "--force")
    assert code == 0 and output.read_text().startswith("# Lindendal: Heisessie raad en college")


def test_report_and_compare_as_a_web_page(capsys, tmp_path):
    """workshop report --html and workshop compare --html write one page each, never over a file."""
    path, later = tmp_path / "d.toml", tmp_path / "e.toml"
    run(capsys, "demo", "-o", str(path))
    run(capsys, "demo", "-o", str(later))
    page = tmp_path / "d.html"
    code, _, err = run(capsys, "report", str(path), "--html", "-o", str(page))
    assert code == 0 and f"Geschreven naar {page}" in err
    text = page.read_text()
    assert text.startswith("<!DOCTYPE html>") and text.count('<figure class="vraag">') == len(CONTENT.vragen)
    code, _, err = run(capsys, "report", str(path), "--html", "-o", str(page))
    assert code == 1 and "bestaat al" in err and page.read_text() == text
    code, out, _ = run(capsys, "compare", str(path), str(later), "--html")
    assert (
        code == 0 and out.startswith("<!DOCTYPE html>") and out.count('<figure class="trend">') == len(CONTENT.vragen)
    )
    code, out, _ = run(capsys, "report", str(later), "--compare", str(path), "--html")
    assert code == 0 and "Vergelijking van sessies" in out and out.count("<html") == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["report", "weg.toml"], "workshop: weg.toml: bestand bestaat niet\n"),
        (["report"], "workshop report: ontbreekt: SESSIE (zie 'workshop report --help')\n"),
        (["list", "--onzin"], "workshop list: onbekend argument: --onzin (zie 'workshop list --help')\n"),
    ],
)
def test_bad_input_gives_one_line(capsys, tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, *args)
    assert code in (1, 2)
    assert err == message
    assert list(tmp_path.iterdir()) == []  # nothing was written


def test_python_dash_m_and_no_traceback(tmp_path):
    environment = {**os.environ, "WORKSHOP_SESSIONS": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "workshop", "report", str(tmp_path / "weg.toml")],
        capture_output=True,
        text=True,
        env=environment,
    )
    assert done.returncode == 1
    assert done.stderr == f"workshop: {tmp_path / 'weg.toml'}: bestand bestaat niet\n"
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", [["--demo"], ["new"]])
def test_the_app_runs_with_the_garbage_collector_on(command, tmp_path, monkeypatch):
    """It is off only while Textual and the app are imported (a start-up measure)."""
    running = []
    monkeypatch.setattr(WorkshopApp, "run", lambda app: running.append(gc.isenabled()))
    try:
        assert main([*command, "--sessions", str(tmp_path)]) == 0
    finally:
        gc.unfreeze()
    assert running == [True]


def test_the_garbage_collector_is_on_again_when_the_app_cannot_start(tmp_path, monkeypatch, capsys):
    def broken(app, *args, **kwargs):
        raise RuntimeError("kapot")

    monkeypatch.setattr(WorkshopApp, "__init__", broken)
    assert main(["--demo", "--sessions", str(tmp_path)]) == 1
    assert gc.isenabled()
    assert "onverwachte fout: RuntimeError: kapot" in capsys.readouterr().err
