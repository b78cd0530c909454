"""The portable schema stored as `db/schema.json`: what SQLAlchemy reflection saw, in dialect-free terms."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
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
        return {
            "name": self.name,
            "type": self.type.to_json(),
            "nullable": self.nullable,
            "default": self.default,
            "autoincrement": self.autoincrement,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ColumnSchema:
        return cls(
            name=d["name"],
            type=PortableType.from_json(d["type"]),
            nullable=bool(d["nullable"]),
            default=d.get("default"),
            autoincrement=bool(d.get("autoincrement", False)),
        )


@dataclass(frozen=True)
class ForeignKeySchema:
    columns: list[str]
    referred_table: str
    referred_columns: list[str]
    name: str | None = None
    ondelete: str | None = None
    onupdate: str | None = None
    deferrable: bool | None = None  # PostgreSQL (SQLite parses it too; MySQL ignores it)
    initially: str | None = None


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


def _same(name: Any) -> Any:
    return name


def _unescape_backticks(name: Any) -> Any:
    return name.replace("``", "`") if isinstance(name, str) else name


_JSON_CHECK = re.compile(r"^json_valid\(`((?:[^`]|``)+)`\)$", re.IGNORECASE)


def _mariadb_json_columns(conn: sa.Connection, name: str, columns: list[ColumnSchema]) -> list[ColumnSchema]:
    """MariaDB's JSON is LONGTEXT with a json_valid() check: give those columns the json kind back."""
    sql = sa.text(
        "SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS "
        "WHERE CONSTRAINT_SCHEMA = DATABASE() AND TABLE_NAME = :t"
    )
    try:  # a failed SELECT does not end a MySQL transaction
        checks = [row[0] for row in conn.execute(sql, {"t": name})]
    except sa.exc.DBAPIError:  # MySQL has no TABLE_NAME there (and a real JSON type, reflected as such)
        return columns
    json_cols = set()
    for check in checks:
        m = _JSON_CHECK.match(str(check or "").strip())
        if m:
            json_cols.add(m.group(1).replace("``", "`"))
    return [
        dataclasses.replace(c, type=PortableType("json", native="JSON"))
        if c.name in json_cols and c.type.kind == "text"
        else c
        for c in columns
    ]


def _sqlite_fk_actions(conn: sa.Connection, name: str) -> dict[tuple[str, tuple[str, ...]], tuple[str, str]]:
    """ON DELETE / ON UPDATE from PRAGMA foreign_key_list (SQLAlchemy misses them on inline REFERENCES)."""
    quoted = conn.dialect.identifier_preparer.quote_identifier(name)
    groups: dict[int, list[Any]] = {}
    for row in conn.exec_driver_sql(f"PRAGMA foreign_key_list({quoted})"):
        groups.setdefault(row[0], []).append(row)
    out = {}
    for rows in groups.values():
        rows.sort(key=lambda r: r[1])
        out[(rows[0][2], tuple(r[3] for r in rows))] = (rows[0][6], rows[0][5])
    return out


def _reflect_table(
    insp: sa.Inspector, name: str, dialect: sa.Dialect, conn: sa.Connection | None = None
) -> TableSchema:
    # SQLAlchemy's MySQL reflection leaves doubled backticks in column and index names.
    fix = _unescape_backticks if dialect.name in ("mysql", "mariadb") else _same
    pk = [fix(c) for c in insp.get_pk_constraint(name).get("constrained_columns") or []]
    int_pk = len(pk) == 1
    columns = []
    for c in insp.get_columns(name):
        c["name"] = fix(c["name"])
        ptype = portable_type(c["type"], dialect)
        auto = c.get("autoincrement") is True or (
            int_pk and c["name"] == pk[0] and ptype.kind == "integer" and dialect.name == "sqlite"
        )
        default = None if auto else portable_default(c.get("default"), ptype.kind)
        columns.append(ColumnSchema(c["name"], ptype, bool(c.get("nullable", True)), default, auto))
    if dialect.name in ("mysql", "mariadb") and conn is not None:
        columns = _mariadb_json_columns(conn, name, columns)
    actions = _sqlite_fk_actions(conn, name) if conn is not None and dialect.name == "sqlite" else {}
    fks = []
    for fk in insp.get_foreign_keys(name):
        if not fk.get("referred_table") or fk.get("referred_schema"):
            continue
        opts = fk.get("options") or {}
        ondelete, onupdate = opts.get("ondelete"), opts.get("onupdate")
        fk_cols, ref_cols = (
            [fix(c) for c in fk["constrained_columns"]],
            [fix(c) for c in fk["referred_columns"]],
        )
        key = (fk["referred_table"], tuple(fk_cols))
        if key in actions:
            ondelete, onupdate = (a if a and a != "NO ACTION" else None for a in actions[key])
        fks.append(
            ForeignKeySchema(
                fk_cols,
                fk["referred_table"],
                ref_cols,
                fk.get("name"),
                ondelete,
                onupdate,
                opts.get("deferrable"),
                opts.get("initially"),
            )
        )
    uniques = [
        IndexSchema([fix(c) for c in u["column_names"]], fix(u.get("name")), True)
        for u in insp.get_unique_constraints(name)
    ]
    unique_cols = {tuple(u.columns) for u in uniques}
    indexes = []
    for ix in insp.get_indexes(name):
        cols = ix.get("column_names") or []
        if not cols or any(c is None for c in cols) or ix.get("duplicates_constraint"):
            continue  # expression indexes are not portable; constraint-backing indexes are recorded above
        if ix.get("unique") and tuple(fix(str(c)) for c in cols) in unique_cols:
            continue
        indexes.append(IndexSchema([fix(str(c)) for c in cols], fix(ix.get("name")), bool(ix.get("unique"))))
    return TableSchema(name, columns, list(pk), fks, uniques, indexes)


def reflect_schema(conn: sa.Connection, only: Sequence[str] | None = None) -> PortableSchema:
    """Reflect the tables (all, or `only`) of the connection's default schema; views are not backed up."""
    insp = sa.inspect(conn)
    names = [n for n in insp.get_table_names() if only is None or n in only]
    return PortableSchema(conn.dialect.name, [_reflect_table(insp, n, conn.dialect, conn) for n in names])
