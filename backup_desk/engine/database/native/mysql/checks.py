"""Verify a MariaDB/MySQL section: a restore into a scratch database when a server allows it (row counts,
content hashes and every object compared, the database dropped after), else every check short of that."""

from __future__ import annotations

import secrets
from pathlib import Path

from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import RestoreOptions
from backup_desk.engine.database.native.mysql import layout
from backup_desk.engine.database.native.mysql.catalog import Catalog, quote
from backup_desk.engine.database.native.mysql.literals import row_literals
from backup_desk.engine.database.native.mysql.restorer import read_catalog, restore_native
from backup_desk.engine.database.native.mysql.rows import Chunk, RowHasher, long_value_limit, table_digest
from backup_desk.engine.database.native.mysql.session import Session
from backup_desk.engine.database.section import DatabaseSection, DatabaseVerifyResult
from backup_desk.engine.database.urls import parse_url
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.vocabulary import BackupType


def _offline(
    source: EntrySource, section: DatabaseSection, cat: Catalog, cancel: CancelToken | None
) -> DatabaseVerifyResult:
    """Every entry reads back whole (the archive checks each one's CRC and, encrypted, its tags); each data
    file holds nothing but complete INSERT statements of its table, whose row literals give the manifest's
    row count and content hash again; the catalog names every table."""
    problems: list[str] = []
    checked = 0
    names = {t.name for t in cat.tables}
    for rec in section.tables:
        if rec.name not in names:
            problems.append(f"Table {rec.name!r} is in the manifest but not in the section's catalog.")
    entries = [e for e in ((section.native or {}).get(k) for k in ("script", "schema_sql", "post_sql")) if e]
    for entry in entries:
        with source.open_entry(entry) as f:
            while f.read(1 << 20):
                pass
    for rec in section.tables:
        if rec.entry is None or rec.name not in names:
            continue
        t = cat.table(rec.name)
        prefix = layout.insert_prefix(t.name, [c.name for c in t.stored_columns])
        size = rows = 0
        hasher = RowHasher(bool(t.primary_key))
        with source.open_entry(rec.entry) as f:
            for line in f:
                if cancel is not None:
                    cancel.check()
                size += len(line)
                if line.startswith((b"--", b"SET ")) or not line.strip():
                    continue
                try:
                    if not (line.startswith(prefix) and line.endswith(b";\n")):
                        raise ValueError("not one of its INSERT statements")
                    lines = list(row_literals(line, len(prefix)))
                except ValueError as exc:
                    problems.append(f"Table {rec.name!r}: its data file cannot be read back ({exc}).")
                    break
                hasher.update(Chunk(b"\n".join(lines), len(lines), lines))
                rows += len(lines)
        checked += rows
        if size != rec.size:
            problems.append(
                f"Table {rec.name!r}: its data file holds {size} bytes, the manifest says {rec.size}."
            )
        elif rows != rec.rows:
            problems.append(
                f"Table {rec.name!r}: its data file holds {rows} rows, the manifest says {rec.rows}."
            )
        elif hasher.hexdigest() != rec.content_hash:
            problems.append(
                f"Table {rec.name!r}: its rows differ from the backed-up rows (content hash mismatch)."
            )
    return DatabaseVerifyResult(len(section.tables), checked, problems)


def verify_native(
    source: EntrySource,
    section: DatabaseSection,
    scratch_dir: Path,
    *,
    verify_url: str | None,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> DatabaseVerifyResult:
    cat = read_catalog(source, section)
    if verify_url is None:
        return _offline(source, section, cat, cancel)
    name = f"bdverify_{secrets.token_hex(6)}"
    with connect(verify_url) as conn:
        admin = Session(conn.connection.driver_connection)
        admin.run(f"CREATE DATABASE {quote(name)} CHARACTER SET {cat.charset} COLLATE {cat.collation}")
        try:
            url = parse_url(verify_url).set(database=name).render_as_string(hide_password=False)
            if section.backup_type == BackupType.DATA:  # rows only: the catalog's tables give them a home
                admin.use(name)
                admin.reset()
                for t in cat.tables:
                    admin.run(t.create.encode("utf-8"))
            restore_native(
                source, section, url, RestoreOptions(), reporter=reporter, cancel=cancel, before_commit=None
            )
            admin.use(name)
            return _compare(admin, section, cat, cancel)
        finally:
            admin.run(f"DROP DATABASE IF EXISTS {quote(name)}")


def _compare(
    s: Session, section: DatabaseSection, cat: Catalog, cancel: CancelToken | None
) -> DatabaseVerifyResult:
    problems: list[str] = []
    checked = 0
    for rec in section.tables:
        if rec.entry is None:
            continue
        if cancel is not None:
            cancel.check()
        t = cat.table(rec.name)
        count, digest = table_digest(s.raw, t, long_value_limit(s.cur, t))
        checked += count
        if count != rec.rows:
            problems.append(f"Table {rec.name!r}: {count} rows restored, the manifest says {rec.rows}.")
        elif digest != rec.content_hash:
            problems.append(
                f"Table {rec.name!r}: restored rows differ from the backed-up rows (content hash mismatch)."
            )
    if section.backup_type != BackupType.DATA:  # (events are not checked: a past one-time event drops itself)
        for kind, sql in (
            ("view", "SELECT TABLE_NAME FROM information_schema.VIEWS WHERE TABLE_SCHEMA = DATABASE()"),
            (
                "trigger",
                "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()",
            ),
            (
                "procedure",
                "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() "
                "AND ROUTINE_TYPE = 'PROCEDURE'",
            ),
            (
                "function",
                "SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() "
                "AND ROUTINE_TYPE = 'FUNCTION'",
            ),
        ):
            have = {r[0] for r in s.rows(sql)}
            missing = [p.name for p in cat.of_kind(kind) if p.name not in have]
            if missing:
                problems.append(f"The restore did not recreate {kind}(s) {', '.join(map(repr, missing))}.")
    return DatabaseVerifyResult(len(section.tables), checked, problems)
