"""A million-row table is streamed through dump, restore and verify without being held in memory."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from backup_desk.engine.database import restore_database, verify_database
from tests.support.db_fixtures import dump_to_archive, open_archive

ROWS = 1_000_000
LIMIT = 100 * 2**20  # the table is ~250 MB as Python objects: holding it would go far past this
T = TypeVar("T")


def _rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss_growth(fn: Callable[[], T]) -> tuple[T, int]:
    """Run fn while sampling the resident set size; returns (result, peak growth over the start)."""
    base, peak, done = _rss(), [0], threading.Event()

    def sample() -> None:
        while not done.wait(0.01):
            peak[0] = max(peak[0], _rss() - base)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        result = fn()
    finally:
        done.set()
        sampler.join()
    return result, max(peak[0], _rss() - base)


@pytest.mark.slow
def test_million_rows_stream_with_bounded_memory(tmp_path: Path) -> None:
    src = tmp_path / "big.db"
    con = sqlite3.connect(src)
    con.execute("CREATE TABLE big (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score REAL, tag BLOB)")
    con.execute(
        """WITH RECURSIVE n(v) AS (SELECT 1 UNION ALL SELECT v + 1 FROM n WHERE v < ?)
                   INSERT INTO big
                   SELECT v, printf('row %d %s', v, hex(randomblob(40))), v * 0.5, randomblob(16)
                   FROM n""",
        (ROWS,),
    )
    con.commit()
    con.close()
    section, dump_growth = _peak_rss_growth(lambda: dump_to_archive(f"sqlite:///{src}", tmp_path / "a.zip"))
    reader, section = open_archive(tmp_path / "a.zip")
    with reader:
        result, restore_growth = _peak_rss_growth(
            lambda: restore_database(reader, section, f"sqlite:///{tmp_path / 'dst.db'}")
        )
        check, verify_growth = _peak_rss_growth(
            lambda: verify_database(reader, section, tmp_path / "scratch")
        )
    assert section.total_rows == result.rows == check.rows_checked == ROWS and check.problems == []
    assert max(dump_growth, restore_growth, verify_growth) < LIMIT, (
        dump_growth,
        restore_growth,
        verify_growth,
    )
