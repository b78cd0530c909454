"""Streaming one table's rows as the lines of its data file, and their content hash.

The server formats every row (literals.py). For a table keyed by one integer column, it also joins a few
thousand row literals into one string per query (GROUP_CONCAT over a key range, all in the same snapshot),
so Python handles one bytes object per chunk; other tables come one row per result row. The content hash
is SHA-256 over the row literals in primary-key order, each followed by a newline; a table without a
primary key has no stable order, so its hash is order-free: the sum, modulo 2**256, of each row literal's
SHA-256 (the hex of that sum). Verify recomputes the same from a restored copy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pymysql.cursors

from backup_desk.engine.database.native.mysql.catalog import Table, quote
from backup_desk.engine.database.native.mysql.literals import (
    _LONG,
    chunk_select,
    escape_breaks,
    fill_holes,
    row_select,
)
from backup_desk.errors import SourceError
from backup_desk.messages import Text

FETCH_ROWS = 2000
CHUNK_BYTES = 1 << 20  # about one INSERT statement's worth of rows per chunk
_INTEGERS = {"tinyint", "smallint", "mediumint", "int", "integer", "bigint"}


@dataclass(frozen=True)
class Chunk:
    """Consecutive rows: `text` is their literals joined by newlines; `lines` them apart when known."""

    text: bytes
    rows: int
    lines: list[bytes] | None = None

    def split(self) -> list[bytes]:
        return self.lines if self.lines is not None else self.text.split(b"\n")


def packet_size(cur: Any) -> int:
    cur.execute("SELECT @@max_allowed_packet")
    return int(cur.fetchone()[0])


def long_value_limit(cur: Any, table: Table) -> int:
    """Bytes above which a long value is fetched raw: its formatted text (≤ 2× + 3) and the rest of the
    row must fit in the server's max_allowed_packet."""
    longs = sum(1 for c in table.stored_columns if c.data_type in _LONG)
    return max(4096, (packet_size(cur) // 2 - (1 << 20)) // (longs + 1))


def rows_of(
    raw: Any, table: Table, long_limit: int, after: str = "", limit: int | None = None
) -> Iterator[Chunk]:
    cols = table.stored_columns
    has_long = any(c.data_type in _LONG for c in cols)
    cur = raw.cursor(pymysql.cursors.SSCursor)
    try:
        cur.execute(row_select(table.name, cols, table.primary_key, long_limit, after, limit))
        while rows := cur.fetchmany(FETCH_ROWS):
            if any(r[0] is None for r in rows):
                raise SourceError(
                    Text("A row of table {0} is too long for the server to send within its "
                         "max_allowed_packet.", quote(table.name)),
                    Text("Raise the server's max_allowed_packet (as mariadb-dump would need), then back up "
                         "again."),
                )
            if has_long:
                lines = [
                    r[0] if all(v is None for v in r[1:]) else fill_holes(r[0], cols, r[1:]) for r in rows
                ]
            else:
                lines = [r[0] for r in rows]
            yield Chunk(b"\n".join(lines), len(lines), lines)
    finally:
        cur.close()


@dataclass(frozen=True)
class RangeRead:
    """What one key range [lo, hi) of a table held."""

    chunk: Chunk | None  # its rows joined; None when empty or when they must come row by row
    row_by_row: str | None  # a row too long to join: the range's condition, for rows_of
    next_key: int | None  # an empty range: the next key present (None: no more rows)
    step: int | None  # the next range's size from the density seen (None: keep it)


def first_key(cur: Any, table: Table, at_least: int | None = None) -> int | None:
    k = quote(table.primary_key[0])
    where = f" WHERE {k} >= {at_least}" if at_least is not None else ""
    cur.execute(f"SELECT MIN({k}) FROM {quote(table.name)}{where}")
    key = cur.fetchone()[0]
    return None if key is None else int(key)


def read_range(cur: Any, table: Table, lo: int, hi: int, packet: int) -> RangeRead:
    """The rows whose integer key is in [lo, hi), as one chunk sized to about CHUNK_BYTES (`cur`'s session
    has group_concat_max_len = `packet`)."""
    key = table.primary_key[0]
    cur.execute(chunk_select(table.name, table.stored_columns, key, lo, hi))
    text, count = cur.fetchone()
    if not count:
        return RangeRead(None, None, first_key(cur, table, hi), None)
    if text is None or len(text) >= packet - 1 or text.count(b"\0") + 1 != count:
        # A row too long to join (or to format whole): these rows come one by one instead.
        k = quote(key)
        return RangeRead(None, f"{k} >= {lo} AND {k} < {hi}", None, max(1, (hi - lo) // 4))
    per_key = len(text) / (hi - lo)  # bytes per unit of key space
    step = int(max(1, min(1 << 62, CHUNK_BYTES / max(per_key, 1e-9))))
    return RangeRead(Chunk(escape_breaks(text).replace(b"\0", b"\n"), int(count)), None, None, step)


def _chunks(raw: Any, table: Table, long_limit: int) -> Iterator[Chunk]:
    """Key ranges [lo, hi) sized to about CHUNK_BYTES of rows each (from the density seen so far); an empty
    range jumps to the next key present. In the dump's transaction every query reads the same snapshot."""
    cur = raw.cursor()
    packet = packet_size(cur)
    cur.execute(f"SET SESSION group_concat_max_len = {packet}")
    lo = first_key(cur, table)
    step = 500
    while lo is not None:
        hi = lo + step
        got = read_range(cur, table, lo, hi, packet)
        if got.chunk is not None:
            yield got.chunk
        elif got.row_by_row is not None:
            yield from rows_of(raw, table, long_limit, got.row_by_row)
        else:
            lo = got.next_key
            continue
        step = got.step or step
        lo = hi


def keyed_by_integer(table: Table) -> bool:
    """Its rows can be read by ranges of one integer key."""
    pk = table.primary_key
    return len(pk) == 1 and next(c for c in table.columns if c.name == pk[0]).data_type in _INTEGERS


def iter_chunks(raw: Any, table: Table, long_limit: int) -> Iterator[Chunk]:
    """The table's rows in primary-key order, a chunk at a time."""
    if keyed_by_integer(table):
        return _chunks(raw, table, long_limit)
    return rows_of(raw, table, long_limit)


class RowHasher:
    def __init__(self, ordered: bool) -> None:
        self.ordered = ordered
        self._sha = hashlib.sha256()
        self._sum = 0

    def update(self, chunk: Chunk) -> None:
        if self.ordered:
            self._sha.update(chunk.text)
            self._sha.update(b"\n")
        else:
            sha = hashlib.sha256
            self._sum = (self._sum + sum(int.from_bytes(sha(x).digest(), "big") for x in chunk.split())) % (
                1 << 256
            )

    def hexdigest(self) -> str:
        return self._sha.hexdigest() if self.ordered else f"{self._sum:064x}"


def table_digest(raw: Any, table: Table, long_limit: int) -> tuple[int, str]:
    """(rows, content hash) of a table as it is now (verify)."""
    hasher = RowHasher(bool(table.primary_key))
    count = 0
    for chunk in iter_chunks(raw, table, long_limit):
        hasher.update(chunk)
        count += chunk.rows
    return count, hasher.hexdigest()
