"""An SQLite backup restored into a real MariaDB server through `backup-desk restore --to-url`."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.support.cli import ok, run_cli
from tests.support.cli_sources import db_snapshot, make_sqlite_source


def _norm(value: object) -> object:
    """Same value, dialect spelling aside: DECIMAL vs SQLite's REAL, TINYINT(1) vs 0/1. Doubles compare
    exactly: rows are read with the driver's own values, not through reflected types (SQLAlchemy's
    reflected DOUBLE rounds to 10 decimal places)."""
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, bool):
        return int(value)
    return value


def _mariadb_rows(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = sa.create_engine(url)
    try:
        names = sa.inspect(engine).get_table_names()
        quote = engine.dialect.identifier_preparer.quote
        with engine.connect() as conn:
            return {name: sorted((tuple(_norm(v) for v in row)
                                  for row in conn.exec_driver_sql(f"SELECT * FROM {quote(name)}")), key=repr)
                    for name in names}
    finally:
        engine.dispose()


@pytest.mark.mariadb
def test_sqlite_backup_restores_into_mariadb(home: Path, tmp_path: Path, mariadb_url: str) -> None:
    db = make_sqlite_source(tmp_path / "app.db", customers=40)
    ok(run_cli(home, "config", "add", "--name", "Lite", "--type", "full", "--source-url", f"sqlite:///{db}"))
    row = ok(run_cli(home, "backup", "Lite", "--json", "-q")).json()

    plan = ok(run_cli(home, "restore", str(row["id"]), "--to-url", mariadb_url, "--dry-run"))
    assert "customers" in plan.stdout and "mysql" in plan.stdout.lower()
    assert _mariadb_rows(mariadb_url) == {}  # the dry run created nothing

    restored = ok(run_cli(home, "restore", str(row["id"]), "--to-url", mariadb_url, "--json", "-q")).json()
    assert restored["tables_restored"] == 4
    source = {t: sorted((tuple(_norm(v) for v in r) for r in rows), key=repr)
              for t, rows in db_snapshot(db).items()}
    assert _mariadb_rows(mariadb_url) == source

    again = run_cli(home, "restore", str(row["id"]), "--to-url", mariadb_url)
    assert again.code == 1 and "--replace" in again.stderr, str(again)
