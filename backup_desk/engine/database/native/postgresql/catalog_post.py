"""Post-data objects: constraints, indexes (and their partition attachments), triggers, rules, row-level
security policies and extended statistics, each defined by the server's own pg_get_*def functions."""

from __future__ import annotations

from backup_desk.engine.database.native.postgresql.context import SCHEMA_FILTER, ReadContext
from backup_desk.engine.database.native.postgresql.context import not_extension_member as _noext
from backup_desk.engine.database.native.postgresql.model import POST_DATA, DumpObject

_TABLE = "format('%I.%I', tn.nspname, t.relname)"
_JOIN_TABLE = "JOIN pg_class t ON t.oid = {rel} JOIN pg_namespace tn ON tn.oid = t.relnamespace"


def _table_id(ctx: ReadContext, oid: int) -> str | None:
    return ctx.owner.get(("pg_class", oid))


def read_constraints(ctx: ReadContext) -> list[DumpObject]:
    """Primary key, unique, exclusion and foreign key constraints (CHECK ones go with their table)."""
    out = []
    for oid, conrelid, name, table, contype, definition, conindid, relkind, conparentid in ctx.q(
        f"SELECT c.oid, c.conrelid, format('%I', c.conname), {_TABLE}, c.contype, "
        "pg_get_constraintdef(c.oid), "
        f"c.conindid, t.relkind, c.conparentid FROM pg_constraint c {_JOIN_TABLE.format(rel='c.conrelid')} "
        "WHERE c.contype IN ('p', 'u', 'x', 'f') ORDER BY c.oid"
    ):
        table_id = _table_id(ctx, conrelid)
        if table_id is None or (contype == "f" and conparentid != 0):
            continue  # not dumped, or a partition's copy of its parent's foreign key (created with it)
        oid_id = f"pg_constraint:{oid}"
        ctx.own("pg_constraint", oid, oid_id)
        if contype != "f" and conindid:
            ctx.own("pg_class", conindid, oid_id)
        only = "" if contype == "f" and relkind == "p" else "ONLY "
        sql = [f"ALTER TABLE {only}{table} ADD CONSTRAINT {name} {definition};"]
        sql += ctx.comment("pg_constraint", oid, f"CONSTRAINT {name} ON {table}")
        kind = "foreign key" if contype == "f" else "constraint"
        out.append(
            DumpObject(
                oid_id,
                kind,
                name,
                sql,
                section=POST_DATA,
                table=table,
                priority=50 if contype == "f" else 40,
                deps=[table_id],
                drop=f"ALTER TABLE {only}{table} DROP CONSTRAINT {name}",
            )
        )
    return out


def read_indexes(ctx: ReadContext) -> list[DumpObject]:
    out = []
    for oid, relid, name, table, definition, _clustered in ctx.q(
        f"SELECT i.indexrelid, i.indrelid, format('%I.%I', tn.nspname, ic.relname), {_TABLE}, "
        "pg_get_indexdef(i.indexrelid), i.indisclustered FROM pg_index i JOIN pg_class ic ON ic.oid = "
        "i.indexrelid "
        f"{_JOIN_TABLE.format(rel='i.indrelid')} WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k "
        "WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x')) "
        f"AND {_noext('pg_class', 'i.indexrelid')} ORDER BY 3"
    ):
        table_id = _table_id(ctx, relid)
        if table_id is None or ("pg_class", oid) in ctx.owner:
            continue
        oid_id = f"pg_class:{oid}"
        ctx.own("pg_class", oid, oid_id)
        sql = [definition + ";", *ctx.comment("pg_class", oid, f"INDEX {name}")]
        out.append(
            DumpObject(
                oid_id,
                "index",
                name,
                sql,
                section=POST_DATA,
                table=table,
                priority=41,
                deps=[table_id],
                drop=f"DROP INDEX {name}",
            )
        )
    for oid, relid, name, table in ctx.q(
        f"SELECT i.indexrelid, i.indrelid, format('%I.%I', tn.nspname, ic.relname), {_TABLE} FROM pg_index i "
        f"JOIN pg_class ic ON ic.oid = i.indexrelid {_JOIN_TABLE.format(rel='i.indrelid')} "
        "WHERE i.indisclustered"
    ):
        owner = ctx.owner.get(("pg_class", oid))
        if owner and _table_id(ctx, relid):
            out.append(
                DumpObject(
                    f"cluster:{oid}",
                    "cluster on",
                    name,
                    [f"ALTER TABLE ONLY {table} CLUSTER ON {name.split('.', 1)[1]};"],
                    section=POST_DATA,
                    table=table,
                    priority=42,
                    deps=[owner],
                )
            )
    return out


