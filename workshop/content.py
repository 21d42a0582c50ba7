"""The handreiking as data: loads and validates content/*.toml into immutable records.

The records are NamedTuples, not frozen dataclasses: on Python 3.11 a frozen dataclass
compiles six methods when it is defined, 0.6 ms each class, and these are on the path of
every start of the app.

Pure Python: no textual, no rich. Every problem in a content file is a `FormatError`
that names the file, the line and the field.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

from workshop import locations, toml_cache
from workshop.atomic import Unreadable, read_file
from workshop.fields import Fields, FormatError, Source

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ONGEWENST, GEWENST = "ongewenst", "gewenst"
BEWUST, ONBEWUST, BEKWAAM, ONBEKWAAM = "bewust", "onbewust", "bekwaam", "onbekwaam"
PHASES = (1, 2, 3)


class Tekstblok(NamedTuple):
    titel: str
    tekst: str


class Stap(NamedTuple):
    nummer: int
    titel: str
    tekst: str


class Kwadrant(NamedTuple):
    id: str
    naam: str
    rij: str  # bewust / onbewust
    kolom: str  # bekwaam / onbekwaam
    uitleg: str


class Woord(NamedTuple):
    """One point of the five-point scale: 1 altijd ... 5 nooit."""

    waarde: int
    woord: str
    kort: str


class Sectie(NamedTuple):
    id: str
    naam: str


class Vraag(NamedTuple):
    id: str
    nummer: int  # 1-based position in the handreiking's order
    sectie: str
    tekst: str
    kort: str
    polariteit: str  # ongewenst / gewenst
    crisis: bool

    @property
    def gewenst(self) -> bool:
        return self.polariteit == GEWENST


class Fase(NamedTuple):
    nummer: int
    naam: str
    ladder: tuple[str, ...]  # instrument ids printed on this rung as its own entries


class Instrument(NamedTuple):
    id: str
    naam: str
    fase: int  # home phase: where the handreiking explains it
    wat: str
    hoe: str
    wie: tuple[str, ...]
    verwijzingen: tuple[str, ...]


class Tip(NamedTuple):
    id: str
    titel: str
    tekst: str


class Keuze(NamedTuple):
    """A named option: a role, a setting or an action status."""

    id: str
    naam: str


class Voorstelregel(NamedTuple):
    """When a phase is suggested; a threshold of None does not apply to that phase."""

    fase: int
    afwijkende_vragen_vanaf: int | None
    grote_afwijkingen_vanaf: int | None
    crisis_antwoord: int | None  # a group answer this often or more often on a crisis statement


# The placeholders each explanation template may use; checked on load, so a typo in
# content never becomes a crash in the meeting.
TEMPLATE_FIELDS: dict[str, frozenset[str]] = {
    "afwijkende_vragen": frozenset({"aantal", "beoordeeld", "fase", "drempel"}),
    "grote_afwijkingen": frozenset({"aantal", "stappen", "fase", "drempel"}),
    "crisis": frozenset({"vraag", "antwoord", "fase", "drempel"}),
    "geen_afwijking": frozenset(),
    "geen_normen": frozenset(),
    "geen_antwoorden": frozenset(),
    "kolom_bekwaam": frozenset({"aantal", "drempel"}),
    "kolom_onbekwaam": frozenset({"aantal", "drempel"}),
    "kolom_open": frozenset(),
    "rij_bewust": frozenset({"voorspelling", "aantal", "marge", "discussiepunten", "drempel"}),
    "rij_onbewust_voorspelling": frozenset({"voorspelling", "aantal", "marge"}),
    "rij_onbewust_discussie": frozenset({"discussiepunten", "drempel"}),
    "rij_open": frozenset(),
    "rij_zonder_normen": frozenset({"voorspelling"}),
    "rij_geen_antwoorden": frozenset({"voorspelling"}),
    "nog_verborgen": frozenset({"aantal"}),
}


# Words that follow a number in the templates, filled in as singular or plural.
PLURALS = {
    "aantal": ("vragen", "vraag", "vragen"),
    "discussiepunten": ("punten", "discussiepunt", "discussiepunten"),
}


class Regels(NamedTuple):
    discussiepunt_vanaf: int
    groot_vanaf: int
    voorstel: tuple[Voorstelregel, ...]  # highest phase first
    bekwaam_tot_en_met: int
    voorspelling_marge: int
    discussiepunten_minder_dan: int
    anoniem_groep_minstens: int
    teksten: tuple[tuple[str, str], ...]

    def tekst(self, key: str, **values: object) -> str:
        for number, word in PLURALS.items():
            if number in values:
                values[word[0]] = word[1] if values[number] == 1 else word[2]
        return dict(self.teksten)[key].format(**values)


@dataclass(frozen=True)
class Content:
    versie: str
    titel: str
    inleiding: Tekstblok
    onderstroom: Tekstblok
    stappen: tuple[Stap, ...]
    kwadranten: tuple[Kwadrant, ...]
    schaal: tuple[Woord, ...]
    secties: tuple[Sectie, ...]
    vragen: tuple[Vraag, ...]
    fasen: tuple[Fase, ...]
    instrumenten: tuple[Instrument, ...]
    toelichting: str  # the introduction to the explanation of the instruments
    geen_interventie: Tekstblok  # "phase 0": no question deviates from the norms
    tips: tuple[Tip, ...]
    regels: Regels
    rollen: tuple[Keuze, ...]
    opzetten: tuple[Keuze, ...]
    statussen: tuple[Keuze, ...]

    @cached_property
    def _vragen(self) -> dict[str, Vraag]:
        return {vraag.id: vraag for vraag in self.vragen}

    @cached_property
    def _instrumenten(self) -> dict[str, Instrument]:
        return {instrument.id: instrument for instrument in self.instrumenten}

    def vraag(self, vraag_id: str) -> Vraag:
        return self._vragen[vraag_id]

    def has_vraag(self, vraag_id: str) -> bool:
        return vraag_id in self._vragen

    def instrument(self, instrument_id: str) -> Instrument:
        return self._instrumenten[instrument_id]

    def has_instrument(self, instrument_id: str) -> bool:
        return instrument_id in self._instrumenten

    def woord(self, waarde: int) -> Woord:
        return self.schaal[waarde - 1]

    def waarde(self, woord: str) -> int | None:
        """The scale value of an answer word, or None for a word that is not on the scale."""
        for punt in self.schaal:
            if punt.woord == woord:
                return punt.waarde
        return None

    def sectie(self, sectie_id: str) -> Sectie:
        return next(sectie for sectie in self.secties if sectie.id == sectie_id)

    def vragen_in(self, sectie_id: str) -> tuple[Vraag, ...]:
        return tuple(vraag for vraag in self.vragen if vraag.sectie == sectie_id)

    def kwadrant(self, rij: str, kolom: str) -> Kwadrant:
        return next(k for k in self.kwadranten if k.rij == rij and k.kolom == kolom)

    def kwadrant_by_id(self, kwadrant_id: str) -> Kwadrant:
        return next(k for k in self.kwadranten if k.id == kwadrant_id)

    def naam(self, keuzes: Sequence[Keuze], keuze_id: str) -> str:
        return next((keuze.naam for keuze in keuzes if keuze.id == keuze_id), keuze_id)

    def fase_naam(self, fase: int) -> str:
        """'Fase 2', or for phase 0 'Geen interventie nodig'."""
        return self.geen_interventie.titel if fase == 0 else self.fasen[fase - 1].naam

    def ladder(self, fase: int) -> tuple[Instrument, ...]:
        """The cumulative rung: this phase's own instruments plus those of the lower phases,
        alphabetically, each once."""
        ids = {item for rung in self.fasen if rung.nummer <= fase for item in rung.ladder}
        return tuple(sorted((self.instrument(i) for i in ids), key=lambda i: sort_key(i.naam)))


def sort_key(name: str) -> str:
    """Alphabetical order as the handreiking uses it: case, accents and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() or ch == " ")


