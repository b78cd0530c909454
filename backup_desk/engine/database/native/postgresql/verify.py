"""Prove a PostgreSQL section restores: a restore into a scratch database with every table's row count and
COPY-text hash compared, when a server lets us create one; else every check short of that (each data entry
re-read and hashed, the object list and scripts read back)."""

from __future__ import annotations

import hashlib
import secrets
from typing import Any

import psycopg

from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import RestoreOptions
from backup_desk.engine.database.native.postgresql import layout as L
from backup_desk.engine.database.native.postgresql.archive import native_info, open_rows, read_objects
from backup_desk.engine.database.native.postgresql.dump import SNAPSHOT_SETTINGS
from backup_desk.engine.database.native.postgresql.restore import restore_postgresql
from backup_desk.engine.database.section import DatabaseSection, DatabaseVerifyResult
from backup_desk.engine.database.urls import parse_url
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import BackupDeskError


def hash_stream(f: Any, size: int, cancel: CancelToken | None) -> tuple[int, str]:
    digest, rows, left = hashlib.sha256(), 0, size
    while left > 0:
        if cancel is not None:
            cancel.check()
        chunk = f.read(min(left, 1 << 20))
        if not chunk:
            break
        digest.update(chunk)
        rows += chunk.count(b"\n")
        left -= len(chunk)
    return rows, digest.hexdigest()


def hash_table(cur: Any, copy_in: str) -> tuple[int, str]:
    """Rows and SHA-256 of a table's COPY text, as the dump computes them."""
    digest, rows = hashlib.sha256(), 0
    with cur.copy(copy_in.removesuffix(";").replace(" FROM stdin", " TO STDOUT")) as copy:
        for block in copy:
            data = bytes(block)
            digest.update(data)
            rows += data.count(b"\n")
    return rows, digest.hexdigest()


def _archive_checks(source: EntrySource, section: DatabaseSection, cancel: CancelToken | None) -> list[str]:
    info = native_info(section)
    problems = []
    read_objects(source, section)
    for role, entry in info.entries.items():
        with source.open_entry(entry) as f:
            while f.read(1 << 20):
                pass
        if role in ("pre-data", "post-data", "restore", "sequence-values"):
            continue
    for data in info.data:
        rec = section.table(info.record_name(data))
        with open_rows(source, data) as f:
            rows, digest = hash_stream(f, data.size, cancel)
            if f.read(4) != b"\\.\n\n":
                problems.append(f"Table {data.table}: its data entry does not end where the manifest says.")
        if rows != rec.rows:
            problems.append(f"Table {data.table}: {rows} rows in the archive, the manifest says {rec.rows}.")
        elif digest != rec.content_hash:
            problems.append(
                f"Table {data.table}: the archived rows differ from the backed-up rows "
                "(content hash mismatch)."
            )
    return problems


def _may_create_database(url: str) -> bool:
    try:
        with connect(url) as conn:
            value = conn.exec_driver_sql(
                "SELECT rolsuper OR rolcreatedb FROM pg_roles WHERE rolname = current_user"
            ).scalar()
            conn.rollback()
            return bool(value)
    except BackupDeskError:
        return False


def _admin(url: str) -> Any:
    u = parse_url(url)
    return psycopg.connect(
        host=u.host or None,
        port=u.port,
        user=u.username,
        password=u.password,
        dbname=u.database or "postgres",
        autocommit=True,
    )


def _scratch_restore(
    source: EntrySource,
    section: DatabaseSection,
    server_url: str,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> list[str]:
    info = native_info(section)
    name = f"backup_desk_verify_{secrets.token_hex(6)}"
    scratch = parse_url(server_url).set(database=name).render_as_string(hide_password=False)
    with _admin(server_url) as admin:
        admin.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    try:
        restore_postgresql(
            source, section, scratch, RestoreOptions(), reporter=reporter, cancel=cancel, before_commit=None
        )
        problems = []
        with connect(scratch) as conn:
            raw: Any = conn.connection.driver_connection
            raw.rollback()
            cur = raw.cursor()
            for sql in SNAPSHOT_SETTINGS:
                cur.execute(sql)
            for data in info.data:
                rec = section.table(info.record_name(data))
                rows, digest = hash_table(cur, data.copy)
                if rows != rec.rows:
                    problems.append(
                        f"Table {data.table}: {rows} rows restored, the manifest says {rec.rows}."
                    )
                elif digest != rec.content_hash:
                    problems.append(
                        f"Table {data.table}: restored rows differ from the backed-up rows "
                        "(content hash mismatch)."
                    )
            raw.rollback()
        return problems
    finally:
        with _admin(server_url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def verify_postgresql(
    source: EntrySource,
    section: DatabaseSection,
    *,
    verify_url: str | None,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> DatabaseVerifyResult:
    problems = _archive_checks(source, section, cancel)
    info = native_info(section)
    if not problems and verify_url and _may_create_database(verify_url):
        problems = _scratch_restore(source, section, verify_url, reporter, cancel)
    return DatabaseVerifyResult(len(section.tables), sum(d.rows for d in info.data), problems)


def scratch_verified(verify_url: str | None) -> bool:
    """Whether verify will restore into a scratch database on this server (for messages)."""
    return bool(verify_url) and _may_create_database(verify_url or "")


__all__ = ["L", "hash_table", "scratch_verified", "verify_postgresql"]
