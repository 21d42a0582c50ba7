"""What the command line writes: names and values with control characters are shown
visibly (never raw on a terminal or in a file), CSV cells never start a formula, a closed
pipe ends quietly, an unexpected error is one line and a log, and options may come before
the subcommand."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import CONTENT, IDS, answer, people, run, session

from workshop import cli
from workshop.files.store import load_session, save_session

RAW = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]")  # CR and LF are line ends
ESCAPE_TITLE = "\x1b]0;gekaapt\x07Raad"
BELL_NAME = "Piet\x07\x1b[2J"
FORMULA = '=HYPERLINK("http://x";"klik")'


def hostile_pair(folder: Path) -> tuple[Path, Path]:
    """Two rounds of one municipality, with escapes and a formula in names and titles."""
    paths = []
    for number in (1, 2):
        sessie = session([(BELL_NAME, "burgemeester"), (FORMULA, "griffier"), ("+31 6", "wethouder")])
        sessie.titel = f"{ESCAPE_TITLE} {number}"
        sessie.gemeente = "-Stad\x9b"
        sessie.begeleider = "@begeleider"
        sessie.normen = {vraag_id: 4 for vraag_id in IDS}
        answer(sessie, IDS[0], [2, 3, 5 - number])  # round 1: 2 3 4, round 2: 2 3 3
        sessie.notities = {IDS[0]: "regel 1\nregel 2\x1b[0m"}
        sessie.reveal(IDS)
        sessie.datum = sessie.datum.replace(month=number + 2)
        path = folder / f"ronde-{number}.toml"
        save_session(sessie, path, CONTENT)
        paths.append(path)
    return paths[0], paths[1]


def no_raw(text: str) -> None:
    text = text.replace("\r\n", "\n")  # CSV ends its lines so
    found = RAW.search(text)
    assert found is None, repr(text[max(0, found.start() - 20) : found.end() + 20])


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["report", "{one}"],
        ["report", "{two}", "--compare", "{one}"],
        ["compare", "{one}", "{two}"],
        ["compare", "{one}", "{two}", "--format", "md"],
        ["compare", "{one}", "{two}", "--format", "csv"],
        ["export", "{one}", "--csv"],
        ["check", "{one}", "{broken}"],
    ],
)
def test_no_control_character_reaches_the_terminal(capsys, tmp_path, command):
    one, two = hostile_pair(tmp_path)
    broken = tmp_path / "kapot\x1b[31m.toml"
    broken.write_text('schema = 2\ngemeente = "\x1b]0;x\x07"\n')
    args = [a.format(one=one, two=two, broken=broken) for a in command] + (
        ["--sessions", str(tmp_path)] * (command[0] == "list")
    )
    code, out, err = run(capsys, *args)
    no_raw(out)
    no_raw(err)
    if command[0] == "check":
        assert code == 1 and "kapot␛[31m.toml" in err
    else:
        assert code == 0
        assert "␛]0;gekaapt␇Raad" in out  # the title, visibly


@pytest.mark.parametrize("command", [["report", "{one}"], ["compare", "{one}", "{two}", "--format", "md"]])
def test_written_files_hold_no_control_character(capsys, tmp_path, command):
    one, two = hostile_pair(tmp_path)
    output = tmp_path / "uit.md"
    code, _, _ = run(capsys, *[a.format(one=one, two=two) for a in command], "-o", str(output))
    assert code == 0
    text = output.read_text(encoding="utf-8")
    no_raw(text)
    assert "␛]0;gekaapt␇Raad" in text


ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["report", "{demo}"],
        ["report", "{demo}", "--compare", "{earlier}"],
        ["compare", "{earlier}", "{demo}"],
        ["compare", "{earlier}", "{demo}", "--format", "md"],
    ],
)
def test_dates_are_dutch_except_in_file_names(capsys, tmp_path, command):
    run(capsys, "demo", "--sessions", str(tmp_path))
    demo = next(tmp_path.glob("*.toml"))  # lindendal-2026-10-12-….toml
    earlier = load_session(demo, CONTENT)
    earlier.datum = dt.date(2026, 3, 1)
    save_session(earlier, tmp_path / "eerder.toml", CONTENT)
    args = [a.format(demo=demo, earlier=tmp_path / "eerder.toml") for a in command]
    code, out, _ = run(capsys, *args, *["--sessions", str(tmp_path)] * (command[0] == "list"))
    assert code == 0
    assert "12-10-2026" in out
    assert ISO_DATE.search(out.replace(demo.name, "")) is None
    if command == ["report", "{demo}"]:
        assert "- Datum: 12-10-2026" in out
        assert "| Heidag organiseren | Burgemeester | 20-01-2027 |" in out  # a deadline


def test_a_compare_csv_keeps_iso_dates_for_the_spreadsheet(capsys, tmp_path):
    run(capsys, "demo", "--sessions", str(tmp_path))
    demo = next(tmp_path.glob("*.toml"))
    earlier = load_session(demo, CONTENT)
    earlier.datum = dt.date(2026, 3, 1)
    save_session(earlier, tmp_path / "eerder.toml", CONTENT)
    code, out, _ = run(capsys, "compare", str(tmp_path / "eerder.toml"), str(demo), "--format", "csv")
    assert code == 0
    assert "2: 2026-10-12 Heisessie raad en college: groepsantwoord" in out and "12-10-2026" not in out


def cells(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))


def test_the_csv_export_never_holds_a_live_formula(capsys, tmp_path):
    one, _ = hostile_pair(tmp_path)
    output = tmp_path / "antwoorden.csv"
    assert run(capsys, "export", str(one), "--csv", "-o", str(output))[0] == 0
    rows = cells(output.read_bytes())
    header, first = rows[0], rows[1]
    by_name = dict(zip(header, first))
    assert by_name["gemeente"] == "'-Stad�"  # a leading minus, and a C1 control made visible
    people_column = [row[header.index("deelnemer")] for row in rows[1:]]
    assert {"Piet␇␛[2J", "'" + FORMULA, "'+31 6"} == set(people_column)
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert by_name["waarde"] == "2"  # numbers stay numbers


def test_the_compare_csv_neutralises_titles_but_keeps_negative_numbers(capsys, tmp_path):
    one, two = hostile_pair(tmp_path)
    output = tmp_path / "vergelijking.csv"
    assert run(capsys, "compare", str(one), str(two), "--format", "csv", "-o", str(output))[0] == 0
    rows = cells(output.read_bytes())
    assert all(not cell.startswith(("=", "+", "@")) for row in rows for cell in row)
    header = rows[0]
    assert header[3].startswith("1: ") and "␛]0;gekaapt␇Raad 1" in header[3]
    # question 1: range 4 - 2 = 2, then 3 - 2 = 1; group answer geregeld both times, norm soms
    first = dict(zip(header, rows[1]))
    assert (first["verschil spreiding"], first["verschil afwijking"]) == ("-1", "0")


def test_a_closed_pipe_ends_quietly(tmp_path):
    for number in range(40):
        save_session(session(people(1), titel=f"Ronde {number}"), tmp_path / f"s{number}.toml", CONTENT)
    script = f"{sys.executable} -m workshop list --sessions {tmp_path} | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", script], capture_output=True, text=True)
    assert done.stdout.startswith("Gemeente")
    assert done.stderr == ""
    assert done.returncode in (0, cli.EXIT_PIPE_CLOSED)


def test_options_before_the_subcommand(capsys, tmp_path):
    run(capsys, "demo", "--sessions", str(tmp_path))
    after = run(capsys, "list", "--sessions", str(tmp_path))
    before = run(capsys, "--sessions", str(tmp_path), "list")
    also = run(capsys, f"--sessions={tmp_path}", "list")
    assert after == before == also and after[0] == 0 and "Lindendal" in after[1]


def test_an_unexpected_error_is_one_line_and_a_log(capsys, tmp_path, monkeypatch):
    def broken(args):
        raise RuntimeError("iets onvoorziens \x1b[2J")

    monkeypatch.setitem(cli.COMMANDS, "list", broken)
    code, out, err = run(capsys, "list")
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[0] == "workshop: onverwachte fout: RuntimeError: iets onvoorziens ␛[2J"
    log = Path(lines[1].removeprefix("workshop: de details staan in "))
    assert log.parent == tmp_path / "logboek"
    assert "Traceback" in log.read_text() and "RuntimeError" in log.read_text()
    assert stat.S_IMODE(os.stat(log).st_mode) == 0o600
    assert len(lines) == 2


def test_a_crash_inside_the_app_is_one_line_and_a_log(capsys, monkeypatch, tmp_path):
    report = "Traceback (most recent call last):\n  ...\nZeroDivisionError: division by zero\n"
    monkeypatch.setattr(cli, "_import_launch", lambda: lambda **options: (1, report))
    assert cli.main(["--demo", "--sessions", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("workshop: onverwachte fout in de app; de details staan in ")
    assert "Traceback" not in err
    log = Path(err.strip().rsplit(" ", 1)[1])
    assert log.read_text().endswith(report)


def test_the_app_keeps_its_error_report_off_the_terminal(tmp_path, monkeypatch):
    """launch() hands Textual a console of its own for the traceback, and returns its text."""
    from workshop.ui import launch
    from workshop.ui.app import WorkshopApp

    def crash(app):
        app.error_console.print("Traceback: kapot")

    monkeypatch.setattr(WorkshopApp, "run", crash)
    monkeypatch.setattr(WorkshopApp, "return_code", property(lambda app: 1))
    code, report = launch.launch(sessions=tmp_path)
    import gc

    gc.unfreeze()
    assert code == 1 and "Traceback: kapot" in report


def test_the_app_runs_with_a_short_switch_interval_and_gives_it_back(tmp_path, monkeypatch):
    """While the app runs, a thread of its own (the writer encoding a large session, a folder
    being read) hands the interpreter back to the keys within 1 ms instead of Python's 5 ms;
    after the app, the interval is what it was."""
    import gc
    import sys

    from workshop.ui import launch
    from workshop.ui.app import WorkshopApp

    during = []
    monkeypatch.setattr(WorkshopApp, "run", lambda app: during.append(sys.getswitchinterval()))
    before = sys.getswitchinterval()
    launch.launch(sessions=tmp_path)
    gc.unfreeze()
    assert during == [pytest.approx(0.001)] and sys.getswitchinterval() == before != during[0]

    def crash(app):
        raise RuntimeError("kapot")

    monkeypatch.setattr(WorkshopApp, "run", crash)
    with pytest.raises(RuntimeError):
        launch.launch(sessions=tmp_path)
    gc.unfreeze()
    assert sys.getswitchinterval() == before  # also after an app that did not end well
