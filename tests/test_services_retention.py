"""Retention keeps the newest N good archives whatever happens, never prunes after an empty backup,
follows GFS and the rule for archives without a configuration; `prune --dry-run` == `prune`."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import AuditEvent, Backup, Schedule, utcnow
from backup_desk.services import configs, runs
from backup_desk.services.app_settings import OrphanRule, save_orphan_rule
from backup_desk.services.history import get_backup
from backup_desk.services.models import ConfigInput
from backup_desk.services.retention import apply_prune, is_last_good, plan_prune
from tests.support.cli import ok, run_cli
from tests.test_services_runs import make_folder


def _backup(ctx, config_id: int, days_ago: float) -> int:  # type: ignore[no-untyped-def]
    """A real backup, then dated `days_ago` (as if made then)."""
    view = runs.execute_run(ctx, runs.prepare_run(ctx, config_id), retention=False)
    assert view.status == "completed", view.error_message
    with ctx.catalog.write() as s:
        s.get(Backup, view.id).created_at = utcnow() - timedelta(days=days_ago)
    return view.id


def _ids(ctx, config_id: int | None) -> set[int]:  # type: ignore[no-untyped-def]
    with ctx.catalog.read() as s:
        column = Backup.configuration_id
        where = column.is_(None) if config_id is None else column == config_id
        return set(s.scalars(select(Backup.id).where(where)))


def _config(ctx, folder: Path, name: str = "Docs", **kw) -> int:  # type: ignore[no-untyped-def]
    return configs.create_config(ctx, ConfigInput(name=name, include_files=True, folders=(str(folder),),
                                                  retention_days=7, **kw)).id


def test_a_month_off_keeps_the_newest_good_archives(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = _config(ctx, make_folder(tmp_path), keep_last=3)
    old = [_backup(ctx, cid, days) for days in (44, 43, 42, 41, 40)]  # then the machine was off a month
    new = runs.execute_run(ctx, runs.prepare_run(ctx, cid))  # retention runs after this success
    assert new.status == "completed"
    assert _ids(ctx, cid) == {new.id, old[-1], old[-2]}  # the minimum: 3 good archives, 2 of them old
    for gone in old[:3]:
        with ctx.catalog.read() as s:
            assert s.get(Backup, gone) is None
    with ctx.catalog.read() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == "backup.delete")).all()
    assert sorted(int(e.target_id) for e in events) == sorted(old[:3])


def test_an_empty_backup_is_flagged_and_prunes_nothing(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path)
    cid = _config(ctx, folder, keep_last=1)
    old = [_backup(ctx, cid, days) for days in (30, 20, 10)]
    for child in folder.iterdir():  # the source "unmounted": the folder is there, empty
        shutil.rmtree(child) if child.is_dir() else child.unlink()
    empty = runs.execute_run(ctx, runs.prepare_run(ctx, cid))
    assert empty.status == "completed" and (empty.files_count or 0) == 0
    assert any("Suspicious backup" in w for w in get_backup(ctx, empty.id).warnings)
    assert _ids(ctx, cid) == {*old, empty.id}  # nothing pruned
    plan = plan_prune(ctx.catalog)
    assert plan.items == () and any("suspicious" in w for w in plan.warnings)
    # The empty one is not "good": the last good archive is the newest of the old ones.
    assert is_last_good(ctx.catalog, old[-1]) is False  # three good ones remain
    assert not is_last_good(ctx.catalog, empty.id)


def test_gfs_keeps_one_per_week_past_retention(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cid = _config(ctx, make_folder(tmp_path), keep_last=1, gfs_weekly=3)
    made = {days: _backup(ctx, cid, days) for days in (8, 9, 15, 16, 22, 23, 29, 30)}
    plan = plan_prune(ctx.catalog, cid)
    kept = set(plan.kept)
    gone = {i.backup_id for i in plan.items}
    assert made[8] in kept and len(kept) == 3 and kept | gone == set(made.values())
    assert all("older than 7 days" in i.reason for i in plan.items)


def test_quick_backups_and_deleted_configurations_have_their_own_rule(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path)
    cid = _config(ctx, folder, name="Soon gone", keep_last=1)
    orphans = [_backup(ctx, cid, days) for days in (100, 95, 50, 2)]
    configs.delete_config(ctx, cid)
    quick = runs.execute_run(ctx, runs.prepare_quick_run(ctx, name="Quick", backup_type="full",
                                                         source_url=None, folders=(str(folder),)))
    with ctx.catalog.write() as s:
        s.get(Backup, quick.id).created_at = utcnow() - timedelta(days=120)
    save_orphan_rule(ctx, OrphanRule(retention_days=60, keep_last=2))
    plan = plan_prune(ctx.catalog)
    assert {i.backup_id for i in plan.items} == {orphans[0], orphans[1], quick.id}
    assert all(i.configuration_name is None for i in plan.items)
    apply_prune(ctx.catalog)
    assert _ids(ctx, None) == {orphans[2], orphans[3]}


def test_prune_dry_run_lists_exactly_what_prune_deletes(home: Path, tmp_path: Path) -> None:
    from backup_desk.services.context import AppContext

    ctx = AppContext.open(home)
    try:
        cid = _config(ctx, make_folder(tmp_path), keep_last=2)
        made = [_backup(ctx, cid, days) for days in (40, 30, 20, 10, 1)]
        with ctx.catalog.write() as s:
            s.get(Schedule, cid).keep_last = 2
    finally:
        ctx.close()
    listed = ok(run_cli(home, "prune", "--dry-run", "--json")).json()
    assert ok(run_cli(home, "prune", "--dry-run", "--json")).json() == listed  # a dry run changes nothing
    would = sorted(i["backup_id"] for i in listed["items"])
    assert would == sorted(made[:3])  # 40, 30, 20 days old; 10 days old is the minimum's second
    text = ok(run_cli(home, "prune", "--dry-run")).stdout
    assert "3 backup(s) would be deleted" in text
    done = ok(run_cli(home, "prune", "--json")).json()
    assert sorted(i["backup_id"] for i in done["items"]) == would
    assert ok(run_cli(home, "prune", "--dry-run", "--json")).json()["items"] == []
    audit = ok(run_cli(home, "audit", "--action", "backup.delete", "--json")).json()
    assert {int(e["target_id"]) for e in audit} == set(would)
