"""Read PostgreSQL COPY text format back into Python values of the portable kinds (cross-engine restores).

One row per line, columns separated by tabs, `\\N` for NULL, backslash escapes for the rest. Each column has a
reader (typemap.py) that turns its text into the value the portable loader expects; a value that has no
portable equivalent (an infinite date, an interval in months) raises ValueError, never a guess.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import IO, Any

_ESCAPE = re.compile(rb"\\(?:([0-7]{1,3})|x([0-9A-Fa-f]{1,2})|(.))", re.DOTALL)
_SIMPLE = {b"b": b"\b", b"f": b"\f", b"n": b"\n", b"r": b"\r", b"t": b"\t", b"v": b"\v"}
_INTERVAL_PART = re.compile(r"([+-]?\d+) (year|mon|day)s?")
_INTERVAL_TIME = re.compile(r"([+-]?)(\d+):(\d\d):(\d\d)(?:\.(\d+))?")


def _unescape_match(m: re.Match[bytes]) -> bytes:
    octal, hexa, other = m.groups()
    if octal is not None:
        return bytes([int(octal, 8) & 0xFF])
    if hexa is not None:
        return bytes([int(hexa, 16)])
    return _SIMPLE.get(other, other)


def unescape(field: bytes) -> str:
    if b"\\" in field:
        field = _ESCAPE.sub(_unescape_match, field)
    return field.decode("utf-8")


def _date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def _time(s: str) -> dt.time:
    return dt.time.fromisoformat(s)


def _timestamp(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def _timestamptz(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s).astimezone(dt.UTC)


def _interval(s: str) -> dt.timedelta:
    days = 0
    for amount, unit in _INTERVAL_PART.findall(s):
        if unit != "day" and int(amount):
            raise ValueError(f"the interval {s!r} counts months or years, which have no fixed length")
        days += int(amount) if unit == "day" else 0
    total = dt.timedelta(days=days)
    m = _INTERVAL_TIME.search(s)
    if m:
        sign, h, mi, sec, frac = m.groups()
        part = dt.timedelta(
            hours=int(h), minutes=int(mi), seconds=int(sec), microseconds=int((frac or "0").ljust(6, "0")[:6])
        )
        total += -part if sign == "-" else part
    return total


def _bytea(s: str) -> bytes:
    if not s.startswith("\\x"):
        raise ValueError("bytea not in hex format")
    return bytes.fromhex(s[2:])


SCALARS: dict[str, Callable[[str], Any]] = {
    "int": int,
    "float": float,
    "numeric": Decimal,
    "bool": lambda s: s == "t",
    "bytea": _bytea,
    "date": _date,
    "time": _time,
    "timestamp": _timestamp,
    "timestamptz": _timestamptz,
    "interval": _interval,
    "json": str,
    "uuid": uuid.UUID,
    "text": str,
}


def _json_token(text: str | None, reader: str) -> str:
    if text is None:
        return "null"
    if reader in ("int", "float", "numeric"):
        try:
            float(text)
        except ValueError:
            return json.dumps(text)
        return text if text.lower() not in ("nan", "infinity", "-infinity") else json.dumps(text)
    if reader == "bool":
        return "true" if text == "t" else "false"
    if reader == "json":
        return text
    return json.dumps(text, ensure_ascii=False)


def parse_array(text: str, elem: str) -> str:
    """A PostgreSQL array literal as JSON text (nested lists; elements typed by their reader)."""
    if text.startswith("["):  # explicit bounds: [0:2]={...}
        text = text[text.index("=") + 1 :]
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "{":
            out.append("[")
            i += 1
        elif c == "}":
            out.append("]")
            i += 1
        elif c == ",":
            out.append(",")
            i += 1
        elif c == '"':
            j, buf = i + 1, []
            while text[j] != '"':
                if text[j] == "\\":
                    j += 1
                buf.append(text[j])
                j += 1
            out.append(_json_token("".join(buf), elem))
            i = j + 1
        else:
            j = i
            while j < n and text[j] not in ",}":
                j += 1
            raw = text[i:j].strip()
            out.append(_json_token(None if raw == "NULL" else raw, elem))
            i = j
    return "".join(out)


def value_reader(reader: str) -> Callable[[str], Any]:
    if reader.startswith("array:"):
        elem = reader.removeprefix("array:")
        if elem.startswith("array:"):
            elem = "text"
        return lambda s: parse_array(s, elem)
    return SCALARS.get(reader, str)


def iter_copy_rows(
    stream: IO[bytes], size: int, readers: list[Callable[[str], Any]], batch: int = 2000
) -> Iterator[list[list[Any]]]:
    """Rows of `size` bytes of COPY text from `stream`, converted column by column, `batch` rows at a time."""
    rows: list[list[Any]] = []
    left = size
    pending = b""
    while left > 0 or pending:
        chunk = stream.read(min(left, 1 << 20)) if left > 0 else b""
        left -= len(chunk)
        if not chunk and left > 0:
            raise ValueError("the COPY data ends early")
        data = pending + chunk
        lines = data.split(b"\n")
        pending = lines.pop()
        if not chunk and pending:
            raise ValueError("the COPY data ends inside a row")
        for line in lines:
            fields = line.split(b"\t")
            if len(fields) != len(readers):
                raise ValueError(f"a row has {len(fields)} columns, {len(readers)} expected")
            rows.append(
                [None if f == b"\\N" else read(unescape(f)) for f, read in zip(fields, readers, strict=True)]
            )
            if len(rows) >= batch:
                yield rows
                rows = []
        if not chunk:
            break
    if rows:
        yield rows
