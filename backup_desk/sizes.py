"""One size convention for the whole product (CLI, window, logs, messages): decimal SI units, 1 kB = 1000 B,
as disks, file managers and network rates count. The window passes its translated unit names and its locale's
decimal separator; the numbers are the same everywhere."""

from __future__ import annotations

from collections.abc import Sequence

UNITS: tuple[str, ...] = ("B", "kB", "MB", "GB", "TB")
STEP = 1000


def format_size(n: int | None, *, units: Sequence[str] = UNITS, decimal_point: str = ".",
                unknown: str = "-") -> str:
    """`1500` → "1.5 kB"; bytes as a whole number, larger units with one decimal; None → `unknown`."""
    if n is None:
        return unknown
    value = float(n)
    last = len(units) - 1
    for index, unit in enumerate(units):
        if abs(value) < STEP or index == last:
            if index == 0:
                return f"{int(value)} {unit}"
            return f"{value:.1f}".replace(".", decimal_point) + f" {unit}"
        value /= STEP
    raise AssertionError("unreachable: the last unit always returns")
