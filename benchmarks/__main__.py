"""python -m benchmarks [--smoke] [--json FILE]: measure, print a table, write JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import sys
import tempfile
from pathlib import Path

import textual

from benchmarks import keypress, live, startup, storage
from benchmarks.figures import as_json, table

FULL = {"pairs": 12, "sizes": (6, 20, 50), "saves": 200, "sessions": 1000, "compare": 20, "repeats": 5}
FULL |= {"phones": 50, "presses": 200, "spread": 60.0}
SMOKE = {"pairs": 1, "sizes": (2,), "saves": 5, "sessions": 10, "compare": 3, "repeats": 1}
SMOKE |= {"phones": 3, "presses": 4, "spread": 2.0}


def machine() -> dict:
    return {
        "datum": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "textual": textual.__version__,
    }


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description="Metingen van workshop")
    parser.add_argument("--smoke", action="store_true", help="kleine aantallen: werkt alles nog?")
    parser.add_argument("--json", type=Path, help="schrijf de uitkomsten ook als JSON")
    options = parser.parse_args()
    sizes = SMOKE if options.smoke else FULL
    with tempfile.TemporaryDirectory() as folder:
        scratch = Path(folder)
        figures = [
            *startup.measure(sizes["pairs"], scratch),
            *keypress.measure(sizes["sizes"], scratch),
            storage.autosave(max(sizes["sizes"]), sizes["saves"], scratch),
            *storage.listing(sizes["sessions"], sizes["repeats"], scratch),
            storage.comparison(sizes["compare"], sizes["repeats"], scratch),
            *live.measure(sizes["phones"], sizes["presses"], scratch, sizes["spread"]),
        ]
    details = machine()
    print(
        f"Gemeten op {details['platform']}, {details['cpus']} cores, Python {details['python']}, "
        f"Textual {details['textual']}, {details['datum']}{' (rook-test, kleine aantallen)' if options.smoke else ''}"
    )
    print(table(figures))
    if options.json:
        options.json.write_text(
            json.dumps({"machine": details, "metingen": as_json(figures)}, indent=2, ensure_ascii=False)
        )
        print(f"JSON: {options.json}")


if __name__ == "__main__":
    main()
