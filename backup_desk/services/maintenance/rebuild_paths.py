"""`rebuild-backup-paths [--scan-dir=PATH] [--fix-missing] [--dry-run]`: find archives that moved.

An archive is recognised by the identity written inside it (archive id in the envelope header / ZIP
comment, read without a passphrase), matched to `backups.archive_id` — never by file name alone, since a
name can be reused or an unrelated file dropped in its place. A row whose file still exists is checked the
same way (a different archive under the old name counts as missing).

`--fix-missing` decision: a row whose archive cannot be found keeps its status (the backup did complete;
its history and counts stay true) and is flagged: `verify_ok = False`, `verify_message` and
`error_message` start with MISSING_PREFIX. A later run that finds the archive clears the flag.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import Backup, utcnow
from backup_desk.engine.archive.identity import read_identity
from backup_desk.errors import BackupDeskError, UserInputError
from backup_desk.messages import Text
from backup_desk.ops import audit
from backup_desk.ops.logs import operations_logger
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.tempfiles import scan_dirs
from backup_desk.vocabulary import BackupStatus

ARCHIVE_SUFFIXES = (".zip", ".bdarc")
MISSING_PREFIX = "Archive file missing:"


@dataclass(frozen=True)
class Repointed:
    backup_id: int
    backup_name: str
    old_path: str
    new_path: str


@dataclass(frozen=True)
class MissingArchive:
    backup_id: int
    backup_name: str
    file_path: str
    flagged: bool  # --fix-missing applied (False in a dry run or without the option)


@dataclass(frozen=True)
class RebuildReport:
    dry_run: bool
    scanned_dirs: tuple[str, ...]
    archives_found: int  # files whose identity could be read
    unreadable: tuple[str, ...]  # archive-looking files whose identity could not be read
    ok: int  # rows whose file is where the catalog says
    repointed: tuple[Repointed, ...]
    missing: tuple[MissingArchive, ...]
    cleared_flags: int  # rows flagged missing earlier whose archive is back
    no_identity: tuple[int, ...]  # completed rows without an archive id (cannot be matched safely)


def find_archives(dirs: Iterable[Path], *, recursive: bool) -> tuple[dict[str, list[Path]], list[str]]:
    """archive id -> files holding it; plus files that look like archives but have no readable identity."""
    found: dict[str, list[Path]] = {}
    unreadable: list[str] = []
    for root in dirs:
        for path in _candidates(root, recursive):
            try:
                identity = read_identity(path)
            except (BackupDeskError, OSError, ValueError, EOFError):
                unreadable.append(str(path))
                continue
            found.setdefault(identity.archive_id, []).append(path)
    return found, unreadable


def _candidates(root: Path, recursive: bool) -> Iterable[Path]:
    if not root.is_dir():
        return
    walker = os.walk(root) if recursive else [(str(root), [], [e.name for e in os.scandir(root)])]
    for dirpath, _dirs, names in walker:
        for name in names:
            if name.endswith(ARCHIVE_SUFFIXES) and not name.endswith(TEMP_SUFFIX):
                path = Path(dirpath) / name
                if path.is_file() and not path.is_symlink():
                    yield path


def _identity_matches(path: Path, archive_id: str) -> bool:
    try:
        return path.is_file() and read_identity(path).archive_id == archive_id
    except (BackupDeskError, OSError, ValueError, EOFError):
        return False


def _pick(paths: list[Path], size: int | None) -> Path:
    """Several copies of one archive: prefer one of the recorded size, then the shortest path."""
    same = [p for p in paths if size is not None and p.stat().st_size == size]
    return sorted(same or paths, key=lambda p: (len(str(p)), str(p)))[0]


def rebuild_backup_paths(ctx: AppContext, *, scan_dir: Path | None = None, fix_missing: bool = False,
                         dry_run: bool = False) -> RebuildReport:
    if scan_dir is not None and not scan_dir.is_dir():
        raise UserInputError(Text("{0} is not a folder.", scan_dir),
                             Text("Give the folder the archives were moved to."))
    # The given folder is searched recursively; the known backups folders at their top level.
    dirs = [scan_dir] if scan_dir is not None else scan_dirs(ctx)
    found, unreadable = find_archives(dirs, recursive=scan_dir is not None)
    repointed: list[Repointed] = []
    missing: list[MissingArchive] = []
    no_identity: list[int] = []
    ok = cleared = 0
    now = utcnow()
    with ctx.catalog.write() as session:
        rows = session.scalars(select(Backup).where(Backup.status == BackupStatus.COMPLETED)
                               .order_by(Backup.id))
        for row in rows:
            if not row.archive_id:
                if row.file_path and not Path(row.file_path).is_file():
                    no_identity.append(row.id)
                continue
            was_flagged = row.error_message.startswith(MISSING_PREFIX)
            if row.file_path and _identity_matches(Path(row.file_path), row.archive_id):
                ok += 1
                if was_flagged and not dry_run:
                    _clear_flag(row)
                    cleared += 1
                continue
            if row.archive_id in found:
                new = _pick(found[row.archive_id], row.file_size)
                repointed.append(Repointed(row.id, row.backup_name, row.file_path, str(new)))
                if not dry_run:
                    row.file_path = str(new)
                    if was_flagged:
                        _clear_flag(row)
                        cleared += 1
                continue
            flag = fix_missing and not dry_run
            missing.append(MissingArchive(row.id, row.backup_name, row.file_path, flag))
            if flag and not was_flagged:
                where = row.file_path or "(no path)"
                message = f"{MISSING_PREFIX} not at {where} nor in the scanned folders."
                row.error_message = message
                row.verify_ok, row.verify_message, row.verified_at = False, message, now
        if not dry_run and (repointed or any(m.flagged for m in missing) or cleared):
            audit.record(session, action="maintenance.rebuild-paths", target_type="system", target_id="",
                         summary=f"rebuild-backup-paths: {len(repointed)} repointed, {len(missing)} missing, "
                                 f"{cleared} flags cleared.",
                         after={"repointed": [r.backup_id for r in repointed],
                                "missing": [m.backup_id for m in missing if m.flagged]})
    log = operations_logger()
    for r in repointed:
        log.info("rebuild-backup-paths%s: backup #%d %s -> %s", " (dry run)" if dry_run else "",
                 r.backup_id, r.old_path, r.new_path)
    return RebuildReport(dry_run, tuple(str(d) for d in dirs), sum(len(v) for v in found.values()),
                         tuple(unreadable), ok, tuple(repointed), tuple(missing), cleared, tuple(no_identity))


def _clear_flag(row: Backup) -> None:
    row.error_message = ""
    if row.verify_message.startswith(MISSING_PREFIX):
        row.verify_ok, row.verify_message, row.verified_at = None, "", None
