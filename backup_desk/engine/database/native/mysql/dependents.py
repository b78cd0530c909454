"""Objects outside a restore that depend on the tables it replaces (information_schema of the target)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from backup_desk.engine.database.native import Dependent
from backup_desk.engine.database.native.mysql.catalog import Catalog, Program, quote

_CONSTRAINT = re.compile(r"^\s*(CONSTRAINT `((?:[^`]|``)+)` FOREIGN KEY .*?),?$", re.M)


def _in(names: Sequence[str]) -> str:
    return "(" + ",".join(["%s"] * len(names)) + ")"


def find_dependents(
    s: Any, target: str, cat: Catalog, tables: Sequence[str], programs: Sequence[Program]
) -> list[Dependent]:
    """Views (any database), foreign keys (any database) and triggers that the restore would leave pointing
    at a replaced table, when they are not part of the restore themselves."""
    present = {
        r[0]
        for r in s.rows(
            "SELECT TABLE_NAME FROM information_schema.TABLES WHERE TABLE_SCHEMA = "
            "DATABASE() AND TABLE_TYPE = 'BASE TABLE'"
        )
    }
    replaced = [t for t in tables if t in present]
    if not replaced:
        return []
    own_views = {p.name for p in programs if p.kind == "view"}
    own_triggers = {p.name for p in programs if p.kind == "trigger"}
    out: list[Dependent] = []
    for schema, name, definition in s.rows(
        "SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS"
    ):
        if schema == target and name in own_views:
            continue
        for t in replaced:
            if f"{quote(target)}.{quote(t)}" in str(definition or ""):
                out.append(Dependent("view", name if schema == target else f"{schema}.{name}", t))
    for schema, table, name, ref in outside_foreign_keys(s, target, replaced, tables):
        out.append(
            Dependent(
                "foreign key", f"{table}.{name}" if schema == target else f"{schema}.{table}.{name}", ref
            )
        )
    for name, table in s.rows(
        "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = "
        f"DATABASE() AND EVENT_OBJECT_TABLE IN {_in(replaced)} ORDER BY 2, 1",
        tuple(replaced),
    ):
        if name not in own_triggers:
            out.append(Dependent("trigger", name, table))
    return out


def outside_foreign_keys(
    s: Any, target: str, replaced: Sequence[str], tables: Sequence[str]
) -> list[tuple[str, str, str, str]]:
    """(schema, table, constraint, referenced table) of foreign keys outside the set onto replaced tables."""
    if not replaced:
        return []
    rows = s.rows(
        "SELECT CONSTRAINT_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME "
        "FROM information_schema.REFERENTIAL_CONSTRAINTS WHERE UNIQUE_CONSTRAINT_SCHEMA = %s "
        f"AND REFERENCED_TABLE_NAME IN {_in(replaced)} ORDER BY 1, 2, 3",
        (target, *replaced),
    )
    return [(str(a), str(b), str(c), str(d)) for a, b, c, d in rows if not (a == target and b in set(tables))]


def foreign_key_clauses(s: Any, schema: str, table: str) -> dict[str, str]:
    """`CONSTRAINT … FOREIGN KEY … REFERENCES …` of a table, by constraint name (SHOW CREATE TABLE)."""
    create = s.rows(f"SHOW CREATE TABLE {quote(schema)}.{quote(table)}")[0][1]
    return {m.group(2).replace("``", "`"): m.group(1) for m in _CONSTRAINT.finditer(create)}
