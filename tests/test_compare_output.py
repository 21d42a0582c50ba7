"""The comparison and the CSV export on the command line, checked cell by cell."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from helpers import CONTENT, IDS, MARCH_NEXT, answer, round_one, round_two, run, session
from rich.cells import cell_len

from workshop.files.store import save_session


@pytest.fixture
def rounds(tmp_path) -> tuple[Path, Path]:
    first, second = tmp_path / "r1.toml", tmp_path / "r2.toml"
    save_session(round_one(), first, CONTENT)
    save_session(round_two(), second, CONTENT)
    return first, second


def markdown_rows(text: str, heading: str) -> list[list[str]]:
    """The cells of the Markdown table whose header starts with `heading`."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {heading} |"))
    table = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        table.append([c.strip() for c in line.strip("|").split(" | ")])
    return [table[0], *table[2:]]


def test_compare_as_markdown(capsys, rounds):
    code, out, _ = run(capsys, "compare", str(rounds[1]), str(rounds[0]), "--format", "md")
    assert code == 0
    rows = markdown_rows(out, "Nr")
    assert rows[0] == [
        "Nr",
        "Vraag",
        "1: groep",
        "2: groep",
        "Richting",
        "Δ afwijking",
        "Δ spreiding",
        "1: telling",
        "2: telling",
    ]
    assert rows[1] == [
        "1",
        CONTENT.vragen[0].tekst,
        "vaak",
        "geregeld ▲",
        "▲ beter",
        "-1",
        "+1",
        "0·2·0·0·0",
        "0·0·1·1·0",
    ]
    assert rows[2][2:] == ["soms", "geregeld ▼", "▼ slechter", "+1", "-1", "0·0·0·1·1", "0·0·2·0·0"]
    assert rows[3][2:] == ["geregeld", "geregeld =", "= gelijk", "0", "-1", "0·0·1·0·1", "0·0·1·1·0"]
    assert rows[4][2:] == ["–", "vaak", "–", "–", "–", "–", "0·2·0·0·0"]
    outcome = markdown_rows(out, "Sessie")
    assert outcome[1] == ["1: 01-03-2026 Ronde 1", "Fase 2", "–", "Onbewust onbekwaam", "2", "1"]
    assert outcome[2] == ["2: 01-09-2026 Ronde 2", "Fase 2", "Fase 1", "Bewust onbekwaam", "0", "0"]


def test_compare_sorted_by_the_biggest_change_for_the_worse(capsys, rounds):
    _, out, _ = run(capsys, "compare", *map(str, rounds), "--format", "md", "--sort", "slechter")
    assert [row[0] for row in markdown_rows(out, "Nr")[1:5]] == ["2", "3", "1", "4"]


def test_compare_as_csv(capsys, rounds):
    code, out, _ = run(capsys, "compare", *map(str, rounds), "--format", "csv")
    assert code == 0
    rows = list(csv.reader(io.StringIO(out), delimiter=";"))
    assert rows[0][:6] == [
        "nummer",
        "vraag_id",
        "vraag",
        "1: 2026-03-01 Ronde 1: groepsantwoord",
        "1: 2026-03-01 Ronde 1: afwijking",
        "1: 2026-03-01 Ronde 1: spreiding",
    ]
    assert rows[0][-3:] == ["richting", "verschil afwijking", "verschil spreiding"]
    assert rows[1] == [
        "1", IDS[0], CONTENT.vragen[0].tekst,
        "vaak", "2", "0", "0", "2", "0", "0", "0",
        "geregeld", "1", "1", "0", "0", "1", "1", "0",
        "beter", "-1", "1",
    ]  # fmt: skip
    assert rows[4][3:11] == [""] * 8  # question 4: not in round 1
    assert len(rows) == 20


def test_a_single_session_or_a_bad_file_is_one_clear_line(capsys, rounds, tmp_path):
    assert run(capsys, "compare", str(rounds[0]))[2] == "workshop: vergelijken kan pas met twee of meer sessies\n"
    bad = tmp_path / "vreemd.toml"
    bad.write_text('[iets]\nanders = "dan een sessie"\n')
    code, out, err = run(capsys, "compare", str(rounds[0]), str(bad))
    assert (code, out) == (1, "")
    assert err == f"workshop: {bad}: geen sessiebestand van workshop (het veld 'schema' ontbreekt)\n"
    assert run(capsys, "compare", str(rounds[0]), str(rounds[0]))[2] == f"workshop: {rounds[0]} staat er twee keer in\n"
    assert bad.read_text() == '[iets]\nanders = "dan een sessie"\n'


def test_report_with_the_comparison(capsys, rounds):
    code, out, _ = run(capsys, "report", str(rounds[1]), "--compare", str(rounds[0]))
    assert code == 0
    assert out.startswith("# Lindendal: Ronde 2")
    assert "## Vergelijking van sessies" in out
    comparison = out.split("## Vergelijking van sessies")[1]
    assert markdown_rows(comparison, "Nr")[1][4] == "▲ beter"


