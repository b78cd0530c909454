"""One table's rows formatted by several sessions at once, given back in key order.

Ranges of the integer primary key are handed out in order, sized as on one session (rows.read_range: about
CHUNK_BYTES of rows each, from the density seen so far; an empty range jumps to the next key present).
Each helper formats its range on its own session (all in one snapshot: shared_snapshot.py) and the chunks
come back in range order: the same rows in the same order, so the same content hash as on one session
(only where one INSERT statement ends and the next begins may differ). Helpers run at most
WINDOW_PER_HELPER ranges each ahead of the consumer (memory stays a few MiB). A range holding a row too
long to join is read row by row on the main session, in its place.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from backup_desk.engine.database.native.mysql.catalog import Table
from backup_desk.engine.database.native.mysql.rows import (
    Chunk,
    RangeRead,
    first_key,
    packet_size,
    read_range,
    rows_of,
)

WINDOW_PER_HELPER = 2


@dataclass
class _Range:
    seq: int
    lo: int
    hi: int


class _Feed:
    """Ranges handed out in key order, and their results gathered for the consumer in that order."""

    def __init__(self, lo: int | None, window: int) -> None:
        self.cond = threading.Condition()
        self.lo = lo  # next range's start; None: every key has been handed out
        self.step = 500
        self.handed = 0  # ranges handed out
        self.taken = 0  # results the consumer has taken
        self.window = window
        self.results: dict[int, RangeRead] = {}
        self.error: BaseException | None = None
        self.stopped = False

    def take(self) -> _Range | None:
        with self.cond:
            while not self.stopped and self.lo is not None and self.handed - self.taken >= self.window:
                self.cond.wait()
            if self.stopped or self.lo is None:
                return None
            r = _Range(self.handed, self.lo, self.lo + self.step)
            self.handed += 1
            self.lo = r.hi
            return r

    def give(self, r: _Range, got: RangeRead) -> None:
        with self.cond:
            self.results[r.seq] = got
            if got.chunk is None and got.row_by_row is None and self.lo is not None:
                # No key in [lo, hi): the next one is got.next_key (none at all: every range is out).
                if got.next_key is None:
                    self.lo = None
                elif got.next_key > self.lo:
                    self.lo = got.next_key
            if got.step is not None:
                self.step = got.step
            self.cond.notify_all()

    def fail(self, exc: BaseException) -> None:
        with self.cond:
            if self.error is None:
                self.error = exc
            self.stopped = True
            self.cond.notify_all()

    def next_result(self) -> RangeRead | None:
        """What the next range in order held; None once every range is in."""
        with self.cond:
            while True:
                if self.error is not None:
                    raise self.error
                if self.taken in self.results:
                    result = self.results.pop(self.taken)
                    self.taken += 1
                    self.cond.notify_all()
                    return result
                if self.lo is None and self.taken == self.handed:
                    return None
                self.cond.wait()

    def stop(self) -> None:
        with self.cond:
            self.stopped = True
            self.cond.notify_all()


def parallel_chunks(main: Any, helpers: Sequence[Any], table: Table, long_limit: int) -> Iterator[Chunk]:
    """The rows of a table keyed by one integer column (rows.keyed_by_integer), as rows.iter_chunks gives
    them, formatted by `helpers`; `main` reads the first key and the ranges read row by row."""
    cur = main.cursor()
    packet = packet_size(cur)
    feed = _Feed(first_key(cur, table), WINDOW_PER_HELPER * len(helpers))

    def work(session: Any) -> None:
        c = session.cursor()
        try:
            while (r := feed.take()) is not None:
                got = read_range(c, table, r.lo, r.hi, packet)
                feed.give(r, got)
        except BaseException as exc:
            feed.fail(exc)

    threads = [
        threading.Thread(target=work, args=(h,), name=f"mysql-dump-{i}", daemon=True)
        for i, h in enumerate(helpers)
    ]
    for t in threads:
        t.start()
    try:
        while True:
            result = feed.next_result()
            if result is None:
                return
            if result.chunk is not None:
                yield result.chunk
            elif result.row_by_row is not None:
                yield from rows_of(main, table, long_limit, result.row_by_row)
    finally:
        feed.stop()
        for t in threads:
            t.join()


