"""One window opening a session, as the app does before its first paint (tests/test_lock_race.py):
it waits for 'go' on stdin, takes the lock, says on stdout whether it is the writer or which
process it found holding the session, and keeps its lock until stdin closes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from workshop.content import default_content
from workshop.files.open_session import OpenSession
from workshop.files.store import load_session

path = Path(sys.argv[1])
content = default_content()
opened = OpenSession(load_session(path, content), path, content)
print("ready", flush=True)
sys.stdin.readline()
holder = opened.take_lock()
print(json.dumps({"writer": opened.read_only is None, "holder": holder.pid if holder else None}), flush=True)
sys.stdin.read()  # until the test has looked
opened.release()
