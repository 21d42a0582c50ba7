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


def test_every_style_file_is_package_data():
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    for style in (ROOT / "workshop").rglob("*.tcss"):
        package = ".".join(style.parent.relative_to(ROOT).parts)
        assert "*.tcss" in patterns.get(package, []), f"{style.relative_to(ROOT)} is not in the wheel"
