"""The session file: a `Sessie` as a TOML document a person can read, and back.

Question ids are readable slugs and answers are the Dutch words, so that the file makes
sense in an editor. Reading validates everything and raises `FormatError` with the field
and line of the first problem.
"""

from __future__ import annotations

import re
from typing import Any

from workshop.content import SLUG, Content
from workshop.content.fields import Fields, FormatError, Source
from workshop.domain.model import (
    OMLAAG,
    OPZIJ,
    SCHEMA_VERSION,
    Actie,
    Deelnemer,
    Positie,
    Sessie,
    Terugblik,
)

DEVICE = re.compile(r"^[0-9a-f]{64}$")  # a participant's phone link: the SHA-256 hex of its cookie
TOP_LEVEL = (
    "schema",
    "inhoud_versie",
    "gemeente",
    "titel",
    "datum",
    "opzet",
    "begeleider",
    "anoniem",
    "volgorde_sleutel",
    "voorspelling",
    "aangemaakt",
    "bijgewerkt",
    "normen",
    "notities",
    "keuze",
    "voortgang",
    "deelnemers",
    "actieplan",
    "terugblik",
)


def to_document(sessie: Sessie, content: Content) -> dict[str, Any]:
    """The TOML document for a session, keys in the order a reader expects."""
    order = content.vraag_ids

    def in_order(values: dict[str, Any]) -> dict[str, Any]:
        known = [key for key in order if key in values]
        return {key: values[key] for key in known + sorted(set(values) - set(known))}

    def word(value: int) -> str:
        return content.woord(value).woord

    document: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "inhoud_versie": sessie.inhoud_versie,
        "gemeente": sessie.gemeente,
        "titel": sessie.titel,
        "datum": sessie.datum,
        "opzet": sessie.opzet,
        "begeleider": sessie.begeleider,
        "anoniem": sessie.anoniem,
        "volgorde_sleutel": sessie.volgorde_sleutel,
    }
    if sessie.voorspelling is not None:
        document["voorspelling"] = sessie.voorspelling
    document["aangemaakt"] = sessie.aangemaakt
    document["bijgewerkt"] = sessie.bijgewerkt
    document["normen"] = {key: word(value) for key, value in in_order(sessie.normen).items()}
    document["notities"] = in_order(sessie.notities)
    keuze: dict[str, Any] = {}
    if sessie.fase is not None:
        keuze["fase"] = sessie.fase
    if sessie.fase_reden:
        keuze["fase_reden"] = sessie.fase_reden
    if sessie.kwadrant is not None:
        keuze["kwadrant"] = sessie.kwadrant
    document["keuze"] = keuze
    voortgang: dict[str, Any] = {
        "onthuld": [key for key in in_order(dict.fromkeys(sessie.onthuld))],
        "een_invuller": sessie.een_invuller,
    }
    if sessie.positie is not None:
        voortgang["vraag"] = sessie.positie.vraag
        voortgang["deelnemer"] = sessie.positie.deelnemer
        voortgang["richting"] = sessie.positie.richting
    document["voortgang"] = voortgang
    document["deelnemers"] = [
        {"id": d.id, "naam": d.naam, "rol": d.rol}
        | ({"apparaat": d.apparaat} if d.apparaat else {})  # a phone's link, only while joining is open
        | {"antwoorden": {key: word(value) for key, value in in_order(d.antwoorden).items()}}
        for d in sessie.deelnemers
    ]
    if sessie.actieplan:
        document["actieplan"] = [_actie(actie) for actie in sessie.actieplan]
    if sessie.terugblik:
        document["terugblik"] = [_terugblik(t) for t in sessie.terugblik]
    return document


def _terugblik(t: Terugblik) -> dict[str, Any]:
    row: dict[str, Any] = {"sessie": t.sessie, "titel": t.titel}
    if t.datum is not None:
        row["datum"] = t.datum
    row.update({"nummer": t.nummer, "instrument": t.instrument, "status": t.status, "notities": t.notities})
    return row


def _actie(actie: Actie) -> dict[str, Any]:
    row: dict[str, Any] = {"instrument": actie.instrument, "eigenaar": actie.eigenaar}
    if actie.deadline is not None:
        row["deadline"] = actie.deadline
    row["status"] = actie.status
    row["notities"] = actie.notities
    return row


def schema_of(source: Source) -> int:
    """The schema version, read first: a newer file is refused before anything else."""
    schema = source.fields().integer("schema", minimum=1)
    if schema > SCHEMA_VERSION:
        raise FormatError(
            source.name,
            f"gemaakt met een nieuwere versie van workshop (schema {schema}, deze versie kent "
            f"{SCHEMA_VERSION}); werk workshop bij om het te openen",
            field="schema",
        )
    return schema


