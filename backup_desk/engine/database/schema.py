"""The portable schema stored as `db/schema.json`: what SQLAlchemy reflection saw, in dialect-free terms."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from backup_desk.engine.database.defaults import portable_default
from backup_desk.engine.database.kinds import PortableType, portable_type

SCHEMA_FORMAT = 1


@dataclass(frozen=True)
class ColumnSchema:
    name: str
    type: PortableType
    nullable: bool = True
    default: dict[str, str] | None = None  # {"literal": "..."} | {"expr": "current_timestamp"}
    autoincrement: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type.to_json(), "nullable": self.nullable,
                "default": self.default, "autoincrement": self.autoincrement}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ColumnSchema:
        return cls(name=d["name"], type=PortableType.from_json(d["type"]), nullable=bool(d["nullable"]),
                   default=d.get("default"), autoincrement=bool(d.get("autoincrement", False)))


@dataclass(frozen=True)
class ForeignKeySchema:
    columns: list[str]
    referred_table: str
    referred_columns: list[str]
    name: str | None = None
    ondelete: str | None = None
    onupdate: str | None = None


@dataclass(frozen=True)
class IndexSchema:
    columns: list[str]
    name: str | None = None
    unique: bool = False


@dataclass(frozen=True)
class TableSchema:
    name: str
    columns: list[ColumnSchema]
    primary_key: list[str] = field(default_factory=list)
    foreign_keys: list[ForeignKeySchema] = field(default_factory=list)
    unique_constraints: list[IndexSchema] = field(default_factory=list)
    indexes: list[IndexSchema] = field(default_factory=list)

    @property
    def column_names(self) -> list[str]:
        return [c.name for c in self.columns]

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "columns": [c.to_json() for c in self.columns],
            "primary_key": self.primary_key,
            "foreign_keys": [fk.__dict__ for fk in self.foreign_keys],
            "unique_constraints": [u.__dict__ for u in self.unique_constraints],
            "indexes": [i.__dict__ for i in self.indexes],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> TableSchema:
        return cls(
            name=d["name"],
            columns=[ColumnSchema.from_json(c) for c in d["columns"]],
            primary_key=list(d.get("primary_key", [])),
            foreign_keys=[ForeignKeySchema(**fk) for fk in d.get("foreign_keys", [])],
            unique_constraints=[IndexSchema(**u) for u in d.get("unique_constraints", [])],
            indexes=[IndexSchema(**i) for i in d.get("indexes", [])],
        )


@dataclass(frozen=True)
class PortableSchema:
    dialect: str
    tables: list[TableSchema]

    def table(self, name: str) -> TableSchema:
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(name)

    def to_json_bytes(self) -> bytes:
        doc = {"format": SCHEMA_FORMAT, "dialect": self.dialect, "tables": [t.to_json() for t in self.tables]}
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")

    @classmethod
    def from_json_bytes(cls, data: bytes) -> PortableSchema:
        doc = json.loads(data)
        return cls(dialect=doc["dialect"], tables=[TableSchema.from_json(t) for t in doc["tables"]])


def _reflect_table(insp: sa.Inspector, name: str, dialect: sa.Dialect) -> TableSchema:
    pk = insp.get_pk_constraint(name).get("constrained_columns") or []
    int_pk = len(pk) == 1
    columns = []
    for c in insp.get_columns(name):
        ptype = portable_type(c["type"], dialect)
        auto = c.get("autoincrement") is True or (
            int_pk and c["name"] == pk[0] and ptype.kind == "integer" and dialect.name == "sqlite")
        default = None if auto else portable_default(c.get("default"), ptype.kind)
        columns.append(ColumnSchema(c["name"], ptype, bool(c.get("nullable", True)) and c["name"] not in pk,
                                    default, auto))
    fks = [
        ForeignKeySchema(list(fk["constrained_columns"]), fk["referred_table"], list(fk["referred_columns"]),
                         fk.get("name"), (fk.get("options") or {}).get("ondelete"),
                         (fk.get("options") or {}).get("onupdate"))
        for fk in insp.get_foreign_keys(name)
        if fk.get("referred_table") and not fk.get("referred_schema")
    ]
    uniques = [IndexSchema(list(u["column_names"]), u.get("name"), True)
               for u in insp.get_unique_constraints(name)]
    unique_cols = {tuple(u.columns) for u in uniques}
    indexes = []
    for ix in insp.get_indexes(name):
        cols = ix.get("column_names") or []
        if not cols or any(c is None for c in cols) or ix.get("duplicates_constraint"):
            continue  # expression indexes are not portable; constraint-backing indexes are recorded above
        if ix.get("unique") and tuple(cols) in unique_cols:
            continue
        indexes.append(IndexSchema([str(c) for c in cols], ix.get("name"), bool(ix.get("unique"))))
    return TableSchema(name, columns, list(pk), fks, uniques, indexes)


def reflect_schema(conn: sa.Connection) -> PortableSchema:
    """Reflect every table of the connection's default schema (views are not backed up)."""
    insp = sa.inspect(conn)
    names = insp.get_table_names()
    return PortableSchema(conn.dialect.name, [_reflect_table(insp, n, conn.dialect) for n in names])
