"""create-default-configs (demo source + four configurations) and create-sample-backups."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from backup_desk.catalog.models import Backup, utcnow
from backup_desk.errors import UserInputError
from backup_desk.services import configs
from backup_desk.services.demo import ensure_demo
from backup_desk.services.maintenance.samples import ERROR_MESSAGES, SAMPLE_MARKER, create_sample_backups


def test_demo_source_and_configs(ctx) -> None:  # type: ignore[no-untyped-def]
    report = ensure_demo(ctx)
    assert report.database_created and report.demo_rows > 300
    assert report.created_configs == ("Daily full backup", "Weekly metadata", "Development backup",
                                      "Monthly archive")
    views = {v.name: v for v in configs.list_configs(ctx)}
    active = {n: v.is_active for n, v in views.items()}
    assert active == {"Daily full backup": True, "Weekly metadata": True, "Development backup": False,
                      "Monthly archive": True}
    assert (views["Daily full backup"].frequency, views["Weekly metadata"].backup_type,
            views["Monthly archive"].frequency) == ("daily", "metadata", "monthly")
    # Plausible daytime schedules, and nothing red during the newcomer's first day even if nothing ran.
    assert (views["Daily full backup"].time_of_day, views["Weekly metadata"].weekday,
            views["Monthly archive"].month_day) == ("12:30", 4, 1)
    for hours in (0, 6, 23):
        later = {v.name: v for v in configs.list_configs(ctx, now=utcnow() + timedelta(hours=hours))}
        assert not any(v.overdue for v in later.values()), hours
    with sqlite3.connect(report.database_path) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        fks = {t: conn.execute(f"PRAGMA foreign_key_list({t})").fetchall() for t in ("orders", "order_lines")}
        assert {fk[2] for fk in fks["order_lines"]} == {"orders", "products"}
        assert fks["orders"][0][2] == "customers"
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("customers", "products", "orders", "order_lines")}
        assert counts["customers"] >= 100 and counts["order_lines"] > counts["orders"] >= 100
        assert conn.execute("SELECT COUNT(*) FROM customers WHERE city IS NULL").fetchone()[0] > 0
        assert conn.execute("SELECT COUNT(*) FROM products WHERE thumbnail IS NOT NULL").fetchone()[0] > 0
    names = {p.relative_to(report.folder_path).as_posix() for p in report.folder_path.rglob("*")}
    assert "日本語/メモ.txt" in names and "Photos/été à Montréal/photo-001.jpg" in names
    assert "Archives/dossier vide" in names  # an empty folder

    # Idempotent: nothing re-created, a missing file comes back, an edited file is left alone.
    (report.folder_path / "LISEZMOI.txt").write_text("edited by the user")
    (report.folder_path / "日本語" / "メモ.txt").unlink()
    again = ensure_demo(ctx)
    assert not again.database_created and again.created_configs == () and len(again.existing_configs) == 4
    assert again.files_created == 1
    assert (report.folder_path / "LISEZMOI.txt").read_text() == "edited by the user"
    assert len(configs.list_configs(ctx)) == 4


def test_samples_need_a_configuration(ctx) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserInputError) as err:
        create_sample_backups(ctx, 5)
    assert "create-default-configs" in err.value.hint


def test_samples_are_realistic_and_deterministic(ctx) -> None:  # type: ignore[no-untyped-def]
    ensure_demo(ctx)
    now = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    report = create_sample_backups(ctx, 60, seed=42, now=now)
    assert report.created == 60 and len(report.backup_ids) == 60
    assert set(report.by_type) == {"full", "metadata", "data"}
    assert set(report.by_status) == {"completed", "failed"} and report.by_status["failed"] >= 3
    with ctx.catalog.read() as session:
        rows = list(session.scalars(select(Backup).where(Backup.id.in_(report.backup_ids))))
    ages = sorted((now - r.created_at).days for r in rows)
    assert ages[0] <= 2 and 85 <= ages[-1] <= 90
    assert len({a // 10 for a in ages}) == 9  # every ten-day stretch has rows
    assert all(r.configuration_id is not None and r.source_summary.startswith(SAMPLE_MARKER) for r in rows)
    done = [r for r in rows if r.status == "completed"]
    failed = [r for r in rows if r.status == "failed"]
    assert all(r.file_size and r.duration_seconds and r.completed_at > r.started_at for r in done)
    assert all(r.error_message in ERROR_MESSAGES and r.file_size is None for r in failed)
    assert len({r.error_message for r in failed}) >= 3
    meta = [r.file_size for r in done if r.backup_type == "metadata"]
    full = [r.file_size for r in done if r.backup_type == "full"]
    assert meta and full and max(meta) < min(full)  # schema-only archives are much smaller
    assert all(timedelta(seconds=0) < r.completed_at - r.created_at < timedelta(hours=1) for r in rows)

    def signature(ids: tuple[int, ...]) -> list[tuple[object, ...]]:
        with ctx.catalog.read() as session:
            return [(r.backup_type, r.status, r.file_size, r.error_message, r.created_at, r.configuration_id)
                    for r in session.scalars(select(Backup).where(Backup.id.in_(ids)).order_by(Backup.id))]

    same = create_sample_backups(ctx, 60, seed=42, now=now)
    assert signature(same.backup_ids) == signature(report.backup_ids)
    other = create_sample_backups(ctx, 60, seed=43, now=now)
    assert signature(other.backup_ids) != signature(report.backup_ids)


def test_sample_count_limits(ctx, home: Path) -> None:  # type: ignore[no-untyped-def]
    ensure_demo(ctx)
    for bad in (0, -1, 10_001):
        with pytest.raises(UserInputError):
            create_sample_backups(ctx, bad)
