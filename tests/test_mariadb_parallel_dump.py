"""A large MariaDB table is read by helper sessions side by side, all in the dump's one snapshot; when the
snapshot cannot be shared (no LOCK TABLES privilege, a write under way) the dump reads on one session."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymysql
import pytest
from sqlalchemy.engine import make_url

from backup_desk.engine.archive.writer import ArchiveWriter
from backup_desk.engine.contracts import BackupType
from backup_desk.engine.database.native.mysql import (
    MYSQL_FORMAT,
    dumper,
    parallel_rows,
    rows,
    shared_snapshot,
)
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import CancelledError, SourceError
from tests.support.mariadb_native import dump_section, restore_section, run_sql
from tests.support.servers import MariaDBServer

pytestmark = pytest.mark.mariadb
TABLES = (
    # Keys with a hole (a range jump), text that needs escaping, NULLs, and two values too long to join
    # within max_allowed_packet (6 MB of quotes each, 12 MB once quoted: their range is read row by row).
    "CREATE TABLE note (id BIGINT PRIMARY KEY, body MEDIUMTEXT, score DOUBLE, at DATETIME)",
    "INSERT INTO note SELECT seq, CONCAT('line ', seq, '\\n''quoted'' \\\\ é'), "
    "IF(seq % 7 = 0, NULL, seq / 3), '2026-01-02 03:04:05' FROM seq_1_to_4000",
    "INSERT INTO note SELECT 1000000 + seq, REPEAT('x', seq % 50), seq, NULL FROM seq_1_to_3000",
    "INSERT INTO note SELECT 5000000 + seq, REPEAT(CHAR(39), 6000000), 0, NULL FROM seq_1_to_2",
    # Keyed by text: always read on the main session.
    "CREATE TABLE tag (code VARCHAR(20) PRIMARY KEY, n INT)",
    "INSERT INTO tag SELECT CONCAT('t', seq), seq FROM seq_1_to_500",
)


@pytest.fixture
def spied(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every table read by helpers; small databases and small ranges share the snapshot too."""
    monkeypatch.setattr(shared_snapshot, "PARALLEL_FROM_BYTES", 0)
    monkeypatch.setattr(rows, "CHUNK_BYTES", 4096)
    read: list[str] = []
    real = dumper.parallel_chunks

    def spy(main: Any, helpers: Any, table: Any, limit: int) -> Iterator[Any]:
        read.append(table.name)
        assert len(helpers) == shared_snapshot.DUMP_HELPERS
        return real(main, helpers, table, limit)

    monkeypatch.setattr(dumper, "parallel_chunks", spy)
    yield read


def _records(section: DatabaseSection) -> dict[str, tuple[int, str]]:
    return {t.name: (t.rows, t.content_hash) for t in section.tables}


