"""The yardstick: a bare Textual app with a Header, one Static and a Footer."""

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Hallo")
        yield Footer()