def read_index_attachments(ctx: ReadContext) -> list[DumpObject]:
    """A partition's index (or key) attached to its partitioned table's index, as pg_dump does."""
    out = []
    for child, parent, child_name, parent_name, table in ctx.q(
        "SELECT i.inhrelid, i.inhparent, format('%I.%I', cn.nspname, c.relname), "
        "format('%I.%I', pn.nspname, p.relname), "
        f"{_TABLE} FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_namespace cn "
        "ON cn.oid = c.relnamespace JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn "
        "ON pn.oid = p.relnamespace JOIN pg_index x ON x.indexrelid = c.oid "
        f"{_JOIN_TABLE.format(rel='x.indrelid')} "
        "WHERE c.relkind IN ('i', 'I')"
    ):
        a, b = ctx.owner.get(("pg_class", child)), ctx.owner.get(("pg_class", parent))
        if a and b:
            out.append(
                DumpObject(
                    f"attach:{child}",
                    "index attach",
                    child_name,
                    [f"ALTER INDEX {parent_name} ATTACH PARTITION {child_name};"],
                    section=POST_DATA,
                    table=table,
                    priority=43,
                    deps=[a, b],
                )
            )
    return out


def read_triggers(ctx: ReadContext) -> list[DumpObject]:
    parent = "t2.tgparentid = 0" if ctx.version >= 130000 else "TRUE"
    out = []
    states = {"D": "DISABLE", "R": "ENABLE REPLICA", "A": "ENABLE ALWAYS"}
    for oid, relid, name, table, definition, enabled in ctx.q(
        f"SELECT t2.oid, t2.tgrelid, format('%I', t2.tgname), {_TABLE}, pg_get_triggerdef(t2.oid), "
        "t2.tgenabled "
        f"FROM pg_trigger t2 {_JOIN_TABLE.format(rel='t2.tgrelid')} WHERE NOT t2.tgisinternal AND {parent} "
        "ORDER BY 3"
    ):
        table_id = _table_id(ctx, relid)
        if table_id is None:
            continue
        oid_id = f"pg_trigger:{oid}"
        ctx.own("pg_trigger", oid, oid_id)
        sql = [definition + ";"]
        if enabled in states:
            sql.append(f"ALTER TABLE {table} {states[enabled]} TRIGGER {name};")
        sql += ctx.comment("pg_trigger", oid, f"TRIGGER {name} ON {table}")
        out.append(
            DumpObject(
                oid_id,
                "trigger",
                name,
                sql,
                section=POST_DATA,
                table=table,
                priority=45,
                deps=[table_id],
                drop=f"DROP TRIGGER {name} ON {table}",
            )
        )
    return out


def read_rules(ctx: ReadContext) -> list[DumpObject]:
    out = []
    for oid, relid, name, table, definition, enabled, rulename in ctx.q(
        f"SELECT r.oid, r.ev_class, format('%I', r.rulename), {_TABLE}, pg_get_ruledef(r.oid), r.ev_enabled, "
        f"r.rulename FROM pg_rewrite r {_JOIN_TABLE.format(rel='r.ev_class')} ORDER BY 3"
    ):
        table_id = _table_id(ctx, relid)
        if table_id is None:
            continue
        if rulename == "_RETURN":  # a view's own query
            ctx.own("pg_rewrite", oid, table_id)
            continue
        oid_id = f"pg_rewrite:{oid}"
        ctx.own("pg_rewrite", oid, oid_id)
        sql = [definition.rstrip().rstrip(";") + ";"]
        if enabled == "D":
            sql.append(f"ALTER TABLE {table} DISABLE RULE {name};")
        sql += ctx.comment("pg_rewrite", oid, f"RULE {name} ON {table}")
        out.append(
            DumpObject(
                oid_id,
                "rule",
                name,
                sql,
                section=POST_DATA,
                table=table,
                priority=44,
                deps=[table_id],
                drop=f"DROP RULE {name} ON {table}",
            )
        )
    return out


