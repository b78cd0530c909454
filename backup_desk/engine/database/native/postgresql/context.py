"""Shared state of one catalog read: the query function, comments, and which source object became which dump
object (so pg_depend rows can be turned into dependencies between dump objects)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

Query = Callable[[str], list[tuple[Any, ...]]]

# Schemas the dump reads: everything but the system's own, and only those the role may use.
SCHEMA_FILTER = (
    "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast') "
    "AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%' "
    "AND has_schema_privilege(n.oid, 'USAGE')"
)


def not_extension_member(catalog: str, oid_expr: str) -> str:
    """SQL: the object is not created by an extension (CREATE EXTENSION brings those back)."""
    return (
        f"NOT EXISTS (SELECT 1 FROM pg_depend x WHERE x.classid = '{catalog}'::regclass "
        f"AND x.objid = {oid_expr} AND x.deptype = 'e')"
    )


@dataclass
class ReadContext:
    q: Query
    version: int  # server_version_num
    comments: dict[tuple[str, int, int], str] = field(default_factory=dict)  # -> quoted literal
    owner: dict[tuple[str, int], str] = field(default_factory=dict)  # (catalog, oid) -> dump object id

    def comment(self, catalog: str, oid: int, target: str, sub: int = 0) -> list[str]:
        """`COMMENT ON <target> IS '…'` when the source object has a comment."""
        text = self.comments.get((catalog, oid, sub))
        return [f"COMMENT ON {target} IS {text};"] if text is not None else []

    def own(self, catalog: str, oid: int, obj_id: str) -> None:
        self.owner[(catalog, oid)] = obj_id


def load_comments(ctx: ReadContext) -> None:
    rows = ctx.q(
        "SELECT classoid::regclass::text, objoid, objsubid, quote_literal(description) FROM pg_description"
    )
    ctx.comments = {(str(c), int(o), int(s)): str(d) for c, o, s, d in rows}
