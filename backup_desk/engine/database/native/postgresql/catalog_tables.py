"""Tables (columns, identity, generated columns, defaults, CHECK, partitions), sequences, views and
materialized views: pre-data objects, plus what the data section and the cross-engine path need."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from backup_desk.engine.database.native.postgresql.context import SCHEMA_FILTER, ReadContext
from backup_desk.engine.database.native.postgresql.context import not_extension_member as _noext
from backup_desk.engine.database.native.postgresql.model import (
    POST_DATA,
    ColumnInfo,
    DumpObject,
    TableInfo,
    table_labels,
)
from backup_desk.engine.database.native.postgresql.typemap import TypeReaders

_COLLATION = (
    "(SELECT format('%I.%I', cn.nspname, co.collname) FROM pg_collation co JOIN pg_namespace cn "
    "ON cn.oid = co.collnamespace WHERE co.oid = {oid})"
)


@dataclass
class Relations:
    objects: list[DumpObject] = field(default_factory=list)
    tables: list[TableInfo] = field(default_factory=list)  # in catalog order; partitions after their parent
    sequence_tables: dict[str, str] = field(default_factory=dict)  # identity sequence -> its table
    unsupported: list[str] = field(default_factory=list)


def _seq_options(start: int, inc: int, mn: int, mx: int, cache: int, cycle: bool) -> str:
    return f"START WITH {start} INCREMENT BY {inc} MINVALUE {mn} MAXVALUE {mx} CACHE {cache}" + (
        " CYCLE" if cycle else ""
    )


def _identity_sequences(ctx: ReadContext) -> dict[tuple[int, int], tuple[int, str, str]]:
    """(table oid, attnum) -> (sequence oid, quoted name, options) of identity columns."""
    rows = ctx.q(
        "SELECT d.refobjid, d.refobjsubid, s.seqrelid, format('%I.%I', n.nspname, c.relname), s.seqstart, "
        "s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle FROM pg_depend d "
        "JOIN pg_sequence s ON s.seqrelid = d.objid JOIN pg_class c ON c.oid = s.seqrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE d.classid = 'pg_class'::regclass "
        "AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'i'"
    )
    return {(r[0], r[1]): (r[2], r[3], _seq_options(*r[4:])) for r in rows}


def _columns(ctx: ReadContext) -> dict[int, list[tuple[Any, ...]]]:
    rows = ctx.q(
        "SELECT a.attrelid, a.attnum, a.attname, format('%I', a.attname), format_type(a.atttypid, "
        "a.atttypmod), "
        "a.atttypid, a.attnotnull, a.attidentity, a.attgenerated, pg_get_expr(d.adbin, d.adrelid), "
        f"CASE WHEN a.attcollation <> t.typcollation THEN {_COLLATION.format(oid='a.attcollation')} END, "
        "a.attislocal, d.oid, COALESCE(a.attstattarget, -1), CASE WHEN a.attstorage <> t.typstorage "
        "THEN a.attstorage END, array_to_string(a.attoptions, ', ') "
        "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid "
        "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        f"WHERE c.relkind IN ('r', 'p', 'v', 'm') AND {SCHEMA_FILTER} AND a.attnum > 0 AND NOT "
        "a.attisdropped "
        "ORDER BY a.attrelid, a.attnum"
    )
    out: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for r in rows:
        out[r[0]].append(r)
    return out


def _checks(ctx: ReadContext) -> dict[int, list[tuple[Any, ...]]]:
    rows = ctx.q(
        "SELECT conrelid, oid, format('%I', conname), pg_get_constraintdef(oid), convalidated FROM "
        "pg_constraint "
        "WHERE contype = 'c' AND conrelid <> 0 AND conislocal ORDER BY conrelid, conname"
    )
    out: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for r in rows:
        out[r[0]].append(r)
    return out


def _column_sql(col: tuple[Any, ...], identity: tuple[int, str, str] | None) -> str:
    _, _, _, quoted, type_sql, _, notnull, ident, generated, default, collation = col[:11]
    sql = f"    {quoted} {type_sql}"
    if collation:
        sql += f" COLLATE {collation}"
    if generated == "s":
        sql += f" GENERATED ALWAYS AS ({default}) STORED"
    elif ident and identity:
        how = "ALWAYS" if ident == "a" else "BY DEFAULT"
        sql += f" GENERATED {how} AS IDENTITY (SEQUENCE NAME {identity[1]} {identity[2]})"
    elif default is not None:
        sql += f" DEFAULT {default}"
    if notnull:
        sql += " NOT NULL"
    return sql


_STORAGE = {"p": "PLAIN", "e": "EXTERNAL", "m": "MAIN", "x": "EXTENDED"}


def _column_settings(table: str, cols: list[tuple[Any, ...]]) -> list[str]:
    """Per-column statistics targets, storage and options that differ from the defaults."""
    out = []
    for c in cols:
        column = f"ALTER TABLE ONLY {table} ALTER COLUMN {c[3]}"
        if c[13] >= 0:
            out.append(f"{column} SET STATISTICS {c[13]};")
        if c[14]:
            out.append(f"{column} SET STORAGE {_STORAGE[c[14]]};")
        if c[15]:
            out.append(f"{column} SET ({c[15]});")
    return out


def read_relations(ctx: ReadContext, readers: TypeReaders) -> Relations:
    rel = Relations()
    identity = _identity_sequences(ctx)
    columns = _columns(ctx)
    checks = _checks(ctx)
    rows = ctx.q(
        "SELECT c.oid, format('%I.%I', n.nspname, c.relname), n.nspname, c.relname, c.relkind, "
        "c.relpersistence, "
        "c.relispartition, (SELECT format('%I.%I', pn.nspname, pc.relname) FROM pg_inherits i "
        "JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = pc.relnamespace "
        "WHERE i.inhrelid = c.oid AND c.relispartition), pg_get_expr(c.relpartbound, c.oid), "
        "CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, array_to_string(c.reloptions, ', '), "
        "c.relrowsecurity, c.relforcerowsecurity, has_table_privilege(c.oid, 'SELECT'), c.reltype, "
        "(SELECT string_agg(format('%I.%I', pn.nspname, pc.relname), ', ' ORDER BY i.inhseqno) "
        "FROM pg_inherits i JOIN pg_class pc ON pc.oid = i.inhparent JOIN pg_namespace pn "
        "ON pn.oid = pc.relnamespace WHERE i.inhrelid = c.oid AND NOT c.relispartition), "
        "CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END, c.relispopulated, "
        "(SELECT pk.conkey FROM pg_constraint pk WHERE pk.conrelid = c.oid AND pk.contype = 'p'), "
        "(SELECT i.inhparent FROM pg_inherits i WHERE i.inhrelid = c.oid AND c.relispartition) "
        f"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE {SCHEMA_FILTER} "
        f"AND {_noext('pg_class', 'c.oid')} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') "
        "ORDER BY c.relispartition, n.nspname, c.relname"
    )
    identity_seqs = {v[0] for v in identity.values()}
    for (
        oid,
        name,
        nsp,
        relname,
        relkind,
        persistence,
        is_part,
        parent,
        bound,
        partkey,
        reloptions,
        rls,
        force_rls,
        readable,
        reltype,
        inherits,
        viewdef,
        populated,
        pkey,
        parent_oid,
    ) in rows:
        oid_id = f"pg_class:{oid}"
        if relkind == "f":
            rel.unsupported.append(f"foreign table {name}")
            continue
        if relkind == "S":
            if oid in identity_seqs:
                continue
            rel.objects.append(_sequence(ctx, oid, name))
            continue
        if not readable and relkind in ("r", "m"):
            rel.unsupported.append(f"table {name} (no SELECT privilege)")
            continue
        ctx.own("pg_class", oid, oid_id)
        ctx.own("pg_type", reltype, oid_id)
        cols = columns.get(oid, [])
        with_opts = f" WITH ({reloptions})" if reloptions else ""
        comments = ctx.comment("pg_class", oid, f"{_word(relkind)} {name}")
        comments += [s for c in cols for s in ctx.comment("pg_class", oid, f"COLUMN {name}.{c[3]}", c[1])]
        if relkind in ("v", "m"):
            body = viewdef.rstrip().rstrip(";")
            if relkind == "v":
                sql = f"CREATE VIEW {name}{with_opts} AS\n{body};"
                kind, prio = "view", 8
            else:
                sql = f"CREATE MATERIALIZED VIEW {name}{with_opts} AS\n{body}\n  WITH NO DATA;"
                kind, prio = "materialized view", 9
                if populated:
                    rel.objects.append(
                        DumpObject(
                            f"refresh:{oid}",
                            "materialized view data",
                            name,
                            [f"REFRESH MATERIALIZED VIEW {name};"],
                            section=POST_DATA,
                            table=name,
                            priority=60,
                            deps=[oid_id],
                        )
                    )
            drop = f"DROP {_word(relkind)} {name}"
            rel.objects.append(DumpObject(oid_id, kind, name, [sql, *comments], priority=prio, drop=drop))
            continue
        for col in cols:
            if col[12] is not None:
                ctx.own("pg_attrdef", col[12], oid_id)
        for check in checks.get(oid, []):
            ctx.own("pg_constraint", check[1], oid_id)
        body_parts = []
        # A partition is created as PARTITION OF its parent, unless its columns are in another order (a
        # table attached later): then as a table of its own, attached after (as pg_dump does).
        attach = is_part and [c[2] for c in cols] != [c[2] for c in columns.get(parent_oid, [])]
        if not is_part or attach:
            body_parts += [_column_sql(c, identity.get((oid, c[1]))) for c in cols if c[11] or attach]
        inline_checks = [c for c in checks.get(oid, []) if c[4]]
        body_parts += [f"    CONSTRAINT {c[2]} {c[3]}" for c in inline_checks]
        for c in checks.get(oid, []):
            comments += ctx.comment("pg_constraint", c[1], f"CONSTRAINT {c[2]} ON {name}")
            if not c[4]:  # NOT VALID: added after the rows, as pg_dump does
                rel.objects.append(
                    DumpObject(
                        f"pg_constraint:{c[1]}",
                        "check constraint",
                        c[2],
                        [f"ALTER TABLE {name} ADD CONSTRAINT {c[2]} {c[3]};"],
                        section=POST_DATA,
                        table=name,
                        priority=40,
                        deps=[oid_id],
                    )
                )
        unlogged = "UNLOGGED " if persistence == "u" else ""
        if attach:
            sql = f"CREATE {unlogged}TABLE {name} (\n" + ",\n".join(body_parts) + "\n)"
            rel.objects.append(
                DumpObject(
                    f"attach:{oid}",
                    "partition attach",
                    name,
                    [f"ALTER TABLE ONLY {parent} ATTACH PARTITION {name} {bound};"],
                    table=name,
                    priority=11,
                    deps=[oid_id, f"pg_class:{parent_oid}"],
                )
            )
        elif is_part:
            joined = ",\n".join(body_parts)
            inner = f" (\n{joined}\n)" if body_parts else ""
            sql = f"CREATE {unlogged}TABLE {name} PARTITION OF {parent}{inner}\n{bound}"
        else:
            sql = f"CREATE {unlogged}TABLE {name} (\n" + ",\n".join(body_parts) + "\n)"
            if inherits:
                sql += f"\nINHERITS ({inherits})"
        if partkey:
            sql += f"\nPARTITION BY {partkey}"
        sql += with_opts + ";"
        stmts = [sql, *_column_settings(name, cols)]
        for col in cols:  # partitions and inheritance children: generated/identity come from the parent
            ident = identity.get((oid, col[1]))
            if ident:
                ctx.own("pg_class", ident[0], oid_id)
                rel.sequence_tables[ident[1]] = name
        kind = "partitioned table" if relkind == "p" else "table"
        rel.objects.append(
            DumpObject(oid_id, kind, name, stmts + comments, priority=7, drop=f"DROP TABLE {name}")
        )
        if rls or force_rls:
            sec = [f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY;"] if rls else []
            sec += [f"ALTER TABLE {name} FORCE ROW LEVEL SECURITY;"] if force_rls else []
            rel.objects.append(
                DumpObject(
                    f"rls:{oid}",
                    "row security",
                    name,
                    sec,
                    section=POST_DATA,
                    table=name,
                    priority=55,
                    deps=[oid_id],
                )
            )
        pk_cols = [c[2] for c in cols if pkey and c[1] in pkey]
        rel.unsupported += [f"column {name}.{c[3]} of type {c[4]}" for c in cols if readers.refused(c[5])]
        info_cols = [
            ColumnInfo(c[2], c[4], readers.reader(c[5]), not c[6], c[8] == "s", readers.loss(c[5]))
            for c in cols
        ]
        rel.tables.append(TableInfo(name, nsp, relname, kind, info_cols, parent, pk_cols))
    labels = table_labels([(t.name, t.schema, t.relname) for t in rel.tables])
    rel.tables = [dataclasses.replace(t, label=labels[t.name]) for t in rel.tables]
    return rel


def _word(relkind: str) -> str:
    return {"v": "VIEW", "m": "MATERIALIZED VIEW", "S": "SEQUENCE"}.get(relkind, "TABLE")


def _sequence(ctx: ReadContext, oid: int, name: str) -> DumpObject:
    row = ctx.q(
        "SELECT format_type(seqtypid, NULL), seqstart, seqincrement, seqmin, seqmax, seqcache, seqcycle "
        f"FROM pg_sequence WHERE seqrelid = {oid}"
    )[0]
    oid_id = f"pg_class:{oid}"
    ctx.own("pg_class", oid, oid_id)
    sql = [f"CREATE SEQUENCE {name} AS {row[0]} {_seq_options(*row[1:])};"]
    sql += ctx.comment("pg_class", oid, f"SEQUENCE {name}")
    return DumpObject(oid_id, "sequence", name, sql, priority=6, drop=f"DROP SEQUENCE {name}")


def read_sequence_owners(ctx: ReadContext) -> list[DumpObject]:
    """`ALTER SEQUENCE … OWNED BY` of serial columns (after both exist, as pg_dump does)."""
    out = []
    for seq_oid, seq, table_oid, table, column in ctx.q(
        "SELECT s.oid, format('%I.%I', sn.nspname, s.relname), t.oid, format('%I.%I', tn.nspname, "
        "t.relname), "
        "format('%I', a.attname) FROM pg_depend d JOIN pg_class s ON s.oid = d.objid AND s.relkind = 'S' "
        "JOIN pg_namespace sn ON sn.oid = s.relnamespace JOIN pg_class t ON t.oid = d.refobjid "
        "JOIN pg_namespace tn ON tn.oid = t.relnamespace JOIN pg_attribute a ON a.attrelid = t.oid "
        "AND a.attnum = d.refobjsubid WHERE d.classid = 'pg_class'::regclass "
        "AND d.refclassid = 'pg_class'::regclass AND d.deptype = 'a'"
    ):
        if ("pg_class", seq_oid) not in ctx.owner or ("pg_class", table_oid) not in ctx.owner:
            continue
        out.append(
            DumpObject(
                f"owned:{seq_oid}",
                "sequence owned by",
                seq,
                [f"ALTER SEQUENCE {seq} OWNED BY {table}.{column};"],
                table=table,
                priority=10,
                deps=[f"pg_class:{seq_oid}", f"pg_class:{table_oid}"],
            )
        )
    return out


def sequence_names(ctx: ReadContext) -> list[str]:
    """Every sequence of the dumped schemas (identity ones too), for the data section's setval()."""
    return [
        r[0]
        for r in ctx.q(
            "SELECT format('%I.%I', n.nspname, c.relname) FROM pg_class c JOIN pg_namespace n "
            f"ON n.oid = c.relnamespace WHERE c.relkind = 'S' AND {SCHEMA_FILTER} "
            f"AND {_noext('pg_class', 'c.oid')} "
            "ORDER BY 1"
        )
    ]
