"""The introduction: what bestuurscultuur is, de onderstroom, the five steps and the landkaart."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content as Text
from textual.screen import Screen

from workshop.content import Content
from workshop.ui.screens.base import AppAccess
from workshop.ui.widgets.keybar import KeyBar
from workshop.ui.widgets.plain import Static


def intro_text(content: Content) -> Text:
    parts: list = [
        (content.inleiding.titel, "bold underline"),
        f"\n{content.inleiding.tekst}\n\n",
        (content.onderstroom.titel, "bold underline"),
        f"\n{content.onderstroom.tekst}\n\n",
        ("Het stappenplan", "bold underline"),
        "\n",
    ]
    for stap in content.stappen:
        parts += [(f"Stap {stap.nummer}: {stap.titel}", "bold"), f"\n{stap.tekst}\n\n"]
    parts += [
        ("De landkaart", "bold underline"),
        "\n(De handreiking geeft de vier namen; de uitleg erbij is van deze app.)\n",
    ]
    for kwadrant in content.kwadranten:
        parts += [(kwadrant.naam, "bold"), f": {kwadrant.uitleg}\n"]
    parts += ["\n", ("Toelichting instrumenten", "bold underline"), f"\n{content.toelichting}"]
    return Text.assemble(*parts)


class IntroScreen(AppAccess, Screen[None]):
    CSS_PATH = "intro.tcss"

    BINDINGS = [Binding("escape,q", "close", "Terug")]

    def compose(self) -> ComposeResult:
        yield Static(self.content.titel + ": inleiding", classes="title")
        with VerticalScroll(id="intro"):
            yield Static(intro_text(self.content), id="intro-text")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#intro").focus()

    def action_close(self) -> None:
        self.dismiss(None)
