"""Two source trees of the app side by side: for a change whose gain the spread of a full run
hides. Alternating, with the bare app beside them, as `python -m benchmarks` measures:

- `workshop --demo` from start to its finished frame at 200x60, and the ratio to the bare app;
- the picker in a folder of sessions, warm: its first frame and all rows (each tree reads its
  own copy of the folder, since their index formats may differ).

    git worktree add /tmp/base REV
    python -m benchmarks.trees /tmp/base [NEW] [--pairs N] [--sessions N]

A tree is a folder with the `workshop` package (NEW: this project); the app is started from it
through PYTHONPATH, with the Python that runs this.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from benchmarks.figures import Figure, table
from benchmarks.screen import ROOT, Run, environment, folder_of, program, ratios, starts, text_shown, to_frame
from workshop.domain.forms import format_count

SIZE = (200, 60)


def started(tree: Path, arguments: list[str], home: Path) -> tuple[list[str], dict[str, str]]:
    return [sys.executable, "-m", "workshop", *arguments], environment(home) | {"PYTHONPATH": str(tree)}


def in_turn(names: list[str], number: int) -> list[str]:
    """Each tree first in every other round: a machine that slows down weighs on both."""
    return names if number % 2 else names[::-1]


def start(trees: dict[str, Path], pairs: int, scratch: Path) -> list[Figure]:
    home = scratch / "start"
    home.mkdir()

    def round_of(number: int) -> dict[str, Run]:
        runs: dict[str, Run] = {"kaal": (program("floor"), ("Hallo",), None)}
        for name in in_turn(list(trees), number):
            argv, env = started(trees[name], ["--demo", "--sessions", str(home / f"{name}-{number}")], home)
            runs[name] = (argv, ("van 19",), env)
        return runs

    times = starts(pairs, SIZE, home, round_of)
    figures = [Figure.of(f"start tot afgemaakt beeld, {name}", times[name], "s") for name in ("kaal", *trees)]
    return figures + [Figure.of(f"start: {name} / kaal", ratios(times, name, "kaal"), "x") for name in trees]


def picker(trees: dict[str, Path], pairs: int, count: int, scratch: Path) -> list[Figure]:
    home = scratch / "keuzelijst"
    source = folder_of(count, home / "bron")
    folders = {name: shutil.copytree(source, home / name) for name in trees}
    firsts: dict[str, list[float]] = {name: [] for name in trees}
    alls: dict[str, list[float]] = {name: [] for name in trees}
    for number in range(pairs + 1):  # the first round writes each tree's index: not counted
        for name in in_turn(list(trees), number):
            argv, env = started(trees[name], ["--sessions", str(folders[name])], home)
            first, terminal = to_frame(argv, ("sessies",), SIZE, home, env=env)
            try:
                every = terminal.wait_for(text_shown(f"· {format_count(count)} sessies"), timeout=300)
            finally:
                terminal.close()
            if number:
                firsts[name].append(first)
                alls[name].append(every - terminal.started)
    return [
        figure
        for name in trees
        for figure in (
            Figure.of(f"keuzelijst, {count} sessies, warm, {name}: eerste beeld", firsts[name], "s"),
            Figure.of(f"keuzelijst, {count} sessies, warm, {name}: alle rijen", alls[name], "s"),
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.trees", description=__doc__.split("\n\n")[0])
    parser.add_argument("base", type=Path, help="the tree to compare with (a folder with the workshop package)")
    parser.add_argument("new", type=Path, nargs="?", default=ROOT, help="the other tree (default: this project)")
    parser.add_argument("--pairs", type=int, default=20, help="rounds counted (default 20)")
    parser.add_argument("--sessions", type=int, default=10000, help="sessions in the picker's folder (default 10000)")
    options = parser.parse_args()
    trees = {"oud": options.base.resolve(), "nieuw": options.new.resolve()}
    for tree in trees.values():
        if not (tree / "workshop" / "__init__.py").is_file():
            parser.error(f"{tree}: geen map met het pakket workshop")
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        figures = start(trees, options.pairs, scratch) + picker(trees, options.pairs, options.sessions, scratch)
    print(table(figures))


if __name__ == "__main__":
    main()
