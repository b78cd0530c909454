"""When a configuration should run next, and whether it is overdue (from its frequency and history).

A configuration that has never succeeded is due at once (from its creation); afterwards it is due one
period after its last success. It is overdue once it is due and a grace period has passed without a
success, so a missed or failing schedule shows on the dashboard instead of failing silently.
"""

from __future__ import annotations

import calendar
from datetime import datetime, timedelta

GRACE = {
    "daily": timedelta(hours=2),
    "weekly": timedelta(hours=12),
    "monthly": timedelta(days=1),
}


def add_period(when: datetime, frequency: str) -> datetime:
    if frequency == "daily":
        return when + timedelta(days=1)
    if frequency == "weekly":
        return when + timedelta(days=7)
    if frequency == "monthly":
        year, month = (when.year + 1, 1) if when.month == 12 else (when.year, when.month + 1)
        day = min(when.day, calendar.monthrange(year, month)[1])  # 31 Jan -> 28/29 Feb
        return when.replace(year=year, month=month, day=day)
    raise ValueError(f"no period for frequency {frequency!r}")


def next_run_at(frequency: str, is_active: bool, created_at: datetime,
                last_success_at: datetime | None) -> datetime | None:
    """None for manual or inactive configurations."""
    if frequency == "manual" or not is_active or frequency not in GRACE:
        return None
    if last_success_at is None:
        return created_at
    return add_period(last_success_at, frequency)


def is_overdue(frequency: str, next_run: datetime | None, now: datetime) -> bool:
    if next_run is None:
        return False
    return now > next_run + GRACE[frequency]


def is_due(next_run: datetime | None, now: datetime) -> bool:
    return next_run is not None and now >= next_run
