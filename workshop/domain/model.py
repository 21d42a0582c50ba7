"""A session of the meeting: who took part, what they answered, and what the group decided.

Answers and norms are scale values (1 altijd ... 5 nooit); the session file stores the
Dutch words. Pure Python: no textual, no rich.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from dataclasses import dataclass, field

from workshop.domain.forms import format_date

# 1: the first files; 2: every file ends with the end marker (see store.END_MARKER);
# 3: the anonymous column order, 'een_invuller' for 'alles_tonen', the earlier session's
#    title and date in a review.
SCHEMA_VERSION = 3
OMLAAG, OPZIJ = "omlaag", "opzij"  # answer down the list for one person, or across the room


@dataclass(slots=True)
class Deelnemer:
    id: str
    naam: str  # a name, or an anonymous label
    rol: str  # a role id from content/sessie.toml
    antwoorden: dict[str, int] = field(default_factory=dict)  # vraag id -> 1..5
    # A phone's link (workshop/domain/live.py): the SHA-256 hex of its cookie, so that a
    # restarted app knows the phone again; "" for everyone else, and erased when joining
    # closes for good. Never a name, an IP address or a user agent.
    apparaat: str = ""


@dataclass(slots=True)
class Actie:
    """One line of the action plan: an instrument put to use."""

    instrument: str
    eigenaar: str = ""
    deadline: dt.date | None = None
    status: str = "gepland"
    notities: str = ""


@dataclass(slots=True)
class Terugblik:
    """The review of one action of an earlier session ("borgen"), saved with this session."""

    sessie: str  # file name of the earlier session: the key
    nummer: int  # the action's position in that session's plan, from 1
    instrument: str
    status: str
    notities: str = ""
    titel: str = ""  # of the earlier session, to name it in the report
    datum: dt.date | None = None

    def eerder(self) -> str:
        """The earlier session as a person names it: its title and date, else its file."""
        if not self.titel:
            return self.sessie
        return f"{self.titel} ({format_date(self.datum)})" if self.datum else self.titel


@dataclass(slots=True)
class Positie:
    """Where the facilitator was in the questionnaire, so that a reopened session resumes there."""

    vraag: str
    deelnemer: str
    richting: str = OMLAAG


@dataclass(slots=True)
class Sessie:
    gemeente: str
    titel: str
    datum: dt.date
    opzet: str  # alleen / college / raad / gezamenlijk
    begeleider: str
    inhoud_versie: str
    aangemaakt: dt.datetime
    bijgewerkt: dt.datetime
    deelnemers: list[Deelnemer] = field(default_factory=list)
    anoniem: bool = False
    normen: dict[str, int] = field(default_factory=dict)  # vraag id -> least favourable acceptable
    voorspelling: int | None = None  # how many questions the group expects outside the norms
    notities: dict[str, str] = field(default_factory=dict)  # vraag id -> note
    fase: int | None = None  # the chosen phase; 0 is "no intervention needed"
    fase_reden: str = ""  # why the group chose otherwise than the indicatie; optional
    kwadrant: str | None = None  # the landkaart quadrant the group chose
    actieplan: list[Actie] = field(default_factory=list)
    terugblik: list[Terugblik] = field(default_factory=list)
    onthuld: set[str] = field(default_factory=set)  # questions whose results are revealed
    een_invuller: bool = False  # one person fills in alone: every answer shows as it is typed
    positie: Positie | None = None
    volgorde_sleutel: str = field(default_factory=lambda: os.urandom(8).hex())  # the anonymous order
    _order: tuple = field(default=(), init=False, repr=False, compare=False)  # (key of the order, columns)

    def deelnemer(self, deelnemer_id: str) -> Deelnemer:
        for deelnemer in self.deelnemers:
            if deelnemer.id == deelnemer_id:
                return deelnemer
        raise KeyError(deelnemer_id)

    def add_deelnemer(self, naam: str, rol: str) -> Deelnemer:
        taken = {deelnemer.id for deelnemer in self.deelnemers}
        number = len(self.deelnemers) + 1
        while f"d{number}" in taken:
            number += 1
        deelnemer = Deelnemer(f"d{number}", naam, rol)
        self.deelnemers.append(deelnemer)
        return deelnemer

    def remove_deelnemer(self, deelnemer_id: str) -> None:
        self.deelnemers.remove(self.deelnemer(deelnemer_id))
        if self.positie and self.positie.deelnemer == deelnemer_id:
            self.positie = None

    def edit_deelnemer(self, deelnemer_id: str, naam: str, rol: str) -> None:
        deelnemer = self.deelnemer(deelnemer_id)
        deelnemer.naam, deelnemer.rol = naam, rol

    def set_norm(self, vraag_id: str, waarde: int | None) -> None:
        """The least favourable acceptable answer (1..5), or no norm with None."""
        if waarde is None:
            self.normen.pop(vraag_id, None)
        else:
            self.normen[vraag_id] = waarde

    def named(self, naam: str, but: str | None = None) -> Deelnemer | None:
        """The participant of this name (not minding case or spaces around it), other than `but`."""
        wanted = naam.strip().casefold()
        if not wanted:
            return None
        return next((d for d in self.deelnemers if d.id != but and d.naam.strip().casefold() == wanted), None)

    def set_note(self, vraag_id: str, text: str) -> None:
        """A note per question; an empty one is removed, and no trailing line break is kept."""
        text = text.rstrip("\n")
        if text.strip():
            self.notities[vraag_id] = text
        else:
            self.notities.pop(vraag_id, None)

    def choose_phase(self, fase: int | None, reden: str = "") -> None:
        """The group's choice of phase (0: no occasion seen), with why, if the group wants it
        recorded (an empty reason is a valid choice too)."""
        self.fase, self.fase_reden = fase, reden if fase is not None else ""

    def choose_quadrant(self, kwadrant: str | None) -> None:
        self.kwadrant = kwadrant

    def toggle_revealed(self, vraag_id: str) -> None:
        self.onthuld ^= {vraag_id}

    def add_action(self, actie: Actie) -> None:
        self.actieplan.append(actie)

    def replace_action(self, index: int, actie: Actie) -> None:
        self.actieplan[index] = actie

    def remove_action(self, index: int) -> None:
        del self.actieplan[index]

    def is_revealed(self, vraag_id: str) -> bool:
        return self.een_invuller or vraag_id in self.onthuld

    def reveal(self, vraag_ids: Iterable[str]) -> None:
        self.onthuld.update(vraag_ids)

    def answer(self, deelnemer_id: str, vraag_id: str, waarde: int | None) -> None:
        """Record an answer (1..5), or clear it with None."""
        antwoorden = self.deelnemer(deelnemer_id).antwoorden
        if waarde is None:
            antwoorden.pop(vraag_id, None)
        else:
            antwoorden[vraag_id] = waarde

    def hidden_answered(self) -> list[str]:
        """The questions that someone answered and that are not revealed yet."""
        answered = {vraag_id for d in self.deelnemers for vraag_id in d.antwoorden}
        return sorted(vraag_id for vraag_id in answered if not self.is_revealed(vraag_id))

    def columns(self) -> list[Deelnemer]:
        """The participants in the order the room sees them. In the anonymous mode a shuffled
        order, fixed for the session (a hash of its key and each id), so that the order in
        which people were entered (the burgemeester first) tells nothing; a participant added
        later lands in a place of its own without moving the others."""
        if not self.anoniem:
            return list(self.deelnemers)
        key = (self.volgorde_sleutel, tuple(id(d) for d in self.deelnemers), tuple(d.id for d in self.deelnemers))
        if self._order[:1] != (key,):
            ordered = sorted(self.deelnemers, key=lambda d: _shuffled(self.volgorde_sleutel, d.id))
            self._order = (key, ordered)
        return list(self._order[1])


def _shuffled(key: str, deelnemer_id: str) -> bytes:
    import hashlib  # only for an anonymous session: hashlib's OpenSSL costs every start 2.5 ms

    return hashlib.sha256(f"{key}:{deelnemer_id}".encode()).digest()


def label(sessie: Sessie, deelnemer: Deelnemer) -> str:
    """What the room sees for a participant: a number in the anonymous mode (its place in the
    shuffled order), else the name."""
    if sessie.anoniem:
        return f"Deelnemer {sessie.columns().index(deelnemer) + 1}"
    return deelnemer.naam


def municipality_key(gemeente: str) -> str:
    """A municipality's name as compared: whatever its case or spaces."""
    return " ".join(gemeente.split()).casefold()