LONG_TITLE = "Heisessie over de samenwerking tussen raad, college en griffie na de verkiezingen"


@pytest.fixture
def three_rounds(rounds) -> list[Path]:
    third = round_two()
    third.titel, third.datum = LONG_TITLE, MARCH_NEXT
    path = rounds[0].parent / "r3.toml"
    save_session(third, path, CONTENT)
    return [*rounds, path]


def test_a_piped_table_breaks_no_word_and_keeps_to_columns(capsys, monkeypatch, three_rounds):
    monkeypatch.setenv("COLUMNS", "100")
    code, out, _ = run(capsys, "compare", *map(str, three_rounds))
    assert code == 0
    lines = out.splitlines()
    assert max(cell_len(line) for line in lines) <= 100
    words = set(out.split())
    expected = {"afwijking", "spreiding", *LONG_TITLE.split()}
    expected |= {word for vraag in CONTENT.vragen[:4] for word in vraag.kort.split()}
    assert expected <= words, sorted(expected - words)  # a word broken over two lines is missing
    assert all(line == line.rstrip() for line in lines)


def test_a_piped_table_without_columns_is_not_wrapped(capsys, monkeypatch, three_rounds):
    monkeypatch.delenv("COLUMNS", raising=False)
    code, out, _ = run(capsys, "compare", *map(str, three_rounds))
    assert code == 0
    lines = out.splitlines()
    first = next(line for line in lines if CONTENT.vragen[0].tekst in line)  # the full question, on one line
    assert first.split()[-6:] == ["beter", "-1", "+1", "0·2·0·0·0", "0·0·1·1·0", "0·0·1·1·0"]
    assert f"3: 01-03-2027 {LONG_TITLE}" in lines[3]
    assert any(line.startswith(f" 3: 01-03-2027 {LONG_TITLE}  Fase 2") for line in lines)  # its outcome row
    assert all(line == line.rstrip() for line in lines)


NAMES = ["de Vries, Jan", 'Els "de Baas" Bakker', "regel één\nregel twee", "gewoon"]


def test_export_one_row_per_participant_and_question(capsys, tmp_path):
    sessie = session([(name, "wethouder") for name in NAMES])
    sessie.normen = {IDS[0]: 4}
    answer(sessie, IDS[0], [2, 4, None, 5])
    sessie.reveal(IDS)
    path = tmp_path / "s.toml"
    save_session(sessie, path, CONTENT)
    output = tmp_path / "antwoorden.csv"
    code, _, _ = run(capsys, "export", str(path), "--csv", "-o", str(output))
    assert code == 0
    raw = output.read_bytes()
    assert raw.startswith("\ufeff".encode())  # so that a spreadsheet reads UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert len(rows) == 4 * 19
    assert [row["deelnemer"] for row in rows[::19]] == NAMES  # commas, quotes and newlines survive
    first = rows[0]
    fields = ("vraag_id", "sectie", "antwoord", "waarde", "norm", "afwijking")
    assert tuple(first[field] for field in fields) == (IDS[0], "Raad", "vaak", "2", "soms", "2")
    assert (rows[38]["antwoord"], rows[38]["waarde"], rows[38]["afwijking"]) == ("", "", "")  # no answer
    assert rows[1]["norm"] == "" and rows[1]["afwijking"] == ""  # no norm for question 2
    assert first["rol"] == "Wethouder" and first["gemeente"] == "Teststad" and first["datum"] == "2026-11-28"


def test_export_in_anonymous_mode_has_labels_only(capsys, tmp_path):
    sessie = session([(name, "wethouder") for name in NAMES])
    sessie.anoniem = True
    path = tmp_path / "s.toml"
    save_session(sessie, path, CONTENT)
    _, out, _ = run(capsys, "export", str(path), "--csv")
    assert all(part not in out for part in ("Vries", "Bakker", "regel één", "gewoon"))
    rows = list(csv.DictReader(io.StringIO(out, newline=""), delimiter=";"))
    assert sorted({row["deelnemer"] for row in rows}) == ["Deelnemer 1", "Deelnemer 2", "Deelnemer 3", "Deelnemer 4"]


def test_export_needs_a_format_and_never_overwrites(capsys, tmp_path, rounds):
    assert (
        run(capsys, "export", str(rounds[0]))[2]
        == "workshop export: kies een formaat: --csv (zie 'workshop export --help')\n"
    )
    output = tmp_path / "bestaat.csv"
    output.write_text("eerder")
    code, _, err = run(capsys, "export", str(rounds[0]), "--csv", "-o", str(output))
    assert code == 1 and "bestaat al" in err
    assert output.read_text() == "eerder"
