"""Reading the section back from an archive: the object list and the table data entries."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native.postgresql import layout as L
from backup_desk.engine.database.native.postgresql.model import DumpObject, TableInfo
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.errors import ArchiveCorruptError, UnsupportedArchiveError
from backup_desk.messages import Text

HINT = Text("The archive is damaged; verify it, and restore from another backup if it fails.")


@dataclass
class Objects:
    objects: list[DumpObject]
    tables: dict[str, TableInfo]
    sequences: list[str]
    sequence_tables: dict[str, str]

    def by_label(self, label: str) -> TableInfo | None:
        """A table by its manifest name (or its quoted SQL name)."""
        return next((t for t in self.tables.values() if t.shown == label), None) or self.tables.get(label)

    def leaves(self, name: str) -> list[TableInfo]:
        """The tables holding the rows of `name`: itself, or every partition under a partitioned table."""
        t = self.tables[name]
        if t.kind == "table":
            return [t]
        return [
            leaf for child in self.tables.values() if child.parent == name for leaf in self.leaves(child.name)
        ]


def native_info(section: DatabaseSection) -> L.NativeInfo:
    if section.native_format != L.FORMAT_NAME or not section.native:
        raise UnsupportedArchiveError(
            Text("This database section is not a PostgreSQL native section ({0}).", section.native_format),
            Text("Restore it with the release that wrote it."),
        )
    info = L.NativeInfo.from_json(section.native)
    if info.layout != 1:
        raise UnsupportedArchiveError(
            Text("PostgreSQL section layout {0} is not known to this release.", info.layout),
            Text("Update Backup Desk.")
        )
    return info


def read_objects(source: EntrySource, section: DatabaseSection) -> Objects:
    info = native_info(section)
    try:
        with source.open_entry(info.entries["objects"]) as f:
            doc = json.loads(f.read())
        return Objects(
            [DumpObject.from_json(o) for o in doc["objects"]],
            {t["name"]: TableInfo.from_json(t) for t in doc["tables"]},
            list(doc["sequences"]),
            dict(doc.get("sequence_tables", {})),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise ArchiveCorruptError(
            Text("The archive's PostgreSQL object list cannot be read ({0}).", exc), HINT
        ) from exc


def catalog_index(
    cat_objects: list[DumpObject],
    tables: list[TableInfo],
    sequences: list[str],
    sequence_tables: dict[str, str],
) -> dict[str, Any]:
    """What `dependents` needs without the archive at hand (kept in `DatabaseSection.native`)."""
    checks: dict[str, list[str]] = {}
    for o in cat_objects:
        if o.kind in ("table", "partitioned table"):
            checks[o.name] = [
                line.split()[1]
                for sql in o.sql[:1]
                for line in sql.splitlines()
                if line.strip().startswith("CONSTRAINT ")
            ]
    return {
        "objects": [[o.kind, o.name, o.table, o.drop, o.section] for o in cat_objects],
        "tables": [[t.name, t.kind, t.parent, t.shown] for t in tables],
        "checks": checks,
        "sequences": sequences,
        "sequence_tables": sequence_tables,
    }


def objects_from_index(section: DatabaseSection) -> Objects:
    """The object list without statements, from the section's own JSON."""
    idx = (section.native or {}).get("index")
    if not idx:
        raise ArchiveCorruptError(Text("The archive's PostgreSQL section has no object index."), HINT)
    objects = []
    for kind, name, table, drop, part in idx["objects"]:
        sql = [f"    CONSTRAINT {c} CHECK" for c in idx["checks"].get(name, [])]
        objects.append(DumpObject(f"{kind}:{name}:{table}", kind, name, sql, part, table, 0, [], drop))
    tables = {
        n: TableInfo(n, "", "", kind, [], parent, label=label) for n, kind, parent, label in idx["tables"]
    }
    return Objects(objects, tables, list(idx["sequences"]), dict(idx["sequence_tables"]))


@contextmanager
def open_rows(source: EntrySource, data: L.TableData) -> Iterator[IO[bytes]]:
    """The table's entry positioned at its first row (the COPY statement line skipped and checked)."""
    with source.open_entry(data.entry) as f:
        head = f.read(data.header)
        if head != (data.copy + "\n").encode("utf-8"):
            raise ArchiveCorruptError(
                Text("The archive's data of table {0} does not start as recorded.", data.table), HINT
            )
        yield f
