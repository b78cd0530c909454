"""What a same-engine restore of a PostgreSQL section would write (the target is only read)."""

from __future__ import annotations

from typing import Any

from backup_desk.engine.contracts import PlannedWrite
from backup_desk.engine.database.engines import connect
from backup_desk.engine.database.loader import EntrySource
from backup_desk.engine.database.native import Dependent, RestoreOptions
from backup_desk.engine.database.native.postgresql.archive import (
    native_info,
    objects_from_index,
    read_objects,
)
from backup_desk.engine.database.native.postgresql.dependents import existing_relations, find_dependents
from backup_desk.engine.database.native.postgresql.restore import (
    DROP_ORDER,
    check_roles,
    existing_objects,
    wants_owners,
)
from backup_desk.engine.database.native.postgresql.selection import restore_set
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.engine.database.urls import display_name
from backup_desk.vocabulary import BackupType

# Names read back from the catalog (regclass, regprocedure) come out schema-qualified, like the archive's.
QUALIFIED_NAMES = "SELECT pg_catalog.set_config('search_path', '', true)"


def plan_postgresql(
    source: EntrySource, section: DatabaseSection, to_url: str, options: RestoreOptions
) -> list[PlannedWrite]:
    objs = read_objects(source, section)
    rset = restore_set(objs, options.tables)
    with connect(to_url) as conn:
        raw: Any = conn.connection.driver_connection
        cur = raw.cursor()
        cur.execute(QUALIFIED_NAMES)
        existing = {n for _, n in existing_objects(cur, rset)}
        keep_owners = wants_owners(options, section)
        # A missing role is said before anything is written.
        roles = check_roles(cur, native_info(section), rset) if keep_owners else []
        conn.rollback()
    where = display_name(to_url)
    plan = []
    if section.backup_type != BackupType.DATA:
        plan.append(
            PlannedWrite(
                "schema",
                f"create {sum(1 for o in rset.objects if o.sql)} objects in {where}"
                + (" (replacing existing ones)" if options.replace and existing else ""),
                exists=bool(existing),
            )
        )
    if keep_owners:
        owned = [o for o in rset.objects if o.access]
        plan.append(
            PlannedWrite(
                "schema",
                f"owners and privileges of {len(owned)} objects in {where}"
                + (f" (roles {', '.join(roles)})" if roles else ""),
            )
        )
    with_rows = section.has_rows and not options.schema_only
    for name in rset.tables:
        rec = section.table(objs.tables[name].shown)
        plan.append(
            PlannedWrite(
                "table",
                f"table {rec.name} -> {where}",
                rows=rec.rows if with_rows else 0,
                size=rec.size,
                exists=name in existing,
            )
        )
    return plan


def dependents_postgresql(to_url: str, section: DatabaseSection, options: RestoreOptions) -> list[Dependent]:
    objs = objects_from_index(section)
    rset = restore_set(objs, options.tables)
    with connect(to_url) as conn:
        raw: Any = conn.connection.driver_connection
        cur = raw.cursor()
        cur.execute(QUALIFIED_NAMES)
        if section.backup_type == BackupType.DATA:
            names = existing_relations(cur, rset.tables)
            deps = find_dependents(cur, rset, names, data_only=True)
        else:
            existing = existing_objects(cur, rset)
            names = existing_relations(cur, [n for k, n in existing if k in DROP_ORDER[:4]])
            deps = find_dependents(cur, rset, names)
        conn.rollback()
    return [d.dependent for d in deps]