def from_document(source: Source, content: Content) -> Sessie:
    schema = schema_of(source)
    top = source.fields()
    top.only(TOP_LEVEL)
    inhoud_versie = top.text("inhoud_versie")
    # A session of another content version may name questions this version lacks: they are
    # kept (and compared by id), never dropped. In this version an unknown id is an error.
    known = _known_questions(content, tolerant=inhoud_versie != content.versie)
    normen = top.table("normen", required=False)
    notities = top.table("notities", required=False)
    sessie = Sessie(
        gemeente=top.text("gemeente"),
        titel=top.text("titel"),
        datum=top.date("datum"),
        opzet=top.choice("opzet", [o.id for o in content.opzetten]),
        begeleider=top.text("begeleider", required=False),
        inhoud_versie=inhoud_versie,
        aangemaakt=top.datetime("aangemaakt"),
        bijgewerkt=top.datetime("bijgewerkt"),
        anoniem=top.boolean("anoniem", required=False),
        voorspelling=top.integer("voorspelling", required=False, minimum=0, maximum=len(content.vragen)),
        normen={known(normen, key): _answer(normen, key, content) for key in normen.keys()},
        notities={known(notities, key): notities.text(key) for key in notities.keys()},
    )
    _read_keuze(top.table("keuze", required=False), sessie, content)
    sessie.deelnemers = _read_deelnemers(top, content, known)
    if "volgorde_sleutel" in top.data:  # older files have none: the new one is saved with them
        sessie.volgorde_sleutel = top.text("volgorde_sleutel", nonempty=True)
    _read_voortgang(top.table("voortgang", required=False), sessie, known, schema)
    sessie.actieplan = [_read_actie(f, content) for f in top.tables("actieplan", required=False)]
    sessie.terugblik = [_read_terugblik(f, content) for f in top.tables("terugblik", required=False)]
    return sessie


def _known_questions(content: Content, *, tolerant: bool):
    def known(fields: Fields, key: str) -> str:
        if content.has_vraag(key) or (tolerant and SLUG.match(key)):
            return key
        raise fields.fail(key, "onbekende vraag (niet in de vragenlijst van deze versie)")

    return known


def _answer(fields: Fields, key: str, content: Content) -> int:
    woorden = [punt.woord for punt in content.schaal]
    return woorden.index(fields.choice(key, woorden)) + 1


def _status(fields: Fields, content: Content) -> str:
    return fields.choice("status", [status.id for status in content.statussen])


def _instrument(fields: Fields, content: Content) -> str:
    instrument_id = fields.text("instrument")
    if not content.has_instrument(instrument_id):
        raise fields.fail("instrument", f"onbekend instrument '{instrument_id}'")
    return instrument_id


def _read_keuze(fields: Fields, sessie: Sessie, content: Content) -> None:
    fields.only(("fase", "fase_reden", "kwadrant"))
    sessie.fase = fields.integer("fase", required=False, minimum=0, maximum=len(content.fasen))
    sessie.fase_reden = fields.text("fase_reden", required=False)
    if "kwadrant" in fields.data:
        sessie.kwadrant = fields.choice("kwadrant", [k.id for k in content.kwadranten])


def _read_deelnemers(top: Fields, content: Content, known) -> list[Deelnemer]:
    deelnemers: list[Deelnemer] = []
    for f in top.tables("deelnemers", required=False):
        f.only(("id", "naam", "rol", "antwoorden", "apparaat"))
        deelnemer_id = f.text("id", nonempty=True)
        if any(d.id == deelnemer_id for d in deelnemers):
            raise f.fail("id", f"dubbele deelnemer '{deelnemer_id}'")
        apparaat = f.text("apparaat", required=False)
        if apparaat and not DEVICE.match(apparaat):
            raise f.fail("apparaat", "moet 64 tekens 0-9 en a-f zijn (de SHA-256 van een telefoon)")
        if apparaat and any(d.apparaat == apparaat for d in deelnemers):
            raise f.fail("apparaat", "hoort al bij een andere deelnemer")
        antwoorden = f.table("antwoorden", required=False)
        deelnemers.append(
            Deelnemer(
                id=deelnemer_id,
                naam=f.text("naam"),
                rol=f.choice("rol", [rol.id for rol in content.rollen]),
                antwoorden={known(antwoorden, key): _answer(antwoorden, key, content) for key in antwoorden.keys()},
                apparaat=apparaat,
            )
        )
    return deelnemers


def _read_voortgang(fields: Fields, sessie: Sessie, known, schema: int) -> None:
    one_filler = "een_invuller" if schema >= 3 else "alles_tonen"  # its name up to schema 2
    fields.only(("onthuld", one_filler, "vraag", "deelnemer", "richting"))
    onthuld = fields.texts("onthuld", required=False)
    for index, vraag_id in enumerate(onthuld):
        try:
            known(fields, vraag_id)
        except FormatError:
            raise fields.fail("onthuld", f"element {index + 1}: onbekende vraag '{vraag_id}'") from None
    sessie.onthuld = set(onthuld)
    sessie.een_invuller = fields.boolean(one_filler, required=False)
    if "vraag" in fields.data or "deelnemer" in fields.data:
        vraag_id = known(fields, fields.text("vraag", nonempty=True))
        deelnemer_id = fields.text("deelnemer")
        if not any(d.id == deelnemer_id for d in sessie.deelnemers):
            raise fields.fail("deelnemer", f"onbekende deelnemer '{deelnemer_id}'")
        richting = fields.choice("richting", (OMLAAG, OPZIJ), required=False, default=OMLAAG)
        sessie.positie = Positie(vraag_id, deelnemer_id, richting)


def _read_actie(fields: Fields, content: Content) -> Actie:
    fields.only(("instrument", "eigenaar", "deadline", "status", "notities"))
    return Actie(
        instrument=_instrument(fields, content),
        eigenaar=fields.text("eigenaar", required=False),
        deadline=fields.date("deadline", required=False),
        status=_status(fields, content),
        notities=fields.text("notities", required=False),
    )


def _read_terugblik(fields: Fields, content: Content) -> Terugblik:
    fields.only(("sessie", "titel", "datum", "nummer", "instrument", "status", "notities"))
    return Terugblik(
        sessie=fields.text("sessie"),
        nummer=fields.integer("nummer", minimum=1),
        instrument=_instrument(fields, content),
        status=_status(fields, content),
        notities=fields.text("notities", required=False),
        titel=fields.text("titel", required=False),
        datum=fields.date("datum", required=False),
    )
