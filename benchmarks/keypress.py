"""Key to frame: every cell of the grid answered, revealed, side panel in view, 200x60.

Measured inside the app: from the moment the key event reaches the app to the moment
Textual hands the frame that shows the new answer and tallies to the terminal. The Pilot's
own waiting is not in it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from pathlib import Path

from textual import events

from benchmarks.figures import Figure, percentile
from workshop.content import default_content
from workshop.domain.model import new_session
from workshop.files.store import load_session, save_session
from workshop.ui.app import WorkshopApp


class TimedApp(WorkshopApp):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.key_at: float | None = None
        self.samples: list[float] = []

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self.key_at = time.perf_counter()
        await super().on_event(event)

    def _display(self, screen, renderable) -> None:
        if renderable is not None and self.key_at is not None:
            self.samples.append(time.perf_counter() - self.key_at)
            self.key_at = None
        super()._display(screen, renderable)


def room(count: int, folder: Path) -> Path:
    content = default_content()
    now = dt.datetime(2026, 11, 28, 20, 0, tzinfo=dt.timezone.utc)
    sessie = new_session(
        gemeente="Bank", titel=f"{count} deelnemers", datum=now.date(), opzet="raad", begeleider="",
        inhoud_versie=content.versie, now=now,
    )  # fmt: skip
    for number in range(count):
        sessie.add_deelnemer(f"Deelnemer {number + 1}", "raadslid-coalitie")
    sessie.normen = {vraag.id: 4 for vraag in content.vragen}
    sessie.alles_tonen = True  # revealed: the panel shows the tallies
    path = folder / f"bank-{count}.toml"
    save_session(sessie, path, content)
    return path


async def answer_every_cell(path: Path) -> list[float]:
    app = TimedApp(session_path=path, sessions_dir=path.parent, settings_path=path.parent / "instellingen.toml")
    cells = len(app.content.vragen) * len(load_session(path, app.content).deelnemers)
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        app.samples.clear()
        for number in range(cells):
            await pilot.press(str(number % 5 + 1))
            await pilot.pause()
    return app.samples


def measure(sizes: tuple[int, ...], scratch: Path) -> list[Figure]:
    figures = []
    for count in sizes:
        samples = asyncio.run(answer_every_cell(room(count, scratch)))
        p95 = percentile(samples, 0.95) * 1000
        target = "≤ 16 ms" if count == max(sizes) else ""
        figures.append(Figure.of(f"toets tot beeld, {count} deelnemers, p50", samples, "ms", scale=1000))
        figures.append(
            Figure(
                f"toets tot beeld, {count} deelnemers, p95",
                p95,
                "ms",
                f"n={len(samples)}",
                target,
                p95 <= 16 if target else None,
            )
        )
    return figures
