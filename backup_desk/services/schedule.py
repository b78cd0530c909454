"""When a configuration runs: planned slots in local time, catch-up, overdue (pure functions + a clock).

A schedule is a frequency (manual, daily, weekly, monthly) with a local time of day, a weekday (weekly)
and a day of the month (monthly; a day past the month's end means its last day: the 31st runs on 30 April
and 28/29 February). Slots are computed on the local calendar, not by adding 24 hours, so a daily 02:30
stays at 02:30 across a DST change (a time skipped by the spring change runs one hour later, a time seen
twice in autumn runs once).

The next run is the first slot after the last one (the last slot claimed, or the last success, or the
configuration's creation): a machine that was off for three days finds three slots passed and runs once,
recording the two it caught up. Overdue means a slot passed more than a grace period ago without a
success after it (for a configuration that never succeeded: one period plus the grace).
"""

from __future__ import annotations

import calendar
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from backup_desk.vocabulary import Frequency

FREQUENCIES = tuple(Frequency)
GRACE = {
    Frequency.DAILY: timedelta(hours=2),
    Frequency.WEEKLY: timedelta(hours=12),
    Frequency.MONTHLY: timedelta(days=1),
}
DEFAULT_TIME = time(2, 0)
MAX_SLOTS_COUNTED = 400  # catch-up counting stops here (more than a year of daily slots)


@dataclass(frozen=True)
class ScheduleSpec:
    frequency: Frequency
    time_of_day: time = DEFAULT_TIME
    weekday: int = 0  # 0 = Monday
    month_day: int = 1  # 1-31; past the month's end = its last day

    @property
    def scheduled(self) -> bool:
        return self.frequency in GRACE


class Clock(Protocol):
    """Time as the scheduler sees it; tests pass a fixed clock to cross DST changes and month ends."""

    @property
    def tz(self) -> tzinfo: ...

    def now(self) -> datetime: ...


def local_zone() -> tzinfo:
    """The machine's time zone as a zoneinfo zone (so DST rules apply), from $TZ or /etc/localtime."""
    for name in (os.environ.get("BACKUP_DESK_TZ"), os.environ.get("TZ")):
        if name:
            try:
                return ZoneInfo(name.lstrip(":"))
            except (ZoneInfoNotFoundError, ValueError):
                pass
    localtime = Path("/etc/localtime")
    try:
        if localtime.is_symlink():
            target = str(localtime.resolve())
            if "zoneinfo/" in target:
                return ZoneInfo(target.split("zoneinfo/", 1)[1])
        if localtime.exists():
            with localtime.open("rb") as fh:
                return ZoneInfo.from_file(fh)
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    fallback = datetime.now().astimezone().tzinfo  # Windows: a fixed offset, good enough to the next DST
    return fallback or UTC


class SystemClock:
    def __init__(self) -> None:
        self._tz = local_zone()

    @property
    def tz(self) -> tzinfo:
        return self._tz

    def now(self) -> datetime:
        return datetime.now(UTC)


@dataclass
class FixedClock:
    """A clock that only moves when told to (tests, previews)."""

    current: datetime
    zone: tzinfo = UTC

    @property
    def tz(self) -> tzinfo:
        return self.zone

    def now(self) -> datetime:
        return self.current

    def advance(self, delta: timedelta) -> None:
        self.current = self.current + delta


def parse_time(text: str) -> time:
    """"HH:MM" -> time; ValueError on anything else."""
    hours, _, minutes = text.strip().partition(":")
    return time(int(hours), int(minutes or 0))


def _runs_on(spec: ScheduleSpec, day: date) -> bool:
    if spec.frequency == Frequency.DAILY:
        return True
    if spec.frequency == Frequency.WEEKLY:
        return day.weekday() == spec.weekday
    if spec.frequency == Frequency.MONTHLY:
        return day.day == min(spec.month_day, calendar.monthrange(day.year, day.month)[1])
    return False


