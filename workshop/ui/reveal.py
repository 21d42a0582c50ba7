"""Revealing answers, with a question first where a small count could be traced back: in an
anonymous session (or with phones), 1 or 2 answers to a question tell who said what."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from workshop.domain.rules import traceable_reveals
from workshop.ui.dialogs import Option, ask

if TYPE_CHECKING:
    from workshop.ui.app import WorkshopApp


def reveal(app: WorkshopApp, vraag_ids: Iterable[str], then: Callable[[], None]) -> None:
    """Reveal these questions and call `then`; first ask if any has so few answers that they
    can be traced back. No reveal at all when the facilitator says no."""
    sessie, content = app.current.sessie, app.content
    ids = list(vraag_ids)
    few = traceable_reveals(sessie, ids, content.regels.anoniem_groep_minstens)

    def go(yes: bool | None = True) -> None:
        if yes:
            sessie.reveal(ids)
            then()

    if not few:
        go()
        return
    numbers = ", ".join(str(content.vraag(vraag_id).nummer) for vraag_id in few)
    question = (
        f"Vraag {numbers}: minder dan {content.regels.anoniem_groep_minstens} antwoorden. Wie weet wie "
        "er antwoordde, kan dan zien wat iemand antwoordde. Toch onthullen?"
        if len(few) == 1
        else f"Vragen {numbers}: elk minder dan {content.regels.anoniem_groep_minstens} antwoorden, "
        "dus na te gaan. Toch onthullen?"
    )
    options = [Option("j", "ja, onthullen", True), Option("n", "nee, eerst meer antwoorden", False)]
    ask(app, "Weinig antwoorden", question, options, go)
