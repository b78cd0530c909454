"""The scheduler driven by a fake clock: runs at the right moments across DST and month ends, one
catch-up after a sleep, each slot claimed once even by two real processes at once."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from backup_desk.catalog.models import AuditEvent, Configuration, utcnow
from backup_desk.services import configs, scheduler
from backup_desk.services.app_settings import set_schedules_paused
from backup_desk.services.history import get_backup, list_backups
from backup_desk.services.models import ConfigInput, HistoryFilter
from backup_desk.services.schedule import FixedClock
from tests.support.cli import cli_env, command
from tests.test_services_runs import make_folder

PARIS = ZoneInfo("Europe/Paris")
# A year ahead of the real clock: real run times (kept by the history rows) are always in the fake past.
YEAR = utcnow().year + 1


def _local(*args: int) -> datetime:
    return datetime(YEAR, *args, tzinfo=PARIS).astimezone(UTC)  # type: ignore[misc]


def _config(ctx, folder: Path, name: str, created: datetime, **schedule) -> int:  # type: ignore[no-untyped-def]
    view = configs.create_config(ctx, ConfigInput(name=name, include_files=True, folders=(str(folder),),
                                                  **schedule))
    with ctx.catalog.write() as s:
        s.get(Configuration, view.id).created_at = created
    return view.id


def _tick_until(ctx, clock: FixedClock, end: datetime, step: timedelta) -> list[datetime]:  # type: ignore[no-untyped-def]
    """Calls run_due every `step` like an OS timer; returns the (fake) times at which a run happened."""
    fired = []
    while clock.now() < end:
        clock.advance(step)
        for r in scheduler.run_due(ctx, clock=clock, notify=False):
            assert r.status == "completed", r
            fired.append(clock.now())
    return fired


def _spring_change() -> datetime:
    day = datetime(YEAR, 3, 31, 12, tzinfo=PARIS)
    while day.utcoffset() == timedelta(hours=2):  # walk back to the last day still in winter time
        day -= timedelta(days=1)
    return day + timedelta(days=1)  # the Sunday of the change


def test_daily_fires_once_a_day_at_its_wall_time_across_the_spring_change(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    change = _spring_change()
    start = (change - timedelta(days=2)).replace(hour=12).astimezone(UTC)
    _config(ctx, make_folder(tmp_path), "Nightly", start, frequency="daily", time_of_day="02:30")
    clock = FixedClock(start, PARIS)
    fired = _tick_until(ctx, clock, start + timedelta(days=4), timedelta(minutes=15))
    local = [f.astimezone(PARIS) for f in fired]
    assert [(t.day, t.hour, t.minute) for t in local] == [
        ((change - timedelta(days=1)).day, 2, 30), (change.day, 3, 30),  # 02:30 does not exist that night
        ((change + timedelta(days=1)).day, 2, 30), ((change + timedelta(days=2)).day, 2, 30)]


def test_monthly_on_the_31st_and_weekly_fire_on_the_right_days(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path)
    start = _local(1, 20, 12)
    monthly = _config(ctx, folder, "Month end", start, frequency="monthly", month_day=31, time_of_day="22:00")
    weekly = _config(ctx, folder, "Sundays", start, frequency="weekly", weekday=6, time_of_day="09:00")
    clock = FixedClock(start, PARIS)
    fired: dict[int, list[datetime]] = {monthly: [], weekly: []}
    while clock.now() < _local(5, 5):
        clock.advance(timedelta(hours=3))  # a timer every 3 hours: each run comes at the first tick after
        for r in scheduler.run_due(ctx, clock=clock, notify=False):
            assert r.slot_at is not None and timedelta(0) <= clock.now() - r.slot_at < timedelta(hours=3)
            fired[r.configuration_id].append(r.slot_at.astimezone(PARIS))
    assert [(t.month, t.day, t.hour) for t in fired[monthly]] == [(1, 31, 22), (2, 28 + (YEAR % 4 == 0), 22),
                                                                 (3, 31, 22), (4, 30, 22)]
    assert len(fired[weekly]) == 15 and {t.weekday() for t in fired[weekly]} == {6}
    assert {t.hour for t in fired[weekly]} == {9}


def test_three_days_asleep_run_one_catch_up_recorded(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    start = _local(6, 1, 12)
    cid = _config(ctx, make_folder(tmp_path), "Nightly", start, frequency="daily", time_of_day="02:00")
    clock = FixedClock(_local(6, 2, 2, 5), PARIS)
    first = scheduler.run_due(ctx, clock=clock, notify=False)
    assert [(r.status, r.caught_up) for r in first] == [("completed", 0)]
    clock.current = _local(6, 5, 8, 40)  # asleep through the 3rd, 4th and 5th at 02:00
    runs = scheduler.run_due(ctx, clock=clock, notify=False)
    assert [(r.status, r.caught_up) for r in runs] == [("completed", 2)]
    assert runs[0].slot_at == _local(6, 5, 2)
    assert scheduler.run_due(ctx, clock=clock, notify=False) == []  # a tick later: nothing more
    row = get_backup(ctx, runs[0].backup_id)
    assert any("2 planned run(s) passed" in w and f"{YEAR}-06-03 02:00" in w for w in row.warnings)
    with ctx.catalog.read() as s:
        query = select(AuditEvent).where(AuditEvent.action == "schedule.catch_up")
        events = [e.summary for e in s.scalars(query)]
    assert len(events) == 1 and "Nightly" in events[0]
    assert list_backups(ctx, HistoryFilter(configuration_id=cid)).total == 2
    # Paused: the next slot is claimed and recorded as skipped, once; nothing runs.
    set_schedules_paused(ctx, True)
    clock.current = _local(6, 6, 3)
    skipped = scheduler.run_due(ctx, clock=clock, notify=False)
    assert [r.status for r in skipped] == ["skipped"] and "paused" in skipped[0].message
    assert scheduler.run_due(ctx, clock=clock, notify=False) == []
    assert list_backups(ctx, HistoryFilter(configuration_id=cid)).total == 2


def test_two_run_due_processes_at_once_run_each_job_once(home: Path, tmp_path: Path) -> None:
    from backup_desk.services.context import AppContext

    folder = make_folder(tmp_path, files=40, size=20_000)
    ctx = AppContext.open(home)
    try:
        ids = [_config(ctx, folder, f"Job {i}", utcnow() - timedelta(days=3), frequency="daily")
               for i in range(4)]
    finally:
        ctx.close()
    procs = [subprocess.Popen(command(home, ("run-due", "--json")), env=cli_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=180) for p in procs]
    assert all(p.returncode == 0 for p in procs), outputs
    import json

    ran = [r["configuration_id"] for out, _err in outputs for r in json.loads(out)["runs"]]
    assert sorted(ran) == sorted(ids)  # each job once, split between the two processes or not
    ctx = AppContext.open(home)
    try:
        rows = list_backups(ctx, HistoryFilter()).items
        assert sorted(r.configuration_id for r in rows if r.configuration_id) == sorted(ids)
        assert all(r.status == "completed" for r in rows)
    finally:
        ctx.close()