@functools.cache
def default_content() -> Content:
    return load_content(locations.content_dir())


FILES = ("handreiking", "vragenlijst", "instrumenten", "tips", "regels", "sessie")


def load_content(directory: Path) -> Content:
    sources = {name: _read(directory / f"{name}.toml") for name in FILES}
    handreiking = sources["handreiking"].fields()
    vragenlijst = sources["vragenlijst"].fields()
    instrumenten_file = sources["instrumenten"].fields()
    sessie = sources["sessie"].fields()

    schaal = _schaal(vragenlijst)
    secties = _keuzes(vragenlijst, "secties", Sectie)
    vragen = _vragen(vragenlijst, {sectie.id for sectie in secties})
    instrumenten = _instrumenten(instrumenten_file)
    fasen = _fasen(instrumenten_file, {instrument.id for instrument in instrumenten})
    return Content(
        versie=handreiking.text("versie", nonempty=True),
        titel=handreiking.text("titel", nonempty=True),
        inleiding=_tekstblok(handreiking.table("inleiding")),
        onderstroom=_tekstblok(handreiking.table("onderstroom")),
        stappen=_stappen(handreiking),
        kwadranten=_kwadranten(handreiking),
        schaal=schaal,
        secties=secties,
        vragen=vragen,
        fasen=fasen,
        instrumenten=instrumenten,
        toelichting=instrumenten_file.text("toelichting", nonempty=True),
        geen_interventie=_named_text(instrumenten_file.table("geen_interventie")),
        tips=tuple(
            Tip(f.text("id"), f.text("titel", nonempty=True), f.text("tekst", nonempty=True))
            for f in _unique(sources["tips"].fields(), "tips")
        ),
        regels=_regels(sources["regels"].fields(), schaal),
        rollen=_keuzes(sessie, "rollen"),
        opzetten=_keuzes(sessie, "opzetten"),
        statussen=_keuzes(sessie, "statussen"),
    )


