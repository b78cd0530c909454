"""Pytest plugin: session-scoped throwaway database servers and per-test fresh databases.

`pg_server` / `mariadb_server` are URL factories (call them for a new empty database); `pg_url` /
`mariadb_url` give each test its own database. Servers start on first use, one per xdist worker, and are
stopped at the end of the session, also when tests fail. Missing server binaries FAIL the tests (CI
installs them): they are never skipped silently.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.support.servers import MariaDBServer, PostgresServer, ServerUnavailable

UrlFactory = Callable[..., str]


def _start(kind: type[PostgresServer] | type[MariaDBServer]) -> PostgresServer | MariaDBServer:
    try:
        return kind()
    except ServerUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = _start(PostgresServer)
    try:
        yield server  # type: ignore[misc]
    finally:
        server.stop()


@pytest.fixture(scope="session")
def mariadb_server() -> Iterator[MariaDBServer]:
    server = _start(MariaDBServer)
    try:
        yield server  # type: ignore[misc]
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    return pg_server()


@pytest.fixture
def mariadb_url(mariadb_server: MariaDBServer) -> str:
    return mariadb_server()


# Helpers for database tests: real archives written and read by the archive package. -----------------


def dump_to_archive(url: str, path, backup_type: str = "full", passphrase: str | None = None,  # type: ignore[no-untyped-def]
                    portable: bool = False):
    """Back up `url` into a real archive at `path`; returns the DatabaseSection. `portable`: the section
    archives written before native sections hold (still restored by this release)."""
    import datetime as dt
    import uuid

    from backup_desk.engine.archive.manifest import Manifest
    from backup_desk.engine.archive.writer import ArchiveWriter
    from backup_desk.engine.database.dump import dump_database, dump_portable
    from backup_desk.engine.progress import CancelToken, ProgressReporter

    archive_id = uuid.uuid4().hex
    with ArchiveWriter(path, compression="zstd", passphrase=passphrase, archive_id=archive_id) as w:
        dump = dump_portable if portable else dump_database
        section = dump(url, backup_type, w, ProgressReporter(), CancelToken())  # type: ignore[arg-type]
        w.commit(
            Manifest(
                archive_id=archive_id,
                name="test",
                backup_type=backup_type,
                compression="zstd",
                created_at=dt.datetime.now(dt.UTC).isoformat(),
                database=section.to_json(),
            )
        )
    return section


def open_archive(path, passphrase: str | None = None):  # type: ignore[no-untyped-def]
    """(reader, section) of an archive written by dump_to_archive; use the reader as a context manager."""
    from backup_desk.engine.archive.reader import ArchiveReader
    from backup_desk.engine.database.section import DatabaseSection

    reader = ArchiveReader(path, passphrase=passphrase)
    assert reader.manifest.database is not None
    return reader, DatabaseSection.from_json(reader.manifest.database)


# A small SQLite database with awkward identifiers and every storage class. ----------------------------

SAMPLE_SCHEMA = """
CREATE TABLE "order" ("Select" INTEGER PRIMARY KEY, "we""ird" TEXT NOT NULL DEFAULT 'it''s', "données" BLOB,
                      n NUMERIC(12, 3), f REAL, flag BOOLEAN DEFAULT 1, ts DATETIME DEFAULT CURRENT_TIMESTAMP,
                      j JSON, anything, "MixedCase" VARCHAR(10));
CREATE TABLE "ligne de commande" (a INTEGER, b TEXT,
                                  "order" INTEGER REFERENCES "order"("Select") ON DELETE CASCADE,
                                  PRIMARY KEY (a, b), UNIQUE (b, "order"));
CREATE INDEX "ix ligne" ON "ligne de commande" ("order");
CREATE TABLE empty_one (x INTEGER);
"""
SAMPLE_ORDER_ROWS = [
    (
        1,
        "héllo 東京 🎉\x00nul",
        b"\x00\xff" * 1000,
        12.5,
        1.25,
        1,
        "2024-01-01 10:00:00",
        '{"a": [1, 2]}',
        3,
        "Ab",
    ),
    (2, "", None, None, float("inf"), 0, None, None, b"blob", None),
    (3, "x", b"", 9007199254740993, -0.0, None, "garbage", "not json", "text", ""),
    (9223372036854775807, "max", None, "12.5000", 1e-308, 2, None, "[]", 2.5, None),
]


def make_sqlite_sample(path: Path) -> str:
    con = sqlite3.connect(path)
    con.executescript(SAMPLE_SCHEMA)
    con.executemany('INSERT INTO "order" VALUES (?,?,?,?,?,?,?,?,?,?)', SAMPLE_ORDER_ROWS)
    con.executemany(
        'INSERT INTO "ligne de commande" VALUES (?,?,?)', [(1, "a", 1), (1, "b", 2), (2, "a", None)]
    )
    con.commit()
    con.close()
    """Create the sample database at `path`; returns its URL."""
    return f"sqlite:///{path}"


def sqlite_rows(path: Path) -> dict[str, list[tuple]]:  # type: ignore[type-arg]
    con = sqlite3.connect(path)
    out = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        cols = [r[1] for r in con.execute("SELECT * FROM pragma_table_info(?)", (name,))]
        sel = ", ".join(
            f'"{c.replace(chr(34), chr(34) * 2)}", typeof("{c.replace(chr(34), chr(34) * 2)}")' for c in cols
        )
        quoted = name.replace('"', '""')
        out[name] = sorted(con.execute(f'SELECT {sel} FROM "{quoted}"').fetchall(), key=repr)
    con.close()
    return out


def sqlite_structure(path: Path) -> dict[str, object]:
    con = sqlite3.connect(path)
    out: dict[str, object] = {}
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        out[name] = (
            [r[1:] for r in con.execute("SELECT * FROM pragma_table_info(?)", (name,))],
            sorted(r[2:] for r in con.execute("SELECT * FROM pragma_foreign_key_list(?)", (name,))),
            sorted(
                (r[1], r[2])
                for r in con.execute("SELECT * FROM pragma_index_list(?)", (name,))
                if not r[1].startswith("sqlite_autoindex")
            ),
        )
    con.close()
    return out
