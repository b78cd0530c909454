"""Row literals of the data files: the server formats each row as one SQL text, Python only joins them.

A row is `(v1,v2,…)` where each value is, by column type:
  - NULL;
  - numbers (integers, DECIMAL, FLOAT/DOUBLE, YEAR) as the server prints them;
  - BIT as `b'0101'`;
  - binary strings, BLOBs and geometry as `X'…'` (hex of the stored bytes; `X''` when empty);
  - dates and times as `'…'`;
  - everything else (text, ENUM, SET, JSON, UUID, INET6…) as a quoted string: QUOTE() (`\\`, `\'`, `\0`,
    `\\Z` escaped), then newline and carriage return escaped too (`\n`, `\r`, by Python), so a statement
    never spans lines.
Values too long for the server to format within max_allowed_packet come back raw and are formatted here
the same way, byte for byte.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from backup_desk.engine.database.native.mysql.catalog import Column, quote

_BINARY = {
    "binary",
    "varbinary",
    "tinyblob",
    "blob",
    "mediumblob",
    "longblob",
    "geometry",
    "point",
    "linestring",
    "polygon",
    "multipoint",
    "multilinestring",
    "multipolygon",
    "geometrycollection",
}
_NUMBER = {
    "tinyint",
    "smallint",
    "mediumint",
    "int",
    "integer",
    "bigint",
    "decimal",
    "numeric",
    "float",
    "double",
    "real",
    "year",
}
_QUOTED = {
    "char",
    "varchar",
    "tinytext",
    "text",
    "mediumtext",
    "longtext",
    "enum",
    "set",
    "date",
    "time",
    "datetime",
    "timestamp",
    "json",
    "uuid",
    "inet4",
    "inet6",
}
_TEMPORAL = {"date", "time", "datetime", "timestamp"}
# Values that may exceed max_allowed_packet once formatted: fetched raw when they are long.
_LONG = {
    "mediumblob",
    "longblob",
    "mediumtext",
    "longtext",
    "json",
    "geometry",
    "linestring",
    "polygon",
    "multipoint",
    "multilinestring",
    "multipolygon",
    "geometrycollection",
}
# Placeholder for a long value inside the server's row text (NUL never appears in formatted values).
_HOLE = "\x00"


def supported(col: Column) -> bool:
    return col.data_type in _BINARY | _NUMBER | _QUOTED | {"bit"}


def _formatted(col: Column) -> str:
    c = quote(col.name)
    t = col.data_type
    if t in _NUMBER:
        return f"IFNULL({c},'NULL')"
    if t == "bit":
        return f"IF({c} IS NULL,'NULL',CONCAT('b''',BIN({c}),''''))"
    if t in _BINARY:
        return f"IF({c} IS NULL,'NULL',CONCAT('X''',HEX({c}),''''))"
    if t in _TEMPORAL:  # their text never holds a quote, a backslash or a line break: no QUOTE() needed
        return f"IFNULL(CONCAT('''',{c},''''),'NULL')"
    v = c if col.charset in (None, "utf8mb4") else f"CONVERT({c} USING utf8mb4)"
    # QUOTE() leaves line breaks raw; Python escapes them (`escape_breaks`): REPLACE() in the server moves
    # the rest of the string at each match, quadratic on long texts with many lines.
    return f"QUOTE({v})"


def escape_breaks(text: bytes) -> bytes:
    """Line breaks inside the server's quoted strings as `\\n` / `\\r` (a break never appears elsewhere in a
    row literal, and a backslash before one is always escaped itself by QUOTE)."""
    return text.replace(b"\n", b"\\n").replace(b"\r", b"\\r")


def row_expression(columns: Sequence[Column], long_limit: int | None) -> tuple[str, list[str]]:
    """(the row literal as one binary string, the raw long values over `long_limit` bytes or NULL).

    With a `long_limit`, a long value over it is left to Python: its place in the row literal holds a NUL
    placeholder and it comes back raw; without one, every value is formatted by the server."""
    parts, raws = [], []
    for col in columns:
        expr = _formatted(col)
        if long_limit is not None and col.data_type in _LONG:
            c = quote(col.name)
            expr = f"IF(LENGTH({c})>{long_limit},CHAR(0),{expr})"
            raws.append(f"IF(LENGTH({c})>{long_limit},{c},NULL)")
        parts.append(expr)
    # CONCAT, not CONCAT_WS (which skips NULLs): a value the server could not format (longer than
    # max_allowed_packet) makes the whole literal NULL, never a row with a value missing.
    values = ",',',".join(parts)
    return f"CAST(CONCAT('(',{values},')') AS BINARY)", raws


def row_select(
    table: str,
    columns: Sequence[Column],
    order_by: Sequence[str],
    long_limit: int,
    after: str = "",
    limit: int | None = None,
) -> str:
    """SELECT of one row literal per row, then the raw long values (see `row_expression`); `after`: a
    WHERE condition; rows in `order_by` order."""
    line, raws = row_expression(columns, long_limit)
    order = f" ORDER BY {','.join(quote(c) for c in order_by)}" if order_by else ""
    where = f" WHERE {after}" if after else ""
    top = f" LIMIT {limit}" if limit is not None else ""
    return f"SELECT {', '.join([line, *raws])} FROM {quote(table)}{where}{order}{top}"


def chunk_select(table: str, columns: Sequence[Column], key: str, lo: int, hi: int) -> str:
    """The rows whose integer key is in [lo, hi) as ONE string: their literals joined by NUL (which no
    literal holds: QUOTE escapes it), with the row count (one result row, not thousands).

    Key order comes from scanning the primary key's range (FORCE INDEX): an ORDER BY inside GROUP_CONCAT
    sorts every chunk again and makes the whole dump 2.5 times slower. Were the server ever to read the
    range in another order, only the content hash would differ (a verify would say so); no row is lost."""
    line, _ = row_expression(columns, None)
    k = quote(key)
    joined = f"CAST(GROUP_CONCAT({line} SEPARATOR '\\0') AS BINARY)"
    return (
        f"SELECT {joined}, COUNT(*) FROM {quote(table)} FORCE INDEX (PRIMARY) "
        f"WHERE {k} >= {int(lo)} AND {k} < {int(hi)}"
    )


_ESCAPES = {"\\": "\\\\", "'": "\\'", "\x00": "\\0", "\x1a": "\\Z", "\n": "\\n", "\r": "\\r"}
_ESCAPE_RE = re.compile("[\\\\'\x00\x1a\n\r]")


def format_value(col: Column, value: Any) -> bytes:
    """What the server's expression gives, for a long value fetched raw."""
    if value is None:
        return b"NULL"
    if isinstance(value, bytes | bytearray) and col.data_type in _BINARY:
        return b"X'" + bytes(value).hex().upper().encode("ascii") + b"'"
    text = value.decode("utf-8") if isinstance(value, bytes | bytearray) else str(value)
    return ("'" + _ESCAPE_RE.sub(lambda m: _ESCAPES[m.group(0)], text) + "'").encode("utf-8")


