"""Files of the SQLite snapshot: taking it, writing it beside a target (0600, O_EXCL), checking it, and
swapping it in atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO
from urllib.parse import quote as url_quote

from backup_desk.engine import tempwatch
from backup_desk.engine.database.failures import DatabaseRestoreError
from backup_desk.engine.database.urls import display_name, parse_url
from backup_desk.errors import ArchiveCorruptError, SourceError, UserInputError
from backup_desk.messages import Text
from backup_desk.paths import TEMP_SUFFIX

CHUNK = 1 << 20
SIDE_FILES = ("-journal", "-wal", "-shm")


def database_path(url: str, *, must_exist: bool) -> Path:
    """The file a sqlite:/// URL names; a missing source is refused before anything would create it."""
    db = parse_url(url).database
    if not db or db == ":memory:" or db.startswith("file:"):
        raise UserInputError(Text("The SQLite URL {0} names no database file.", display_name(url)),
                             Text("Use a URL of the form sqlite:////path/to/file.db."))
    path = Path(db)
    if must_exist and not path.is_file():
        raise SourceError(Text("The SQLite database {0} does not exist.", display_name(url)),
                          Text("Check the path in the configuration's database URL."))
    return path


def open_readonly(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{url_quote(str(path.resolve()))}?mode=ro", uri=True, isolation_level=None)
    return conn


def open_rw(path: Path) -> sqlite3.Connection:
    """A connection in autocommit mode: transactions are begun explicitly (DDL included)."""
    return sqlite3.connect(str(path), isolation_level=None, timeout=30)


def new_private_file(folder: Path, stem: str) -> Path:
    """A new empty file readable by this account only, named so that temp-file cleanup recognises it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".{stem}.{secrets.token_hex(6)}{TEMP_SUFFIX}"
    tempwatch.announce(path, "database-scratch")  # registered with its owner before it exists (crash safety)
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    return path


def remove_with_side_files(path: Path) -> None:
    """Removes a scratch file and its journal/WAL files (gone already once swapped into place)."""
    for p in (path, *(path.with_name(path.name + s) for s in SIDE_FILES)):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
    tempwatch.released(path)


@contextmanager
def scratch_file(folder: Path | None, stem: str) -> Iterator[Path]:
    """A private temp file (in `folder`, else the system temp folder), removed at the end."""
    path = new_private_file(Path(folder) if folder is not None else Path(tempfile.gettempdir()), stem)
    try:
        yield path
    finally:
        remove_with_side_files(path)


def take_snapshot(source: Path, dest: Path) -> None:
    """A consistent page-level copy through the online backup API (one step: the source is read under one
    read transaction, so writers in WAL mode go on and the copy is of one moment)."""
    try:
        src = open_readonly(source)
        try:
            src.execute("PRAGMA schema_version").fetchone()  # fails early on a file that is not a database
            dst = sqlite3.connect(str(dest))
            try:
                # No -journal file beside the scratch copy: a crash leaves only the .bdtmp name that
                # cleanup knows (the copy is discarded whole if it fails).
                dst.execute("PRAGMA journal_mode = MEMORY")
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise SourceError(Text("The SQLite database {0} cannot be read: {1}.", source.name, exc),
                          Text("Check that the file is a SQLite database this account may read.")) from exc


# The check walks every index against its table: with SQLite's default 2 MB page cache it read each page of
# a 180 MB database about eight times (400,000 reads). A fixed, larger cache for the check keeps memory flat
# whatever the database's size.
INTEGRITY_CACHE_KIB = 64 * 1024


def integrity_problems(conn: sqlite3.Connection, schema: str = "main") -> list[str]:
    (before,) = conn.execute(f"PRAGMA {schema}.cache_size").fetchone()
    conn.execute(f"PRAGMA {schema}.cache_size = -{INTEGRITY_CACHE_KIB}")
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {schema}.integrity_check(20)")]
    finally:
        conn.execute(f"PRAGMA {schema}.cache_size = {int(before)}")  # the pages are released here
    return [] if rows == ["ok"] else rows


def stream_out(path: Path, out: IO[bytes], on_chunk: Callable[[int], None]) -> str:
    """Copy the file into `out`; returns its SHA-256."""
    sha = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            sha.update(chunk)
            out.write(chunk)
            on_chunk(len(chunk))
    return sha.hexdigest()


def extract_to(stream: IO[bytes], dest: Path, expected_sha256: str, on_chunk: Callable[[int], None]) -> None:
    """Write the archive's snapshot into the (private, empty) file `dest`, fsynced, checking its hash."""
    sha = hashlib.sha256()
    with open(dest, "r+b") as out:
        while chunk := stream.read(CHUNK):
            sha.update(chunk)
            out.write(chunk)
            on_chunk(len(chunk))
        out.flush()
        os.fsync(out.fileno())
    if expected_sha256 and sha.hexdigest() != expected_sha256:
        raise ArchiveCorruptError(
            Text("The archive's SQLite snapshot does not match the hash its manifest records."),
            Text("The archive was damaged or altered; restore from another backup."))


def quiesce(target: Path) -> None:
    """Before the swap: a hot journal is rolled back and a WAL checkpointed into the file and emptied, so no
    side file of the old database can be applied to the new one. A WAL another connection keeps writing is
    refused (the swap would lose its pages)."""
    conn = sqlite3.connect(str(target), isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
        if str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy:
                raise DatabaseRestoreError(
                    Text("The database {0} is being written by another program.", target.name),
                    Text("Close the programs that use it, then restore again. Nothing was changed."))
    finally:
        conn.close()
    wal = target.with_name(target.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise DatabaseRestoreError(
            Text("The database {0} is being written by another program.", target.name),
            Text("Close the programs that use it, then restore again. Nothing was changed."))


def swap_in(built: Path, target: Path) -> None:
    """Atomic replacement (os.replace), the file keeping the old one's permissions (else 0644 less umask),
    then the folder fsynced so the rename survives a crash."""
    if target.exists():
        quiesce(target)
        mode = target.stat().st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(built, mode)
    os.replace(built, target)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
