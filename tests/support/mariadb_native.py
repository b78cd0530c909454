"""Dumping a MariaDB database into an archive and restoring it with the native format, for the tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymysql
from sqlalchemy.engine import make_url

from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.database.native import RestoreOptions
from backup_desk.engine.database.native.mysql import MYSQL_FORMAT
from backup_desk.engine.database.section import DatabaseSection
from tests.support.db_fixtures import dump_to_archive


def dump_section(url: str, path: Path, backup_type: str = "full") -> DatabaseSection:
    """The MariaDB native section (the engine's own format for a mysql URL) in a real archive at `path`."""
    section: DatabaseSection = dump_to_archive(url, path, backup_type)
    assert section.native_format == MYSQL_FORMAT.format_name
    return section


def restore_section(path: Path, url: str, **kw: Any) -> None:
    with ArchiveReader(path, passphrase=None) as r:
        section = DatabaseSection.from_json(r.manifest.database)  # type: ignore[arg-type]
        MYSQL_FORMAT.restore(
            r,
            section,
            url,
            RestoreOptions(**kw),
            reporter=None,
            cancel=None,  # type: ignore[arg-type]
            before_commit=None,
        )


def run_sql(url: str, *stmts: str) -> list[tuple[object, ...]]:
    u = make_url(url)
    conn = pymysql.connect(host=u.host, port=u.port, user=u.username, database=u.database, autocommit=True)
    try:
        with conn.cursor() as cur:
            for s in stmts:
                cur.execute(s)
            return list(cur.fetchall())
    finally:
        conn.close()
