"""The backup job: walk, dump, write, commit — or leave nothing behind.

The archive's final path and id (`on_target`) and its temporary file beside the destination (`on_temp_path`)
are reported before the file exists, so that a crash at any moment leaves the service a row naming both:
a leftover to remove, or a finished archive to adopt. The temporary file is renamed into place only after
the manifest is written and synced. Any exception, cancel included, leaves the `with ArchiveWriter` block
and removes the temp file.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from backup_desk import __version__
from backup_desk.engine.archive.manifest import Manifest, ManifestTotals
from backup_desk.engine.archive.writer import ArchiveWriter
from backup_desk.engine.backup_survey import BackgroundSurvey, check_free_space
from backup_desk.engine.contracts import BackupOutcome, BackupRequest
from backup_desk.engine.database.dump import dump_database, section_warnings, start_dump_ahead
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.engine.database.urls import redact_url
from backup_desk.engine.files import FilesWritten, write_folders
from backup_desk.engine.memory import limit_malloc_arenas
from backup_desk.engine.progress import CancelToken, ProgressReporter, ProgressSink
from backup_desk.errors import BackupDeskError, UserInputError
from backup_desk.messages import Text
from backup_desk.vocabulary import BackupType

_SECRET_KEYS = ("password", "passphrase", "secret", "token", "api_key", "apikey")
# The ZIP structure, manifest and per-entry headers on top of the payload (for the free-space check).
_OVERHEAD_BYTES = 1 << 20


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-").lower()
    return slug[:60].rstrip("-") or "backup"


def archive_file_name(name: str, created: datetime, archive_id: str, encrypted: bool) -> str:
    stamp = created.strftime("%Y%m%d-%H%M%S")
    return f"{slugify(name)}_{stamp}_{archive_id[:8]}{'.bdarc' if encrypted else '.zip'}"


def scrub_snapshot(value: Any) -> Any:
    """A copy of the configuration snapshot with anything secret-looking removed (belt and braces: the
    service should already have left secrets out)."""
    if isinstance(value, dict):
        return {str(k): scrub_snapshot(v) for k, v in value.items()
                if not any(s in str(k).lower() for s in _SECRET_KEYS)}
    if isinstance(value, (list, tuple)):
        return [scrub_snapshot(v) for v in value]
    if isinstance(value, str) and "://" in value and "@" in value:
        return redact_url(value)
    if isinstance(value, Path):
        return str(value)
    return value


def _check_request(request: BackupRequest) -> bool:
    """Validates the request; returns whether folders are part of this backup."""
    if request.backup_type not in tuple(BackupType):
        raise UserInputError(Text("Unknown backup type {0!r}.", request.backup_type),
                             Text("Use full, metadata or data."))
    with_files = bool(request.include_files and request.folders and
                      BackupType(request.backup_type).has_rows)
    if request.source_url is None and not with_files:
        raise UserInputError(Text("There is nothing to back up: no database and no folders."),
                             Text("Set a source database, or turn on 'include files' and choose folders."))
    return with_files


def _ensure_destination(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.access(folder, os.W_OK | os.X_OK):
            raise PermissionError(13, "Permission denied")
    except OSError as exc:
        raise BackupDeskError(Text("Archives cannot be written to {0} ({1}).", folder, exc.strerror or exc),
                              Text("Choose a destination folder this account may write to.")) from exc
    return folder


def run_backup(request: BackupRequest, progress: ProgressSink | None = None,
               cancel: CancelToken | None = None,
               on_temp_path: Callable[[Path], None] | None = None,
               on_target: Callable[[Path, str], None] | None = None) -> BackupOutcome:
    limit_malloc_arenas()
    cancel = cancel or CancelToken()
    reporter = ProgressReporter(progress)
    with_files = _check_request(request)
    archive_id = request.archive_id or uuid.uuid4().hex
    created = datetime.now(UTC).replace(microsecond=0)
    encrypted = request.passphrase is not None

    reporter.phase("prepare")
    dest_dir = _ensure_destination(Path(request.destination_dir))
    final_path = dest_dir / archive_file_name(request.name, created, archive_id, encrypted)
    if on_target is not None:
        on_target(final_path, archive_id)
    # The walk runs while the writer derives the archive key; free space is checked once both are done.
    with (
        BackgroundSurvey(request, with_files, dest_dir, cancel) as survey,
        ArchiveWriter(final_path, compression=request.compression, passphrase=request.passphrase,
                      archive_id=archive_id, cancel=cancel, before_create=on_temp_path) as writer,
    ):
        found = survey.result()
        scans, files_bytes, files_count, db_estimate = (found.scans, found.files_bytes, found.files_count,
                                                         found.db_estimate)
        check_free_space(dest_dir, db_estimate + files_bytes + _OVERHEAD_BYTES)
        cancel.check()
        section = None
        files = FilesWritten()
        with contextlib.ExitStack() as stack:
            # A format with slow work that needs no archive (SQLite's snapshot) starts it now, and the
            # folders are written meanwhile; other sources are dumped first, as before.
            ahead = None
            if request.source_url is not None and scans:
                ahead = start_dump_ahead(request.source_url, request.backup_type, dest_dir, cancel)
                if ahead is not None:
                    stack.callback(ahead.close)
            if request.source_url is not None and ahead is None:
                reporter.phase("database", bytes_total=db_estimate or None)
                section = dump_database(request.source_url, request.backup_type, writer, reporter, cancel)
            if scans:
                reporter.phase("files", bytes_total=files_bytes, items_total=files_count)
                files = write_folders(writer, scans, reporter, cancel)
            if ahead is not None:
                reporter.phase("database", bytes_total=db_estimate or None)
                section = ahead.finish(writer, reporter, cancel)
        reporter.phase("finalize")
        cancel.check()  # last chance: after commit the archive is complete and kept
        tables = len(section.tables) if section is not None else 0
        rows = _section_rows(section)
        warnings = (section_warnings(section) if section is not None else []) + list(files.warnings)
        snapshot = scrub_snapshot(dict(request.config_snapshot))
        snapshot.setdefault("folders", [str(f) for f in request.folders] if with_files else [])
        if request.source_url is not None:
            snapshot.setdefault("source", redact_url(request.source_url))
        manifest = Manifest(
            archive_id=archive_id, name=request.name, backup_type=request.backup_type,
            compression=request.compression, created_at=created.isoformat().replace("+00:00", "Z"),
            tool_version=__version__, config_snapshot=snapshot,
            database=section.to_json() if section is not None else None,
            folders=files.folders, files=files.records, warnings=warnings,
            totals=ManifestTotals(files=files.files, file_bytes=files.file_bytes, tables=tables, rows=rows),
        )
        committed = writer.commit(manifest)
    return BackupOutcome(
        archive_path=committed.path, archive_id=archive_id, file_size=committed.size, sha256=committed.sha256,
        tables_count=tables, records_count=rows, files_count=files.files, warnings=tuple(warnings),
        encrypted=encrypted, compression=request.compression,
    )


def _section_rows(section: DatabaseSection | None) -> int:
    """Rows actually held by the archive (a metadata backup holds none)."""
    return section.total_rows if section is not None and section.has_rows else 0
