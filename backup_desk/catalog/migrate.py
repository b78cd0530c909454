"""Bring a catalog to the newest schema with the alembic revisions packaged in `catalog/migrations`.

Runs programmatically (no alembic.ini at run time, works in a frozen build as long as the migrations
folder ships as data). Before changing an existing catalog, a consistent copy is saved beside it.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import exc as sa_exc
from sqlalchemy import text

from backup_desk.catalog.db import Catalog

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The newest revision in migrations/versions (a test keeps the two equal). Knowing it without importing
# alembic (about 0.4 s with mako and pygments) keeps the start of an up-to-date catalog fast.
HEAD_REVISION = "0004"


def _config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(catalog: Catalog) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with catalog.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _stamped_revision(catalog: Catalog) -> str | None:
    """The catalog's revision read straight from alembic's table (None: new or not stamped)."""
    try:
        with catalog.engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
    except sa_exc.OperationalError as exc:
        if "no such table" in str(exc.orig):
            return None
        raise


def upgrade_to_head(catalog: Catalog) -> Path | None:
    """Migrates to head; returns the path of the copy made of the old catalog (None if nothing to do)."""
    if _stamped_revision(catalog) == HEAD_REVISION:
        return None
    return upgrade_to(catalog, HEAD_REVISION)


def upgrade_to(catalog: Catalog, revision: str) -> Path | None:
    current = current_revision(catalog)
    if current == revision:
        return None
    copy = _copy_aside(catalog.path, current) if current is not None else None
    from alembic import command

    cfg = _config()
    # Each revision's DDL runs in BEGIN IMMEDIATE: no other process writes half-way through a migration.
    with catalog.engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        # Batch mode rebuilds tables (copy, drop, rename): with foreign keys on, dropping `configurations`
        # would run ON DELETE SET NULL on every history row. The pragma only works outside a transaction.
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            conn = conn.execution_options(bd_immediate=True)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
            if problems:
                conn.rollback()
                raise RuntimeError(f"catalog migration broke {len(problems)} foreign key(s); nothing changed")
            conn.commit()
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return copy


def _copy_aside(path: Path, revision: str) -> Path:
    """A consistent copy (SQLite backup API, so WAL content is included) named after the old revision."""
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.before-upgrade-from-{revision}-{stamp}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return dest
