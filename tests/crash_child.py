"""A meeting that kills itself: run by tests/test_crash.py in a process of its own.

    python crash_child.py SESSION JOURNAL SEED KILL_AT PAUSE
    python crash_child.py SESSION - 0 mid-save 0

It drives the real app with Pilot through a scripted, seeded meeting and, right after key
number KILL_AT (after a pause when PAUSE is 1), sends itself SIGKILL. The journal, each
line fsynced, holds 'P <sha>' before and 'S <sha>' after every save, and 'M <sha>' for the
session as the screen shows it once a key has been handled. With 'mid-save' the process
dies inside the first save, between the temporary file and the rename.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import os
import random
import signal
import sys
from pathlib import Path

import workshop.files.open_session as open_session
import workshop.files.store as store
from workshop.ui.app import WorkshopApp

KEYS = ["1", "2", "3", "4", "5", "1", "2", "3", "4", "5", "backspace", "up", "down", "left", "right", "r", "o", "enter"]
FIXED = dt.datetime(2026, 11, 28, 20, 15, tzinfo=dt.timezone.utc)


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class Journal:
    def __init__(self, path: str) -> None:
        self.file = open(path, "a", encoding="ascii")

    def note(self, kind: str, data: bytes) -> None:
        self.file.write(f"{kind} {hashlib.sha256(data).hexdigest()}\n")
        self.file.flush()
        os.fsync(self.file.fileno())

    def around_saves(self) -> None:
        real = open_session.save_document

        def save(document, path):  # in the writer's thread
            data = store.encode_document(document)
            self.note("P", data)
            real(document, path)
            self.note("S", data)

        open_session.save_document = save


def die_inside_the_rename(session: Path) -> None:
    real = os.replace

    def replace(source, target):
        if Path(target) == session:
            die()  # the temporary file is written and fsynced; the rename never happens
        real(source, target)

    store.os.replace = replace


async def meeting(session: Path, seed: int, kill_at: int | None, pause: bool, journal: Journal | None) -> None:
    app = WorkshopApp(
        session_path=session,
        sessions_dir=session.parent,
        clock=lambda: FIXED,
        settings_path=session.parent / "instellingen.toml",
    )
    keys = random.Random(seed).choices(KEYS, k=max(kill_at or 1, 1))
    keys[0] = "1"  # the first key always changes something
    async with app.run_test(size=(100, 30)) as pilot:

        def shown() -> None:
            if journal is not None:
                journal.note("M", store.encode(app.current.sessie, app.content))

        for number, key in enumerate(keys, start=1):
            await pilot.press(key)
            if number == kill_at and not pause:
                die()
            await pilot.pause(0.02)
            shown()
            if number == kill_at:
                die()


def main() -> None:
    session, journal, seed, kill_at, pause = sys.argv[1:6]
    if kill_at == "mid-save":
        die_inside_the_rename(Path(session))
        asyncio.run(meeting(Path(session), 0, 1, True, None))
    else:
        book = Journal(journal)
        book.around_saves()
        asyncio.run(meeting(Path(session), int(seed), int(kill_at), pause == "1", book))
    sys.exit("the meeting ended without being killed")


if __name__ == "__main__":
    main()
