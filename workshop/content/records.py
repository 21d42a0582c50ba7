"""The handreiking's records: questions, instruments, the ladder, tips, rules and texts.

The records are NamedTuples, not frozen dataclasses: on Python 3.11 a frozen dataclass
compiles six methods when it is defined, 0.6 ms each class, and these are on the path of
every start of the app. Pure Python: no textual, no rich.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

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
    naam: str  # as the ladder names it
    fase: int  # home phase: where the handreiking explains it
    wat: str
    hoe: str
    wie: tuple[str, ...]
    verwijzingen: tuple[str, ...]
    toelichting_naam: str = ""  # how the explanation names it, when that differs from the ladder


class Tip(NamedTuple):
    id: str
    titel: str
    tekst: str


class Keuze(NamedTuple):
    """A named option: a role, a setting or an action status."""

    id: str
    naam: str


class Samengesteld(NamedTuple):
    """A group of several roles, such as the whole raad."""

    id: str
    naam: str
    rollen: tuple[str, ...]


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
    "indicatie": frozenset({"fase"}),
    "indicatie_geen": frozenset(),
    "indicatie_open": frozenset(),
    "rij_open": frozenset(),
    "rij_zonder_normen": frozenset({"voorspelling"}),
    "rij_geen_antwoorden": frozenset({"voorspelling"}),
    "nog_verborgen": frozenset({"aantal"}),
}


# Words that follow a number in the templates, filled in as singular or plural.
PLURALS = {
    "aantal": ("vragen", "vraag", "vragen"),
    "discussiepunten": ("vragen_uiteen", "vraag", "vragen"),
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
    geen_aanleiding: Tekstblok  # "phase 0", the app's: no occasion seen for a phase
    vragenlijst_titel: str  # "Vragenlijst: basis voor het goede gesprek"
    eigen: frozenset[str]  # the fields whose text is the app's, not the handreiking's ('vragen.kort')
    tips: tuple[Tip, ...]
    regels: Regels
    rollen: tuple[Keuze, ...]
    samengesteld: tuple[Samengesteld, ...]
    opzetten: tuple[Keuze, ...]
    statussen: tuple[Keuze, ...]

    @cached_property
    def _vragen(self) -> dict[str, Vraag]:
        return {vraag.id: vraag for vraag in self.vragen}

    @cached_property
    def vraag_ids(self) -> tuple[str, ...]:
        """The questions' ids, in the order of the questionnaire."""
        return tuple(self._vragen)

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

    def eigen_mark(self, veld: str, wat: str = "uitleg") -> str:
        """'(uitleg van deze app)' when the text of `veld` ('kwadranten.uitleg') is the app's
        own and not the handreiking's, as [eigen] in content says; else ''."""
        return f"({wat} van deze app)" if veld in self.eigen else ""

    def fase_naam(self, fase: int) -> str:
        """'Fase 2', or for phase 0 'Geen aanleiding gezien' (the app's words)."""
        return self.geen_aanleiding.titel if fase == 0 else self.fasen[fase - 1].naam

    def ladder(self, fase: int) -> tuple[Instrument, ...]:
        """The cumulative rung: this phase's own instruments plus those of the lower phases,
        alphabetically, each once."""
        ids = {item for rung in self.fasen if rung.nummer <= fase for item in rung.ladder}
        return tuple(sorted((self.instrument(i) for i in ids), key=lambda i: sort_key(i.naam)))


def sort_key(name: str) -> str:
    """Alphabetical order as the handreiking uses it: case, accents and punctuation ignored."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() or ch == " ")
