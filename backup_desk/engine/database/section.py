"""The database part of an archive's manifest, and the typed results of restoring and verifying it.

`DatabaseSection.to_json()` is stored opaquely in the manifest (`Manifest.database`); `from_json` reads it
back. Entry names are fixed by the archive format: `db/schema.json`, `db/ddl.sql`, `db/tables/NNNN.rows`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backup_desk.vocabulary import BackupType

SCHEMA_ENTRY = "db/schema.json"
DDL_ENTRY = "db/ddl.sql"
ROWS_FORMAT = "msgpack-rows/1"  # see codec.py: one msgpack array per row, concatenated
HASH_ALGORITHM = "sha256"


def table_entry_name(index: int) -> str:
    """Entry name of a table's rows; numbered because table names may hold any character."""
    return f"db/tables/{index:04d}.rows"


@dataclass(frozen=True)
class TableRecord:
    name: str
    rows: int
    content_hash: str  # hex SHA-256 over the canonical rows (see canon.py); "" when no rows were dumped
    entry: str | None  # None when the backup holds no rows (metadata backups)
    size: int = 0  # bytes of the uncompressed rows entry

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "rows": self.rows,
            "content_hash": self.content_hash,
            "entry": self.entry,
            "size": self.size,
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> TableRecord:
        return cls(
            name=str(d["name"]),
            rows=int(d["rows"]),
            content_hash=str(d.get("content_hash", "")),
            entry=d.get("entry"),
            size=int(d.get("size", 0)),
        )


@dataclass(frozen=True)
class DatabaseSection:
    dialect: str  # source dialect name: "sqlite", "postgresql", "mysql" (MariaDB too)
    backup_type: str  # a BackupType value, as the archive manifest holds it (an old archive may differ)
    tables: list[TableRecord] = field(default_factory=list)
    schema_entry: str = SCHEMA_ENTRY
    ddl_entry: str | None = DDL_ENTRY
    rows_format: str = ROWS_FORMAT
    hash_algorithm: str = HASH_ALGORITHM
    server_version: str = ""
    # Set by archives with a native section (see native/__init__.py): the format's name and its own JSON.
    native_format: str | None = None
    native: dict[str, Any] | None = None

    @property
    def has_rows(self) -> bool:
        return self.backup_type != BackupType.METADATA

    @property
    def total_rows(self) -> int:
        return sum(t.rows for t in self.tables)

    @property
    def total_bytes(self) -> int:
        return sum(t.size for t in self.tables)

    def table(self, name: str) -> TableRecord:
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "dialect": self.dialect,
            "backup_type": self.backup_type,
            "schema_entry": self.schema_entry,
            "ddl_entry": self.ddl_entry,
            "rows_format": self.rows_format,
            "hash_algorithm": self.hash_algorithm,
            "server_version": self.server_version,
            "tables": [t.to_json() for t in self.tables],
            **({"native_format": self.native_format, "native": self.native} if self.native_format else {}),
            "totals": {"tables": len(self.tables), "rows": self.total_rows, "bytes": self.total_bytes},
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> DatabaseSection:
        return cls(
            dialect=str(d["dialect"]),
            backup_type=str(d.get("backup_type", BackupType.FULL)),
            tables=[TableRecord.from_json(t) for t in d.get("tables", [])],
            schema_entry=str(d.get("schema_entry", SCHEMA_ENTRY)),
            ddl_entry=d.get("ddl_entry"),
            rows_format=str(d.get("rows_format", ROWS_FORMAT)),
            hash_algorithm=str(d.get("hash_algorithm", HASH_ALGORITHM)),
            server_version=str(d.get("server_version", "")),
            native_format=d.get("native_format"),
            native=d.get("native"),
        )


@dataclass(frozen=True)
class DatabaseRestoreResult:
    tables: int
    rows: int


@dataclass(frozen=True)
class DatabaseVerifyResult:
    tables_checked: int
    rows_checked: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems
