"""What a SQLite database holds, read from its own catalog: tables, objects and their features, pragmas; the
schema replayed into an empty database; and the objects that depend on a table.

Everything here works on raw `sqlite3` connections (the snapshot, the target, an in-memory copy).
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backup_desk.engine.database.native import Dependent
from backup_desk.engine.database.native.sqlite_file import open_rw

# Pragmas carried by the file header itself; restored by the snapshot, replayed by `copy_schema`.
HEADER_PRAGMAS = ("user_version", "application_id")
_STAT_TABLE = re.compile(r"^sqlite_stat\d$")


def quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


@dataclass(frozen=True)
class SqliteObject:
    """One row of sqlite_schema (shadow tables, sqlite_sequence and autoindexes left out)."""

    type: str  # table | index | view | trigger
    name: str
    table: str  # tbl_name: the table an index or trigger belongs to (itself for tables and views)
    sql: str
    features: tuple[str, ...] = ()  # what a cross-engine restore cannot carry: see `table_features`

    def to_json(self) -> dict[str, Any]:
        return {"type": self.type, "name": self.name, "table": self.table, "features": list(self.features)}


@dataclass(frozen=True)
class SqliteCatalog:
    objects: list[SqliteObject]
    tables: list[str]  # user tables, virtual ones included (shadow tables excluded), in catalog order
    virtual: dict[str, str]  # virtual table -> module (fts5, rtree…)
    shadow: dict[str, str]  # shadow table -> its virtual table
    without_rowid: set[str]
    pragmas: dict[str, int] = field(default_factory=dict)

    def objects_of(self, tables: Iterable[str], kinds: Sequence[str]) -> list[SqliteObject]:
        wanted = set(tables)
        return [o for o in self.objects if o.type in kinds and o.table in wanted and o.name not in wanted]


_VTAB_MODULE = re.compile(r"\bUSING\s+(\w+)", re.IGNORECASE)


def _features(conn: sqlite3.Connection, schema: str, obj_type: str, name: str, sql: str, virtual: bool,
              without_rowid: bool, sequences: set[str]) -> tuple[str, ...]:
    out: list[str] = []
    if obj_type == "table":
        if virtual:
            m = _VTAB_MODULE.search(sql)
            out.append(f"virtual table ({m.group(1).lower() if m else 'unknown module'})")
        else:
            if re.search(r"\bCHECK\s*\(", sql, re.IGNORECASE):
                out.append("CHECK constraint")
            if re.search(r"\bCOLLATE\b", sql, re.IGNORECASE):
                out.append("column collation")
            if name in sequences or re.search(r"\bAUTOINCREMENT\b", sql, re.IGNORECASE):
                out.append("AUTOINCREMENT counter")
            if without_rowid:
                out.append("WITHOUT ROWID")
            xinfo = conn.execute(f"PRAGMA {schema}.table_xinfo({quote(name)})").fetchall()
            if any(r[6] in (2, 3) for r in xinfo):
                out.append("generated column")
    elif obj_type == "index":
        partial = re.search(r"\bWHERE\b", sql, re.IGNORECASE) is not None
        expression = any(r[1] == -2 for r in conn.execute(f"PRAGMA {schema}.index_xinfo({quote(name)})"))
        if partial:
            out.append("partial index")
        if expression:
            out.append("expression index")
    return tuple(out)


def read_catalog(conn: sqlite3.Connection, schema: str = "main") -> SqliteCatalog:
    """The database's objects in catalog (creation) order, with the features each has."""
    virtual: dict[str, str] = {}
    shadow_names: list[str] = []
    without_rowid: set[str] = set()
    for _schema, name, kind, _ncol, wr, _strict in conn.execute(f"PRAGMA {schema}.table_list"):
        if kind == "shadow":
            shadow_names.append(name)
        elif kind == "virtual":
            virtual[name] = ""
        if wr:
            without_rowid.add(name)
    rows = conn.execute(
        f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_schema ORDER BY rowid").fetchall()
    sequences: set[str] = set()
    if any(r[1] == "sqlite_sequence" for r in rows):
        sequences = {r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_sequence")}
    shadow: dict[str, str] = {}
    for s in shadow_names:  # a shadow table is named <virtual table>_<suffix>: the longest such prefix
        owners = [v for v in virtual if s.startswith(v + "_")]
        shadow[s] = max(owners, key=len) if owners else ""
    objects: list[SqliteObject] = []
    tables: list[str] = []
    for obj_type, name, tbl_name, sql in rows:
        if sql is None or name in shadow or name == "sqlite_sequence" or _STAT_TABLE.match(name):
            continue
        is_virtual = name in virtual
        if is_virtual:
            m = _VTAB_MODULE.search(sql)
            virtual[name] = m.group(1).lower() if m else ""
        feats = _features(conn, schema, obj_type, name, sql, is_virtual, name in without_rowid, sequences)
        objects.append(SqliteObject(obj_type, name, tbl_name, sql, feats))
        if obj_type == "table":
            tables.append(name)
    pragmas = {p: int(conn.execute(f"PRAGMA {schema}.{p}").fetchone()[0]) for p in HEADER_PRAGMAS}
    return SqliteCatalog(objects, tables, virtual, shadow, without_rowid, pragmas)


def insertable_columns(conn: sqlite3.Connection, schema: str, table: str) -> list[str]:
    """Columns an INSERT may name: not generated (hidden 2/3), not a virtual table's hidden ones (1)."""
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_xinfo({quote(table)})") if r[6] == 0]


def rowid_name(conn: sqlite3.Connection, schema: str, table: str, catalog: SqliteCatalog) -> str | None:
    """A name that reads the table's rowid (None for WITHOUT ROWID tables), not shadowed by a column."""
    if table in catalog.without_rowid:
        return None
    cols = {r[1].lower() for r in conn.execute(f"PRAGMA {schema}.table_xinfo({quote(table)})")}
    return next((n for n in ("rowid", "_rowid_", "oid") if n not in cols), None)


def copy_schema_file(src: Path, dst: Path) -> None:
    """copy_schema from the database file `src` into the empty database file `dst`."""
    with closing(open_rw(src)) as source, closing(open_rw(dst)) as target:
        copy_schema(source, target)


def copy_schema(src: sqlite3.Connection, dst: sqlite3.Connection, src_schema: str = "main") -> None:
    """Replay every object of `src` into the empty database `dst`, in catalog order, with its header
    pragmas: what `sqlite3 .schema` would give back. Virtual tables create their own shadow tables, and
    sqlite_sequence appears with the first AUTOINCREMENT table; both start empty. Statistics tables
    (sqlite_stat*) are recreated empty when the source has them (ANALYZE fills them again)."""
    cur = src.execute
    for pragma in ("page_size", "auto_vacuum"):  # only effective before the first table
        dst.execute(f"PRAGMA {pragma} = {int(cur(f'PRAGMA {src_schema}.{pragma}').fetchone()[0])}")
    encoding = str(cur(f"PRAGMA {src_schema}.encoding").fetchone()[0])
    dst.execute(f"PRAGMA encoding = '{encoding}'")
    catalog = read_catalog(src, src_schema)
    has_stats = cur(f"SELECT 1 FROM {src_schema}.sqlite_schema WHERE name LIKE 'sqlite~_stat%' ESCAPE '~'"
                    ).fetchone() is not None
    dst.execute("BEGIN")
    for obj in catalog.objects:
        dst.execute(obj.sql)
    for pragma, value in catalog.pragmas.items():
        dst.execute(f"PRAGMA {pragma} = {value}")
    if has_stats:
        dst.execute("ANALYZE")
        for (name,) in dst.execute(
                "SELECT name FROM sqlite_schema WHERE name LIKE 'sqlite~_stat%' ESCAPE '~'").fetchall():
            dst.execute(f"DELETE FROM {quote(name)}")
    dst.execute("COMMIT")


def _schema_rows(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str]]:
    return {(t, n): (tbl, sql or "") for t, n, tbl, sql in
            conn.execute("SELECT type, name, tbl_name, sql FROM main.sqlite_schema")}


def dependents(conn: sqlite3.Connection, replaced: Sequence[str], restore_set: Sequence[str]
               ) -> list[Dependent]:
    """Objects outside `restore_set` that depend on the tables of `replaced` (in `conn`'s main database).

    SQLite itself finds them: ALTER TABLE … RENAME rewrites every view, trigger and foreign key that names
    the table; the rename is made inside a savepoint and rolled back, and whatever it rewrote depends on
    the table. When the rename cannot run (an object of the schema is already broken), a textual search of
    the definitions stands in."""
    inside = set(restore_set)
    found: list[Dependent] = []
    conn.execute("PRAGMA legacy_alter_table = OFF")
    own_txn = not conn.in_transaction
    if own_txn:
        conn.execute("BEGIN")
    try:
        for table in replaced:
            before = _schema_rows(conn)
            probe = f"{table}__bd_probe_{secrets.token_hex(4)}"
            conn.execute("SAVEPOINT bd_probe")
            try:
                conn.execute(f"ALTER TABLE main.{quote(table)} RENAME TO {quote(probe)}")
                after = _schema_rows(conn)
                changed = [k for k, v in before.items() if k in after and after[k][1] != v[1]]
            except sqlite3.DatabaseError:
                changed = textual_matches(before, table)
            finally:
                conn.execute("ROLLBACK TO bd_probe")
                conn.execute("RELEASE bd_probe")
            for (kind, name) in changed:
                owner = before[(kind, name)][0]
                if owner == table or name in inside or owner in inside:
                    continue
                label = {"table": "foreign key", "view": "view", "trigger": "trigger"}.get(kind, kind)
                found.append(Dependent(label, name, table))
    finally:
        if own_txn:
            conn.execute("ROLLBACK")
    return found


def mentions(sql: str, table: str) -> bool:
    """Whether `sql` names `table`: quoted any way SQLite, PostgreSQL or MySQL accept, or bare after a
    word that introduces a table (so that a table named "order" is not found in ORDER BY)."""
    t = re.escape(table)
    quoted = [r'"' + re.escape(table.replace('"', '""')) + r'"', r"`" + t + r"`", r"\[" + t + r"\]"]
    bare = r"(?:(?:\bFROM|\bJOIN|\bREFERENCES|\bINTO|\bUPDATE|\bTABLE|\bON|,)\s+|\.)" + t + r"(?![\w\"`\]])"
    pattern = re.compile(r'(?:(?<![\w"`\[])(?:' + "|".join(quoted) + r'))|' + bare, re.IGNORECASE)
    return pattern.search(sql) is not None


def textual_matches(rows: dict[tuple[str, str], tuple[str, str]], table: str) -> list[tuple[str, str]]:
    """Objects whose SQL names `table`."""
    return [k for k, (_owner, sql) in rows.items()
            if k[0] in ("table", "view", "trigger") and mentions(sql, table)]