MAX_CONTENT_BYTES = 1024 * 1024  # the content files are tens of kilobytes


def _read(path: Path) -> Source:
    try:
        raw = read_file(path, MAX_CONTENT_BYTES, follow_links=True)
    except Unreadable as problem:
        raise FormatError(str(path), f"kan niet gelezen worden: {problem}") from None
    return Source.parse(path.name, raw, loads=toml_cache.loads)


def _unique(parent: Fields, key: str) -> list[Fields]:
    """The array of tables `parent[key]`: at least one, each with a unique slug id."""
    tables = parent.tables(key)
    if not tables:
        raise parent.fail(key, "minstens één nodig")
    seen: set[str] = set()
    for table in tables:
        value = table.text("id", nonempty=True)
        if not SLUG.match(value):
            raise table.fail("id", f"'{value}' is geen geldige id (kleine letters, cijfers en '-')")
        if value in seen:
            raise table.fail("id", f"dubbele id '{value}'")
        seen.add(value)
    return tables


def _numbered(parent: Fields, key: str, numbers: Sequence[int]) -> list[Fields]:
    """The array of tables `parent[key]`, numbered exactly `numbers` in order."""
    tables = parent.tables(key)
    if len(tables) != len(numbers):
        raise parent.fail(key, f"precies {len(numbers)} nodig, niet {len(tables)}")
    for table, number in zip(tables, numbers):
        if table.integer("nummer") != number:
            raise table.fail("nummer", f"moet {number} zijn (in volgorde)")
    return tables


def _keuzes(fields: Fields, key: str, kind: type = Keuze) -> tuple:
    return tuple(kind(f.text("id"), f.text("naam", nonempty=True)) for f in _unique(fields, key))


def _named_text(fields: Fields) -> Tekstblok:
    return Tekstblok(fields.text("naam", nonempty=True), fields.text("uitleg", nonempty=True))


def _tekstblok(fields: Fields) -> Tekstblok:
    return Tekstblok(fields.text("titel", nonempty=True), fields.text("tekst", nonempty=True))


def _stappen(fields: Fields) -> tuple[Stap, ...]:
    return tuple(
        Stap(f.integer("nummer"), f.text("titel", nonempty=True), f.text("tekst", nonempty=True))
        for f in _numbered(fields, "stappen", range(1, 6))
    )


def _kwadranten(fields: Fields) -> tuple[Kwadrant, ...]:
    tables = _unique(fields, "kwadranten")
    result = tuple(
        Kwadrant(
            f.text("id"),
            f.text("naam", nonempty=True),
            f.choice("rij", (BEWUST, ONBEWUST)),
            f.choice("kolom", (BEKWAAM, ONBEKWAAM)),
            f.text("uitleg", nonempty=True),
        )
        for f in tables
    )
    cells = {(k.rij, k.kolom) for k in result}
    if len(result) != 4 or len(cells) != 4:
        raise fields.fail("kwadranten", "precies vier kwadranten nodig, elk met een andere rij en kolom")
    return result


def _schaal(fields: Fields) -> tuple[Woord, ...]:
    tables = fields.tables("schaal")
    if len(tables) != 5:
        raise fields.fail("schaal", f"precies 5 woorden nodig, niet {len(tables)}")
    woorden = []
    for expected, f in enumerate(tables, start=1):
        if f.integer("waarde") != expected:
            raise f.fail("waarde", f"moet {expected} zijn (de schaal loopt van 1 tot 5)")
        woorden.append(Woord(expected, f.text("woord", nonempty=True), f.text("kort", nonempty=True)))
    if len({w.woord for w in woorden}) != 5:
        raise fields.fail("schaal", "de vijf woorden moeten verschillen")
    return tuple(woorden)


