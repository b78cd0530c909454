"""The objects of a MariaDB/MySQL database as the server itself defines them (`SHOW CREATE …`).

The catalog is read once, at the start of the dump's snapshot transaction, before any row: MariaDB's
data dictionary is not versioned, so a DDL statement run by someone else during the dump could otherwise
be seen half-way. It is stored as `db/mysql/objects.json` (see docs/archive-format.md) and drives both
the SQL files of the escape hatch and our own restore, which runs exactly these statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from backup_desk.errors import SourceError
from backup_desk.messages import Text

# DEFINER=`user`@`host` as the server prints it (the user and host are backquoted, `` doubles a backquote).
_DEFINER = re.compile(r"\sDEFINER=(`(?:[^`]|``)*`|'[^']*'|\w+)@(`(?:[^`]|``)*`|'[^']*'|[\w.%-]+)")
_IDENT = re.compile(r"`((?:[^`]|``)+)`")


def quote(name: str) -> str:
    return "`" + name.replace("`", "``") + "`"


def definer_of(create: str) -> str:
    """`user@host` of the statement's DEFINER clause, as the server prints it ("" when there is none)."""
    m = _DEFINER.search(create)
    return f"{m.group(1)}@{m.group(2)}" if m else ""


def strip_definer(create: str) -> str:
    """The statement without its DEFINER clause: the object then belongs to whoever restores it
    (like `pg_dump --no-owner`); SQL SECURITY DEFINER objects run with the restoring user's rights."""
    return _DEFINER.sub("", create, count=1)


@dataclass(frozen=True)
class Column:
    name: str
    data_type: str  # information_schema.COLUMNS.DATA_TYPE, lower case ("int", "varchar", "point"...)
    column_type: str  # full type ("int(10) unsigned", "enum('a','b')")
    charset: str | None
    generated: bool  # VIRTUAL or STORED generated: never inserted, the server computes it


@dataclass(frozen=True)
class Table:
    name: str
    create: str  # SHOW CREATE TABLE, AUTO_INCREMENT included
    engine: str
    auto_increment: int | None
    columns: list[Column]
    primary_key: list[str]

    @property
    def stored_columns(self) -> list[Column]:
        return [c for c in self.columns if not c.generated]


@dataclass(frozen=True)
class Program:
    """A view, routine, trigger or event: its statement and the session it must be created in."""

    kind: str  # "view" | "procedure" | "function" | "trigger" | "event"
    name: str
    create: str  # as SHOW CREATE prints it, DEFINER included (restores strip it unless asked not to)
    sql_mode: str | None = None
    character_set_client: str | None = None
    collation_connection: str | None = None
    time_zone: str | None = None  # events
    table: str | None = None  # triggers: the table it fires on
    depends: list[str] = field(default_factory=list)  # views: the views it reads (created first)


