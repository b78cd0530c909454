"""The dumped tables in portable terms (`portable-schema.json`), for restores into another engine.

A partitioned table is one portable table holding its partitions' rows (partitions are not listed);
generated columns are left out (their values are not in the COPY data; see cross.py's losses).
"""

from __future__ import annotations

import re
from typing import Any

from backup_desk.engine.database.kinds import PortableType
from backup_desk.engine.database.native.postgresql.model import ColumnInfo, TableInfo
from backup_desk.engine.database.schema import (
    ColumnSchema,
    ForeignKeySchema,
    IndexSchema,
    PortableSchema,
    TableSchema,
)

_ACTIONS = {"r": "RESTRICT", "c": "CASCADE", "n": "SET NULL", "d": "SET DEFAULT"}
_LENGTH = re.compile(r"^(?:character varying|character|bit varying|bit)\((\d+)\)$")
_NUMERIC = re.compile(r"^numeric\((\d+)(?:,(\d+))?\)$")


def portable_type(col: ColumnInfo) -> PortableType:
    r, t = col.reader, col.type_sql
    if r == "int":
        size = "small" if t == "smallint" else "big" if t in ("bigint", "oid") else None
        return PortableType("integer", size=size, native=t)
    if r == "float":
        return PortableType("float", precision=24 if t == "real" else None, native=t)
    if r == "numeric":
        m = _NUMERIC.match(t)
        return PortableType(
            "decimal",
            precision=int(m.group(1)) if m else None,
            scale=int(m.group(2) or 0) if m else None,
            native=t,
        )
    simple = {
        "bool": "boolean",
        "bytea": "binary",
        "date": "date",
        "time": "time",
        "timestamp": "datetime",
        "timestamptz": "datetime_tz",
        "interval": "interval",
        "json": "json",
        "uuid": "uuid",
    }
    if r in simple:
        return PortableType(simple[r], native=t)
    if r.startswith("array:"):
        return PortableType("json", native=t)
    m = _LENGTH.match(t)
    if m and t.startswith("character"):
        return PortableType("string", length=int(m.group(1)), native=t)
    return PortableType("text", native=t)


def root_of(tables: dict[str, TableInfo], name: str) -> str:
    while (parent := tables[name].parent) is not None and parent in tables:
        name = parent
    return name


def _cols(q: Any, sql: str) -> dict[int, list[tuple[Any, ...]]]:
    out: dict[int, list[tuple[Any, ...]]] = {}
    for row in q(sql):
        out.setdefault(row[0], []).append(row)
    return out


def build_portable_schema(q: Any, tables: list[TableInfo]) -> PortableSchema:
    labels = {t.name: t.shown for t in tables}
    names = {t.name for t in tables if t.parent is None}
    auto = {
        (r[0], r[1])
        for r in q(
            "SELECT format('%I.%I', n.nspname, c.relname), a.attname FROM pg_attribute a JOIN pg_class c "
            "ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attrdef d "
            "ON d.adrelid = a.attrelid AND d.adnum = a.attnum WHERE a.attnum > 0 AND (a.attidentity <> '' "
            "OR pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%')"
        )
    }
    keys = _cols(
        q,
        (
            "SELECT 0, format('%I.%I', n.nspname, c.relname), k.contype, k.conname, ARRAY(SELECT a.attname "
            "FROM "
            "unnest(k.conkey) WITH ORDINALITY u(num, i) JOIN pg_attribute a ON a.attrelid = k.conrelid "
            "AND a.attnum = u.num ORDER BY u.i), (SELECT format('%I.%I', rn.nspname, r.relname) FROM "
            "pg_class r "
            "JOIN pg_namespace rn ON rn.oid = r.relnamespace WHERE r.oid = k.confrelid), ARRAY(SELECT "
            "a.attname "
            "FROM unnest(k.confkey) WITH ORDINALITY u(num, i) JOIN pg_attribute a ON a.attrelid = "
            "k.confrelid "
            "AND a.attnum = u.num ORDER BY u.i), k.confdeltype, k.confupdtype, k.condeferrable, "
            "k.condeferred "
            "FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE k.contype IN ('u', 'f') AND k.conparentid = 0 ORDER BY k.conname"
        ),
    )
    indexes = _cols(
        q,
        (
            "SELECT 0, format('%I.%I', n.nspname, c.relname), ic.relname, x.indisunique, ARRAY(SELECT "
            "a.attname "
            "FROM unnest(x.indkey) WITH ORDINALITY u(num, i) JOIN pg_attribute a ON a.attrelid = x.indrelid "
            "AND a.attnum = u.num ORDER BY u.i), x.indnkeyatts FROM pg_index x JOIN pg_class ic "
            "ON ic.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n "
            "ON n.oid = c.relnamespace WHERE x.indpred IS NULL AND x.indexprs IS NULL AND 0 <> ALL "
            "(x.indkey) "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid "
            "AND k.conrelid = x.indrelid) ORDER BY ic.relname"
        ),
    )
    out = []
    for t in tables:
        if t.parent is not None:
            continue
        columns = [
            ColumnSchema(c.name, portable_type(c), c.nullable, None, (t.name, c.name) in auto)
            for c in t.columns
            if not c.generated
        ]
        present = {c.name for c in columns}  # keys and indexes over generated columns are not carried
        fks, uniques = [], []
        for _, table, contype, conname, cols, ref, ref_cols, ondel, onupd, deferrable, deferred in keys.get(
            0, []
        ):
            if table != t.name or not present.issuperset(cols):
                continue
            if contype == "u":
                uniques.append(IndexSchema(list(cols), conname, True))
            elif ref in names:
                fks.append(
                    ForeignKeySchema(
                        list(cols),
                        labels[ref],
                        list(ref_cols),
                        conname,
                        _ACTIONS.get(ondel),
                        _ACTIONS.get(onupd),
                        bool(deferrable) or None,
                        "DEFERRED" if deferred else None,
                    )
                )
        idx = [
            IndexSchema(list(cols)[:nkey], name, bool(unique))
            for _, table, name, unique, cols, nkey in indexes.get(0, [])
            if table == t.name and present.issuperset(list(cols)[:nkey])
        ]
        out.append(TableSchema(t.shown, columns, list(t.primary_key), fks, uniques, idx))
    return PortableSchema("postgresql", out)
