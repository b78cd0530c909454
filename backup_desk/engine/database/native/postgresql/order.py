"""Dependency order of dump objects, the way pg_dump orders its archive: by object type first, then by
pg_depend — an object never runs before one it depends on, whatever its type.

Kahn's algorithm over the dependency graph, always taking the ready object of lowest (type priority, name):
with no dependency against the type order the result is the plain type order. A cycle (rare: a table default
calling a function that returns the table's rows) is broken by taking the lowest remaining object.
"""

from __future__ import annotations

import heapq
from collections import defaultdict

from backup_desk.engine.database.native.postgresql.context import ReadContext
from backup_desk.engine.database.native.postgresql.model import POST_DATA, PRE_DATA, DumpObject


def add_catalog_dependencies(ctx: ReadContext, objects: list[DumpObject]) -> None:
    """Turn pg_depend rows between dumped objects into `deps` (self and unknown objects ignored)."""
    by_id = {o.id: o for o in objects}
    rows = ctx.q(
        "SELECT classid::regclass::text, objid, refclassid::regclass::text, refobjid, deptype FROM pg_depend "
        "WHERE deptype IN ('n', 'a', 'i') AND classid <> 0"
    )
    owned_by = {o.id.split(":", 1)[1] for o in objects if o.kind == "sequence owned by"}
    for cls, oid, refcls, refoid, deptype in rows:
        a = ctx.owner.get((cls, oid))
        b = ctx.owner.get((refcls, refoid))
        if a is None or b is None or a == b:
            continue
        if deptype == "a" and cls == "pg_class" and str(oid) in owned_by:
            continue  # OWNED BY: a separate object after both, else sequence and table would be a cycle
        obj = by_id.get(a)
        if obj is not None and b not in obj.deps:
            obj.deps.append(b)


def dependency_order(objects: list[DumpObject]) -> list[DumpObject]:
    by_id = {o.id: o for o in objects}
    waiting: dict[str, set[str]] = {o.id: {d for d in o.deps if d in by_id and d != o.id} for o in objects}
    users: dict[str, list[str]] = defaultdict(list)
    for oid, deps in waiting.items():
        for d in deps:
            users[d].append(oid)

    def key(o: DumpObject) -> tuple[int, str, str]:
        return (o.priority, o.name, o.id)

    ready = [key(o) for o in objects if not waiting[o.id]]
    heapq.heapify(ready)
    done: set[str] = set()
    out: list[DumpObject] = []
    while len(out) < len(objects):
        if not ready:  # a cycle: take the lowest object still waiting
            rest = min(key(by_id[i]) for i in waiting if i not in done)
            ready.append(rest)
        _, _, oid = heapq.heappop(ready)
        if oid in done:
            continue
        done.add(oid)
        out.append(by_id[oid])
        for u in users[oid]:
            waiting[u].discard(oid)
            if not waiting[u] and u not in done:
                heapq.heappush(ready, key(by_id[u]))
    _pull_into_pre_data(out, by_id)
    return out


def _pull_into_pre_data(ordered: list[DumpObject], by_id: dict[str, DumpObject]) -> None:
    """A pre-data object that needs a post-data one (a view grouping by a primary key) gets it before the
    rows, as pg_dump does: the constraint moves to pre-data."""
    seen: set[str] = set()
    for obj in ordered:
        if obj.section != PRE_DATA:
            continue
        stack = list(obj.deps)
        while stack:
            d = stack.pop()
            if d in seen or d not in by_id:
                continue
            seen.add(d)
            dep = by_id[d]
            if dep.section == POST_DATA:
                dep.section = PRE_DATA
            stack.extend(dep.deps)