def same_municipality(a: Sessie, b: Sessie) -> bool:
    return municipality_key(a.gemeente) == municipality_key(b.gemeente)


def moment(sessie: Sessie) -> tuple:
    """Where a session stands in time: its date, then when it was made."""
    return (sessie.datum, sessie.aangemaakt)


def new_session(
    *,
    gemeente: str,
    titel: str,
    datum: dt.date,
    opzet: str,
    begeleider: str,
    inhoud_versie: str,
    now: dt.datetime,
) -> Sessie:
    return Sessie(
        gemeente=gemeente,
        titel=titel,
        datum=datum,
        opzet=opzet,
        begeleider=begeleider,
        inhoud_versie=inhoud_versie,
        aangemaakt=now,
        bijgewerkt=now,
    )


def next_round(earlier: Sessie, *, titel: str, datum: dt.date, inhoud_versie: str, now: dt.datetime) -> Sessie:
    """A new round with the same participants, roles and norms, and nothing answered yet:
    nothing revealed, nobody filling in alone, and a new anonymous order."""
    sessie = new_session(
        gemeente=earlier.gemeente,
        titel=titel,
        datum=datum,
        opzet=earlier.opzet,
        begeleider=earlier.begeleider,
        inhoud_versie=inhoud_versie,
        now=now,
    )
    sessie.deelnemers = [Deelnemer(d.id, d.naam, d.rol) for d in earlier.deelnemers]
    sessie.anoniem = earlier.anoniem
    sessie.normen = dict(earlier.normen)
    return sessie
