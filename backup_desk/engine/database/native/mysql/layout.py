"""Entry names of the MariaDB/MySQL section and the SQL text of its files (docs/archive-format.md §8.3).

db/mysql/restore.sql           the escape hatch: `source`s the files below, in order
db/mysql/schema.sql            CREATE TABLE for every table (SHOW CREATE TABLE, AUTO_INCREMENT kept)
db/mysql/data/NNNN.sql         one table's rows: multi-row INSERT statements, one statement per line
db/mysql/post.sql              routines, views, triggers, events (each in its own sql_mode and charset);
                               for data backups, the AUTO_INCREMENT values
db/mysql/objects.json          the catalog (catalog.py): the exact statements our own restore runs
db/mysql/portable-schema.json  the tables in portable terms (cross-engine restores)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from backup_desk.engine.database.native.mysql.catalog import Catalog, Program, Table, quote, strip_definer

PREFIX = "db/mysql/"
SCRIPT_ENTRY = PREFIX + "restore.sql"
SCHEMA_SQL_ENTRY = PREFIX + "schema.sql"
POST_SQL_ENTRY = PREFIX + "post.sql"
OBJECTS_ENTRY = PREFIX + "objects.json"
PORTABLE_ENTRY = PREFIX + "portable-schema.json"
FORMAT_NAME = "mysql-sql/1"
STATEMENT_BYTES = 1 << 20  # rows per INSERT: about 1 MiB of SQL (a longer single row is one statement)

# The session every file (and our own restore) runs in: UTC, mysqldump's sql_mode (zero dates and explicit
# zero ids kept), checks off while loading; the table definitions carry their own charsets and collations.
SESSION = (
    "SET NAMES utf8mb4",
    "SET time_zone = '+00:00'",
    "SET sql_mode = 'NO_AUTO_VALUE_ON_ZERO'",
    "SET foreign_key_checks = 0",
    "SET unique_checks = 0",
)


def data_entry(index: int) -> str:
    return f"{PREFIX}data/{index:04d}.sql"


def _header(what: str) -> str:
    return f"-- Backup Desk {FORMAT_NAME}: {what}\n" + "".join(f"{s};\n" for s in SESSION)


def schema_sql(tables: Iterable[Table]) -> str:
    return _header("tables") + "".join(f"\n{t.create};\n" for t in tables)


def data_header(table: str) -> bytes:
    return _header(f"rows of table {quote(table)}").encode("utf-8")


def insert_prefix(table: str, columns: Sequence[str]) -> bytes:
    cols = ",".join(quote(c) for c in columns)
    return f"INSERT INTO {quote(table)} ({cols}) VALUES ".encode()


def auto_increment_sql(t: Table) -> str:
    return f"ALTER TABLE {quote(t.name)} AUTO_INCREMENT = {t.auto_increment}"


def client_charset(p: Program) -> str:
    """character_set_client for sending `p`'s statement (the files are UTF-8): the object's own, so the
    server records it as it was, when the text means the same in it (UTF-8, or pure ASCII); else utf8mb4."""
    cs = (p.character_set_client or "utf8mb4").lower()
    if cs.startswith("utf8") or p.create.isascii():
        return cs
    return "utf8mb4"


def program_session(p: Program) -> list[str]:
    """SET statements before creating `p` (and `SESSION` restores the defaults after)."""
    cs = client_charset(p)
    out = [f"SET character_set_client = {cs}"]
    if p.collation_connection:
        out.append(f"SET collation_connection = {p.collation_connection}")
    if p.sql_mode is not None:
        out.append(f"SET sql_mode = '{p.sql_mode}'")
    if p.time_zone:
        out.append(f"SET time_zone = '{p.time_zone}'")
    return out


def program_statement(p: Program, keep_definer: bool) -> str:
    return p.create if keep_definer else strip_definer(p.create)


def _delimiter(texts: Sequence[str]) -> str:
    for d in (";;", "$$", "//", "@@@@", "#-#-#"):
        if not any(d in t for t in texts):
            return d
    raise ValueError("no free statement delimiter")


def post_sql(programs: Sequence[Program], auto_increments: Sequence[Table]) -> str:
    """The escape hatch's views, routines, triggers and events (without DEFINER: they belong to whoever
    replays them), then the AUTO_INCREMENT values of a data backup."""
    texts = [program_statement(p, keep_definer=False) for p in programs]
    out = [_header("views, routines, triggers, events")]
    if programs:
        d = _delimiter(texts)
        out.append(f"DELIMITER {d}\n")
        for p, text in zip(programs, texts, strict=True):
            out.append(f"\n-- {p.kind} {quote(p.name)}\n")
            out += [f"{s} {d}\n" for s in program_session(p)]
            out.append(f"{text} {d}\n")
            out += [f"{s} {d}\n" for s in SESSION]
        out.append("DELIMITER ;\n")
    out += [f"{auto_increment_sql(t)};\n" for t in auto_increments if t.auto_increment is not None]
    return "".join(out)


def restore_script(cat: Catalog, data_entries: Sequence[str], backup_type: str, with_schema: bool) -> str:
    rel = [e[len(PREFIX) :] for e in data_entries]
    lines = [
        f"-- Backup Desk {FORMAT_NAME}: database {quote(cat.database)}, {backup_type} backup, server "
        f"{cat.server_version}.",
        "-- Replay with the mariadb (or mysql) client alone, from the folder holding this file:",
        "--   cd db/mysql && mariadb --database=TARGET < restore.sql",
        "-- TARGET is an existing database: empty for a full or metadata backup; holding the tables, without",
        "-- their rows, for a data backup. The files below run in this order.",
        *(["source schema.sql"] if with_schema else []),
        *[f"source {r}" for r in rel],
        "source post.sql",
        "",
    ]
    return "\n".join(lines)
