"""What a PostgreSQL dump is made of: schema objects (each one or more exact statements) and table data.

Objects are stored in `objects.json` in the order they must run; `section` says whether an object runs
before the rows (pre-data), or after them (post-data), as pg_dump splits a dump.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

PRE_DATA, POST_DATA = "pre-data", "post-data"

# Kinds that own a name in the database (the restore checks whether the target already holds them).
RELATION_KINDS = ("table", "partitioned table", "view", "materialized view", "sequence")


@dataclass
class DumpObject:
    """One schema object and the statements that create it (comments and settings included)."""

    id: str  # "<catalog>:<oid>" in the source, unique within a dump
    kind: str  # "schema", "extension", "type", "domain", "function", "table", "index", "trigger", …
    name: str  # qualified, quoted as SQL (`"My Schema".film`); sub-objects: their own quoted name
    sql: list[str]
    section: str = PRE_DATA
    table: str | None = None  # qualified name of the table a sub-object belongs to
    priority: int = 0  # pg_dump-like type order; dependencies come first regardless
    deps: list[str] = field(default_factory=list)
    drop: str | None = None  # how an in-place restore removes the target's same object (never CASCADE)
    access: list[str] = field(default_factory=list)  # ALTER … OWNER TO, REVOKE/GRANT (run only when asked)
    access_roles: list[str] = field(default_factory=list)  # the roles `access` names (unquoted)

    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("priority")
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DumpObject:
        return cls(**d)


@dataclass(frozen=True)
class ColumnInfo:
    """A column as the cross-engine path needs it: the SQL name and how to read its COPY text."""

    name: str  # unquoted
    type_sql: str  # format_type() output
    reader: str  # see copytext.py: "int", "numeric", "text", "array:int", …
    nullable: bool
    generated: bool  # generated columns are not in COPY data
    loss: str = ""  # what a cross-engine restore does not keep of this column's type ("" = nothing)


def table_labels(tables: list[tuple[str, str, str]]) -> dict[str, str]:
    """(quoted name, schema, relname) -> the name shown and recorded: `relname` in schema public, else
    `schema.relname`, unquoted; names that would collide keep their quoted SQL form."""
    wanted = {q: (r if s == "public" else f"{s}.{r}") for q, s, r in tables}
    counts = Counter(wanted.values())
    return {
        q: label if counts[label] == 1 and (label not in wanted or label == q) else q
        for q, label in wanted.items()
    }


@dataclass(frozen=True)
class TableInfo:
    name: str  # qualified, quoted
    schema: str  # unquoted
    relname: str  # unquoted
    kind: str  # "table" | "partitioned table"
    columns: list[ColumnInfo]
    parent: str | None = None  # the partitioned table a partition belongs to (quoted)
    primary_key: list[str] = field(default_factory=list)
    label: str = ""  # the name people and the manifest use: see `table_labels`

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> TableInfo:
        cols = [ColumnInfo(**c) for c in d["columns"]]
        return cls(**{**d, "columns": cols})

    @property
    def shown(self) -> str:
        return self.label or self.name

    @property
    def copy_columns(self) -> list[ColumnInfo]:
        return [c for c in self.columns if not c.generated]
