"""Saving a copy of an archive (atomically, or as a decrypted plain ZIP) and decrypting one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import Backup
from backup_desk.engine.progress import CancelToken, ProgressReporter, ProgressSink
from backup_desk.errors import BackupDeskError, NotFoundError, PassphraseError, UserInputError
from backup_desk.messages import Text
from backup_desk.ops.logs import operations_logger, security_logger
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.services.context import AppContext
from backup_desk.services.passphrases import candidate_passphrase

CHUNK = 1 << 20


def _encrypted(archive: Path) -> bool:
    from backup_desk.engine.archive.identity import read_identity

    return read_identity(archive).encrypted


def archive_passphrase(ctx: AppContext, archive: Path, config_id: int | None,
                       given: str | None) -> str | None:
    """None for a plain archive; else the given / stored / environment passphrase (PassphraseError if
    none)."""
    if not _encrypted(archive):
        return None
    chosen = candidate_passphrase(ctx, config_id, given)
    if not chosen:
        raise PassphraseError(Text("The archive {0} is encrypted and no passphrase is "
                                   "available.", archive.name),
                              Text("Enter it, or set BACKUP_DESK_PASSPHRASE / use --passphrase-file."))
    return chosen


def _config_of_archive(ctx: AppContext, archive: Path) -> int | None:
    from backup_desk.engine.archive.identity import read_identity

    archive_id = read_identity(archive).archive_id
    with ctx.catalog.read() as session:
        return session.scalar(select(Backup.configuration_id).where(Backup.archive_id == archive_id)
                              .order_by(Backup.id.desc()).limit(1))


def _target(dest: Path, default_name: str) -> Path:
    dest = dest.expanduser()
    return dest / default_name if dest.is_dir() else dest


def save_copy(ctx: AppContext, backup_id: int, dest: Path, *, decrypted: bool = False,
              passphrase: str | None = None, progress: ProgressSink | None = None,
              cancel: CancelToken | None = None) -> Path:
    """Copies the archive (atomically) or writes a decrypted plain ZIP; `dest` may be a folder."""
    with ctx.catalog.read() as session:
        row = session.get(Backup, backup_id)
        if row is None:
            raise NotFoundError(Text("No backup with id {0}.", backup_id),
                                Text("List them with `backup-desk list`."))
        if row.status != "completed" or not row.file_path:
            raise UserInputError(Text("Backup {0} has no archive (status: {1}).", backup_id, row.status),
                                 Text("Only completed backups can be saved."))
        src, config_id = Path(row.file_path), row.configuration_id
    if not src.is_file():
        raise NotFoundError(Text("The archive of backup {0} is missing: {1}.", backup_id, src),
                            Text("Run `backup-desk rebuild-backup-paths` if it was moved."))
    if decrypted and _encrypted(src):
        secret = archive_passphrase(ctx, src, config_id, passphrase)
        assert secret is not None
        out = _decrypt_to(src, _target(dest, src.with_suffix(".zip").name), secret, progress, cancel)
        security_logger().info("decrypted copy of backup %s written to %s", backup_id, out)
        return out
    return _copy_atomic(src, _target(dest, src.name), progress, cancel)


def _copy_atomic(src: Path, dst: Path, progress: ProgressSink | None, cancel: CancelToken | None) -> Path:
    if dst.resolve() == src.resolve():
        raise UserInputError(Text("The copy would overwrite the archive itself."),
                             Text("Choose another place."))
    cancel = cancel or CancelToken()
    reporter = ProgressReporter(progress)
    reporter.phase("copy", bytes_total=src.stat().st_size)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + TEMP_SUFFIX)
    try:
        with src.open("rb") as fin, tmp.open("wb") as fout:
            while chunk := fin.read(CHUNK):
                cancel.check()
                fout.write(chunk)
                reporter.advance(len(chunk))
            fout.flush()
            os.fsync(fout.fileno())
        shutil.copystat(src, tmp)
        os.replace(tmp, dst)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    operations_logger().info("copy of %s saved to %s", src.name, dst)
    return dst


def _decrypt_to(src: Path, out_zip: Path, passphrase: str, progress: ProgressSink | None,
                cancel: CancelToken | None) -> Path:
    from backup_desk.engine.archive.decrypt import decrypt_archive
    from backup_desk.errors import WrongPassphraseError

    out_zip.parent.mkdir(parents=True, exist_ok=True)
    try:
        return decrypt_archive(src, out_zip, passphrase, ProgressReporter(progress), cancel)
    except WrongPassphraseError:
        security_logger().warning("wrong passphrase for archive %s", src.name)
        raise


def decrypt(ctx: AppContext, archive: Path, out_zip: Path, *, passphrase: str | None = None) -> Path:
    """A plain ZIP from an encrypted archive (the passphrase: given, the configuration's, or the env)."""
    archive = Path(archive).expanduser()
    if not archive.is_file():
        raise NotFoundError(Text("No archive at {0}.", archive), Text("Check the path."))
    if not _encrypted(archive):
        raise UserInputError(Text("{0} is not encrypted: it is already a plain ZIP.", archive.name),
                             Text("Open it with any ZIP tool, or save a copy."))
    try:
        config_id = _config_of_archive(ctx, archive)
    except BackupDeskError:
        config_id = None
    secret = archive_passphrase(ctx, archive, config_id, passphrase)
    assert secret is not None
    out = _decrypt_to(archive, _target(Path(out_zip), archive.with_suffix(".zip").name), secret, None, None)
    security_logger().info("archive %s decrypted to %s", archive.name, out)
    return out
