"""rebuild-backup-paths: archives matched by the id written inside them, --fix-missing flags the rest."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import Backup, Configuration
from backup_desk.services import runs
from backup_desk.services.demo import ensure_demo
from backup_desk.services.maintenance.rebuild_paths import MISSING_PREFIX, rebuild_backup_paths
from tests.support.cli import ok, run_cli


def _backups(ctx, names: tuple[str, ...]) -> list[int]:  # type: ignore[no-untyped-def]
    ids = []
    with ctx.catalog.read() as session:
        configs = {c.name: c.id for c in session.scalars(select(Configuration))}
    for name in names:
        view = runs.execute_run(ctx, runs.prepare_run(ctx, configs[name]))
        assert view.status == "completed", view.error_message
        ids.append(view.id)
    return ids


def _row(ctx, backup_id: int) -> Backup:  # type: ignore[no-untyped-def]
    with ctx.catalog.read() as session:
        row = session.get(Backup, backup_id)
        assert row is not None
        return row


def test_swapped_names_and_missing_archives(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ensure_demo(ctx)
    first, second, third = _backups(ctx, ("Daily full backup", "Weekly metadata", "Monthly archive"))
    a, b, c = (Path(_row(ctx, i).file_path) for i in (first, second, third))
    # Swap two archives' names: a match by name would point each row at the other's archive.
    swap = a.with_name("swap.tmp")
    a.rename(swap)
    b.rename(a)
    swap.rename(b)
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.move(str(c), moved / "renamed-by-hand.zip")

    report = rebuild_backup_paths(ctx)  # default: the backups folders, top level
    assert {r.backup_id: Path(r.new_path) for r in report.repointed} == {first: b, second: a}
    assert [m.backup_id for m in report.missing] == [third] and not report.missing[0].flagged
    assert _row(ctx, third).error_message == ""  # without --fix-missing nothing is flagged

    flagged = rebuild_backup_paths(ctx, fix_missing=True)
    assert [m.backup_id for m in flagged.missing] == [third] and flagged.missing[0].flagged
    row = _row(ctx, third)
    assert row.status == "completed"  # the backup did complete: status kept, row flagged
    assert row.error_message.startswith(MISSING_PREFIX) and row.verify_ok is False

    found = rebuild_backup_paths(ctx, scan_dir=tmp_path / "elsewhere")
    assert [r.backup_id for r in found.repointed] == [third] and found.cleared_flags == 1
    row = _row(ctx, third)
    assert row.file_path == str(moved / "renamed-by-hand.zip")
    assert row.error_message == "" and row.verify_ok is None
    assert rebuild_backup_paths(ctx, scan_dir=tmp_path).repointed == ()  # idempotent


def test_cli_dry_run_and_exit_codes(home: Path, tmp_path: Path) -> None:
    ok(run_cli(home, "create-default-configs"))
    backup_id = ok(run_cli(home, "backup", "Weekly metadata", "--json", "-q")).json()["id"]
    archive = Path(ok(run_cli(home, "show", str(backup_id), "--json")).json()["file_path"])
    archive.rename(tmp_path / archive.name)
    missing = run_cli(home, "rebuild-backup-paths", "--fix-missing", "--dry-run", "--json")
    assert missing.code == 1 and missing.json()["missing"][0]["flagged"] is False, missing
    assert "still missing" in run_cli(home, "rebuild-backup-paths").stdout
    bad = run_cli(home, "rebuild-backup-paths", "--scan-dir", str(tmp_path / "nope"))
    assert bad.code == 2 and "not a folder" in bad.stderr
    fixed = ok(run_cli(home, "rebuild-backup-paths", "--scan-dir", str(tmp_path)))
    assert f"#{backup_id}" in fixed.stdout and "1 repointed" in fixed.stdout
