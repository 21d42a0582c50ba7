"""The domain layer never imports textual or rich: it is proved in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

PURE = [
    "workshop.content",
    "workshop.content.fields",
    "workshop.domain.model",
    "workshop.domain.rules",
    "workshop.domain.advice",
    "workshop.files.sessionfile",
    "workshop.files.store",
    "workshop.output.report",
    "workshop.output.listing",
    "workshop.files.index",
    "workshop.domain.compare",
    "workshop.domain.interpret",
    "workshop.domain.history",
    "workshop.domain.questionnaire",
    "workshop.output.comparison",
    "workshop.output.export",
    "workshop.files.lock",
    "workshop.files.open_session",
    "workshop.domain.timer",
    "workshop.domain.forms",
    "workshop.files.demo",
    "workshop.cli",
]


@pytest.mark.parametrize("module", PURE)
def test_module_does_not_import_textual_or_rich(module):
    code = (
        f"import sys, {module}; "
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')); "
        "print(','.join(loaded))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
