"""The static rules hold everywhere: ruff's checks (among them the banned imports that keep
text widgets literal) and its formatting."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def ruff(*args: str, source: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, input=source, capture_output=True, text=True)


def test_ruff_check_passes():
    done = ruff("check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_is_kept():
    done = ruff("format", "--check", "--no-cache", ".")
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_textual_text_widget_outside_plain_is_refused():
    """The rule itself: a new screen that imports Textual's Static fails the check."""
    source = "from textual.widgets import Static\n\nSHOWN = Static\n"
    done = ruff("check", "--no-cache", "--stdin-filename", "workshop/screens/new.py", "-", source=source)
    assert done.returncode == 1 and "TID251" in done.stdout
