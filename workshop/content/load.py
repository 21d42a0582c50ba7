"""Loading the handreiking from its TOML files, checked on load: every problem is a
`FormatError` that names the file, the line and the field, so a typo in content is an error
at start, not a crash in the meeting."""

from __future__ import annotations

import functools
import string
from collections.abc import Sequence
from pathlib import Path

from workshop import locations
from workshop.content import cache
from workshop.content.fields import Fields, FormatError, Source
from workshop.content.records import (
    BEKWAAM,
    BEWUST,
    GEWENST,
    ONBEKWAAM,
    ONBEWUST,
    ONGEWENST,
    PHASES,
    PLURALS,
    SLUG,
    TEMPLATE_FIELDS,
    Content,
    Fase,
    Instrument,
    Keuze,
    Kwadrant,
    Regels,
    Samengesteld,
    Sectie,
    Stap,
    Tekstblok,
    Tip,
    Voorstelregel,
    Vraag,
    Woord,
    sort_key,
)
from workshop.files.atomic import Unreadable, read_file


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
    fasen = _fasen(instrumenten_file, {instrument.id: instrument for instrument in instrumenten})
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
        geen_aanleiding=_named_text(instrumenten_file.table("geen_aanleiding")),
        vragenlijst_titel=vragenlijst.text("titel", nonempty=True),
        eigen=frozenset(field for source in sources.values() for field in _eigen(source.fields())),
        tips=tuple(
            Tip(f.text("id"), f.text("titel", nonempty=True), f.text("tekst", nonempty=True))
            for f in _unique(sources["tips"].fields(), "tips")
        ),
        regels=_regels(sources["regels"].fields(), schaal),
        rollen=_keuzes(sessie, "rollen"),
        samengesteld=_samengesteld(sessie),
        opzetten=_keuzes(sessie, "opzetten"),
        statussen=_keuzes(sessie, "statussen"),
    )


MAX_CONTENT_BYTES = 1024 * 1024  # the content files are tens of kilobytes


def _read(path: Path) -> Source:
    try:
        raw = read_file(path, MAX_CONTENT_BYTES, follow_links=True)
    except Unreadable as problem:
        raise FormatError(str(path), f"kan niet gelezen worden: {problem}") from None
    return Source.parse(path.name, raw, loads=cache.loads)


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


def _samengesteld(fields: Fields) -> tuple[Samengesteld, ...]:
    roles = {keuze.id for keuze in _keuzes(fields, "rollen")}
    groups = []
    for f in _unique(fields, "samengesteld"):
        rollen = f.texts("rollen")
        unknown = [rol for rol in rollen if rol not in roles]
        if len(rollen) < 2 or unknown:
            raise f.fail("rollen", f"onbekende rol ‘{unknown[0]}’" if unknown else "minstens twee rollen")
        groups.append(Samengesteld(f.text("id"), f.text("naam", nonempty=True), rollen))
    return tuple(groups)


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
        _keeps_the_meaning(vraag, f)
    return vragen


def _keeps_the_meaning(vraag: Vraag, fields: Fields) -> None:
    """The short label keeps the words that carry the statement's meaning ('of dreigen',
    'sociale media', 'erg'): each of `kernwoorden` is in the statement and in the label."""
    words = fields.texts("kernwoorden")
    if not words:
        raise fields.fail("kernwoorden", "minstens één nodig: de woorden die de betekenis dragen")
    for word in words:
        if word.casefold() not in vraag.tekst.casefold():
            raise fields.fail("kernwoorden", f"‘{word}’ staat niet in de stelling")
        if word.casefold() not in vraag.kort.casefold():
            raise fields.fail("kort", f"mist ‘{word}’ uit de stelling; de korte naam moet de betekenis houden")


def _eigen(fields: Fields) -> tuple[str, ...]:
    """The fields of this file whose text is the app's own ('vragen.kort'): each must exist."""
    velden = fields.table("eigen", required=False).texts("velden", required=False)
    for index, veld in enumerate(velden):
        if veld.split(".")[0] not in fields.data:
            raise fields.fail("eigen", f"velden[{index + 1}]: ‘{veld}’ staat niet in dit bestand")
    return velden


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
            toelichting_naam=f.text("toelichting_naam", required=False),
        )
        for f in _unique(fields, "instrumenten")
    )


def _fasen(fields: Fields, known: dict[str, Instrument]) -> tuple[Fase, ...]:
    fasen = []
    for f in _numbered(fields, "fasen", PHASES):
        ladder = f.texts("ladder")
        for index, instrument_id in enumerate(ladder):
            if instrument_id not in known:
                raise f.fail("ladder", f"element {index + 1}: onbekend instrument '{instrument_id}'")
        if len(set(ladder)) != len(ladder):
            raise f.fail("ladder", "een instrument staat twee keer op deze sport")
        names = [known[instrument_id].naam for instrument_id in ladder]
        if names != sorted(names, key=sort_key):
            raise f.fail("ladder", "niet alfabetisch, zoals de handreiking de ladder drukt")
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
    highest = max((regel for regel in voorstel), key=lambda regel: regel.fase, default=None)
    if (
        highest is not None
        and highest.fase == max(PHASES)
        and (highest.afwijkende_vragen_vanaf or highest.grote_afwijkingen_vanaf)
    ):
        raise fields.fail("voorstel", f"fase {highest.fase} komt alleen uit een crisissignaal, nooit uit tellen")
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
