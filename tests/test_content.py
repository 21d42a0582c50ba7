"""The handreiking as data: the facts of the source, and clear errors for broken files."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from helpers import CONTENT

from workshop import locations
from workshop.content import load_content, sort_key
from workshop.content.fields import FormatError
from workshop.content.load import FILES


def test_nineteen_questions_eleven_about_the_raad_and_eight_about_the_college():
    assert len(CONTENT.vragen) == 19
    assert len(CONTENT.vragen_in("raad")) == 11
    assert len(CONTENT.vragen_in("college")) == 8
    assert [v.nummer for v in CONTENT.vragen] == list(range(1, 20))


def test_exactly_one_desirable_statement():
    assert [v.tekst for v in CONTENT.vragen if v.gewenst] == ["De debatcultuur is erg op de inhoud gericht"]


def test_three_crisis_statements():
    assert [v.id for v in CONTENT.vragen if v.crisis] == [
        "vertrouwen-wethouder-opgezegd",
        "coalitie-valt-uiteen",
        "bestuurder-stapt-op",
    ]


def test_the_scale():
    assert [(w.waarde, w.woord) for w in CONTENT.schaal] == [
        (1, "altijd"),
        (2, "vaak"),
        (3, "geregeld"),
        (4, "soms"),
        (5, "nooit"),
    ]


def test_every_ladder_instrument_is_explained_and_every_instrument_is_on_the_ladder():
    on_ladder = {item for fase in CONTENT.fasen for item in fase.ladder}
    explained = {instrument.id for instrument in CONTENT.instrumenten}
    assert on_ladder == explained
    assert all(i.wat and i.hoe for i in CONTENT.instrumenten)


def test_alphabetical_order_within_each_phase():
    for fase in CONTENT.fasen:
        names = [CONTENT.instrument(i).naam for i in fase.ladder]
        assert names == sorted(names, key=sort_key), fase.naam


def test_the_ladder_is_cumulative():
    assert len(CONTENT.ladder(1)) == 14
    assert len(CONTENT.ladder(2)) == 19  # five new ones; the integriteitscommissie is already there
    assert len(CONTENT.ladder(3)) == 22
    assert {i.id for i in CONTENT.ladder(1)} < {i.id for i in CONTENT.ladder(2)} < {i.id for i in CONTENT.ladder(3)}
    assert [i.naam for i in CONTENT.ladder(3)][:3] == [
        "Aangifte doen",
        "Bespreekbaar maken van (gedrags)patronen",
        "Bestuurskrachtmeting",
    ]


def test_home_phases_follow_the_explanation():
    assert CONTENT.instrument("integriteitscommissie-instellen").fase == 1
    assert "integriteitscommissie-instellen" in CONTENT.fasen[1].ladder  # also on the phase-2 rung
    assert [i.id for i in CONTENT.instrumenten if i.fase == 3] == [
        "aangifte-doen",
        "cvdk-substantiele-hulp",
        "mediation",
    ]


def test_references_such_as_the_provinciewet():
    references = CONTENT.instrument("thematiek-ambtsbezoek-cvdk").verwijzingen
    assert any("182" in r and "Provinciewet" in r for r in references)


def test_the_other_parts_of_the_source():
    assert [s.titel for s in CONTENT.stappen] == [
        "Invullen van de vragenlijst",
        "Interpreteren van de vragenlijst",
        "Passende instrumenten vinden",
        "Inzet instrumenten (wat + hoe)",
        "Borgen en tips",
    ]
    assert {(k.rij, k.kolom) for k in CONTENT.kwadranten} == {
        ("bewust", "onbekwaam"),
        ("bewust", "bekwaam"),
        ("onbewust", "onbekwaam"),
        ("onbewust", "bekwaam"),
    }
    assert CONTENT.inleiding.tekst.startswith("De bestuurscultuur kan worden omschreven")
    assert CONTENT.onderstroom.tekst.startswith("De onderstroom geeft de grenzen aan")
    assert len(CONTENT.tips) == 5


OCR_ERRORS = [
    "invioed",
    "EIf ",
    "ledere",
    "creéren",
    "Driehoeksoverleqg",
    "substantiéle",
    "ambstbezoek",
    "¢",
    "CollegevanBen",
]


def test_no_ocr_errors_are_left_in_the_content():
    for name in FILES:
        text = (locations.content_dir() / f"{name}.toml").read_text(encoding="utf-8")
        for error in OCR_ERRORS:
            assert error not in text, (name, error)
    assert "college van Ben W" not in (locations.content_dir() / "instrumenten.toml").read_text(encoding="utf-8")


def test_the_repeated_fragment_at_the_end_is_gone():
    tekst = next(t for t in CONTENT.tips if t.id == "vertrouwenscommissie").tekst
    assert tekst.count("voldoende gezag") == 1


# --- broken content -----------------------------------------------------------------------


@pytest.fixture
def broken(tmp_path) -> Path:
    """A copy of the content folder to break."""
    folder = tmp_path / "content"
    shutil.copytree(locations.content_dir(), folder)
    return folder


def edit(folder: Path, name: str, old: str, new: str, count: int = 1) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def error_of(folder: Path) -> str:
    with pytest.raises(FormatError) as caught:
        load_content(folder)
    return str(caught.value)


def line_of(folder: Path, name: str, needle: str) -> int:
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def test_a_missing_field_names_file_line_and_field(broken):
    edit(broken, "vragenlijst.toml", 'polariteit = "ongewenst"\n', "", 1)
    header = line_of(broken, "vragenlijst.toml", 'id = "stemmen-langs')
    assert error_of(broken) == f"vragenlijst.toml:{header - 1}: vragen[1].polariteit: ontbreekt"


def test_a_duplicate_id(broken):
    edit(broken, "vragenlijst.toml", 'id = "coalitie-valt-uiteen"', 'id = "veel-fracties"')
    lines = (broken / "vragenlijst.toml").read_text(encoding="utf-8").splitlines()
    second = [number for number, line in enumerate(lines, 1) if line == 'id = "veel-fracties"'][1]
    assert error_of(broken) == f"vragenlijst.toml:{second}: vragen[7].id: dubbele id 'veel-fracties'"


def test_a_ladder_entry_naming_an_unknown_instrument(broken):
    edit(broken, "instrumenten.toml", '    "mediation",\n]', '    "mediation",\n    "koffie-drinken",\n]')
    message = error_of(broken)
    assert re.fullmatch(
        r"instrumenten\.toml:\d+: fasen\[3\]\.ladder: element 4: onbekend instrument 'koffie-drinken'", message
    )


def test_a_wrong_type(broken):
    edit(broken, "regels.toml", "discussiepunt_vanaf = 2", 'discussiepunt_vanaf = "twee"')
    line = line_of(broken, "regels.toml", "discussiepunt_vanaf")
    assert error_of(broken) == f"regels.toml:{line}: spreiding.discussiepunt_vanaf: moet geheel getal zijn, niet tekst"


def test_a_toml_syntax_error_gives_the_line_from_tomllib(broken):
    edit(broken, "tips.toml", 'id = "juniorenconvent"', 'id = "juniorenconvent')
    line = line_of(broken, "tips.toml", 'id = "juniorenconvent')
    assert error_of(broken).startswith(f"tips.toml:{line}: geen geldig TOML (")


def test_a_template_with_an_unknown_placeholder(broken):
    edit(broken, "regels.toml", "(fase {fase} vanaf {drempel})", "(fase {faze} vanaf {drempel})")
    assert "teksten.afwijkende_vragen: onbekend veld {faze}" in error_of(broken)


def test_a_missing_file(broken):
    (broken / "tips.toml").unlink()
    assert error_of(broken).endswith("tips.toml: kan niet gelezen worden: bestand bestaat niet")


def test_a_crisis_statement_must_be_undesirable(broken):
    edit(broken, "vragenlijst.toml", 'polariteit = "ongewenst"\ncrisis = true', 'polariteit = "gewenst"\ncrisis = true')
    assert "vragen[5].crisis: een crisisstelling beschrijft iets ongewensts" in error_of(broken)


# --- the handreiking's words, and the app's own -------------------------------------------


def test_the_short_labels_keep_the_qualifiers():
    short = {vraag.id: vraag.kort for vraag in CONTENT.vragen}
    assert "dreig" in short["vertrouwen-wethouder-opgezegd"] and "dreig" in short["bestuurder-stapt-op"]
    assert "pers" in short["negatieve-berichten-pers"] and "sociale media" in short["negatieve-berichten-pers"]
    assert "erg" in short["debat-op-inhoud"].split()


THE_APPS_WORDS_BROKEN = {
    "short label without a key word": (
        "vragenlijst.toml",
        'kort = "Bestuurder stapt op of dreigt ermee"',
        'kort = "Bestuurder stapt op"',
        "vragen[16].kort: mist ‘dreig’ uit de stelling; de korte naam moet de betekenis houden",
    ),
    "key word not in the statement": (
        "vragenlijst.toml",
        'kernwoorden = ["debat", "erg", "inhoud"]',
        'kernwoorden = ["debat", "heel"]',
        "vragen[19].kernwoorden: ‘heel’ staat niet in de stelling",
    ),
    "no key words": (
        "vragenlijst.toml",
        'kernwoorden = ["debat", "erg", "inhoud"]',
        "kernwoorden = []",
        "vragen[19].kernwoorden: minstens één nodig: de woorden die de betekenis dragen",
    ),
    "own field that does not exist": (
        "tips.toml",
        'velden = ["tips.titel"]',
        'velden = ["tipz.titel"]',
        "eigen: velden[1]: ‘tipz.titel’ staat niet in dit bestand",
    ),
    "phase 3 from counting": (
        "regels.toml",
        "fase = 3\n",
        "fase = 3\nafwijkende_vragen_vanaf = 8\n",
        "voorstel: fase 3 komt alleen uit een crisissignaal, nooit uit tellen",
    ),
    "rung out of alphabetical order": (
        "instrumenten.toml",
        '    "cvdk-advies",\n    "cultuurtraject-starten",',
        '    "cultuurtraject-starten",\n    "cvdk-advies",',
        "fasen[2].ladder: niet alfabetisch, zoals de handreiking de ladder drukt",
    ),
}


@pytest.mark.parametrize(("name", "old", "new", "message"), THE_APPS_WORDS_BROKEN.values(), ids=THE_APPS_WORDS_BROKEN)
def test_content_that_would_change_the_handreikings_meaning_is_refused(broken, name, old, new, message):
    edit(broken, name, old, new)
    assert error_of(broken).endswith(message)


def test_the_apps_own_texts_are_named_in_content():
    assert {"vragen.kort", "kwadranten.uitleg", "tips.titel", "geen_aanleiding", "teksten"} <= CONTENT.eigen
    assert CONTENT.eigen_mark("kwadranten.uitleg") == "(uitleg van deze app)"
    assert CONTENT.eigen_mark("stappen.tekst") == ""  # the handreiking's own words


def test_the_questionnaire_title_and_the_ladders_own_names():
    assert CONTENT.vragenlijst_titel == "Vragenlijst: basis voor het goede gesprek"
    assert CONTENT.instrument("cvdk-advies").naam == "CdK verzoeken om advies"
    assert CONTENT.instrument("cvdk-advies").toelichting_naam == "Inwinnen van advies bij de CvdK"
    assert [CONTENT.instrument(i).naam for i in CONTENT.fasen[1].ladder][:3] == [
        "Bestuurskrachtmeting",
        "CdK verzoeken om advies",
        "Cultuurtraject starten",
    ]
    assert CONTENT.fase_naam(0) == "Geen aanleiding gezien"
