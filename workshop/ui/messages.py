"""Messages from the screens to the App: a screen says what happened or what it wants, and the
App does it (it saves, it opens, it adds); nothing below the App knows another screen. A
burst of changes costs one save."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message


class SessionChanged(Message):
    """The open session was changed: the App saves it right after the screen shows the
    change. A burst of keys queues one message, not one per key (`can_replace`)."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SessionChanged)


class Written(Message):
    """The writer's thread finished a save (or found it could not): the status bar says which.
    Posted from that thread (Textual's post_message is thread-safe)."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, Written)


class RunCommand(Message):
    """Run a command of commands.py by its name."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name


class OpenSession(Message):
    """Open the session in this file."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path


class AddAction(Message):
    """Ask the details and put this instrument on the action plan."""

    def __init__(self, instrument_id: str) -> None:
        super().__init__()
        self.instrument_id = instrument_id


class ShowInstrument(Message):
    """Stap 4, opened on this instrument."""

    def __init__(self, instrument_id: str) -> None:
        super().__init__()
        self.instrument_id = instrument_id
