"""Cross-engine restores of a MariaDB/MySQL section: the tables in portable terms, rows as Python values.

Mapping (kinds.py decides the target types): integers (unsigned ones widened by the target), DECIMAL,
FLOAT/DOUBLE, dates and times, text, binary and JSON map to their kinds; ENUM and SET become text (their
member lists are not carried: listed as losses); BIT becomes binary (its bytes, big-endian, as PyMySQL gives
them); YEAR an integer; TINYINT(1) a boolean when it holds 0/1 only. Refused (the restore stops before
writing, the loss is listed): geometry columns, zero dates ('0000-00-00') and TIME values outside one day,
a TINYINT(1) holding other values. Generated columns are left out (their expression is not carried).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any

from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import CrossEngineLoss
from backup_desk.engine.database.native.mysql import layout
from backup_desk.engine.database.native.mysql.catalog import Catalog, Column, quote
from backup_desk.engine.database.native.mysql.literals import Token, iter_statement_rows
from backup_desk.engine.database.schema import PortableSchema
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.errors import UserInputError
from backup_desk.messages import Text

_GEOMETRY = {
    "geometry",
    "point",
    "linestring",
    "polygon",
    "multipoint",
    "multilinestring",
    "multipolygon",
    "geometrycollection",
}
BATCH = 2000
_CHECK = re.compile(r"^\s*CONSTRAINT `((?:[^`]|``)+)` CHECK ", re.M)
_COMMENT = re.compile(r"\bCOMMENT '", re.M)


def read_portable(source: EntrySource, section: DatabaseSection, cat: Catalog) -> PortableSchema:
    """The reflected schema, without generated columns (rows carry only the stored ones)."""
    entry = (section.native or {}).get("portable_schema", layout.PORTABLE_ENTRY)
    with source.open_entry(entry) as f:
        schema = PortableSchema.from_json_bytes(f.read())
    tables = []
    for t in schema.tables:
        generated = {c.name for c in cat.table(t.name).columns if c.generated}
        if not generated:
            tables.append(t)
            continue
        cols = [c for c in t.columns if c.name not in generated]
        tables.append(
            dataclasses.replace(
                t,
                columns=cols,
                indexes=[i for i in t.indexes if not set(i.columns) & generated],
                unique_constraints=[u for u in t.unique_constraints if not set(u.columns) & generated],
                foreign_keys=[f for f in t.foreign_keys if not set(f.columns) & generated],
            )
        )
    return PortableSchema(schema.dialect, tables)


def losses(cat: Catalog, to_dialect: str) -> list[CrossEngineLoss]:
    out = [
        CrossEngineLoss(p.kind, p.name, f"a MariaDB/MySQL {p.kind} cannot be restored into {to_dialect}")
        for p in cat.programs
    ]
    for t in cat.tables:
        for c in t.columns:
            name = f"{t.name}.{c.name}"
            if c.generated:
                out.append(
                    CrossEngineLoss("generated column", name, "left out: its expression is not carried")
                )
            elif c.data_type in _GEOMETRY:
                out.append(
                    CrossEngineLoss(
                        "column type",
                        name,
                        f"{c.column_type} has no portable mapping: the restore is refused",
                    )
                )
            elif c.data_type in ("enum", "set"):
                out.append(
                    CrossEngineLoss(
                        "column type", name, f"{c.column_type} becomes text: its member list is not enforced"
                    )
                )
        for m in _CHECK.finditer(t.create):
            out.append(
                CrossEngineLoss(
                    "check constraint", f"{t.name}.{m.group(1)}", "CHECK constraints are not carried"
                )
            )
        if _COMMENT.search(t.create):
            out.append(CrossEngineLoss("comment", t.name, "table and column comments are not carried"))
    return out


def refuse_geometry(cat: Catalog, table: str) -> None:
    bad = [c.name for c in cat.table(table).stored_columns if c.data_type in _GEOMETRY]
    if bad:
        raise UserInputError(
            Text("Table {0} has geometry columns ({1}) that cannot be restored into another "
                 "engine.", quote(table), ', '.join(map(quote, bad))),
            Text("Restore this archive into MariaDB or MySQL."),
        )


def _bool(v: Token, col: Column) -> Any:
    if v.text in ("0", "1"):
        return v.text == "1"
    raise ValueError(f"{v.text} in the boolean column {col.name}")


def _time(v: Token, col: Column) -> Any:
    neg = v.text.startswith("-")
    h, m, s = v.text.lstrip("-").split(":")
    sec, _, frac = s.partition(".")
    if neg or int(h) >= 24:
        raise ValueError(f"the TIME value {v.text} of column {col.name} is not a time of day")
    return dt.time(int(h), int(m), int(sec), int((frac or "0").ljust(6, "0")[:6]))


def _date(v: Token, col: Column) -> Any:
    if v.text.startswith("0000") or "-00" in v.text[:10]:
        raise ValueError(f"the zero date {v.text!r} of column {col.name}")
    return dt.date.fromisoformat(v.text)


def _datetime(v: Token, col: Column) -> Any:
    if v.text.startswith("0000") or "-00" in v.text[:10]:
        raise ValueError(f"the zero date {v.text!r} of column {col.name}")
    return dt.datetime.fromisoformat(v.text)


def _bits(v: Token, col: Column) -> Any:
    width = int(re.sub(r"\D", "", col.column_type) or 1)
    if v.kind == "bits":
        return int(v.text or "0", 2).to_bytes((width + 7) // 8, "big")
    return bytes.fromhex(v.text)


def _converter(col: Column, kind: str) -> Any:
    t = col.data_type
    if t == "bit":
        return _bits
    if kind == "boolean":
        return _bool
    if kind == "integer":
        return lambda v, c: int(v.text)
    if kind == "float":
        return lambda v, c: float(v.text)
    if kind == "decimal":
        return lambda v, c: Decimal(v.text)
    if kind == "date":
        return _date
    if kind in ("datetime", "datetime_tz"):
        return _datetime
    if kind == "time":
        return _time
    if kind == "binary" or t in ("binary", "varbinary") or t.endswith("blob"):
        return lambda v, c: bytes.fromhex(v.text) if v.kind == "hex" else v.text.encode("utf-8")
    return lambda v, c: v.text


def iter_rows(
    source: EntrySource, section: DatabaseSection, cat: Catalog, schema: PortableSchema, table: str
) -> Iterator[Sequence[Sequence[Any]]]:
    rec = section.table(table)
    if rec.entry is None:
        return
    refuse_geometry(cat, table)
    cols = cat.table(table).stored_columns
    kinds = {c.name: c.type.kind for c in schema.table(table).columns}
    convs = [_converter(c, kinds.get(c.name, "text")) for c in cols]
    pairs = list(zip(convs, cols, strict=True))
    prefix = layout.insert_prefix(table, [c.name for c in cols])
    batch: list[tuple[Any, ...]] = []
    with source.open_entry(rec.entry) as f:
        for raw in f:
            if not raw.startswith(prefix):
                continue
            values = raw[len(prefix) :].decode("utf-8")
            try:
                for row in iter_statement_rows(values):
                    batch.append(
                        tuple(None if v is None else fn(v, c) for (fn, c), v in zip(pairs, row, strict=True))
                    )
                    if len(batch) >= BATCH:
                        yield batch
                        batch = []
            except ValueError as exc:
                raise UserInputError(
                    Text("Table {0} holds a value another engine cannot store: {1}.", quote(table), exc),
                    Text("Restore this archive into MariaDB or MySQL, or fix the value at the source."),
                ) from exc
    if batch:
        yield batch
