"""Streaming one table's rows as the lines of its data file, and their content hash.

The server formats every row (literals.py), so Python handles one bytes object per row. The content hash
is SHA-256 over the row literals in primary-key order, each followed by a newline; a table without a
primary key has no stable order, so its hash is order-free: the sum, modulo 2**256, of each row literal's
SHA-256 (the hex of that sum). Verify recomputes the same from a restored copy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

import pymysql.cursors

from backup_desk.engine.database.native.mysql.catalog import Table
from backup_desk.engine.database.native.mysql.literals import _LONG, fill_holes, row_select

FETCH_ROWS = 2000


def long_value_limit(cur: Any, table: Table) -> int:
    """Bytes above which a long value is fetched raw: its formatted text (≤ 2× + 3) and the rest of the
    row must fit in the server's max_allowed_packet."""
    cur.execute("SELECT @@max_allowed_packet")
    packet = int(cur.fetchone()[0])
    longs = sum(1 for c in table.stored_columns if c.data_type in _LONG)
    return max(4096, (packet // 2 - (1 << 20)) // (longs + 1))


def iter_row_batches(raw: Any, table: Table, long_limit: int) -> Iterator[list[bytes]]:
    """Row literals in primary-key order, a few thousand at a time, through an unbuffered cursor."""
    cols = table.stored_columns
    has_long = any(c.data_type in _LONG for c in cols)
    cur = raw.cursor(pymysql.cursors.SSCursor)
    try:
        cur.execute(row_select(table.name, cols, table.primary_key, long_limit))
        while rows := cur.fetchmany(FETCH_ROWS):
            if has_long:
                yield [
                    r[0] if not any(v is not None for v in r[1:]) else fill_holes(r[0], cols, r[1:])
                    for r in rows
                ]
            else:
                yield [r[0] for r in rows]
    finally:
        cur.close()


class RowHasher:
    def __init__(self, ordered: bool) -> None:
        self.ordered = ordered
        self._sha = hashlib.sha256()
        self._sum = 0

    def update(self, lines: list[bytes]) -> None:
        if self.ordered:
            self._sha.update(b"\n".join(lines))
            self._sha.update(b"\n")
        else:
            sha = hashlib.sha256
            self._sum = (self._sum + sum(int.from_bytes(sha(x).digest(), "big") for x in lines)) % (1 << 256)

    def hexdigest(self) -> str:
        return self._sha.hexdigest() if self.ordered else f"{self._sum:064x}"


def table_digest(raw: Any, table: Table, long_limit: int) -> tuple[int, str]:
    """(rows, content hash) of a table as it is now (verify)."""
    hasher = RowHasher(bool(table.primary_key))
    count = 0
    for lines in iter_row_batches(raw, table, long_limit):
        hasher.update(lines)
        count += len(lines)
    return count, hasher.hexdigest()
