"""What the app sees and explains: an indicatie for the phase of the ladder, and a hint on
the landkaart.

The handreiking sets no fixed norms and calls its questionnaire the basis for a good
conversation, so these are indications only, never a verdict: each carries the conditions
that led to it, worded with the templates in content/regels.toml as a question for the room,
and the group chooses. Counting alone indicates phase 2 at most; phase 3 comes only from a
crisis signal (the rules are data, and the loader refuses a phase 3 from counts).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from workshop.content import BEKWAAM, BEWUST, ONBEKWAAM, ONBEWUST, Content, Regels
from workshop.domain.model import Sessie
from workshop.domain.rules import Uitslag, uitslagen


class Reden(NamedTuple):
    """One condition, with the values that its template in regels.toml fills in."""

    soort: str  # a key of [teksten] in regels.toml
    waarden: tuple[tuple[str, object], ...] = ()

    def tekst(self, regels: Regels) -> str:
        return regels.tekst(self.soort, **dict(self.waarden))


def _reden(soort: str, **waarden: object) -> Reden:
    return Reden(soort, tuple(waarden.items()))


class Telwerk(NamedTuple):
    """The counts that the suggestions rest on."""

    beoordeeld: int  # questions with a norm and at least one answer
    afwijkend: int  # of those, how many have a group answer outside the norm
    groot: int  # how many deviate by `groot_vanaf` steps or more
    discussiepunten: int
    beantwoord: int  # questions with at least one answer


def count(results: Sequence[Uitslag], regels: Regels) -> Telwerk:
    judged = [r for r in results if r.afwijking is not None]
    return Telwerk(
        beoordeeld=len(judged),
        afwijkend=sum(1 for r in judged if r.afwijking > 0),
        groot=sum(1 for r in judged if r.afwijking >= regels.groot_vanaf),
        discussiepunten=sum(1 for r in results if r.discussiepunt),
        beantwoord=sum(1 for r in results if r.groepsantwoord is not None),
    )


class FaseVoorstel(NamedTuple):
    """The indicatie: the phase the app sees occasion for, and why. The group chooses."""

    fase: int | None  # None when the app sees nothing yet; 0 is "no occasion seen" (the app's own)
    redenen: tuple[Reden, ...]  # every condition that fired for this phase, the strongest first

    def kop(self, content: Content) -> str:
        """'De app ziet aanleiding voor fase 2, omdat:', the line above the reasons."""
        if self.fase is None:
            return content.regels.tekst("indicatie_open")
        if self.fase == 0:
            return content.regels.tekst("indicatie_geen")
        return content.regels.tekst("indicatie", fase=content.fase_naam(self.fase).lower())


def suggest_phase(results: Sequence[Uitslag], content: Content) -> FaseVoorstel:
    regels = content.regels
    tel = count(results, regels)
    if not tel.beantwoord:
        return FaseVoorstel(None, (_reden("geen_antwoorden"),))
    for regel in regels.voorstel:  # highest phase first
        fired: list[Reden] = []
        if tel.beoordeeld and regel.afwijkende_vragen_vanaf and tel.afwijkend >= regel.afwijkende_vragen_vanaf:
            fired.append(
                _reden(
                    "afwijkende_vragen",
                    aantal=tel.afwijkend,
                    beoordeeld=tel.beoordeeld,
                    fase=regel.fase,
                    drempel=regel.afwijkende_vragen_vanaf,
                )
            )
        if tel.beoordeeld and regel.grote_afwijkingen_vanaf and tel.groot >= regel.grote_afwijkingen_vanaf:
            fired.append(
                _reden(
                    "grote_afwijkingen",
                    aantal=tel.groot,
                    stappen=regels.groot_vanaf,
                    fase=regel.fase,
                    drempel=regel.grote_afwijkingen_vanaf,
                )
            )
        if regel.crisis_antwoord:
            fired.extend(_crisis(results, regel.fase, regel.crisis_antwoord, content))
        if fired:
            return FaseVoorstel(regel.fase, tuple(fired))
    if not tel.beoordeeld:
        return FaseVoorstel(None, (_reden("geen_normen"),))
    return FaseVoorstel(0, (_reden("geen_afwijking"),))


def _crisis(results: Sequence[Uitslag], fase: int, drempel: int, content: Content) -> list[Reden]:
    """A group answer of `drempel` (e.g. vaak) or more often on a crisis statement."""
    return [
        _reden(
            "crisis",
            vraag=r.vraag.tekst,
            antwoord=content.woord(r.groepsantwoord).woord,
            fase=fase,
            drempel=content.woord(drempel).woord,
        )
        for r in results
        if r.vraag.crisis and r.groepsantwoord is not None and r.groepsantwoord <= drempel
    ]


class LandkaartHint(NamedTuple):
    kolom: str | None  # bekwaam / onbekwaam, None when there are no norms
    rij: str | None  # bewust / onbewust, None without a prediction
    redenen: tuple[Reden, ...]

    @property
    def kwadrant_id(self) -> str | None:
        return f"{self.rij}-{self.kolom}" if self.rij and self.kolom else None


def landkaart_hint(results: Sequence[Uitslag], voorspelling: int | None, content: Content) -> LandkaartHint:
    regels = content.regels
    tel = count(results, regels)
    if not tel.beoordeeld:
        kolom = None
        kolom_reden = _reden("kolom_open" if tel.beantwoord else "geen_antwoorden")
    else:
        kolom = BEKWAAM if tel.afwijkend <= regels.bekwaam_tot_en_met else ONBEKWAAM
        kolom_reden = _reden(f"kolom_{kolom}", aantal=tel.afwijkend, drempel=regels.bekwaam_tot_en_met)
    rij, rij_redenen = _row(tel, voorspelling, regels)
    return LandkaartHint(kolom, rij, (kolom_reden, *rij_redenen))


def _row(tel: Telwerk, voorspelling: int | None, regels: Regels) -> tuple[str | None, list[Reden]]:
    if voorspelling is None:
        return None, [_reden("rij_open")]
    if not tel.beoordeeld:
        soort = "rij_zonder_normen" if tel.beantwoord else "rij_geen_antwoorden"
        return None, [_reden(soort, voorspelling=voorspelling)]
    close = abs(voorspelling - tel.afwijkend) <= regels.voorspelling_marge
    agreed = tel.discussiepunten < regels.discussiepunten_minder_dan
    if close and agreed:
        return BEWUST, [
            _reden(
                "rij_bewust",
                voorspelling=voorspelling,
                aantal=tel.afwijkend,
                marge=regels.voorspelling_marge,
                discussiepunten=tel.discussiepunten,
                drempel=regels.discussiepunten_minder_dan,
            )
        ]
    redenen = []
    if not close:
        redenen.append(
            _reden(
                "rij_onbewust_voorspelling",
                voorspelling=voorspelling,
                aantal=tel.afwijkend,
                marge=regels.voorspelling_marge,
            )
        )
    if not agreed:
        redenen.append(
            _reden(
                "rij_onbewust_discussie",
                discussiepunten=tel.discussiepunten,
                drempel=regels.discussiepunten_minder_dan,
            )
        )
    return ONBEWUST, redenen


class Indicatie(NamedTuple):
    """The app's suggestions for a session, from all its answers. While answered questions
    are still hidden (`verborgen`), no surface shows them: a suggestion from the revealed
    questions only would differ from the one that follows, and the minutes from the screen."""

    fase: FaseVoorstel
    landkaart: LandkaartHint
    verborgen: int  # questions answered but not revealed yet

    @property
    def wacht(self) -> bool:
        return self.verborgen > 0

    def wachttekst(self, regels: Regels) -> str:
        """'Volgt na onthullen: nog 3 vragen verborgen'."""
        return regels.tekst("nog_verborgen", aantal=self.verborgen)


def indicatie(sessie: Sessie, content: Content, results: Sequence[Uitslag] | None = None) -> Indicatie:
    """The one place where the phase and the landkaart hint are computed: every screen, the
    report, the list and the comparison ask this. `results`: the session's `uitslagen`, when
    they are already at hand."""
    results = uitslagen(sessie, content) if results is None else results
    hidden = set(sessie.hidden_answered())
    return Indicatie(
        fase=suggest_phase(results, content),
        landkaart=landkaart_hint(results, sessie.voorspelling, content),
        verborgen=sum(1 for vraag in content.vragen if vraag.id in hidden),
    )
