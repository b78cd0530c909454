"""Column defaults that mean the same on every dialect: literals and the current timestamp.

Anything else (sequences, functions, expressions) is dropped from the portable schema: the rows carry the
values, and autoincrement columns are recreated as such.
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
_STRING = re.compile(r"^(?:_utf8mb4|N|E)?'((?:[^']|'')*)'$", re.DOTALL)
_NOW = {"current_timestamp", "now()", "current_timestamp()", "localtimestamp", "transaction_timestamp()"}


def portable_default(text: str | None, kind: str) -> dict[str, str] | None:
    if text is None:
        return None
    s = text.strip()
    while s.startswith("(") and s.endswith(")"):  # SQLite and MariaDB keep the parentheses
        s = s[1:-1].strip()
    s = re.sub(r"::[\w ]+(\[\])?$", "", s)  # PostgreSQL casts: 'x'::character varying
    low = s.lower()
    if low == "null":
        return None
    if low in _NOW or low.startswith("current_timestamp("):
        return {"expr": "current_timestamp"} if kind in ("datetime", "datetime_tz") else None
    if low in ("true", "false"):
        return {"literal": "1" if low == "true" else "0", "kind": "boolean"}
    m = _STRING.match(s)
    if m:
        value = m.group(1).replace("''", "'")
        if kind == "boolean" and value.lower() in ("t", "f", "true", "false", "1", "0"):
            return {"literal": "1" if value.lower() in ("t", "true", "1") else "0", "kind": "boolean"}
        return {"literal": value, "kind": "string"}
    if _NUMBER.match(s):
        if kind == "boolean":
            return {"literal": "1" if s not in ("0", "0.0") else "0", "kind": "boolean"}
        return {"literal": s, "kind": "number"}
    return None


def server_default(default: dict[str, str] | None, dialect: str, kind: str) -> Any:
    """The `server_default=` argument for a column on `dialect` (None when there is no default)."""
    if not default:
        return None
    if "expr" in default:
        return sa.text("CURRENT_TIMESTAMP")
    value = default["literal"]
    if default.get("kind") == "boolean":
        if dialect == "postgresql":
            return sa.text("true" if value == "1" else "false")
        return sa.text(value)
    if default.get("kind") == "number":
        return sa.text(value) if kind not in ("string", "text") else value
    if dialect in ("mysql", "mariadb") and kind in ("text", "json", "binary", "any"):
        return None  # MySQL refuses literal defaults on TEXT/BLOB columns
    return value  # SQLAlchemy quotes plain strings for the target dialect