def test_helpers_read_the_same_rows_as_one_session(
    mariadb_server: MariaDBServer, tmp_path: Path, spied: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = mariadb_server("par")
    run_sql(src, *TABLES)
    together = dump_section(src, tmp_path / "together.zip")
    assert spied == ["note"]  # the text-keyed table stays on the main session
    monkeypatch.setattr(shared_snapshot, "PARALLEL_FROM_BYTES", 1 << 62)
    alone = dump_section(src, tmp_path / "alone.zip")
    assert spied == ["note"]
    assert _records(together) == _records(alone)
    assert _records(together)["note"][0] == 7002
    dst = mariadb_server("par_copy")
    restore_section(tmp_path / "together.zip", dst)
    checksum = "CHECKSUM TABLE note, tag EXTENDED"
    assert [r[1] for r in run_sql(dst, checksum)] == [r[1] for r in run_sql(src, checksum)]


class _SlowStart:
    """A session whose snapshot starts 50 ms late."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    def __getattr__(self, name: str) -> Any:
        return getattr(self._raw, name)

    def cursor(self, *args: Any) -> Any:
        cur = self._raw.cursor(*args)
        execute = cur.execute

        def late(sql: str, *rest: Any) -> Any:
            if sql.startswith("START TRANSACTION"):
                time.sleep(0.05)
            return execute(sql, *rest)

        cur.execute = late
        return cur


def test_helpers_share_one_snapshot_while_rows_change(
    mariadb_server: MariaDBServer, tmp_path: Path, spied: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Money moves between the first and the last accounts (read by different sessions at different
    moments) all through the dump, and the sessions start their snapshots 50 ms apart (a slow link): the
    lock keeps every transfer out of that gap, so the backup still holds every cent."""
    src = mariadb_server("bank")
    accounts = 20000
    run_sql(
        src,
        "CREATE TABLE account (id INT PRIMARY KEY, balance INT NOT NULL) ENGINE=InnoDB",
        f"INSERT INTO account SELECT seq, 100 FROM seq_1_to_{accounts}",
    )
    real_select = rows.chunk_select

    def slow_select(*args: Any) -> str:
        time.sleep(0.003)  # ranges read over about a second, while transfers commit
        return real_select(*args)

    monkeypatch.setattr(rows, "chunk_select", slow_select)
    real_helper = shared_snapshot._helper

    def slow_helper(*args: Any) -> Any:
        raw = real_helper(*args)
        return None if raw is None else _SlowStart(raw)

    monkeypatch.setattr(shared_snapshot, "_helper", slow_helper)
    stop = threading.Event()
    moved = [0]

    def transfers() -> None:
        u = make_url(src)
        conn = pymysql.connect(host=u.host, port=u.port, user=u.username, database=u.database)
        with conn.cursor() as cur:
            n = 0
            while not stop.is_set():
                n += 1
                low, high = 1 + n % 500, accounts - n % 500
                cur.execute(f"UPDATE account SET balance = balance - 7 WHERE id = {low}")
                cur.execute(f"UPDATE account SET balance = balance + 7 WHERE id = {high}")
                conn.commit()
                moved[0] += 1
        conn.close()

    writer = threading.Thread(target=transfers)
    writer.start()
    try:
        time.sleep(0.2)
        before = moved[0]
        dump_section(src, tmp_path / "bank.zip")
        during = moved[0] - before
    finally:
        stop.set()
        writer.join()
    assert spied == ["account"]
    assert during > 20  # transfers did commit while the sessions read
    dst = mariadb_server("bank_copy")
    restore_section(tmp_path / "bank.zip", dst)
    assert run_sql(dst, "SELECT SUM(balance), COUNT(*) FROM account") == [(100 * accounts, accounts)]


def test_the_dump_reads_alone_when_the_snapshot_cannot_be_shared(
    mariadb_server: MariaDBServer, tmp_path: Path, spied: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = mariadb_server("alone")
    run_sql(src, *TABLES)
    expected = _records(dump_section(src, tmp_path / "shared.zip"))
    assert spied == ["note"]
    spied.clear()
    # An account without the LOCK TABLES privilege.
    db = make_url(src).database
    run_sql(src, "CREATE USER 'bd_reader'@'%'",
            f"GRANT SELECT, SHOW VIEW, TRIGGER ON `{db}`.* TO 'bd_reader'@'%'")
    section = dump_section(src.replace("root@", "bd_reader@"), tmp_path / "reader.zip")
    assert spied == [] and _records(section) == expected
    # A write under way holds the lock off: after LOCK_WAIT_S the dump goes on alone, without that write.
    u = make_url(src)
    busy = pymysql.connect(host=u.host, port=u.port, user=u.username, database=u.database)
    try:
        with busy.cursor() as cur:
            cur.execute("UPDATE tag SET n = n + 1 WHERE code = 't1'")
        started = time.monotonic()
        section = dump_section(src, tmp_path / "busy.zip")
        assert time.monotonic() - started < 10
    finally:
        busy.rollback()
        busy.close()
    assert spied == [] and _records(section) == expected


def _sessions(url: str) -> int:
    db = make_url(url).database
    return int(run_sql(url, f"SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = '{db}'")[0][0])  # type: ignore[call-overload]


def _no_sessions_left(url: str) -> bool:
    deadline = time.monotonic() + 5
    while _sessions(url) > 1:  # the query's own
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_a_cancel_or_a_lost_helper_stops_the_dump_and_closes_every_session(
    mariadb_server: MariaDBServer, tmp_path: Path, spied: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    src = mariadb_server("stops")
    run_sql(src, *TABLES)
    token = CancelToken()
    reporter = ProgressReporter(lambda _progress: token.cancel(), min_interval=0)
    with ArchiveWriter(tmp_path / "cancelled.zip", compression="zstd", passphrase=None,
                       archive_id="c" * 32) as w, pytest.raises(CancelledError):
        MYSQL_FORMAT.dump(src, BackupType.FULL, w, reporter, token)
    assert spied == ["note"]
    assert _no_sessions_left(src)

    real = parallel_rows.read_range
    killed: list[int] = []

    def kill_a_helper(cur: Any, *args: Any) -> Any:
        if not killed:  # the first range: the server ends this session
            killed.append(cur.connection.thread_id())
            run_sql(src, f"KILL CONNECTION {killed[0]}")
        return real(cur, *args)

    monkeypatch.setattr(parallel_rows, "read_range", kill_a_helper)
    with pytest.raises(SourceError, match="note"):
        dump_section(src, tmp_path / "lost.zip")
    assert killed and _no_sessions_left(src)
    assert not list(tmp_path.glob("lost*"))
