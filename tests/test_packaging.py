"""The wheel carries every subpackage: pyproject.toml lists them by hand (content/ is mapped to
workshop.data)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).parent.parent


def test_every_subpackage_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "workshop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert listed == found | {"workshop.data"}  # the top-level content/ folder


def test_every_style_sheet_and_script_is_package_data():
    """Every file the package reads at run time (Textual's style sheets, the phone page's
    script) is in the wheel: an editable install would not notice a missing one."""
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    data = [*(ROOT / "workshop").rglob("*.tcss"), *(ROOT / "workshop").rglob("*.js")]
    assert any(path.name == "antwoord.js" for path in data)
    for path in data:
        package = ".".join(path.parent.relative_to(ROOT).parts)
        assert f"*{path.suffix}" in patterns.get(package, []), f"{path.relative_to(ROOT)} is not in the wheel"
