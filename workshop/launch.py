"""Start the app from the command line: a session path, a copy of the demo, or a new session.

This is the only module the command line imports that pulls in Textual.
"""

from __future__ import annotations

from pathlib import Path

from workshop.app import WorkshopApp


def launch(*, sessions: Path, path: Path | None = None, demo: bool = False, new: bool = False) -> int:
    app = WorkshopApp(session_path=path, sessions_dir=sessions, start_new=new, demo=demo)
    app.run()
    return 0
