"""Building sessions for tests by hand, with the real content."""

from __future__ import annotations

import datetime as dt
import os
import random
import threading

from workshop.cli import main
from workshop.content import Content, default_content
from workshop.domain.model import Actie, Sessie, new_session
from workshop.files.store import save_document

# The seed of the crash tests: printed in the header of every run, replayed with WORKSHOP_CRASH_SEED.
CRASH_SEED = int(os.environ.get("WORKSHOP_CRASH_SEED") or random.SystemRandom().randrange(10**6))
NOW = dt.datetime(2026, 11, 28, 10, 0, tzinfo=dt.timezone.utc)
CONTENT = default_content()
IDS = [vraag.id for vraag in CONTENT.vragen]
DESIRABLE = "debat-op-inhoud"
CRISIS = ["vertrouwen-wethouder-opgezegd", "coalitie-valt-uiteen", "bestuurder-stapt-op"]


def session(
    people: list[tuple[str, str]] | None = None,
    gemeente: str = "Teststad",
    titel: str = "Ronde 1",
    datum: dt.date = dt.date(2026, 11, 28),
    content: Content = CONTENT,
) -> Sessie:
    sessie = new_session(
        gemeente=gemeente,
        titel=titel,
        datum=datum,
        opzet="gezamenlijk",
        begeleider="Begeleider",
        inhoud_versie=content.versie,
        now=NOW,
    )
    sessie.volgorde_sleutel = "vaste-sleutel"  # the anonymous order is the same in every run
    for naam, rol in people or []:
        sessie.add_deelnemer(naam, rol)
    return sessie


def answer(sessie: Sessie, vraag_id: str, values: list[int | None]) -> None:
    """Give the participants, in order, these answers to one question (None: no answer)."""
    for deelnemer, value in zip(sessie.deelnemers, values, strict=True):
        if value is not None:
            deelnemer.antwoorden[vraag_id] = value


def people(count: int, rol: str = "raadslid-coalitie") -> list[tuple[str, str]]:
    return [(f"Persoon {n}", rol) for n in range(1, count + 1)]


def all_norms(value: int, desirable: int = 2) -> dict[str, int]:
    return {vraag_id: (desirable if vraag_id == DESIRABLE else value) for vraag_id in IDS}


UNDESIRABLE = [i for i in IDS if i != DESIRABLE and i not in CRISIS]


def calm_session(count: int = 1, **options) -> Sessie:
    """Norms 'soms' (the desirable statement: 'vaak'); every answer as favourable as can be:
    nothing deviates. Tests then change a few answers."""
    sessie = session(people(count), **options)
    sessie.normen = all_norms(4)
    for vraag_id in IDS:
        answer(sessie, vraag_id, [1 if vraag_id == DESIRABLE else 5] * count)
    return sessie


# --- two rounds of one municipality, for comparing ------------------------------------------

MARCH, SEPTEMBER, MARCH_NEXT = dt.date(2026, 3, 1), dt.date(2026, 9, 1), dt.date(2027, 3, 1)


def round_one():
    sessie = session(people(2), gemeente="Lindendal", titel="Ronde 1", datum=MARCH)
    sessie.normen = all_norms(4)
    for vraag_id, values in zip(IDS, ([2, 2], [4, 5], [3, 5])):
        answer(sessie, vraag_id, values)
    sessie.kwadrant = "onbewust-onbekwaam"
    sessie.actieplan = [Actie("heidag-organiseren", status="gedaan"), Actie("feedback-geven")]
    sessie.reveal(IDS)  # a finished round: everything shown
    return sessie


def round_two():
    sessie = session(people(2), gemeente="Lindendal", titel="Ronde 2", datum=SEPTEMBER)
    sessie.normen = all_norms(4)
    for vraag_id, values in zip(IDS, ([3, 4], [3, 3], [3, 4], [2, 2])):
        answer(sessie, vraag_id, values)
    sessie.kwadrant = "bewust-onbekwaam"
    sessie.fase = 1
    sessie.reveal(IDS)
    return sessie


# --- names that a meeting or a folder may produce ---------------------------------------------

STRANGE_NAMES = [
    "../../etc/passwd",
    "C:\\Windows\\system32",
    "nul\x00teken en \x1b[31mrood",
    "\u202eرئيس البلدية\u202c",
    "Burgemeester 👩‍⚖️🏛️",
    "x" * 10_000,
]


def run(capsys, *args: str) -> tuple[int, str, str]:
    """The `workshop` command in this process: its exit code, stdout and stderr."""
    try:
        code = main(list(args))
    except SystemExit as leaving:  # argparse leaves for --help, --version and usage errors
        code = leaving.code
    out, err = capsys.readouterr()
    return code, out, err


class HeldDisk:
    """save_document that waits at a gate, and remembers every document it was given."""

    def __init__(self) -> None:
        self.gate = threading.Event()
        self.entered = threading.Event()
        self.documents: list[dict] = []

    def __call__(self, document: dict, path) -> None:
        self.entered.set()
        assert self.gate.wait(10), "the test never opened the gate"
        self.documents.append(document)
        save_document(document, path)
