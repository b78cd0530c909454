"""Adopting the archive of an interrupted run: the process died after the rename (or between the rename
and the catalog update), so the archive may be complete although its row still says `running`.

The row recorded the final path and archive id before the rename. The archive found there is verified in
full (every chunk, CRC, file hash, and the dump's test restore) before the row may say `completed`;
otherwise the row fails with the reason and keeps the path, so the file is never an orphan (retention and
`delete` still find it).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import Backup, utcnow
from backup_desk.errors import BackupDeskError
from backup_desk.services.context import AppContext

RECOVERED_NOTE = "Recovered after the backup process stopped: the archive was found complete and verified."


@dataclass(frozen=True)
class Adoption:
    ok: bool
    message: str  # the row's error_message when not ok
    values: dict[str, object]  # the columns to set on the row when ok


def find_finished_archive(ctx: AppContext, backup_id: int) -> Path | None:
    """The archive an interrupted row named before its rename, when a file with its id is there."""
    with ctx.catalog.read() as session:
        query = select(Backup.file_path, Backup.archive_id).where(Backup.id == backup_id)
        row = session.execute(query).first()
    if row is None or not row.file_path or not row.archive_id:
        return None
    path = Path(row.file_path)
    return path if path.is_file() else None


def adopt_archive(ctx: AppContext, backup_id: int, path: Path) -> Adoption:
    """Verifies `path` for row `backup_id`: an Adoption saying completed (with the values) or why not."""
    from backup_desk.engine.archive.identity import read_identity
    from backup_desk.engine.archive.reader import ArchiveReader
    from backup_desk.engine.verify import run_verify
    from backup_desk.services.archive_copy import archive_passphrase

    with ctx.catalog.read() as session:
        row = session.get(Backup, backup_id)
        assert row is not None
        expected_id, config_id, warnings = row.archive_id, row.configuration_id, list(row.warnings or ())
    keep = f" The file was kept: {path}."
    try:
        identity = read_identity(path)
        if identity.archive_id != expected_id:
            return Adoption(False, "Interrupted: the file at the archive's path is another archive." + keep,
                            {})
        passphrase = archive_passphrase(ctx, path, config_id, None)
        scratch = ctx.paths.tmp_dir
        scratch.mkdir(parents=True, exist_ok=True)
        outcome = run_verify(path, passphrase, scratch)
        if not outcome.ok:
            return Adoption(False, f"Interrupted after writing its archive, which failed verification: "
                                   f"{outcome.message}{keep}", {})
        with ArchiveReader(path, passphrase=passphrase) as reader:
            totals = reader.manifest.totals
            files_count = totals.files
    except BackupDeskError as exc:
        return Adoption(False, f"Interrupted after writing its archive, which could not be verified: "
                               f"{exc.message}{keep} Verify it with `backup-desk verify {path}`.", {})
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    values: dict[str, object] = {
        "file_size": path.stat().st_size, "archive_sha256": digest.hexdigest(),
        "encrypted": identity.encrypted,
        "tables_count": totals.tables, "records_count": totals.rows, "files_count": files_count,
        "warnings": [*warnings, RECOVERED_NOTE], "error_message": "", "verified_at": utcnow(),
        "verify_ok": True, "verify_message": outcome.message,
    }
    return Adoption(True, "", values)
