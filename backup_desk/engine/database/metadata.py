"""Build SQLAlchemy tables for a target dialect from the portable schema (and the readable DDL text)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

import sqlalchemy as sa
from sqlalchemy.schema import AddConstraint, CreateIndex, CreateTable

from backup_desk.engine.database.defaults import server_default
from backup_desk.engine.database.kinds import target_type
from backup_desk.engine.database.schema import PortableSchema, TableSchema

TEXTLIKE = frozenset({"string", "text", "any", "binary", "json"})


@dataclass
class TargetTables:
    metadata: sa.MetaData
    tables: dict[str, sa.Table]  # by portable name, in the portable schema's order
    foreign_keys: list[sa.ForeignKeyConstraint]

    def create_table_ddl(self, name: str, *, with_fks: bool) -> CreateTable:
        """CREATE TABLE, with its FKs inline (SQLite) or without them (added after loading, see fk_ddl)."""
        return CreateTable(self.tables[name], include_foreign_key_constraints=None if with_fks else [])

    def fk_ddl(self) -> list[AddConstraint]:
        return [AddConstraint(fkc) for fkc in self.foreign_keys]

    def load_order(self) -> list[str]:
        """Parents before children (cycles broken arbitrarily: FKs are added after loading)."""
        order: list[str] = []
        by_table = {t: n for n, t in self.tables.items()}
        deps = {
            n: {
                by_table[fk.referred_table]
                for fk in self.foreign_keys
                if fk.table is t and fk.referred_table in by_table and fk.referred_table is not t
            }
            for n, t in self.tables.items()
        }
        done: set[str] = set()

        def visit(n: str, stack: set[str]) -> None:
            if n in done or n in stack:
                return
            stack.add(n)
            for d in sorted(deps[n]):
                visit(d, stack)
            done.add(n)
            order.append(n)

        for n in self.tables:
            visit(n, set())
        return order


def _indexed_widths(t: TableSchema) -> dict[str, int]:
    """Per column: the largest number of text-like columns in a key or index that holds it (MySQL limits)."""
    kinds = {c.name: c.type.kind for c in t.columns}
    widths: dict[str, int] = {}
    groups = [t.primary_key] + [u.columns for u in t.unique_constraints] + [i.columns for i in t.indexes]
    groups += [fk.columns for fk in t.foreign_keys]
    for cols in groups:
        n = sum(1 for c in cols if kinds.get(c) in TEXTLIKE)
        for c in cols:
            if kinds.get(c) in TEXTLIKE:
                widths[c] = max(widths.get(c, 0), n)
    return widths


def build_tables(
    schema: PortableSchema,
    dialect: str,
    *,
    names: Sequence[str] | None = None,
    db_schema: str | None = None,
    insertion_order: bool = False,
) -> TargetTables:
    """Tables for `dialect`; FKs to tables outside `names` are left out (a partial restore).

    `insertion_order` (SQLite): no INTEGER PRIMARY KEY rowid alias, so `ORDER BY rowid` reads rows back in
    the order they were loaded (verification compares order-sensitive hashes).
    """
    md = sa.MetaData(schema=db_schema)
    wanted = [t for t in schema.tables if names is None or t.name in names]
    wanted_names = {t.name for t in wanted}
    tables: dict[str, sa.Table] = {}
    fks: list[sa.ForeignKeyConstraint] = []
    used_index_names: set[str] = set()
    for t in wanted:
        widths = _indexed_widths(t) if dialect in ("mysql", "mariadb") else {}
        cols = []
        for c in t.columns:
            auto: bool | Literal["auto"] = "auto" if c.autoincrement and t.primary_key == [c.name] else False
            ctype = target_type(c.type, dialect, indexed=widths.get(c.name, 0), source_dialect=schema.dialect)
            if insertion_order and c.type.kind == "integer" and c.name in t.primary_key:
                ctype, auto = sa.BigInteger(), False
            cols.append(
                sa.Column(
                    c.name,
                    ctype,
                    primary_key=c.name in t.primary_key,
                    nullable=c.nullable,
                    autoincrement=auto,
                    server_default=server_default(c.default, dialect, c.type.kind),
                    quote=True,
                )
            )
        table = sa.Table(t.name, md, *cols, quote=True)
        if t.primary_key:
            table.primary_key.name = None  # constraint names are not portable (PostgreSQL: per schema)
        for u in t.unique_constraints:
            table.append_constraint(sa.UniqueConstraint(*u.columns))
        for ix in t.indexes:
            name = ix.name or f"ix_{t.name}_{'_'.join(ix.columns)}"
            base, k = name, 2
            while name in used_index_names:  # MySQL index names are per table, elsewhere per schema
                name, k = f"{base}_{k}", k + 1
            used_index_names.add(name)
            sa.Index(name, *[table.c[c] for c in ix.columns], unique=ix.unique, quote=True)
        tables[t.name] = table
    for t in wanted:
        for fk in t.foreign_keys:
            if fk.referred_table not in wanted_names:
                continue
            parent = tables[fk.referred_table]
            fkc = sa.ForeignKeyConstraint(
                fk.columns,
                [parent.c[c] for c in fk.referred_columns],
                ondelete=fk.ondelete,
                onupdate=fk.onupdate,
                deferrable=fk.deferrable if dialect == "postgresql" else None,
                initially=fk.initially if dialect == "postgresql" else None,
            )
            tables[t.name].append_constraint(fkc)
            fks.append(fkc)
    return TargetTables(md, tables, fks)


def ddl_text(schema: PortableSchema, engine_dialect: sa.Dialect) -> str:
    """The DDL these tables have on the source dialect, for people to read (`db/ddl.sql`)."""
    tt = build_tables(schema, engine_dialect.name)
    inline = engine_dialect.name == "sqlite"  # SQLite cannot add a foreign key to an existing table
    out = [f"-- Backup Desk: schema of a {engine_dialect.name} database ({len(tt.tables)} tables)\n"]
    for name in tt.load_order():
        table = tt.tables[name]
        create = tt.create_table_ddl(name, with_fks=inline)
        out.append(str(create.compile(dialect=engine_dialect)).strip() + ";\n")
        for ix in sorted(table.indexes, key=lambda i: str(i.name)):
            out.append(str(CreateIndex(ix).compile(dialect=engine_dialect)).strip() + ";\n")
    for add in [] if inline else tt.fk_ddl():
        out.append(str(add.compile(dialect=engine_dialect)).strip() + ";\n")
    return "\n".join(out)