def _vragen(fields: Fields, secties: set[str]) -> tuple[Vraag, ...]:
    tables = _unique(fields, "vragen")
    vragen = tuple(
        Vraag(
            id=f.text("id"),
            nummer=number,
            sectie=f.choice("sectie", sorted(secties)),
            tekst=f.text("tekst", nonempty=True),
            kort=f.text("kort", nonempty=True),
            polariteit=f.choice("polariteit", (ONGEWENST, GEWENST)),
            crisis=f.boolean("crisis"),
        )
        for number, f in enumerate(tables, start=1)
    )
    for vraag, f in zip(vragen, tables):
        if vraag.crisis and vraag.gewenst:
            raise f.fail("crisis", "een crisisstelling beschrijft iets ongewensts")
    return vragen


def _instrumenten(fields: Fields) -> tuple[Instrument, ...]:
    return tuple(
        Instrument(
            id=f.text("id"),
            naam=f.text("naam", nonempty=True),
            fase=f.integer("fase", minimum=1, maximum=len(PHASES)),
            wat=f.text("wat", nonempty=True),
            hoe=f.text("hoe", nonempty=True),
            wie=f.texts("wie"),
            verwijzingen=f.texts("verwijzingen"),
        )
        for f in _unique(fields, "instrumenten")
    )


def _fasen(fields: Fields, known: set[str]) -> tuple[Fase, ...]:
    fasen = []
    for f in _numbered(fields, "fasen", PHASES):
        ladder = f.texts("ladder")
        for index, instrument_id in enumerate(ladder):
            if instrument_id not in known:
                raise f.fail("ladder", f"element {index + 1}: onbekend instrument '{instrument_id}'")
        if len(set(ladder)) != len(ladder):
            raise f.fail("ladder", "een instrument staat twee keer op deze sport")
        fasen.append(Fase(f.integer("nummer"), f.text("naam", nonempty=True), ladder))
    return tuple(fasen)


def _regels(fields: Fields, schaal: tuple[Woord, ...]) -> Regels:
    woorden = [w.woord for w in schaal]
    voorstel = []
    for f in fields.tables("voorstel"):
        crisis = f.choice("crisis_antwoord", woorden, required=False)
        voorstel.append(
            Voorstelregel(
                fase=f.integer("fase", minimum=1, maximum=len(PHASES)),
                afwijkende_vragen_vanaf=f.integer("afwijkende_vragen_vanaf", required=False, minimum=1),
                grote_afwijkingen_vanaf=f.integer("grote_afwijkingen_vanaf", required=False, minimum=1),
                crisis_antwoord=woorden.index(crisis) + 1 if crisis else None,
            )
        )
    spreiding, afwijking = fields.table("spreiding"), fields.table("afwijking")
    landkaart, anonimiteit = fields.table("landkaart"), fields.table("anonimiteit")
    return Regels(
        discussiepunt_vanaf=spreiding.integer("discussiepunt_vanaf", minimum=1, maximum=4),
        groot_vanaf=afwijking.integer("groot_vanaf", minimum=1, maximum=4),
        voorstel=tuple(sorted(voorstel, key=lambda regel: -regel.fase)),
        bekwaam_tot_en_met=landkaart.integer("bekwaam_tot_en_met", minimum=0),
        voorspelling_marge=landkaart.integer("voorspelling_marge", minimum=0),
        discussiepunten_minder_dan=landkaart.integer("discussiepunten_minder_dan", minimum=1),
        anoniem_groep_minstens=anonimiteit.integer("groep_minstens", minimum=1),
        teksten=_teksten(fields.table("teksten")),
    )


def _teksten(fields: Fields) -> tuple[tuple[str, str], ...]:
    result = []
    for key, allowed in TEMPLATE_FIELDS.items():
        template = fields.text(key, nonempty=True)
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}
        allowed = allowed | {PLURALS[n][0] for n in allowed if n in PLURALS}
        unknown = names - allowed
        if unknown:
            shown = ", ".join(sorted(allowed)) or "geen"
            raise fields.fail(key, f"onbekend veld {{{sorted(unknown)[0]}}}; mogelijk: {shown}")
        result.append((key, template))
    return tuple(result)
