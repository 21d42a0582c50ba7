"""Who stap 2 shows and compares: the whole room, a role group, the whole raad or college, or
one participant; and the lists to choose them from."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.app import App

from workshop.content import Content
from workshop.domain.model import Deelnemer, Sessie, label
from workshop.domain.rules import view_groups
from workshop.ui.dialogs.pick import PickScreen
from workshop.ui.display import clean


@dataclass(frozen=True)
class Groep:
    naam: str
    leden: tuple[Deelnemer, ...]
    soort: str = ""  # 'rolgroep' for a group of a role or of roles; '' for a person or the whole room

    def keuze(self) -> str:
        """How the group is named in a list to choose from: 'rolgroep Griffier (1)'."""
        return f"{self.soort} {self.naam} ({len(self.leden)})".strip() if self.soort else self.naam


def groups(sessie: Sessie, content: Content) -> list[Groep]:
    """The whole room, then each role group that may be shown (in the anonymous mode only
    groups of three or more), then the whole raad and the whole college."""
    whole = Groep("hele groep", tuple(sessie.deelnemers))
    shown = view_groups(sessie, content).groepen
    return [whole, *(Groep(naam, members, "rolgroep") for naam, members in shown)]


def comparable(sessie: Sessie, content: Content) -> list[Groep]:
    """Each participant, then the groups."""
    people = [Groep(label(sessie, d), (d,)) for d in sessie.columns()]
    return people + groups(sessie, content)[1:]


def pick_one(app: App, options: list[Groep], current: int, then: Callable[[int], None]) -> None:
    """The list of groups, the one shown highlighted; `then` gets the index chosen."""
    names = [clean(group.keuze()) for group in options]
    app.push_screen(
        PickScreen("Welke groep bekijkt u?", names, current=current),
        lambda index: None if index is None else then(index),
    )


def pick_two(app: App, options: list[Groep], then: Callable[[Groep, Groep], None]) -> None:
    """The first, then the second of two to compare; Escape in either stops."""
    names = [clean(group.keuze()) for group in options]

    def second(first: int | None) -> None:
        if first is not None:
            app.push_screen(
                PickScreen("Vergelijken met…", names, exclude=first),
                lambda other: None if other is None else then(options[first], options[other]),
            )

    app.push_screen(PickScreen("Wie vergelijkt u? Kies de eerste", names), second)
