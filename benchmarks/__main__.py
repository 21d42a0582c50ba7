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

from benchmarks import live, screen, storage, switch_interval
from benchmarks.figures import as_json, table

FULL = {"pairs": 12, "participants": 50, "keys": 100, "saves": 200, "sessions": (100, 1000, 10000), "compare": 20}
FULL |= {"repeats": 3, "opening": 1000, "phones": 50, "presses": 200, "spread": 60.0, "rounds": 3, "wakes": 300}
SMOKE = {"pairs": 1, "participants": 3, "keys": 4, "saves": 5, "sessions": (10,), "compare": 3}
SMOKE |= {"repeats": 1, "opening": 10, "phones": 3, "presses": 4, "spread": 2.0, "rounds": 1, "wakes": 10}


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
            *screen.startup(sizes["pairs"], scratch),
            *screen.keypress(sizes["participants"], sizes["keys"], scratch),
            *storage.autosave(sizes["participants"], sizes["saves"], scratch),
            *switch_interval.measure(sizes["wakes"]),
            *screen.picker_and_list(sizes["sessions"], sizes["repeats"], scratch),
            screen.comparison(sizes["compare"], sizes["repeats"], scratch),
            screen.after_opening(sizes["opening"], sizes["keys"], scratch),
            *live.measure(sizes["phones"], sizes["presses"], scratch, sizes["spread"], sizes["rounds"]),
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
