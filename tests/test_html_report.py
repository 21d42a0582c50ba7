"""The report and the comparison as a web page for the griffier: well-formed, self-contained,
the same words and numbers as the Markdown report (one function supplies both), nothing of a
participant in the anonymous mode, text from people as text; and Chromium prints it to a few
pages that are not blank."""

from __future__ import annotations

import os
import re
import subprocess
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from browser import chromium, need
from helpers import CONTENT, people, round_one, round_two, session

from workshop.domain.compare import HANDREIKING, compare_sessions
from workshop.domain.rules import revealed_results
from workshop.files.demo import load_demo
from workshop.output.comparison import compare_html
from workshop.output.report import html_report, report

VOID = {"meta", "br", "img", "input", "link", "hr", "circle", "line", "path", "rect", "polyline"}
README_IMAGE = Path(__file__).parent / "images" / "verslag-a4-pagina-2.png"


class Checked(HTMLParser):
    """Every element closed in order; the text; every attribute that could load something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.text: list[str] = []
        self.links: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.links += [value or "" for name, value in attrs if name in ("src", "href", "srcset", "action")]
        if tag not in VOID:
            self.open.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.tags.add(tag)

    def handle_endtag(self, tag):
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes {self.open[-1:] or 'nothing'}")
        else:
            self.open.pop()

    def handle_data(self, data):
        self.text.append(data)


def checked(page: str) -> Checked:
    parser = Checked()
    parser.feed(page)
    parser.close()
    assert parser.problems == [] and parser.open == [], (parser.problems, parser.open)
    assert page.startswith("<!DOCTYPE html>")
    return parser


def self_contained(page: str, parser: Checked) -> None:
    assert parser.links == []  # no src, href or action at all: nothing to load
    assert not {"script", "iframe", "object", "embed", "img", "link"} & parser.tags
    assert not re.search(r"(?i)(https?:)?//[a-z0-9.-]+\.[a-z]", page.replace("http://www.w3.org/2000/svg", ""))
    assert "url(" not in page and "@import" not in page


def test_the_demo_report_is_well_formed_self_contained_and_says_what_markdown_says():
    sessie = load_demo(CONTENT)
    page = html_report(sessie, CONTENT)
    parser = checked(page)
    self_contained(page, parser)
    words = unescape(" ".join(parser.text))
    for vraag in CONTENT.vragen:
        assert vraag.tekst in words
    markdown = report(sessie, CONTENT)
    assert set(re.findall(r"\d+", markdown)) <= set(re.findall(r"\d+", words))
    for line in ("Lindendal: Heisessie raad en college", "Datum: 12-10-2026", "Begeleider: Lotte Bakker"):
        assert line in words and line in markdown
    for uitslag in revealed_results(sessie, CONTENT):  # each chart's numbers, in words beside it
        counts = ", ".join(f"{p.woord} {c}" for p, c in zip(CONTENT.schaal, uitslag.telling.counts))
        assert counts in words
    assert words.count("norm: ") >= 19  # the norm marked on every bar, and said


def test_the_review_of_an_earlier_plan_is_in_the_page_with_its_numbers():
    """A table cell may be a number (the action's position in the earlier plan)."""
    from workshop.domain.model import Terugblik

    sessie = session(people(2))
    sessie.terugblik = [Terugblik("ronde-1.toml", 2, "feedback-geven", "gedaan", "klaar <b>")]
    page = html_report(sessie, CONTENT)
    words = unescape(" ".join(checked(page).text))
    assert "Terugblik op het vorige actieplan" in words and "klaar <b>" in words
    assert '<td class="getal">2</td>' in page


def test_the_anonymous_report_names_no_participant_and_no_role():
    sessie = session([("Marieke Jansen", "burgemeester"), ("Ahmed El Idrissi", "wethouder"), *people(3)])
    sessie.anoniem = True
    page = html_report(sessie, CONTENT)
    checked(page)
    for leak in ("Marieke", "Idrissi", "Persoon 1", ">Burgemeester<", ">Wethouder<", ">Raadslid coalitie<", ">Rol<"):
        assert leak not in page  # (the questions themselves speak of wethouders)
    assert "5 deelnemers, anoniem: dit verslag noemt geen namen en rollen." in page


def test_markup_and_control_characters_from_people_stay_text():
    sessie = session([("<b>Jan</b> [/] \x1b[31mrood", "wethouder")], gemeente="<script>alert(1)</script>")
    sessie.titel = "Raad & \x07college"
    page = html_report(sessie, CONTENT)
    parser = checked(page)
    assert "<script" not in page and "<b>Jan" not in page and "\x1b" not in page and "\x07" not in page
    words = " ".join(parser.text)
    assert "<script>alert(1)</script>" in words and "<b>Jan</b> [/] ␛[31mrood" in words and "Raad & ␇college" in words


def test_the_comparison_page_has_a_trend_per_question_and_the_outcome_over_time():
    vergelijking = compare_sessions([round_one(), round_two()], CONTENT, ["een.toml", "twee.toml"])
    page = compare_html(vergelijking, CONTENT, HANDREIKING)
    parser = checked(page)
    self_contained(page, parser)
    assert page.count('<figure class="trend">') == len(CONTENT.vragen)
    words = unescape(" ".join(parser.text))
    assert "▼ slechter" in words and "Fase, landkaart en acties" in words
    for vraag in CONTENT.vragen:
        assert vraag.tekst in words


def test_chromium_prints_the_demo_to_a_few_pages_that_are_not_blank(tmp_path):
    page = tmp_path / "verslag.html"
    page.write_text(html_report(load_demo(CONTENT), CONTENT), encoding="utf-8")
    browser = chromium()
    pdf, png = tmp_path / "verslag.pdf", tmp_path / "scherm.png"
    common = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"]
    subprocess.run(
        [*common, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=60,
    )
    subprocess.run(
        [*common, f"--screenshot={png}", "--window-size=1000,1400", page.as_uri()],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert png.stat().st_size > 20_000
    pages = int(re.search(r"Pages:\s+(\d+)", pdfinfo(pdf)).group(1))
    assert 3 <= pages <= 6
    for number in (1, 2):
        ink = dark_share(pdf, number, tmp_path)
        assert 0.005 < ink < 0.5, (number, ink)  # text and bars, not an empty or a black page
    if os.environ.get("WORKSHOP_UPDATE_IMAGES"):  # the README's picture, updated on purpose
        subprocess.run(
            [
                "pdftoppm",
                "-r",
                "70",
                "-png",
                "-f",
                "2",
                "-l",
                "2",
                "-singlefile",
                str(pdf),
                str(README_IMAGE.with_suffix("")),
            ],
            check=True,
        )


def pdfinfo(pdf: Path) -> str:
    tool = "pdfinfo"
    if subprocess.run(["which", tool], capture_output=True).returncode:
        need("pdfinfo ontbreekt (apt-get install poppler-utils)")
    return subprocess.run([tool, str(pdf)], capture_output=True, text=True, check=True).stdout


def dark_share(pdf: Path, number: int, folder: Path) -> float:
    """The share of dark pixels on a page, from a grey image (PGM) that pdftoppm makes."""
    out = folder / f"pagina-{number}"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-f", str(number), "-l", str(number), "-singlefile", str(pdf), str(out)],
        check=True,
    )
    data = out.with_suffix(".pgm").read_bytes()
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    pixels = data[header.end() :]
    return sum(1 for value in pixels if value < 128) / len(pixels)
