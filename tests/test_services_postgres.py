"""The service layer against a real PostgreSQL source: password kept in the keyring, backup, restore over
the source after a safety backup."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from backup_desk.engine.database.urls import with_password
from backup_desk.services import archives, configs, runs
from backup_desk.services.history import list_backups
from backup_desk.services.models import ConfigInput, HistoryFilter

pytestmark = pytest.mark.postgres


def _fill(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE accounts (id SERIAL PRIMARY KEY, owner TEXT NOT NULL, "
                          "balance NUMERIC(12, 2), opened TIMESTAMPTZ DEFAULT now())"))
        conn.execute(text("INSERT INTO accounts (owner, balance) SELECT 'owner ' || g, g * 1.25 "
                          "FROM generate_series(1, 200) AS g"))
    engine.dispose()


def _snapshot(url: str) -> list[tuple[object, ...]]:
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text("SELECT id, owner, balance FROM accounts ORDER BY id"))]
    engine.dispose()
    return rows


def test_postgres_backup_and_restore_over_source(ctx, pg_url: str) -> None:  # type: ignore[no-untyped-def]
    _fill(pg_url)
    before = _snapshot(pg_url)
    secret_url = with_password(pg_url, "pg-Secret-9")  # trust auth: accepted, and must still be kept secret
    cfg = configs.create_config(ctx, ConfigInput(name="PG", source_url=secret_url, frequency="daily"))
    assert cfg.source_url is not None and "pg-Secret-9" not in cfg.source_url and ":***@" in cfg.source_url
    run = runs.prepare_run(ctx, cfg.id)
    assert run.request.source_url == secret_url  # the engine gets the password back from the keyring
    view = runs.execute_run(ctx, run)
    assert view.status == "completed", view.error_message
    assert (view.tables_count, view.records_count) == (1, 200)
    assert "pg-Secret-9" not in view.source_summary

    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM accounts WHERE id > 50"))
        conn.execute(text("UPDATE accounts SET owner = 'changed'"))
    engine.dispose()
    archives.restore(ctx, str(view.id))
    assert _snapshot(pg_url) == before
    safety = list_backups(ctx, HistoryFilter(search="Safety backup")).items
    assert len(safety) == 1 and safety[0].records_count == 50
    assert b"pg-Secret-9" not in ctx.paths.catalog_path.read_bytes()
    for log in ctx.paths.log_dir.glob("*.log"):
        assert "pg-Secret-9" not in log.read_text()
