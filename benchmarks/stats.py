"""Timing helpers and how figures are printed."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TextIO


def percentile(samples: list[float], share: float) -> float:
    """The ``share`` quantile of ``samples`` (nearest rank)."""
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))
    return ordered[index]


@dataclass(frozen=True)
class Spread:
    """Median and 99th percentile of a set of timings, in seconds."""

    median: float
    p99: float
    count: int

    @classmethod
    def of(cls, samples: list[float]) -> Spread:
        """Summarise ``samples`` (seconds)."""
        return cls(statistics.median(samples), percentile(samples, 0.99), len(samples))


def ms(seconds: float) -> str:
    """Seconds as milliseconds, three significant figures or so."""
    value = seconds * 1000
    return (
        f"{value:.3f} ms" if value < 1 else f"{value:.2f} ms" if value < 100 else f"{value:.0f} ms"
    )


class Report:
    """Prints figures as aligned lines: ``[store] what  figure (ratio)``."""

    def __init__(self, out: TextIO, floor: Callable[[], float]) -> None:
        self._out = out
        self._floor = floor

    def line(self, scope: str, what: str, figure: str) -> None:
        """Print one figure."""
        print(f"{scope:<6} {what:<34} {figure}", file=self._out, flush=True)

    def times(self, scope: str, what: str, spread: Spread, extra: str = "") -> None:
        """Print a median and a p99 with their ratios to the floor F."""
        floor = self._floor()
        figure = (
            f"median {ms(spread.median)} ({spread.median / floor:.1f}x F)  "
            f"p99 {ms(spread.p99)} ({spread.p99 / floor:.1f}x F)  n={spread.count}"
        )
        self.line(scope, what, figure + (f"  {extra}" if extra else ""))


def clock() -> float:
    """A monotonic clock for measuring (never the business clock)."""
    return time.perf_counter()