def fill_holes(line: bytes, columns: Sequence[Column], raws: Sequence[Any]) -> bytes:
    """Put the long values, formatted here, in their placeholders (in column order)."""
    longs = [c for c in columns if c.data_type in _LONG]
    pieces = line.split(_HOLE.encode())
    out = [pieces[0]]
    it = iter(pieces[1:])
    for col, raw in zip(longs, raws, strict=True):
        if raw is None:
            continue
        out += [format_value(col, raw), next(it)]
    return b"".join(out)


# Reading rows back (cross-engine restores) -----------------------------------------------------------------

_TOKEN = re.compile(
    r"""\s*(?:(NULL)|'([^'\\]*(?:\\.[^'\\]*)*)'|X'([0-9A-Fa-f]*)'|b'([01]*)'|([-+0-9.eE]+|inf|-inf|nan))\s*([,)])""",
    re.S,
)
_UNESCAPE = {"0": "\x00", "Z": "\x1a", "n": "\n", "r": "\r", "t": "\t", "b": "\b"}
_UNESCAPE_RE = re.compile(r"\\(.)", re.S)


def unescape(s: str) -> str:
    return _UNESCAPE_RE.sub(lambda m: _UNESCAPE.get(m.group(1), m.group(1)), s)


class Token:
    """One value of a row literal as written: NULL, text, bytes (hex), bits or a number's text."""

    __slots__ = ("kind", "text")

    def __init__(self, kind: str, text: str) -> None:
        self.kind, self.text = kind, text


def iter_statement_rows(values: str) -> Iterator[list[Token | None]]:
    """Rows of the VALUES list of one INSERT statement (`(…),(…)`), as tokens; None is SQL NULL."""
    pos, end = 0, len(values)
    while pos < end:
        if values[pos] in ",;\n ":
            pos += 1
            continue
        if values[pos] != "(":
            raise ValueError(f"unexpected {values[pos : pos + 20]!r}")
        pos += 1
        row: list[Token | None] = []
        while True:
            m = _TOKEN.match(values, pos)
            if m is None:
                raise ValueError(f"unexpected {values[pos : pos + 20]!r}")
            null, text, hexa, bits, num, sep = m.groups()
            if null:
                row.append(None)
            elif text is not None:
                row.append(Token("text", unescape(text)))
            elif hexa is not None:
                row.append(Token("hex", hexa))
            elif bits is not None:
                row.append(Token("bits", bits))
            else:
                row.append(Token("number", num))
            pos = m.end()
            if sep == ")":
                break
        yield row


_VALUE_B = re.compile(
    rb"""\s*(?:NULL|'[^'\\]*(?:\\.[^'\\]*)*'|X'[0-9A-Fa-f]*'|b'[01]*'|[-+0-9.eE]+|inf|-inf|nan)\s*([,)])""",
    re.S,
)


def row_literals(line: bytes, start: int) -> Iterator[bytes]:
    """The row literals `(…)` of one INSERT line, from `start` (just after `VALUES `), as written (verify
    recounts and rehashes them without a server)."""
    pos, end = start, len(line)
    while pos < end:
        c = line[pos : pos + 1]
        if c in (b",", b";", b"\n", b" ", b"\r"):
            pos += 1
            continue
        if c != b"(":
            raise ValueError(f"unexpected {line[pos : pos + 20]!r}")
        first = pos
        pos += 1
        while True:
            m = _VALUE_B.match(line, pos)
            if m is None:
                raise ValueError(f"unexpected {line[pos : pos + 20]!r}")
            pos = m.end()
            if m.group(1) == b")":
                break
        yield line[first:pos]
