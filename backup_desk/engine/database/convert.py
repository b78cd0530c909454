"""Turn decoded values into what the target's driver stores without loss, per column kind and dialect.

SQLite cannot hold every value natively: decimals that a double cannot represent exactly and integers
beyond 64 bits are stored as ASCII digits in a BLOB (the only storage SQLite never converts), NaN as the
text 'NaN' (SQLite stores a NaN REAL as NULL), -0.0 as the BLOB b'-0.0', dates and times as ISO text.
canon.py reads them back.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import math
import operator
import re
import uuid
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from backup_desk.errors import UserInputError
from backup_desk.messages import Text

_INT64 = (-(2**63), 2**63 - 1)
Converter = Callable[[Any], Any]


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, dt.date | dt.time) else v


def _interval_text(v: Any) -> Any:
    return f"{v.days},{v.seconds},{v.microseconds}" if isinstance(v, dt.timedelta) else v


def _json_text(v: Any) -> Any:
    return v if isinstance(v, str | bytes) else json.dumps(v, ensure_ascii=False)


_NUMBER = re.compile(r"\s*-?\d+(\.\d*)?([eE][+-]?\d+)?\s*")


def _sqlite_json(v: Any) -> Any:
    # A JSON column has NUMERIC affinity in SQLite: '1.50' would become the REAL 1.5. Keep the text exact.
    if isinstance(v, str) and _NUMBER.fullmatch(v):
        return v.encode("utf-8")
    return _json_text(v)


def _uuid_text(v: Any) -> Any:
    return str(v) if isinstance(v, uuid.UUID) else v


def _sqlite_integer(v: Any) -> Any:
    if isinstance(v, int) and not _INT64[0] <= v <= _INT64[1]:
        return str(v).encode("ascii")
    return v


def _sqlite_float(v: Any) -> Any:
    # SQLite stores a NaN REAL as NULL and -0.0 as 0 (canon.py reads these forms back).
    if isinstance(v, float) and math.isnan(v):
        return "NaN"
    if isinstance(v, float) and v == 0.0 and math.copysign(1.0, v) < 0:
        return b"-0.0"  # text would be converted back to a REAL 0; a BLOB is stored as it is
    return v


def _sqlite_decimal(v: Any) -> Any:
    if isinstance(v, Decimal):
        if v.is_finite() and not (v.is_zero() and v.is_signed()):
            f = float(v)
            if Decimal(repr(f)) == v:
                return int(v) if v == v.to_integral_value() and abs(v) < 2**53 else f
        return str(v).encode("ascii")
    return _sqlite_integer(v)


def _utc_naive(v: Any) -> Any:
    if isinstance(v, dt.datetime) and v.tzinfo is not None:
        return v.astimezone(dt.UTC).replace(tzinfo=None)
    return v


def _mysql_time(v: Any) -> Any:
    return v.replace(tzinfo=None) if isinstance(v, dt.time) else v


def _mysql_float(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        raise UserInputError(
            Text("MySQL/MariaDB cannot store NaN or infinite numbers."),
            Text("Restore this archive into PostgreSQL or SQLite instead."),
        )
    return v


def _mysql_decimal(v: Any) -> Any:
    if isinstance(v, float):
        return Decimal(repr(_mysql_float(v)))
    return v


def _pg_time(v: Any) -> Any:
    if isinstance(v, dt.timedelta) and dt.timedelta(0) <= v < dt.timedelta(days=1):
        return (dt.datetime.min + v).time()
    return v


def _pg_datetime_tz(v: Any) -> Any:
    if isinstance(v, dt.datetime) and v.tzinfo is None:
        return v.replace(tzinfo=dt.UTC)  # a naive value in a with-time-zone column is taken as UTC
    return v


def _pg_boolean(v: Any) -> Any:
    return bool(v) if isinstance(v, int) and v in (0, 1) else v


_SQLITE: dict[str, Converter] = {
    "integer": _sqlite_integer,
    "float": _sqlite_float,
    "decimal": _sqlite_decimal,
    "date": _iso,
    "time": _iso,
    "datetime": _iso,
    "datetime_tz": _iso,
    "json": _sqlite_json,
    "uuid": _uuid_text,
    "interval": _interval_text,
    "boolean": lambda v: int(v) if isinstance(v, bool) else v,
}
_POSTGRESQL: dict[str, Converter] = {
    "time": _pg_time,
    "datetime_tz": _pg_datetime_tz,
    "json": _json_text,
    "boolean": _pg_boolean,
}
_MYSQL: dict[str, Converter] = {
    "float": _mysql_float,
    "decimal": _mysql_decimal,
    "datetime": _utc_naive,
    "datetime_tz": _utc_naive,
    "time": _mysql_time,
    "json": _json_text,
    "uuid": _uuid_text,
    "interval": _interval_text,
}


def converters(kinds: Sequence[str], dialect: str) -> list[tuple[int, Converter]]:
    table = {"sqlite": _SQLITE, "postgresql": _POSTGRESQL}.get(dialect, _MYSQL)
    return [(i, table[k]) for i, k in enumerate(kinds) if k in table]


_NOT_NONE = functools.partial(operator.is_not, None)
# SQLite target, per batch and column: the types present and (for numbers) the range, so that the
# per-value converters run only for batches holding a value that needs them (big integers, NaN, -0.0...).
_PASS_TYPES: dict[str, frozenset[type]] = {
    "integer": frozenset({int, str, bytes, float}),
    "float": frozenset({float, int, str, bytes}),
    "decimal": frozenset({float, int, str}),
    "boolean": frozenset({int, str}),
    "date": frozenset({str, bytes, int, float}),
    "time": frozenset({str, bytes, int, float}),
    "datetime": frozenset({str, bytes, int, float}),
    "datetime_tz": frozenset({str, bytes, int, float}),
    "uuid": frozenset({str, bytes}),
    "interval": frozenset({str, bytes}),
}


def _batch_passes(kind: str, values: list[Any]) -> bool:
    types = set(map(type, values))
    types.discard(type(None))
    if not types <= _PASS_TYPES.get(kind, frozenset()):
        return False
    if len(types) > 1:
        return False  # mixed types (SQLite's dynamic typing): let the per-value converters decide
    present = list(filter(_NOT_NONE, values))
    if int in types and kind != "boolean":
        return _INT64[0] <= min(present) and max(present) <= _INT64[1]
    if float in types:
        if any(map(math.isnan, present)):
            return False
        zeros = list(filter((0.0).__eq__, present))  # -0.0 == 0.0: then look at the signs
        return not zeros or min(map(math.copysign, itertools.repeat(1.0, len(zeros)), zeros)) > 0
    return True


def convert_rows(
    rows: Sequence[Sequence[Any]], convs: list[tuple[int, Converter]], kinds: Sequence[str] = ()
) -> Sequence[Any]:
    """Rows ready for the driver (the same list when no column of this batch needs converting)."""
    if convs and kinds:
        convs = [
            (i, fn) for i, fn in convs if not _batch_passes(kinds[i], list(map(operator.itemgetter(i), rows)))
        ]
    if not convs:
        return rows
    out = []
    for row in rows:
        r = list(row)
        for i, fn in convs:
            if r[i] is not None:
                r[i] = fn(r[i])
        out.append(r)
    return out
