"""Which objects, tables and sequences of the archive a restore touches (everything, or chosen tables)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backup_desk.engine.database.native.postgresql.archive import Objects
from backup_desk.engine.database.native.postgresql.model import DumpObject
from backup_desk.errors import UserInputError
from backup_desk.messages import Text


@dataclass
class RestoreSet:
    whole: bool
    tables: list[str]  # every table of the set, partitions included, in archive order
    objects: list[DumpObject]  # in the order they run
    sequences: set[str]

    def owns(self, table: str) -> bool:
        return table in self._tables

    def __post_init__(self) -> None:
        self._tables = set(self.tables)

    @property
    def names(self) -> set[str]:
        """Names of the relations the set creates (tables, views, materialized views, sequences)."""
        return {
            o.name
            for o in self.objects
            if o.drop and o.drop.startswith(("DROP TABLE", "DROP VIEW", "DROP MATERIALIZED", "DROP SEQ"))
        }


def restore_set(objs: Objects, tables: Sequence[str] | None) -> RestoreSet:
    if tables is None:
        return RestoreSet(True, list(objs.tables), list(objs.objects), set(objs.sequences))
    found = {t: objs.by_label(t) for t in tables}
    unknown = [t for t, obj in found.items() if obj is None]
    if unknown:
        raise UserInputError(
            Text("The archive holds no table named {0}.", ', '.join(map(repr, unknown))),
            Text("List the archive's tables (names are schema-qualified, e.g. public.film) and choose among "
                 "them."),
        )
    chosen = {obj.name for obj in found.values() if obj is not None}  # (all found, checked above)
    grew = True
    while grew:  # a partitioned table comes with its partitions
        more = {t.name for t in objs.tables.values() if t.parent in chosen} - chosen
        chosen |= more
        grew = bool(more)
    sequences = {s for s, t in objs.sequence_tables.items() if t in chosen}
    picked = [
        o
        for o in objs.objects
        if (o.name in chosen and o.kind in ("table", "partitioned table"))
        or (o.table in chosen and o.kind != "materialized view data")
        or (o.kind == "sequence" and o.name in sequences)
    ]
    return RestoreSet(False, [t for t in objs.tables if t in chosen], picked, sequences)