@dataclass(frozen=True)
class Catalog:
    database: str
    charset: str
    collation: str
    server_version: str
    tables: list[Table]
    programs: list[Program]  # creation order: routines, views (dependencies first), triggers, events

    def of_kind(self, *kinds: str) -> list[Program]:
        return [p for p in self.programs if p.kind in kinds]

    def table(self, name: str) -> Table:
        for t in self.tables:
            if t.name == name:
                return t
        raise KeyError(name)

    def to_json(self) -> dict[str, Any]:
        return {
            "database": {"name": self.database, "charset": self.charset, "collation": self.collation},
            "server_version": self.server_version,
            "tables": [asdict(t) for t in self.tables],
            "programs": [asdict(p) for p in self.programs],
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Catalog:
        db = d["database"]
        tables = [Table(**{**t, "columns": [Column(**c) for c in t["columns"]]}) for t in d.get("tables", [])]
        return cls(
            db["name"],
            db["charset"],
            db["collation"],
            str(d.get("server_version", "")),
            tables,
            [Program(**p) for p in d.get("programs", [])],
        )


# Reading it from the server ------------------------------------------------------------------------------

# Kinds of table the archive cannot give back whole: refused before anything is written.
_REFUSED_TABLE_TYPES = {
    "SEQUENCE": "a sequence (its current value would not be carried)",
    "SYSTEM VERSIONED": "a system-versioned table (its history rows would not be carried)",
}


def _rows(cur: Any, sql: str, args: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
    cur.execute(sql, tuple(args))
    return list(cur.fetchall())


def _text(v: Any) -> str:
    return v.decode("utf-8") if isinstance(v, bytes | bytearray) else str(v)


def _show(cur: Any, what: str, name: str) -> dict[str, Any]:
    cur.execute(f"SHOW CREATE {what} {quote(name)}")
    names = [d[0] for d in cur.description]
    row = cur.fetchone()
    return {k: (_text(v) if v is not None else None) for k, v in zip(names, row, strict=True)}


def _auto_increment(create: str) -> int | None:
    m = re.search(r"\) ENGINE=.*?\bAUTO_INCREMENT=(\d+)", create, re.S)
    return int(m.group(1)) if m else None


def read_tables(cur: Any) -> tuple[list[Table], list[str]]:
    """Base tables of the current database, name order; the views' names come back too."""
    kinds = _rows(
        cur,
        "SELECT TABLE_NAME, TABLE_TYPE, ENGINE FROM information_schema.TABLES "
        "WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME",
    )
    refused = [(n, _REFUSED_TABLE_TYPES[k]) for n, k, _ in kinds if k in _REFUSED_TABLE_TYPES]
    if refused:
        raise SourceError(
            Text("The database holds {0}.", "; ".join(f"{quote(n)}, {why}" for n, why in refused)),
            Text("Backup Desk cannot back these up faithfully yet; convert or drop them, or back up with "
                 "mariadb-dump."),
        )
    cols: dict[str, list[Column]] = {}
    for t, name, dtype, ctype, charset, extra, gen in _rows(
        cur,
        "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, CHARACTER_SET_NAME, EXTRA, "
        "GENERATION_EXPRESSION FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
        "ORDER BY TABLE_NAME, ORDINAL_POSITION",
    ):
        generated = bool(gen) or "GENERATED" in str(extra).upper()
        cols.setdefault(t, []).append(Column(name, str(dtype).lower(), str(ctype), charset, generated))
    pks: dict[str, list[str]] = {}
    for t, c in _rows(
        cur,
        "SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE "
        "WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'PRIMARY' "
        "ORDER BY TABLE_NAME, ORDINAL_POSITION",
    ):
        pks.setdefault(t, []).append(c)
    tables = []
    for name, kind, engine in kinds:
        if kind != "BASE TABLE":
            continue
        create = _show(cur, "TABLE", name)["Create Table"]
        tables.append(
            Table(
                name,
                create,
                str(engine or ""),
                _auto_increment(create),
                cols.get(name, []),
                pks.get(name, []),
            )
        )
    return tables, [n for n, k, _ in kinds if k == "VIEW"]


def _view_order(views: list[Program]) -> list[Program]:
    """Views that read other views come after them (the server checks a view's tables when creating it)."""
    by_name = {v.name: v for v in views}
    done: list[Program] = []
    seen: set[str] = set()

    def visit(v: Program, path: tuple[str, ...]) -> None:
        if v.name in seen or v.name in path:
            return
        for dep in v.depends:
            visit(by_name[dep], (*path, v.name))
        seen.add(v.name)
        done.append(v)

    for v in views:
        visit(v, ())
    return done


def read_programs(cur: Any, view_names: list[str]) -> list[Program]:
    out: list[Program] = []
    for kind in ("PROCEDURE", "FUNCTION"):
        for (name,) in _rows(
            cur,
            "SELECT ROUTINE_NAME FROM information_schema.ROUTINES "
            "WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE = %s ORDER BY ROUTINE_NAME",
            (kind,),
        ):
            s = _show(cur, kind, name)
            out.append(
                Program(
                    kind.lower(),
                    name,
                    s[f"Create {kind.title()}"],
                    s["sql_mode"],
                    s["character_set_client"],
                    s["collation_connection"],
                )
            )
    views = []
    names = set(view_names)
    for name in view_names:
        s = _show(cur, "VIEW", name)
        create = s["Create View"]
        body = create.split(" AS ", 1)[-1]
        deps = sorted({m.replace("``", "`") for m in _IDENT.findall(body)} & (names - {name}))
        views.append(
            Program(
                "view", name, create, None, s["character_set_client"], s["collation_connection"], depends=deps
            )
        )
    out += _view_order(views)
    for name, table in _rows(
        cur,
        "SELECT TRIGGER_NAME, EVENT_OBJECT_TABLE FROM information_schema.TRIGGERS "
        "WHERE TRIGGER_SCHEMA = DATABASE() "
        "ORDER BY EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, ACTION_ORDER",
    ):
        s = _show(cur, "TRIGGER", name)
        out.append(
            Program(
                "trigger",
                name,
                s["SQL Original Statement"],
                s["sql_mode"],
                s["character_set_client"],
                s["collation_connection"],
                table=table,
            )
        )
    for (name,) in _rows(
        cur,
        "SELECT EVENT_NAME FROM information_schema.EVENTS "
        "WHERE EVENT_SCHEMA = DATABASE() ORDER BY EVENT_NAME",
    ):
        s = _show(cur, "EVENT", name)
        out.append(
            Program(
                "event",
                name,
                s["Create Event"],
                s["sql_mode"],
                s["character_set_client"],
                s["collation_connection"],
                time_zone=s["time_zone"],
            )
        )
    return out


def read_catalog(cur: Any, server_version: str) -> Catalog:
    db, charset, collation = _rows(
        cur,
        "SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME "
        "FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()",
    )[0]
    tables, views = read_tables(cur)
    return Catalog(str(db), str(charset), str(collation), server_version, tables, read_programs(cur, views))
