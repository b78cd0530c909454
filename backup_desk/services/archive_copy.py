"""Saving a copy of an archive (atomically, or as a decrypted plain ZIP) and decrypting one."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import Backup
from backup_desk.engine import tempwatch
from backup_desk.engine.progress import CancelToken, ProgressReporter, ProgressSink
from backup_desk.engine.safe_files import create_private, fsync_dir, place, private_temp_name
from backup_desk.errors import BackupDeskError, NotFoundError, PassphraseError, UserInputError
from backup_desk.messages import Text
from backup_desk.ops.logs import operations_logger, security_logger
from backup_desk.ops.redaction import register_secret
from backup_desk.services.context import AppContext
from backup_desk.services.passphrases import candidate_passphrase
from backup_desk.services.temp_registry import tracking
from backup_desk.vocabulary import BackupStatus

CHUNK = 1 << 20


def _encrypted(archive: Path) -> bool:
    from backup_desk.engine.archive.identity import read_identity

    return read_identity(archive).encrypted


def archive_passphrase(ctx: AppContext, archive: Path, config_id: int | None,
                       given: str | None) -> str | None:
    """None for a plain archive; else the given passphrase, or the one the app keeps for it: a passphrase
    kept after a change (the archive's history row points at it), the configuration's, the environment's.
    With several candidates, the one that opens the archive's header wins (a crash may have left a row
    pointing at a kept passphrase while its archive was already re-wrapped). PassphraseError, naming the
    archive's date, when there is none."""
    if not _encrypted(archive):
        return None
    if given:
        return candidate_passphrase(ctx, config_id, given)
    kept_ref, made = _archive_row(ctx, archive)
    kept = ctx.secrets.get_kept_passphrase(kept_ref) if kept_ref else None
    register_secret(kept)
    candidates = [c for c in dict.fromkeys([kept, candidate_passphrase(ctx, config_id, None)]) if c]
    if not candidates:
        when = f" (made on {made.astimezone():%Y-%m-%d %H:%M})" if made is not None else ""
        raise PassphraseError(Text("The archive {0}{1} is encrypted and no passphrase is "
                                   "available.", archive.name, when),
                              Text("Enter the passphrase that was in use when it was made{0}, or set "
                                   "BACKUP_DESK_PASSPHRASE / use --passphrase-file.", when))
    return candidates[0] if len(candidates) == 1 else _opening(archive, candidates)


def _archive_row(ctx: AppContext, archive: Path) -> tuple[str | None, datetime | None]:
    """(kept passphrase reference, creation time) of the newest history row of this archive."""
    from backup_desk.engine.archive.identity import read_identity

    archive_id = read_identity(archive).archive_id
    with ctx.catalog.read() as session:
        query = (select(Backup.passphrase_ref, Backup.created_at).where(Backup.archive_id == archive_id)
                 .order_by(Backup.id.desc()).limit(1))
        row = session.execute(query).first()
    return (row.passphrase_ref, row.created_at) if row is not None else (None, None)


def _opening(archive: Path, candidates: list[str]) -> str:
    """The first candidate that opens the archive's header (one key derivation per try)."""
    from backup_desk.engine.archive.envelope import HEADER_SIZE, unlock
    from backup_desk.errors import WrongPassphraseError

    with open(archive, "rb") as f:
        head = f.read(HEADER_SIZE)
    for candidate in candidates:
        try:
            unlock(head, candidate)
        except WrongPassphraseError:
            continue
        return candidate
    return candidates[0]  # none opens it: the reader will say so precisely


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
              cancel: CancelToken | None = None, overwrite: bool = False) -> Path:
    """Copies the archive (atomically) or writes a decrypted plain ZIP; `dest` may be a folder. The file is
    created 0600 under an unpredictable temporary name; an existing file or link at the target is replaced
    only with `overwrite` (TargetExistsError otherwise, before any work)."""
    with ctx.catalog.read() as session:
        row = session.get(Backup, backup_id)
        if row is None:
            raise NotFoundError(Text("No backup with id {0}.", backup_id),
                                Text("List them with `backup-desk list`."))
        if row.status != BackupStatus.COMPLETED or not row.file_path:
            raise UserInputError(Text("Backup {0} has no archive (status: {1}).", backup_id, row.status),
                                 Text("Only completed backups can be saved."))
        src, config_id = Path(row.file_path), row.configuration_id
    if not src.is_file():
        raise NotFoundError(Text("The archive of backup {0} is missing: {1}.", backup_id, src),
                            Text("Run `backup-desk rebuild-backup-paths` if it was moved."))
    with tracking(ctx):
        if decrypted and _encrypted(src):
            secret = archive_passphrase(ctx, src, config_id, passphrase)
            assert secret is not None
            target = _target(dest, src.with_suffix(".zip").name)
            _refuse_existing(target, overwrite)
            out = _decrypt_to(src, target, secret, progress, cancel, overwrite)
            security_logger().info("decrypted copy of backup %s written to %s", backup_id, out)
            return out
        return _copy_atomic(src, _target(dest, src.name), progress, cancel, overwrite)