def read_policies(ctx: ReadContext) -> list[DumpObject]:
    out = []
    commands = {"*": "ALL", "r": "SELECT", "a": "INSERT", "w": "UPDATE", "d": "DELETE"}
    for oid, relid, name, table, cmd, permissive, roles, qual, check in ctx.q(
        f"SELECT p.oid, p.polrelid, format('%I', p.polname), {_TABLE}, p.polcmd, p.polpermissive, "
        "(SELECT string_agg(CASE WHEN r = 0 THEN 'PUBLIC' ELSE format('%I', a.rolname) END, ', ') "
        "FROM unnest(p.polroles) r LEFT JOIN pg_roles a ON a.oid = r), pg_get_expr(p.polqual, p.polrelid), "
        f"pg_get_expr(p.polwithcheck, p.polrelid) FROM pg_policy p {_JOIN_TABLE.format(rel='p.polrelid')} "
        "ORDER BY 3"
    ):
        table_id = _table_id(ctx, relid)
        if table_id is None:
            continue
        sql = f"CREATE POLICY {name} ON {table} AS {'PERMISSIVE' if permissive else 'RESTRICTIVE'} "
        sql += f"FOR {commands[cmd]} TO {roles}"
        if qual is not None:
            sql += f" USING ({qual})"
        if check is not None:
            sql += f" WITH CHECK ({check})"
        oid_id = f"pg_policy:{oid}"
        ctx.own("pg_policy", oid, oid_id)
        stmts = [sql + ";", *ctx.comment("pg_policy", oid, f"POLICY {name} ON {table}")]
        out.append(
            DumpObject(
                oid_id,
                "policy",
                name,
                stmts,
                section=POST_DATA,
                table=table,
                priority=56,
                deps=[table_id],
                drop=f"DROP POLICY {name} ON {table}",
            )
        )
    return out


def read_statistics(ctx: ReadContext) -> list[DumpObject]:
    out = []
    for oid, relid, name, table, definition in ctx.q(
        f"SELECT s.oid, s.stxrelid, format('%I.%I', sn.nspname, s.stxname), {_TABLE}, "
        "pg_get_statisticsobjdef(s.oid) FROM pg_statistic_ext s JOIN pg_namespace sn ON sn.oid = "
        "s.stxnamespace "
        f"{_JOIN_TABLE.format(rel='s.stxrelid')} ORDER BY 3"
    ):
        table_id = _table_id(ctx, relid)
        if table_id is None:
            continue
        oid_id = f"pg_statistic_ext:{oid}"
        ctx.own("pg_statistic_ext", oid, oid_id)
        stmts = [definition + ";", *ctx.comment("pg_statistic_ext", oid, f"STATISTICS {name}")]
        out.append(
            DumpObject(
                oid_id,
                "statistics",
                name,
                stmts,
                section=POST_DATA,
                table=table,
                priority=42,
                deps=[table_id],
                drop=f"DROP STATISTICS {name}",
            )
        )
    return out


def unsupported_objects(ctx: ReadContext) -> list[str]:
    """Objects of the dumped schemas this format does not recreate: the backup refuses rather than lose
    them."""
    checks = (
        ("operator", "pg_operator", "oprnamespace", "format('%I.%s', n.nspname, o.oprname)"),
        ("operator class", "pg_opclass", "opcnamespace", "format('%I.%I', n.nspname, o.opcname)"),
        ("operator family", "pg_opfamily", "opfnamespace", "format('%I.%I', n.nspname, o.opfname)"),
        (
            "text search configuration",
            "pg_ts_config",
            "cfgnamespace",
            "format('%I.%I', n.nspname, o.cfgname)",
        ),
        ("text search dictionary", "pg_ts_dict", "dictnamespace", "format('%I.%I', n.nspname, o.dictname)"),
        ("conversion", "pg_conversion", "connamespace", "format('%I.%I', n.nspname, o.conname)"),
    )
    out = []
    for kind, catalog, nsp, label in checks:
        for (name,) in ctx.q(
            f"SELECT {label} FROM {catalog} o JOIN pg_namespace n ON n.oid = o.{nsp} WHERE {SCHEMA_FILTER} "
            f"AND {_noext(catalog, 'o.oid')}"
        ):
            out.append(f"{kind} {name}")
    for (name,) in ctx.q(
        f"SELECT format('%I', evtname) FROM pg_event_trigger o WHERE {_noext('pg_event_trigger', 'o.oid')}"
    ):
        out.append(f"event trigger {name}")
    (blobs,) = ctx.q("SELECT count(*) FROM pg_largeobject_metadata")[0]
    if blobs:
        out.append(f"{blobs} large object(s)")
    return out
