"""The answers as CSV for a spreadsheet: one row per participant and question."""

from __future__ import annotations

from workshop.content import Content
from workshop.domain.model import Sessie, label
from workshop.domain.rules import deviation_from_norm
from workshop.output.csvfile import csv_text

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
    "onthuld",
    "antwoord",
    "waarde",
    "norm",
    "afwijking",
)


def answers_csv(sessie: Sessie, content: Content) -> str:
    """In the anonymous mode a participant is a label ('Deelnemer 3', in the shuffled order of
    the screen), never a name, and has no role. A missing answer, or one of a question not
    revealed yet, is a row with empty answer cells, so every participant has every question."""
    rows: list[tuple[object, ...]] = [COLUMNS]
    for deelnemer in sessie.columns():
        rol = "" if sessie.anoniem else content.naam(content.rollen, deelnemer.rol)
        for vraag in content.vragen:
            revealed = sessie.is_revealed(vraag.id)
            value = deelnemer.antwoorden.get(vraag.id) if revealed else None
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
                    rol,
                    vraag.id,
                    vraag.nummer,
                    content.sectie(vraag.sectie).naam,
                    vraag.tekst,
                    "ja" if revealed else "nee",
                    "" if value is None else content.woord(value).woord,
                    "" if value is None else value,
                    "" if norm is None else content.woord(norm).woord,
                    deviation,
                )
            )
    return csv_text(rows)
