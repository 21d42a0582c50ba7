"""Start the app from the command line: a session path, a copy of the demo, or a new session.

This is the only module the command line imports that pulls in Textual.
"""

from __future__ import annotations

import gc
import io
import sys
from pathlib import Path

from rich.console import Console

from workshop.ui.app import WorkshopApp

SWITCH_INTERVAL = 0.001  # seconds


def launch(
    *,
    sessions: Path,
    path: Path | None = None,
    demo: bool = False,
    new: bool = False,
    live: tuple[str | None, int] | None = None,
) -> tuple[int, str]:
    """Run the app; its exit code, and the report of an unexpected error (else ''), which
    Textual would print as a traceback on the terminal: the command keeps it in a log."""
    app = WorkshopApp(session_path=path, sessions_dir=sessions, start_new=new, demo=demo, live=live)
    report = io.StringIO()
    app.error_console = Console(file=report, width=120, markup=False, highlight=False, color_system=None)
    # What is loaded by now lives as long as the app: keep the garbage collector from
    # walking it again and again while the first screen is built.
    gc.freeze()
    # The app's threads (the writer's TOML, a folder being read) give the interpreter back to
    # the keys within a millisecond, not after Python's default 5 ms.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        app.run()
    finally:
        sys.setswitchinterval(switch)
    return app.return_code or 0, report.getvalue()
