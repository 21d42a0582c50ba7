"""Start the app from the command line: a session path, a copy of the demo, or a new session.

This is the only module the command line imports that pulls in Textual.
"""

from __future__ import annotations

import gc
from pathlib import Path

from workshop.app import WorkshopApp


def launch(*, sessions: Path, path: Path | None = None, demo: bool = False, new: bool = False) -> int:
    app = WorkshopApp(session_path=path, sessions_dir=sessions, start_new=new, demo=demo)
    # What is loaded by now lives as long as the app: keep the garbage collector from
    # walking it again and again while the first screen is built.
    gc.freeze()
    app.run()
    return 0
