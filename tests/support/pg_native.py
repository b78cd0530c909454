"""Helpers for PostgreSQL native-section tests: archives written with POSTGRESQL_FORMAT, schema dumps by the
real pg_dump, normalised, and per-table COPY hashes and sequence values read from live databases."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psycopg

from backup_desk.engine.database.urls import parse_url
from tests.support.servers import PG_BIN


def pg_conninfo(url: str) -> dict[str, Any]:
    u = parse_url(url)
    return {"host": u.host, "port": u.port, "user": u.username, "dbname": u.database}


def run_sql(url: str, sql: str) -> None:
    with psycopg.connect(**pg_conninfo(url), autocommit=True) as conn:
        conn.execute(sql)


def scalar(url: str, sql: str) -> Any:
    with psycopg.connect(**pg_conninfo(url)) as conn:
        row = conn.execute(sql).fetchone()
        return row[0] if row else None


def native_dump(url: str, path: Path, backup_type: str = "full", passphrase: str | None = None):  # type: ignore[no-untyped-def]
    from backup_desk.engine.archive.manifest import Manifest
    from backup_desk.engine.archive.writer import ArchiveWriter
    from backup_desk.engine.database.native.postgresql import POSTGRESQL_FORMAT
    from backup_desk.engine.progress import CancelToken, ProgressReporter

    archive_id = uuid.uuid4().hex
    with ArchiveWriter(path, compression="zstd", passphrase=passphrase, archive_id=archive_id) as w:
        section = POSTGRESQL_FORMAT.dump(url, backup_type, w, ProgressReporter(), CancelToken())  # type: ignore[arg-type]
        w.commit(
            Manifest(
                archive_id=archive_id,
                name="test",
                backup_type=backup_type,
                compression="zstd",
                created_at=dt.datetime.now(dt.UTC).isoformat(),
                database=section.to_json(),
            )
        )
    return section


def archived_database(
    pg_server: Any, folders: Any, name: str, scripts: Sequence[str], passphrase: str
) -> tuple[str, Path]:
    """(URL, full encrypted archive) of a new database built by running `scripts` (a fixture's work: made
    once, its archive in a folder of `folders`, a pytest.TempPathFactory)."""
    url = pg_server(name)
    for sql in scripts:
        run_sql(url, sql)
    path = folders.mktemp(name) / f"{name}.bdarc"
    native_dump(url, path, passphrase=passphrase)
    return url, path


def schema_dump(url: str, owners: bool = False) -> str:
    """`pg_dump --schema-only --no-owner --no-privileges` (or with owners and privileges), comments and blank
    lines removed."""
    info = pg_conninfo(url)
    out = subprocess.run(
        [
            str(PG_BIN / "pg_dump"),
            "--schema-only",
            *([] if owners else ["--no-owner", "--no-privileges"]),
            "-h",
            info["host"],
            "-p",
            str(info["port"]),
            "-U",
            info["user"],
            info["dbname"],
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = [
        line
        for line in out.splitlines()
        if line.strip() and not line.startswith(("--", "\\restrict", "\\unrestrict"))
    ]
    return re.sub(r"\n{2,}", "\n", "\n".join(lines))


def _copy_columns(url: str) -> dict[str, str]:
    with psycopg.connect(**pg_conninfo(url)) as conn:
        rows = conn.execute(
            "SELECT format('%I.%I', n.nspname, c.relname), (SELECT string_agg(format('%I', attname), ', ' "
            "ORDER BY attnum) FROM pg_attribute WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped "
            "AND attgenerated = '') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
        ).fetchall()
    return {str(name): str(cols) for name, cols in rows}


def table_hashes(url: str, columns_of: str | None = None) -> dict[str, tuple[int, str]]:
    """Every table with storage: (rows, SHA-256 of its COPY text) as the dump computes them; columns in the
    order of database `columns_of` (default: this one; an inheritance child restored may order them
    differently, as with pg_dump)."""
    from backup_desk.engine.database.native.postgresql.dump import SNAPSHOT_SETTINGS
    from backup_desk.engine.database.native.postgresql.verify import hash_table

    columns = _copy_columns(columns_of or url)
    out = {}
    with psycopg.connect(**pg_conninfo(url)) as conn, conn.cursor() as cur:
        for sql in SNAPSHOT_SETTINGS:
            cur.execute(sql)
        for name, own in _copy_columns(url).items():
            out[name] = hash_table(cur, f"COPY {name} ({columns.get(name, own)}) FROM stdin;")
    return out


def sequence_values(url: str) -> dict[str, tuple[int, bool]]:
    with psycopg.connect(**pg_conninfo(url)) as conn:
        rows = conn.execute("SELECT format('%I.%I', schemaname, sequencename) FROM pg_sequences").fetchall()
        out = {}
        for (name,) in rows:
            row = conn.execute(f"SELECT last_value, is_called FROM {name}").fetchone()
            assert row is not None
            out[name] = (int(row[0]), bool(row[1]))
        return out


def native_restore(path: Path, url: str, passphrase: str | None = None, **options: Any) -> Any:
    """The archive's PostgreSQL section restored into `url` (POSTGRESQL_FORMAT, RestoreOptions(**options))."""
    from backup_desk.engine.database.native import RestoreOptions
    from backup_desk.engine.database.native.postgresql import POSTGRESQL_FORMAT
    from tests.support.db_fixtures import open_archive

    reader, section = open_archive(path, passphrase=passphrase)
    with reader:
        return POSTGRESQL_FORMAT.restore(
            reader, section, url, RestoreOptions(**options), reporter=None, cancel=None, before_commit=None
        )


def unpacked_section(archive: Path, passphrase: str, folder: Path) -> Path:
    """The archive decrypted and unzipped with bsdtar under `folder`: its db/postgresql directory."""
    from backup_desk.engine.archive.decrypt import decrypt_archive

    plain = decrypt_archive(archive, folder / "plain.zip", passphrase)
    out = folder / "x"
    out.mkdir()
    done = subprocess.run(["bsdtar", "-xf", str(plain)], cwd=out, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out / "db" / "postgresql"


def psql_file(url: str, script: Path) -> subprocess.CompletedProcess[str]:
    """`psql -f script` into `url` as one transaction, stopping at the first error."""
    info = pg_conninfo(url)
    return subprocess.run(
        ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction", "-h", info["host"],
         "-p", str(info["port"]), "-U", info["user"], "-d", info["dbname"], "-f", str(script)],
        capture_output=True,
        text=True,
    )
