"""Read every dumpable object of the database into dump objects in dependency order (one snapshot)."""

from __future__ import annotations

from dataclasses import dataclass, field

from backup_desk.engine.database.native.postgresql import catalog_post as post
from backup_desk.engine.database.native.postgresql import catalog_types as types
from backup_desk.engine.database.native.postgresql.catalog_access import read_access, read_default_privileges
from backup_desk.engine.database.native.postgresql.catalog_tables import (
    read_relations,
    read_sequence_owners,
    sequence_names,
)
from backup_desk.engine.database.native.postgresql.context import ReadContext, load_comments
from backup_desk.engine.database.native.postgresql.model import DumpObject, TableInfo
from backup_desk.engine.database.native.postgresql.order import add_catalog_dependencies, dependency_order
from backup_desk.engine.database.native.postgresql.typemap import TypeReaders


@dataclass
class Catalog:
    objects: list[DumpObject]  # in the order they run
    tables: list[TableInfo]
    sequences: list[str]
    sequence_tables: dict[str, str]  # sequence -> the table owning it (identity or OWNED BY)
    unsupported: list[str] = field(default_factory=list)


def read_catalog(ctx: ReadContext) -> Catalog:
    load_comments(ctx)
    objects: list[DumpObject] = []
    unsupported: list[str] = []
    objects += types.read_schemas(ctx)
    objects += types.read_extensions(ctx)
    objects += types.read_collations(ctx)
    found, bad = types.read_types(ctx)
    objects += found
    unsupported += bad
    found, bad = types.read_routines(ctx)
    objects += found
    unsupported += bad
    rel = read_relations(ctx, TypeReaders(ctx.q))
    objects += rel.objects
    unsupported += rel.unsupported
    owners = read_sequence_owners(ctx)
    objects += owners
    sequence_tables = {**rel.sequence_tables, **{o.name: o.table for o in owners if o.table}}
    for reader in (
        post.read_constraints,
        post.read_indexes,
        post.read_index_attachments,
        post.read_triggers,
        post.read_rules,
        post.read_policies,
        post.read_statistics,
    ):
        objects += reader(ctx)
    unsupported += post.unsupported_objects(ctx)
    objects += read_default_privileges(ctx)
    add_catalog_dependencies(ctx, objects)
    read_access(ctx, objects, sequence_tables)
    return Catalog(dependency_order(objects), rel.tables, sequence_names(ctx), sequence_tables, unsupported)
