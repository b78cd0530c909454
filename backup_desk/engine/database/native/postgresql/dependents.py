"""Objects of a restore target outside the restore set that depend on relations the restore replaces.

A replace never uses DROP … CASCADE: what would fall with a replaced table — a view over it, another table's
foreign key, a trigger, index, rule or policy the backup does not hold, a function using its row type — is
named here first, and the restore refuses unless the user agreed (then views, foreign keys, triggers, indexes,
rules and functions are dropped and recreated from their live definitions; anything else still refuses).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from backup_desk.engine.database.native import Dependent
from backup_desk.engine.database.native.postgresql.selection import RestoreSet

RECREATABLE = ("view", "materialized view", "foreign key", "trigger", "index", "rule", "function")


@dataclass(frozen=True)
class LiveDependent:
    dependent: Dependent
    drop: str
    create: list[str]
    level: int  # views over views: dropped deepest first, recreated shallowest first


def _q(cur: Any, sql: str) -> list[tuple[Any, ...]]:
    cur.execute(sql)
    return list(cur.fetchall())


def existing_relations(cur: Any, names: list[str]) -> dict[str, int]:
    """Which of these relations exist in the target (name -> oid)."""
    out = {}
    for name in names:
        (oid,) = _q(
            cur,
            "SELECT (SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            f"WHERE format('%I.%I', n.nspname, c.relname) = {_lit(name)})",
        )[0]
        if oid is not None:
            out[name] = int(oid)
    return out


def _lit(s: str) -> str:
    return "'" + s.replace("'", "''") + "'"


def find_dependents(
    cur: Any, rset: RestoreSet, replaced: dict[str, int], *, data_only: bool = False
) -> list[LiveDependent]:
    if not replaced:
        return []
    oids = ",".join(str(o) for o in replaced.values())
    names = {v: k for k, v in replaced.items()}
    in_set = rset.names
    routines = {o.name for o in rset.objects if o.kind in ("function", "procedure", "aggregate")}
    archived = {(o.table, o.name) for o in rset.objects if o.table}
    archived |= {(o.table, o.name.split(".", 1)[-1]) for o in rset.objects if o.table and o.kind == "index"}
    out: list[LiveDependent] = []
    for cname, table, ref, definition, conrelid, comment in _q(
        cur,
        (
            "SELECT format('%I', c.conname), format('%I.%I', n.nspname, t.relname), c.confrelid, "
            "pg_get_constraintdef(c.oid), c.conrelid, quote_literal(obj_description(c.oid, 'pg_constraint')) "
            "FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
            "JOIN pg_namespace n ON n.oid = t.relnamespace WHERE c.contype = 'f' AND c.confrelid IN "
            f"({oids}) "
            "AND c.conparentid = 0"
        ),
    ):
        outside = conrelid not in names
        if outside or (table, cname) not in archived:
            out.append(
                LiveDependent(
                    Dependent("foreign key", f"{cname} on {table}", names[ref]),
                    f"ALTER TABLE {table} DROP CONSTRAINT {cname}",
                    [
                        f"ALTER TABLE {table} ADD CONSTRAINT {cname} {definition}",
                        *([f"COMMENT ON CONSTRAINT {cname} ON {table} IS {comment}"] if comment else []),
                    ],
                    0,
                )
            )
    if data_only:
        return [d for d in out if d.dependent.name.split(" on ", 1)[1] not in replaced]
    out += _views(cur, oids, names, in_set)
    for kind, name, rel, drop, create in _q(
        cur,
        (
            "SELECT 'trigger', format('%I', g.tgname), g.tgrelid, format('DROP TRIGGER %I ON %s', g.tgname, "
            "g.tgrelid::regclass), pg_get_triggerdef(g.oid) FROM pg_trigger g WHERE NOT g.tgisinternal "
            f"AND g.tgrelid IN ({oids}) "
            "UNION ALL SELECT 'index', format('%I', c.relname), x.indrelid, format('DROP INDEX %s', "
            "x.indexrelid::regclass), pg_get_indexdef(x.indexrelid) FROM pg_index x JOIN pg_class c "
            f"ON c.oid = x.indexrelid WHERE x.indrelid IN ({oids}) "
            "UNION ALL SELECT 'rule', format('%I', r.rulename), r.ev_class, format('DROP RULE %I ON %s', "
            "r.rulename, "
            f"r.ev_class::regclass), pg_get_ruledef(r.oid) FROM pg_rewrite r WHERE r.ev_class IN ({oids}) "
            "AND r.rulename <> '_RETURN' "
            "UNION ALL SELECT 'policy', format('%I', p.polname), p.polrelid, '', '' FROM pg_policy p "
            f"WHERE p.polrelid IN ({oids}) "
            "UNION ALL SELECT 'constraint', format('%I', k.conname), k.conrelid, '', '' FROM pg_constraint k "
            f"WHERE k.conrelid IN ({oids}) AND k.contype IN ('p', 'u', 'x', 'c') AND k.conislocal"
        ),
    ):
        table = names[rel]
        if (table, name) in archived or (kind == "constraint" and _inline_check(rset, table, name)):
            continue
        out.append(
            LiveDependent(
                Dependent(kind, f"{name} on {table}", table), drop, [create.rstrip(";")] if create else [], 0
            )
        )
    for name, rel, drop, create in _q(
        cur,
        (
            "SELECT DISTINCT ON (p.oid) p.oid::regprocedure::text, c.oid, format('DROP %s %s', "
            "CASE p.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, p.oid::regprocedure), "
            "pg_get_functiondef(p.oid) "
            "FROM pg_depend d JOIN pg_proc p ON p.oid = d.objid JOIN pg_class c ON (d.refclassid = "
            "'pg_type'::regclass AND c.reltype = d.refobjid) OR (d.refclassid = 'pg_class'::regclass "
            f"AND c.oid = d.refobjid) WHERE d.classid = 'pg_proc'::regclass AND c.oid IN ({oids}) "
            "AND p.prokind <> 'a'"  # row types in signatures, tables in BEGIN ATOMIC bodies
        ),
    ):
        if name in routines:
            continue
        out.append(LiveDependent(Dependent("function", name, names[rel]), drop, [create], 0))
    for seq, rel in _q(
        cur,
        (
            # qualified like every name of the set (regclass::text drops the schema on the search path)
            "SELECT format('%I.%I', n.nspname, s.relname), d.refobjid FROM pg_depend d "
            "JOIN pg_class s ON s.oid = d.objid JOIN pg_namespace n ON n.oid = s.relnamespace "
            f"WHERE d.classid = 'pg_class'::regclass AND s.relkind = 'S' AND d.refobjid IN ({oids}) "
            "AND d.deptype = 'a'"
        ),
    ):
        if seq not in rset.sequences and seq not in in_set:
            out.append(LiveDependent(Dependent("sequence", seq, names[rel]), "", [], 0))
    return out


def _inline_check(rset: RestoreSet, table: str, name: str) -> bool:
    """CHECK constraints are part of their table's CREATE TABLE in the backup."""
    return any(o.name == table and f"CONSTRAINT {name} " in "\n".join(o.sql) + " " for o in rset.objects)


