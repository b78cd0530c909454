"""Alembic migrations packaged in backup_desk: fresh catalogs, the frozen first-schema catalog, copies."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from backup_desk.catalog.db import Catalog
from backup_desk.catalog.migrate import (
    HEAD_REVISION,
    current_revision,
    head_revision,
    upgrade_to,
    upgrade_to_head,
)
from backup_desk.catalog.models import AuditEvent, Backup, Base, Configuration, Schedule

FROZEN = Path(__file__).parent / "data" / "catalogs" / "first-schema.sqlite3"


def test_head_revision_is_known_without_alembic() -> None:
    assert head_revision() == "0004" == HEAD_REVISION


def test_fresh_catalog_matches_models(tmp_path: Path) -> None:
    c = Catalog(tmp_path / "c.sqlite3")
    assert upgrade_to_head(c) is None  # nothing to copy aside on a new catalog
    assert current_revision(c) == HEAD_REVISION
    with c.engine.connect() as conn:
        opts = {"compare_type": True,
                "include_name": lambda name, kind, _p: not (name or "").startswith("backups_search")}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), Base.metadata)
    assert diff == []
    c.dispose()


def _norm(default: str | None) -> str | None:
    if default is None:
        return None
    d = default.strip()
    while d.startswith("(") and d.endswith(")"):
        d = d[1:-1]
    return d.strip("'\"")


def test_server_defaults_match_models(tmp_path: Path) -> None:
    c = Catalog(tmp_path / "c.sqlite3")
    upgrade_to_head(c)
    raw = sqlite3.connect(tmp_path / "c.sqlite3")
    for table in Base.metadata.sorted_tables:
        db_defaults = {r[1]: _norm(r[4]) for r in raw.execute(f"PRAGMA table_info({table.name})")}
        db_notnull = {r[1]: bool(r[3]) for r in raw.execute(f"PRAGMA table_info({table.name})")}
        for col in table.columns:
            model = col.server_default
            expected = None
            if model is not None:
                arg = model.arg  # type: ignore[attr-defined]
                expected = _norm(arg if isinstance(arg, str) else str(arg.compile(c.engine)))
                expected = {"true": "1", "false": "0"}.get(expected, expected)
            assert db_defaults[col.name] == expected, (table.name, col.name)
            assert db_notnull[col.name] == (not col.nullable and not col.primary_key) or col.primary_key
    raw.close()
    c.dispose()


def test_upgrade_is_fast_and_idempotent_when_current(tmp_path: Path) -> None:
    import time

    c = Catalog(tmp_path / "c.sqlite3")
    upgrade_to_head(c)
    t0 = time.perf_counter()
    assert upgrade_to_head(c) is None
    assert time.perf_counter() - t0 < 0.5
    c.dispose()


def test_frozen_first_schema_catalog_upgrades_and_keeps_rows(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite3"
    shutil.copy(FROZEN, path)
    c = Catalog(path)
    assert current_revision(c) == "0001"
    copy = upgrade_to_head(c)
    assert current_revision(c) == HEAD_REVISION
    # The old catalog was copied aside first, intact and still at 0001.
    assert copy is not None and copy.exists() and "0001" in copy.name
    old = sqlite3.connect(copy)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT COUNT(*) FROM backups").fetchone() == (3,)
    old.close()
    with c.read() as s:
        configs = {cfg.name: cfg for cfg in s.scalars(select(Configuration))}
        assert set(configs) == {"Sauvegarde complète quotidienne", "Métadonnées hebdomadaire"}
        daily = configs["Sauvegarde complète quotidienne"]
        assert daily.folders == ["/srv/app/media"] and daily.include_files and daily.retention_days == 30
        assert daily.compression_algorithm == "zstd" and daily.passphrase_canary is None
        assert daily.created_at.tzinfo is not None and daily.created_at.hour == 8
        rows = {b.id: b for b in s.scalars(select(Backup))}
        assert rows[1].status == "completed" and rows[1].records_count == 3400
        assert (rows[1].configuration_id, rows[2].configuration_id) == (1, 2)  # links survive table rebuilds
        assert rows[1].warnings == [] and rows[1].encrypted is False and rows[1].verify_message == ""
        assert rows[1].duration_seconds == pytest.approx(12.5)
        assert rows[2].error_message == "Connection refused" and rows[2].file_size is None
        assert rows[3].configuration_id is None
        assert s.scalars(select(AuditEvent)).all() == []
    # The new columns are writable and the foreign key still works (configuration delete sets NULL).
    with c.write() as s:
        s.get(Backup, 1).archive_id = "a" * 32  # type: ignore[union-attr]
        s.delete(s.get(Configuration, 2))
    with c.read() as s:
        assert s.get(Backup, 2).configuration_id is None  # type: ignore[union-attr]
        assert s.get(Backup, 1).archive_id == "a" * 32  # type: ignore[union-attr]
        assert s.scalars(select(Schedule)).all() == []  # old configurations use the default schedule
    raw = sqlite3.connect(path)
    indexes = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    raw.close()
    assert {"ix_backups_created_at", "ix_backups_status_created", "ix_backups_type_created",
            "ix_backups_configuration", "ix_backups_archive_id", "ix_audit_events_at"} <= indexes
    c.dispose()


def test_app_context_opens_old_catalog(tmp_path: Path) -> None:
    from backup_desk.services.context import AppContext
    from backup_desk.services.history import list_backups
    from backup_desk.services.models import HistoryFilter

    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    shutil.copy(FROZEN, home / "data" / "catalog.sqlite3")
    ctx = AppContext.open(home)
    try:
        page = list_backups(ctx, HistoryFilter())
        assert [b.id for b in page.items] == [2, 1, 3]  # newest first
        assert page.items[1].configuration_name == "Sauvegarde complète quotidienne"
        # The search index was built from the rows that existed before the upgrade.
        assert [b.id for b in list_backups(ctx, HistoryFilter(search="ancienne")).items] == [3]
    finally:
        ctx.close()


def test_downgrade_path_exists(tmp_path: Path) -> None:
    from alembic import command

    from backup_desk.catalog.migrate import _config

    c = Catalog(tmp_path / "c.sqlite3")
    upgrade_to_head(c)
    cfg = _config()
    with c.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
        conn.commit()
    assert current_revision(c) == "0001"
    upgrade_to(c, HEAD_REVISION)
    assert current_revision(c) == HEAD_REVISION
    with c.engine.connect() as conn:  # 0003 adds columns without rebuilding `backups`: search triggers stay
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        triggers = {r[0] for r in conn.exec_driver_sql(query)}
    assert {"backups_search_ai", "backups_search_ad", "backups_search_au"} <= triggers
    c.dispose()


def test_unreadable_catalog_gives_a_plain_error(tmp_path: Path) -> None:
    from backup_desk.errors import BackupDeskError
    from backup_desk.services.context import AppContext

    home = tmp_path / "home"
    (home / "data").mkdir(parents=True)
    (home / "data" / "catalog.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(BackupDeskError) as err:
        AppContext.open(home)
    assert "cannot be opened" in err.value.message and "Move it away" in err.value.hint
