"""Canonical values for content hashes, so that a table hashes the same wherever it was restored.

Rows are stored exactly as fetched; only the hash looks through representation differences between
dialects: a decimal read back as a float from SQLite, a boolean as 0/1, a datetime as ISO text, JSON as
differently spaced text, a timestamp with time zone at another offset. Values that cannot be interpreted
are hashed as they are.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import uuid
from collections.abc import Callable, Sequence
from decimal import Context, Decimal, InvalidOperation
from typing import Any

from backup_desk.engine.database.codec import RowPacker

_WIDE = Context(prec=100_000)  # normalize() rounds to the context precision: never lose a digit
_INT64 = (-(2**63), 2**63 - 1)


def _decimal(v: Any) -> Any:
    if type(v) is Decimal and v.is_finite():  # the common case first
        d = v.normalize(_WIDE)
        return Decimal(0) if d.is_zero() else d
    if isinstance(v, bool):
        return v
    try:
        if isinstance(v, float):
            d = Decimal(repr(v)) if math.isfinite(v) else Decimal(str(v))
        elif isinstance(v, bytes):
            d = Decimal(v.decode("ascii"))
        elif isinstance(v, Decimal | int | str):
            d = Decimal(v)
        else:
            return v
    except (InvalidOperation, UnicodeDecodeError, ValueError):
        return v
    if d.is_nan():
        return Decimal("NaN")
    d = d.normalize(_WIDE)
    return Decimal(0) if d.is_zero() else d


def _boolean(v: Any) -> Any:
    if isinstance(v, int) and not isinstance(v, bool) and v in (0, 1):
        return bool(v)
    return v


def _parse(v: Any, parser: Callable[[str], Any]) -> Any:
    if isinstance(v, str):
        try:
            return parser(v)
        except ValueError:
            return v
    return v


def _date(v: Any) -> Any:
    return _parse(v, dt.date.fromisoformat)


def _time(v: Any) -> Any:
    if isinstance(v, dt.timedelta) and dt.timedelta(0) <= v < dt.timedelta(days=1):
        return (dt.datetime.min + v).time()
    return _parse(v, dt.time.fromisoformat)


def _datetime(v: Any) -> Any:
    return _parse(v, dt.datetime.fromisoformat)


def _datetime_tz(v: Any) -> Any:
    v = _parse(v, dt.datetime.fromisoformat)
    if isinstance(v, dt.datetime):
        return v.replace(tzinfo=dt.UTC) if v.tzinfo is None else v.astimezone(dt.UTC)
    return v


def _json_readback(v: Any) -> Any:
    """JSON is kept as the source's text; SQLite holds number-like text as a BLOB (see convert.py)."""
    if isinstance(v, bytes):
        try:
            return v.decode("utf-8")
        except UnicodeDecodeError:
            return v
    return v


def _uuid(v: Any) -> Any:
    if isinstance(v, str) and len(v) in (32, 36):
        try:
            return uuid.UUID(v)
        except ValueError:
            return v
    return v


def _interval(v: Any) -> Any:
    if isinstance(v, str) and v.count(",") == 2:
        try:
            d, s, us = (int(x) for x in v.split(","))
            return dt.timedelta(days=d, seconds=s, microseconds=us)
        except ValueError:
            return v
    return v


def _integer_readback(v: Any) -> Any:
    """Integers beyond 64 bits are stored in SQLite as ASCII digits in a BLOB (see convert.py)."""
    if isinstance(v, bytes) and 19 <= len(v) <= 400:
        try:
            n = int(v)
        except ValueError:
            return v
        return n if not _INT64[0] <= n <= _INT64[1] else v
    return v


def _float_readback(v: Any) -> Any:
    if v == "NaN" or v == b"-0.0":  # how SQLite holds them (see convert.py)
        return math.nan if v == "NaN" else -0.0
    return v


CANON: dict[str, Callable[[Any], Any]] = {
    "decimal": _decimal,
    "boolean": _boolean,
    "date": _date,
    "time": _time,
    "datetime": _datetime,
    "datetime_tz": _datetime_tz,
    "uuid": _uuid,
}
READBACK = {
    **CANON,
    "integer": _integer_readback,
    "float": _float_readback,
    "interval": _interval,
    "json": _json_readback,
}
# Kinds whose dumped values are not already canonical, per source dialect: SQLite holds any value in any
# column (dates as text...); the server drivers return proper types, which hash as they are.
DUMP_CANON = {
    "sqlite": frozenset(CANON),
    "postgresql": frozenset({"decimal"}),
    "mysql": frozenset({"decimal", "boolean"}),  # BOOLEAN is TINYINT(1): 0/1 integers
}


class TableHasher:
    """SHA-256 over the encoding of the canonical rows; raw packed bytes are reused when nothing changes."""

    def __init__(self, kinds: Sequence[str], *, dialect: str = "sqlite", readback: bool = False) -> None:
        """`dialect`: the source of the rows being dumped; `readback`: rows read back from SQLite (verify)."""
        if readback:
            self._fns = [(i, READBACK[k]) for i, k in enumerate(kinds) if k in READBACK]
        else:
            wanted = DUMP_CANON.get("mysql" if dialect == "mariadb" else dialect, DUMP_CANON["sqlite"])
            self._fns = [(i, CANON[k]) for i, k in enumerate(kinds) if k in wanted]
        self.needs_canon = bool(self._fns)
        self._packer = RowPacker()
        self._hash = hashlib.sha256()

    def update(self, rows: Sequence[Sequence[Any]], packed: bytes | memoryview | None = None) -> None:
        if not self.needs_canon:
            self._hash.update(self._packer.pack_rows(rows) if packed is None else packed)
            return
        fns = self._fns
        out = []
        for row in rows:
            r = list(row)
            for i, fn in fns:
                if r[i] is not None:
                    r[i] = fn(r[i])
            out.append(r)
        self._hash.update(self._packer.pack_rows(out))

    def update_packed(self, packed: bytes | memoryview) -> None:
        """For tables without canonical kinds: the encoded rows are already the canonical form."""
        self._hash.update(packed)

    def hexdigest(self) -> str:
        return self._hash.hexdigest()