def _views(cur: Any, oids: str, names: dict[int, str], in_set: set[str]) -> list[LiveDependent]:
    """Views and materialized views over the replaced relations, and views over those, level by level."""
    out: list[LiveDependent] = []
    frontier, seen, level = oids, set(names), 0
    label = dict(names)
    while frontier:
        rows = _q(
            cur,
            (
                "SELECT DISTINCT v.oid, format('%I.%I', n.nspname, v.relname), v.relkind, "
                "pg_get_viewdef(v.oid), "
                "d.refobjid, array_to_string(v.reloptions, ', '), quote_literal(obj_description(v.oid, "
                "'pg_class')) FROM pg_depend d JOIN pg_rewrite r ON r.oid = d.objid JOIN pg_class v ON v.oid "
                "= r.ev_class "
                "JOIN pg_namespace n ON n.oid = v.relnamespace WHERE d.classid = 'pg_rewrite'::regclass "
                f"AND d.refclassid = 'pg_class'::regclass AND d.refobjid IN ({frontier}) AND v.oid <> "
                "d.refobjid"
            ),
        )
        found = []
        for oid, name, relkind, viewdef, ref, options, comment in rows:
            if oid in seen or name in in_set:
                continue
            seen.add(oid)
            found.append(str(oid))
            word = "MATERIALIZED VIEW" if relkind == "m" else "VIEW"
            label[oid] = name
            on = label.get(ref, name)
            out.append(
                LiveDependent(
                    Dependent("materialized view" if relkind == "m" else "view", name, on),
                    f"DROP {word} {name}",
                    [
                        f"CREATE {word} {name}{f' WITH ({options})' if options else ''} AS "
                        f"{viewdef.rstrip().rstrip(';')}",
                        *([f"COMMENT ON {word} {name} IS {comment}"] if comment else []),
                    ],
                    level,
                )
            )
        frontier, level = ",".join(found), level + 1
    return out
