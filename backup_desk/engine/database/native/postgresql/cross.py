"""Cross-engine restores of a PostgreSQL section: portable schema, rows read from COPY text, and the list
of what another engine cannot carry (said before anything is written)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import CrossEngineLoss
from backup_desk.engine.database.native.postgresql.archive import (
    Objects,
    native_info,
    open_rows,
    read_objects,
)
from backup_desk.engine.database.native.postgresql.copytext import iter_copy_rows, value_reader
from backup_desk.engine.database.schema import PortableSchema
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.errors import ArchiveCorruptError, UserInputError
from backup_desk.messages import Text

# Objects that live only in PostgreSQL: named in the preview of a restore into another engine.
NOT_CARRIED = {
    "view": "views are not recreated in another engine",
    "materialized view": "materialized views are not recreated in another engine",
    "function": "functions are PostgreSQL code",
    "procedure": "procedures are PostgreSQL code",
    "aggregate": "aggregates are PostgreSQL code",
    "trigger": "triggers call PostgreSQL functions",
    "rule": "rules exist only in PostgreSQL",
    "policy": "row-level security exists only in PostgreSQL",
    "row security": "row-level security exists only in PostgreSQL",
    "type": "the type's values are carried as text",
    "domain": "columns keep the base type only",
    "extension": "extensions exist only in PostgreSQL",
    "collation": "collations are not carried",
    "statistics": "extended statistics are not carried",
    "check constraint": "CHECK constraints are not carried",
    "sequence": "only identity/serial columns keep their auto-increment",
    "index": "expression and partial indexes are not carried",
}


def portable_schema(source: EntrySource, section: DatabaseSection) -> PortableSchema:
    info = native_info(section)
    with source.open_entry(info.entries["portable-schema"]) as f:
        return PortableSchema.from_json_bytes(f.read())


def iter_rows(source: EntrySource, section: DatabaseSection, table: str) -> Iterator[Sequence[Sequence[Any]]]:
    """Rows of portable table `table` (a partitioned table: every partition's rows), in its column order."""
    info = native_info(section)
    objs = read_objects(source, section)
    schema = portable_schema(source, section)
    try:
        wanted = schema.table(table).column_names
    except KeyError:
        raise UserInputError(
            Text("The archive holds no table named {0!r}.", table),
            Text("List the archive's tables and choose among them.")
        ) from None
    found = objs.by_label(table)
    for leaf in objs.leaves(found.name) if found else []:
        data = info.table_data(leaf.name)
        if data is None:
            continue  # metadata backup: no rows
        cols = leaf.copy_columns
        readers = [value_reader(c.reader) for c in cols]
        position = {c.name: i for i, c in enumerate(cols)}
        order = [position[n] for n in wanted]
        same = order == list(range(len(cols)))
        with open_rows(source, data) as f:
            try:
                for batch in iter_copy_rows(f, data.size, readers):
                    yield batch if same else [[row[i] for i in order] for row in batch]
            except ValueError as exc:
                raise UserInputError(
                    Text("A value of table {0} cannot be carried into another engine: {1}.", leaf.name, exc),
                    Text("Restore this backup into PostgreSQL, or change the value at the source."),
                ) from exc
            except UnicodeDecodeError as exc:
                raise ArchiveCorruptError(Text("The rows of table {0} are not valid "
                                               "UTF-8.", leaf.name), "") from exc


def cross_engine_losses(
    source: EntrySource, section: DatabaseSection, to_dialect: str
) -> list[CrossEngineLoss]:
    objs = read_objects(source, section)
    losses: list[CrossEngineLoss] = []
    for o in objs.objects:
        reason = NOT_CARRIED.get(o.kind)
        if o.kind == "index" and o.sql and "(" in o.sql[0] and not _expression_free(o.sql[0]):
            losses.append(CrossEngineLoss("index", o.name, NOT_CARRIED["index"]))
        elif reason and o.kind != "index":
            losses.append(CrossEngineLoss(o.kind, o.name, reason))
    for t in objs.tables.values():
        if t.parent is not None:
            losses.append(
                CrossEngineLoss(
                    "partition",
                    t.shown,
                    f"its rows go into {objs.tables[root_of(objs, t.name)].shown}, one plain table",
                )
            )
            continue
        for c in t.columns:
            if c.generated:
                losses.append(
                    CrossEngineLoss(
                        "generated column",
                        f"{t.shown}.{c.name}",
                        "generated columns are not carried (no values stored)",
                    )
                )
            elif c.loss:
                losses.append(CrossEngineLoss("column type", f"{t.shown}.{c.name}", c.loss))
    return losses


def root_of(objs: Objects, name: str) -> str:
    while (parent := objs.tables[name].parent) is not None and parent in objs.tables:
        name = parent
    return name


def _expression_free(index_sql: str) -> bool:
    """Plain column indexes survive (portable-schema.json has them); partial/expression ones do not."""
    body = index_sql.split(" USING ", 1)[-1]
    return " WHERE " not in body and body.count("(") == 1