def _slot(day: date, spec: ScheduleSpec, tz: tzinfo) -> datetime:
    # fold=0: a wall time skipped by the spring change maps one hour later; an autumn time seen twice
    # maps to its first occurrence, so the slot happens once.
    local = datetime.combine(day, spec.time_of_day, tzinfo=tz).replace(fold=0)
    return local.astimezone(UTC)


def next_slot(spec: ScheduleSpec, after: datetime, tz: tzinfo) -> datetime | None:
    """The first planned time strictly after `after` (UTC), None for manual schedules."""
    if not spec.scheduled:
        return None
    day = after.astimezone(tz).date() - timedelta(days=1)  # the previous day's slot may still be later
    for _ in range(64):  # at most one month and a bit ahead
        if _runs_on(spec, day):
            slot = _slot(day, spec, tz)
            if slot > after:
                return slot
        day += timedelta(days=1)
    raise AssertionError("no slot within 64 days")  # pragma: no cover - every frequency has one


def slots_between(spec: ScheduleSpec, after: datetime, until: datetime, tz: tzinfo) -> list[datetime]:
    """The slots in (after, until], oldest first (at most MAX_SLOTS_COUNTED)."""
    found: list[datetime] = []
    current = after
    while len(found) < MAX_SLOTS_COUNTED:
        slot = next_slot(spec, current, tz)
        if slot is None or slot > until:
            break
        found.append(slot)
        current = slot
    return found


@dataclass(frozen=True)
class Planning:
    next_run_at: datetime | None  # the slot to run next (in the past when due now); None = manual/off
    due: bool
    missed: tuple[datetime, ...]  # earlier slots that passed unrun: caught up by this one run
    overdue: bool
    overdue_since: datetime | None  # the slot that should have produced a success


def anchor(created_at: datetime, last_slot_at: datetime | None, last_success_at: datetime | None) -> datetime:
    """Where the next slot is counted from: the latest of creation, last claimed slot, last success."""
    return max(t for t in (created_at, last_slot_at, last_success_at) if t is not None)


def plan(spec: ScheduleSpec, *, is_active: bool, created_at: datetime, last_slot_at: datetime | None,
         last_success_at: datetime | None, now: datetime, tz: tzinfo) -> Planning:
    if not spec.scheduled or not is_active:
        return Planning(None, False, (), False, None)
    start = anchor(created_at, last_slot_at, last_success_at)
    passed = slots_between(spec, start, now, tz)
    nxt: datetime | None
    if passed:
        nxt, due, missed = passed[-1], True, tuple(passed[:-1])
    else:
        nxt, due, missed = next_slot(spec, start, tz), False, ()
    expected = next_slot(spec, max(created_at, last_success_at or created_at), tz)
    late_after = GRACE[spec.frequency]
    if last_success_at is None and expected is not None:
        # A new configuration gets one whole period to make its first backup: a newcomer whose first
        # planned run fell while the machine was off does not see red on the first day.
        late_after += add_period(expected, spec.frequency) - expected
    overdue = expected is not None and now > expected + late_after
    return Planning(nxt, due, missed, overdue, expected if overdue else None)


def add_period(when: datetime, frequency: str) -> datetime:
    """One period later (monthly keeps the day, clamped to the month's end)."""
    if frequency == Frequency.DAILY:
        return when + timedelta(days=1)
    if frequency == Frequency.WEEKLY:
        return when + timedelta(days=7)
    if frequency == Frequency.MONTHLY:
        year, month = (when.year + 1, 1) if when.month == 12 else (when.year, when.month + 1)
        day = min(when.day, calendar.monthrange(year, month)[1])  # 31 Jan -> 28/29 Feb
        return when.replace(year=year, month=month, day=day)
    raise ValueError(f"no period for frequency {frequency!r}")


def overdue_by_more_than_period(frequency: str, overdue_since: datetime | None, now: datetime) -> bool:
    """Worth a notification: overdue for longer than one whole period."""
    return overdue_since is not None and frequency in GRACE and now > add_period(overdue_since, frequency)
