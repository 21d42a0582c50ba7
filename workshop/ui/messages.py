"""Messages from the screens to the App: small, and a burst of them costs one save."""

from __future__ import annotations

from textual.message import Message


class SessionChanged(Message):
    """The open session was changed: the App saves it right after the screen shows the
    change. A burst of keys queues one message, not one per key (`can_replace`)."""

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, SessionChanged)
