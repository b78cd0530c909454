"""Pytest plugin: session-scoped throwaway database servers and per-test fresh databases.

`pg_server` / `mariadb_server` are URL factories (call them for a new empty database); `pg_url` /
`mariadb_url` give each test its own database. Servers start on first use, one per xdist worker, and are
stopped at the end of the session, also when tests fail. Missing server binaries FAIL the tests (CI
installs them): they are never skipped silently.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

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


def dump_to_archive(url: str, path, backup_type: str = "full", passphrase: str | None = None):  # type: ignore[no-untyped-def]
    """Back up `url` into a real archive at `path`; returns the DatabaseSection."""
    import datetime as dt
    import uuid

    from backup_desk.engine.archive.manifest import Manifest
    from backup_desk.engine.archive.writer import ArchiveWriter
    from backup_desk.engine.database.dump import dump_database
    from backup_desk.engine.progress import CancelToken, ProgressReporter

    archive_id = uuid.uuid4().hex
    with ArchiveWriter(path, compression="zstd", passphrase=passphrase, archive_id=archive_id) as w:
        section = dump_database(url, backup_type, w, ProgressReporter(), CancelToken())  # type: ignore[arg-type]
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
