"""Planned slots on the local calendar: DST changes, month ends, catch-up once, overdue."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from backup_desk.services.schedule import (
    FixedClock,
    ScheduleSpec,
    add_period,
    next_slot,
    overdue_by_more_than_period,
    plan,
    slots_between,
)

PARIS = ZoneInfo("Europe/Paris")


def _local(*args: int) -> datetime:
    return datetime(*args, tzinfo=PARIS).astimezone(UTC)  # type: ignore[misc]


def test_daily_keeps_its_wall_time_across_both_dst_changes() -> None:
    spec = ScheduleSpec("daily", time(2, 30))
    # Spring 2026 (29 March): 02:30 does not exist in Paris; the run happens at 03:30 local, once.
    slots = slots_between(spec, _local(2026, 3, 27, 12), _local(2026, 3, 30, 12), PARIS)
    local = [s.astimezone(PARIS) for s in slots]
    assert [(d.day, d.hour, d.minute) for d in local] == [(28, 2, 30), (29, 3, 30), (30, 2, 30)]
    assert slots[2] - slots[1] == timedelta(hours=23)
    # Autumn 2026 (25 October): 02:30 happens twice; the run happens once, 25 h after the previous one.
    slots = slots_between(spec, _local(2026, 10, 23, 12), _local(2026, 10, 26, 12), PARIS)
    assert [s.astimezone(PARIS).day for s in slots] == [24, 25, 26]
    assert slots[1] - slots[0] == timedelta(hours=24) and slots[2] - slots[1] == timedelta(hours=25)
    assert all(s.astimezone(PARIS).hour == 2 for s in slots)


def test_evening_slot_across_dst_is_23_then_25_hours_apart() -> None:
    spec = ScheduleSpec("daily", time(21, 0))
    spring = slots_between(spec, _local(2026, 3, 28, 12), _local(2026, 3, 30, 0), PARIS)
    assert spring[1] - spring[0] == timedelta(hours=23)
    assert [s.astimezone(PARIS).hour for s in spring] == [21, 21]


def test_weekly_on_its_weekday() -> None:
    spec = ScheduleSpec("weekly", time(8, 0), weekday=4)  # Fridays
    slots = slots_between(spec, _local(2026, 3, 1), _local(2026, 4, 30), PARIS)
    assert all(s.astimezone(PARIS).weekday() == 4 and s.astimezone(PARIS).hour == 8 for s in slots)
    assert len(slots) == 8 and slots[0].astimezone(PARIS).day == 6


def test_monthly_on_the_31st_falls_back_to_month_ends() -> None:
    spec = ScheduleSpec("monthly", time(23, 0), month_day=31)
    slots = slots_between(spec, _local(2026, 1, 1), _local(2027, 1, 1), PARIS)
    days = [(s.astimezone(PARIS).month, s.astimezone(PARIS).day) for s in slots]
    assert days == [(1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30),
                    (10, 31), (11, 30), (12, 31)]
    leap = slots_between(spec, _local(2028, 2, 1), _local(2028, 3, 1), PARIS)
    assert [s.astimezone(PARIS).day for s in leap] == [29]
    # The 30th: every month but February, which gets its 28th.
    on_30 = ScheduleSpec("monthly", time(1, 0), month_day=30)
    assert next_slot(on_30, _local(2026, 2, 1), PARIS) == _local(2026, 2, 28, 1)
    assert next_slot(on_30, _local(2026, 2, 28, 1), PARIS) == _local(2026, 3, 30, 1)


def test_a_machine_asleep_for_three_days_runs_once_and_says_what_it_caught_up() -> None:
    spec = ScheduleSpec("daily", time(2, 0))
    created = _local(2026, 3, 1, 10)
    clock = FixedClock(_local(2026, 3, 2, 1), PARIS)
    p = plan(spec, is_active=True, created_at=created, last_slot_at=None, last_success_at=None,
             now=clock.now(), tz=clock.tz)
    assert not p.due and p.next_run_at == _local(2026, 3, 2, 2) and not p.overdue  # not red on day one
    clock.advance(timedelta(hours=1, minutes=5))
    p = plan(spec, is_active=True, created_at=created, last_slot_at=None, last_success_at=None,
             now=clock.now(), tz=clock.tz)
    assert p.due and p.missed == ()
    ran = p.next_run_at
    # Ran at 02:00 on the 2nd, then the machine slept until the 5th at 09:00: one run, two caught up.
    clock.current = _local(2026, 3, 5, 9)
    p = plan(spec, is_active=True, created_at=created, last_slot_at=ran, last_success_at=ran, now=clock.now(),
             tz=clock.tz)
    assert p.due and p.next_run_at == _local(2026, 3, 5, 2)
    assert p.missed == (_local(2026, 3, 3, 2), _local(2026, 3, 4, 2))
    assert p.overdue and p.overdue_since == _local(2026, 3, 3, 2)
    assert overdue_by_more_than_period("daily", p.overdue_since, clock.now())
    # After that catch-up run claims its slot, nothing is due until the next 02:00.
    p = plan(spec, is_active=True, created_at=created, last_slot_at=_local(2026, 3, 5, 2),
             last_success_at=_local(2026, 3, 5, 9, 5), now=clock.now() + timedelta(minutes=10), tz=clock.tz)
    assert not p.due and p.next_run_at == _local(2026, 3, 6, 2) and not p.overdue


def test_manual_and_inactive_are_never_planned() -> None:
    now = _local(2026, 5, 1)
    for spec, active in ((ScheduleSpec("manual"), True), (ScheduleSpec("daily"), False)):
        p = plan(spec, is_active=active, created_at=now - timedelta(days=40), last_slot_at=None,
                 last_success_at=None, now=now, tz=PARIS)
        assert p.next_run_at is None and not p.due and not p.overdue


def test_periods() -> None:
    t = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)
    assert add_period(t, "daily") == t + timedelta(days=1)
    assert add_period(t, "monthly") == datetime(2026, 2, 28, 9, 0, tzinfo=UTC)
    assert add_period(datetime(2026, 12, 15, tzinfo=UTC), "monthly") == datetime(2027, 1, 15, tzinfo=UTC)
