"""Start-up after each of the two ways to install: `pip install .` (the README's first
command) and `pip install -e .` (an editable checkout), where Python may not write bytecode
(PYTHONDONTWRITEBYTECODE=1, as on the machine these benchmarks ran on, and in many container
images) and the checkout has none yet. pip compiles every module when it installs; an
editable install leaves them as source, so then every start compiles the app's modules again.

    python -m benchmarks.installs [PAIRS]

Makes a copy of the project without bytecode and two virtual environments from it (about a
minute; pip needs the package index), then starts the bare app (from the installed
environment) and `workshop --demo` from each environment in turn, to the finished frame at
200x60, as `python -m benchmarks` does. Not part of `python -m benchmarks`: it installs.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import screen
from benchmarks.figures import Figure, table
from benchmarks.screen import ROOT

SIZE = (200, 60)
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", ".venv", "venv", ".git", "build", "*.egg-info", ".*cache")


def environment(home: Path) -> dict[str, str]:
    """As `python -m benchmarks` starts a program, but from the installed environment (not the
    project's folder on PYTHONPATH), and without writing bytecode."""
    started_as = {key: value for key, value in screen.environment(home).items() if key != "PYTHONPATH"}
    return started_as | {"PYTHONDONTWRITEBYTECODE": "1"}


def install(source: Path, venv: Path, *editable: str) -> Path:
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    pip = [str(venv / "bin" / "pip"), "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, *editable, str(source)], check=True, stderr=subprocess.DEVNULL)
    return venv / "bin"


def measure(pairs: int, scratch: Path) -> list[Figure]:
    source = scratch / "project"
    shutil.copytree(ROOT, source, ignore=LEFT_OUT)
    installed = install(source, scratch / "installed")
    editable = install(source, scratch / "editable", "-e")
    home = scratch / "home"
    home.mkdir()
    env = environment(home)
    floor = [str(installed / "python"), str(ROOT / "benchmarks" / "floor_app.py")]
    demo = ("--demo", "--sessions")
    times = screen.starts(
        pairs,
        SIZE,
        home,
        lambda number: {
            "kaal": (floor, ("Hallo",), env),
            "pip install .": ([str(installed / "workshop"), *demo, str(home / f"i{number}")], ("van 19",), env),
            "pip install -e .": ([str(editable / "workshop"), *demo, str(home / f"e{number}")], ("van 19",), env),
        },
    )
    figures = [Figure.of(f"start tot afgemaakt beeld, {name}, 200x60", values, "s") for name, values in times.items()]
    for name in ("pip install .", "pip install -e ."):
        figures.append(Figure.of(f"start: {name} / kaal, 200x60", screen.ratios(times, name, "kaal"), "x"))
    return figures


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as folder:
        print(table(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 10, Path(folder))))
