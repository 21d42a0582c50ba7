"""Medians and spreads, and the table the benchmarks print."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float  # the median, or the percentile the target is about
    unit: str
    spread: str  # how far the runs were apart
    target: str
    met: bool | None  # None: no target

    @classmethod
    def of(cls, name: str, samples: Sequence[float], unit: str, scale: float = 1.0, limit: float | None = None):
        """The median of the samples (times `scale`), their spread, and the target `limit`
        in the same unit; a ratio ('x') has no unit in its target."""
        value, suffix = median(samples) * scale, "" if unit == "x" else f" {unit}"
        if limit is None:
            return cls(name, value, unit, spread(samples, scale, suffix), "", None)
        target = f"≤ {limit:g}".replace(".", ",") + suffix
        return cls(name, value, unit, spread(samples, scale, suffix), target, value <= limit)

    def row(self) -> list[str]:
        mark = "–" if self.met is None else ("✓ gehaald" if self.met else "✗ niet gehaald")
        return [self.name, f"{self.value:.3g} {self.unit}", self.spread, self.target, mark]


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def spread(values: Sequence[float], scale: float = 1.0, unit: str = "") -> str:
    """The range between the 10th and the 90th percentile, and the number of runs."""
    low, high = percentile(values, 0.1) * scale, percentile(values, 0.9) * scale
    return f"p10–p90 {low:.3g}–{high:.3g}{unit} (n={len(values)})"


def table(figures: Sequence[Figure]) -> str:
    headings = ["meting", "waarde", "spreiding", "doel", "gehaald"]
    rows = [headings, *(f.row() for f in figures)]
    widths = [max(len(r[i]) for r in rows) for i in range(len(headings))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |" for r in rows]
    lines.insert(1, "| " + " | ".join("-" * w for w in widths) + " |")
    return "\n".join(lines)


def as_json(figures: Sequence[Figure]) -> list[dict]:
    return [asdict(f) for f in figures]
