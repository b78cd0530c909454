"""Portable column types ("kinds"): from a reflected SQLAlchemy type, and back to a type for a target dialect.

A kind is what the values mean, independent of any dialect: the row codec stores values exactly, the kind
decides how they are written into a target (convert.py) and how they are compared (canon.py).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import mysql, postgresql
from sqlalchemy.sql import sqltypes

KINDS = (
    "integer",
    "float",
    "decimal",
    "string",
    "text",
    "binary",
    "boolean",
    "date",
    "time",
    "datetime",
    "datetime_tz",
    "json",
    "uuid",
    "interval",
    "any",
)

MYSQL_DECIMAL_DEFAULT = (65, 30)  # MySQL's DECIMAL without precision means (10, 0): widest exact type instead
MYSQL_INDEX_CHARS = 768  # InnoDB key prefix limit 3072 bytes / 4 bytes per utf8mb4 character


class Untyped(sa.types.UserDefinedType[Any]):
    """A SQLite column declared without a type (no affinity: values stay exactly as stored)."""

    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return ""


@dataclass(frozen=True)
class PortableType:
    kind: str
    length: int | None = None  # string / binary
    precision: int | None = None  # decimal; float: 24 = single precision
    scale: int | None = None
    size: str | None = None  # integer: "small" | "big"
    unsigned: bool = False
    native: str = ""  # the source dialect's type, for people and same-dialect restores (jsonb)

    def to_json(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, False, "")}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> PortableType:
        return cls(**d)


def _native(t: sa.types.TypeEngine[Any], dialect: sa.Dialect) -> str:
    try:
        return t.compile(dialect=dialect)
    except Exception:  # some reflected types cannot render (NullType): the class name is enough for people
        return type(t).__name__


def portable_type(t: sa.types.TypeEngine[Any], dialect: sa.Dialect) -> PortableType:
    """The kind of a reflected column type; unknown types become text (values are stored as text)."""
    native = _native(t, dialect)
    unsigned = bool(getattr(t, "unsigned", False))
    if isinstance(t, mysql.YEAR):
        return PortableType("integer", size="small", native=native)
    if isinstance(t, mysql.BIT):
        return PortableType("binary", native=native)  # PyMySQL returns the bits as bytes
    if isinstance(t, mysql.SET):
        return PortableType("text", native=native)  # several members: longer than any one of them
    if isinstance(t, sa.Boolean):
        return PortableType("boolean", native=native)
    if isinstance(t, sa.Integer):
        if isinstance(t, mysql.TINYINT) and getattr(t, "display_width", None) == 1 and not unsigned:
            return PortableType("boolean", native=native)  # MySQL's BOOLEAN is TINYINT(1)
        size = "big" if isinstance(t, sa.BigInteger) else "small" if isinstance(t, sa.SmallInteger) else None
        if dialect.name == "sqlite":
            size = "big"  # whatever the declared type, SQLite integers are 64-bit
        return PortableType("integer", size=size, unsigned=unsigned, native=native)
    if isinstance(t, sa.Float):
        single = isinstance(t, sa.REAL) or (t.precision is not None and t.precision <= 24)
        if isinstance(t, mysql.FLOAT):
            single = True
        if dialect.name == "sqlite":
            single = False  # SQLite's REAL, FLOAT and DOUBLE are all 8-byte doubles
        return PortableType("float", precision=24 if single else None, native=native)
    if isinstance(t, sa.Numeric):
        return PortableType("decimal", precision=t.precision, scale=t.scale, unsigned=unsigned, native=native)
    if isinstance(t, sa.DateTime):
        return PortableType("datetime_tz" if t.timezone else "datetime", native=native)
    if isinstance(t, sa.Date):
        return PortableType("date", native=native)
    if isinstance(t, sa.Time):
        return PortableType("time", native=native)
    if isinstance(t, sa.Interval | postgresql.INTERVAL):
        return PortableType("interval", native=native)
    if isinstance(t, sa.JSON):
        return PortableType("json", native=native)
    if isinstance(t, sa.Uuid):
        return PortableType("uuid", native=native)
    if isinstance(t, sqltypes._Binary):
        length = getattr(t, "length", None)
        return PortableType(
            "binary", length=length if isinstance(t, sa.VARBINARY | sa.BINARY) else None, native=native
        )
    if isinstance(t, sa.String):
        length = t.length
        if isinstance(t, sa.Text) or length is None:
            return PortableType("text", native=native)
        return PortableType("string", length=length, native=native)
    if isinstance(t, sqltypes.NullType):
        return PortableType("any", native=native)
    return PortableType("text", native=native)


def target_type(
    p: PortableType, dialect: str, *, indexed: int = 0, source_dialect: str = ""
) -> sa.types.TypeEngine[Any]:
    """A SQLAlchemy type for kind `p` on `dialect` that holds every value of the kind without loss.

    `indexed` > 0 means the column is part of a key or index with that many text-like columns (MySQL cannot
    index unbounded TEXT/BLOB, so those become VARCHAR/VARBINARY sized to fit InnoDB's key limit).
    """
    k = p.kind
    my = dialect in ("mysql", "mariadb")
    if k == "integer":
        if my and p.unsigned:
            cls = {"big": mysql.BIGINT, "small": mysql.SMALLINT}.get(p.size or "", mysql.INTEGER)
            return cls(unsigned=True)
        if p.unsigned and p.size == "big" and dialect == "postgresql":
            return sa.Numeric(20, 0)  # PostgreSQL has no unsigned 64-bit integer
        if p.unsigned and dialect == "postgresql":
            return sa.BigInteger()
        if dialect == "sqlite":  # 64-bit whatever its name; plain INTEGER keeps the rowid-alias primary key
            return sa.SmallInteger() if p.size == "small" else sa.Integer()
        return {"big": sa.BigInteger(), "small": sa.SmallInteger()}.get(p.size or "", sa.Integer())
    if k == "float":  # SQLite's REAL is a double; elsewhere REAL is single precision
        return sa.REAL() if p.precision == 24 or dialect == "sqlite" else sa.Double()
    if k == "decimal":
        if my and p.precision is None:
            return mysql.DECIMAL(*MYSQL_DECIMAL_DEFAULT)
        return sa.Numeric(p.precision, p.scale, asdecimal=True)
    if k in ("string", "text", "any"):
        if my and indexed:
            return sa.String(min(p.length or MYSQL_INDEX_CHARS, MYSQL_INDEX_CHARS // indexed))
        if k == "string":
            return sa.String(p.length)
        if k == "any" and dialect == "sqlite":
            return Untyped()
        return mysql.LONGTEXT() if my else sa.Text()
    if k == "binary":
        if my:
            return (
                sa.VARBINARY(min(p.length or 255, MYSQL_INDEX_CHARS * 4 // indexed))
                if indexed
                else (mysql.LONGBLOB())
            )
        return sa.LargeBinary()
    if k == "boolean":
        return sa.Boolean()
    if k == "date":
        return sa.Date()
    if k == "time":
        return mysql.TIME(fsp=6) if my else sa.Time()
    if k in ("datetime", "datetime_tz"):
        return mysql.DATETIME(fsp=6) if my else sa.DateTime(timezone=k == "datetime_tz")
    if k == "json":
        if dialect == "postgresql":
            return (
                postgresql.JSONB()
                if p.native.upper() == "JSONB" and source_dialect == "postgresql"
                else (postgresql.JSON())
            )
        return sa.JSON()
    if k == "uuid":
        return postgresql.UUID(as_uuid=True) if dialect == "postgresql" else sa.String(36)
    if k == "interval":
        return postgresql.INTERVAL() if dialect == "postgresql" else sa.String(64)
    raise ValueError(f"unknown column kind {k!r}")