class TargetExistsError(UserInputError):
    """The chosen file already exists: the GUI asks before replacing it, the CLI needs --overwrite."""

    def __init__(self, target: Path) -> None:
        super().__init__(Text("{0} already exists.", target),
                         Text("Choose another name, or confirm replacing it (--overwrite on the command "
                              "line)."))
        self.target = target


def _refuse_existing(target: Path, overwrite: bool) -> None:
    if os.path.isdir(target) and not os.path.islink(target):
        raise UserInputError(Text("{0} is a folder.", target), Text("Choose a file name."))
    if not overwrite and os.path.lexists(target):
        raise TargetExistsError(target)


def _copy_atomic(src: Path, dst: Path, progress: ProgressSink | None, cancel: CancelToken | None,
                 overwrite: bool) -> Path:
    if os.path.lexists(dst) and dst.resolve() == src.resolve():
        raise UserInputError(Text("The copy would overwrite the archive itself."),
                             Text("Choose another place."))
    _refuse_existing(dst, overwrite)
    cancel = cancel or CancelToken()
    reporter = ProgressReporter(progress)
    reporter.phase("copy", bytes_total=src.stat().st_size)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = private_temp_name(dst)
    tempwatch.announce(tmp, "copy")
    try:
        with src.open("rb") as fin, os.fdopen(create_private(tmp), "wb") as fout:
            while chunk := fin.read(CHUNK):
                cancel.check()
                fout.write(chunk)
                reporter.advance(len(chunk))
            fout.flush()
            os.fsync(fout.fileno())
        st = src.stat()
        os.utime(tmp, ns=(st.st_atime_ns, st.st_mtime_ns))
        place(tmp, dst, overwrite=overwrite)
    except FileExistsError:
        raise TargetExistsError(dst) from None
    finally:
        tmp.unlink(missing_ok=True)
        tempwatch.released(tmp)
    fsync_dir(dst.parent)
    operations_logger().info("copy of %s saved to %s", src.name, dst)
    return dst


def _decrypt_to(src: Path, out_zip: Path, passphrase: str, progress: ProgressSink | None,
                cancel: CancelToken | None, overwrite: bool) -> Path:
    from backup_desk.engine.archive.decrypt import decrypt_archive
    from backup_desk.errors import WrongPassphraseError

    out_zip.parent.mkdir(parents=True, exist_ok=True)
    try:
        return decrypt_archive(src, out_zip, passphrase, ProgressReporter(progress), cancel,
                               overwrite=overwrite)
    except FileExistsError:
        raise TargetExistsError(out_zip) from None
    except WrongPassphraseError:
        security_logger().warning("wrong passphrase for archive %s", src.name)
        raise


def decrypt(ctx: AppContext, archive: Path, out_zip: Path, *, passphrase: str | None = None,
            overwrite: bool = False) -> Path:
    """A plain ZIP (0600) from an encrypted archive (the passphrase: given, the configuration's, or the env).
    An existing output file is replaced only with `overwrite`."""
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
    target = _target(Path(out_zip), archive.with_suffix(".zip").name)
    _refuse_existing(target, overwrite)
    secret = archive_passphrase(ctx, archive, config_id, passphrase)
    assert secret is not None
    with tracking(ctx):
        out = _decrypt_to(archive, target, secret, None, None, overwrite)
    security_logger().info("archive %s decrypted to %s", archive.name, out)
    return out
