"""The floor: a bare Textual app with a Header, one Static and a Footer; every key shows
'toets N' in the Static. What no app on this Textual can beat, measured the same way.

    python -m benchmarks.floor_app
"""

from textual import events
from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class FloorApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Hallo", id="floor")
        yield Footer()

    def on_mount(self) -> None:
        self.keys = 0

    def on_key(self, event: events.Key) -> None:
        if event.key == "ctrl+q":
            self.exit()
            return
        self.keys += 1
        self.query_one("#floor", Static).update(f"toets {self.keys}")


if __name__ == "__main__":
    FloorApp().run()
