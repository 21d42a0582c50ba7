"""The answers as CSV for a spreadsheet: one row per participant and question."""

from __future__ import annotations

from workshop.content import Content
from workshop.csvfile import csv_text
from workshop.domain.model import Sessie, label
from workshop.domain.rules import deviation_from_norm

COLUMNS = (
    "gemeente",
    "titel",
    "datum",
    "opzet",
    "inhoud_versie",
    "deelnemer",
    "rol",
    "vraag_id",
    "nummer",
    "sectie",
    "vraag",
    "antwoord",
    "waarde",
    "norm",
    "afwijking",
)


def answers_csv(sessie: Sessie, content: Content) -> str:
    """In the anonymous mode a participant is a label ('Deelnemer 3'), never a name. A missing
    answer is a row with empty answer cells, so every participant has every question."""
    rows: list[tuple[object, ...]] = [COLUMNS]
    for deelnemer in sessie.deelnemers:
        for vraag in content.vragen:
            value = deelnemer.antwoorden.get(vraag.id)
            norm = sessie.normen.get(vraag.id)
            deviation = "" if value is None or norm is None else deviation_from_norm(value, norm, vraag)
            rows.append(
                (
                    sessie.gemeente,
                    sessie.titel,
                    sessie.datum.isoformat(),
                    content.naam(content.opzetten, sessie.opzet),
                    sessie.inhoud_versie,
                    label(sessie, deelnemer),
                    content.naam(content.rollen, deelnemer.rol),
                    vraag.id,
                    vraag.nummer,
                    content.sectie(vraag.sectie).naam,
                    vraag.tekst,
                    "" if value is None else content.woord(value).woord,
                    "" if value is None else value,
                    "" if norm is None else content.woord(norm).woord,
                    deviation,
                )
            )
    return csv_text(rows)
