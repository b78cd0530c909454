"""Entry names of the PostgreSQL section and the JSON it keeps in `DatabaseSection.native`.

db/postgresql/restore.sql          psql script: session settings, then \\ir of the files below in order
db/postgresql/pre-data.sql         types, functions, tables, views… (dependency order)
db/postgresql/data/NNNN.sql        one per table with storage: COPY … FROM stdin; rows; \\.
db/postgresql/sequence-values.sql  setval() of every sequence
db/postgresql/post-data.sql        constraints, indexes, triggers, rules, policies, REFRESH MATERIALIZED VIEW
db/postgresql/access.sql           owners and privileges (ALTER … OWNER TO, GRANT): not in restore.sql
db/postgresql/objects.json         every object with its exact statements, section, table and dependencies
db/postgresql/portable-schema.json the tables in portable terms (cross-engine restores)
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

FORMAT_NAME = "postgresql-sql/1"
ROWS_FORMAT = "postgresql-copy-text/1"
ROOT = "db/postgresql"
RESTORE_ENTRY = f"{ROOT}/restore.sql"
PRE_DATA_ENTRY = f"{ROOT}/pre-data.sql"
POST_DATA_ENTRY = f"{ROOT}/post-data.sql"
SEQUENCES_ENTRY = f"{ROOT}/sequence-values.sql"
ACCESS_ENTRY = f"{ROOT}/access.sql"
OBJECTS_ENTRY = f"{ROOT}/objects.json"
PORTABLE_ENTRY = f"{ROOT}/portable-schema.json"
OBJECTS_FORMAT = 1

# Session settings for replaying the section (also at the top of restore.sql): the names in the
# statements are qualified, and function bodies may name tables created later.
SESSION_SETTINGS = (
    "SET statement_timeout = 0;",
    "SET lock_timeout = 0;",
    "SET client_encoding = 'UTF8';",
    "SET standard_conforming_strings = on;",
    "SELECT pg_catalog.set_config('search_path', '', false);",
    "SET check_function_bodies = false;",
    "SET xmloption = content;",
    "SET client_min_messages = warning;",
    "SET row_security = off;",
)


def data_entry(index: int) -> str:
    return f"{ROOT}/data/{index:04d}.sql"


@dataclass(frozen=True)
class TableData:
    """Where one table's COPY data sits: entry bytes [header, header + size) are the COPY text rows."""

    table: str  # qualified, quoted
    entry: str
    copy: str  # "COPY name (cols) FROM stdin;" (also the entry's first line)
    header: int  # bytes before the rows
    size: int  # bytes of rows
    rows: int
    sha256: str
    label: str = ""  # the table's name in the manifest (TableRecord.name)


@dataclass(frozen=True)
class NativeInfo:
    """`DatabaseSection.native` of a PostgreSQL section."""

    server_version_num: int
    entries: dict[str, str]  # role -> entry name ("restore", "pre-data", "post-data", "objects", …)
    data: list[TableData] = field(default_factory=list)
    index: dict[str, Any] = field(default_factory=dict)  # objects without statements (archive.catalog_index)
    layout: int = 1

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> NativeInfo:
        return cls(
            server_version_num=int(d["server_version_num"]),
            entries=dict(d["entries"]),
            data=[TableData(**t) for t in d.get("data", [])],
            index=dict(d.get("index", {})),
            layout=int(d.get("layout", 1)),
        )

    def table_data(self, table: str) -> TableData | None:
        return next((t for t in self.data if t.table == table), None)

    def record_name(self, data: TableData) -> str:
        return data.label or data.table
