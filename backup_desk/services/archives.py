"""Restore, verify, save a copy, decrypt (specification: POST /api/backup/restore/, download)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import Backup, Configuration, utcnow
from backup_desk.engine.contracts import RestoreOutcome, RestoreRequest, VerifyOutcome
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.errors import (
    ArchiveError,
    BackupDeskError,
    DependentObjectsError,
    NotFoundError,
    UserInputError,
)
from backup_desk.messages import Text
from backup_desk.ops import audit
from backup_desk.ops.logs import operations_logger, security_logger
from backup_desk.ops.redaction import register_secret
from backup_desk.services.archive_copy import archive_passphrase, decrypt, save_copy
from backup_desk.services.context import AppContext
from backup_desk.services.temp_registry import tracking
from backup_desk.vocabulary import BackupStatus, BackupType

__all__ = ["decrypt", "resolve_archive", "restore", "save_copy", "verify"]


def resolve_archive(ctx: AppContext, ref: str) -> tuple[Path, int | None]:
    """A backup id / name or an archive path -> (archive path, backup id or None)."""
    ref = str(ref).strip()
    with ctx.catalog.read() as session:
        row = session.get(Backup, int(ref)) if ref.isdigit() else None
        if row is None:
            candidate = Path(ref).expanduser()
            if candidate.is_file():
                path = candidate.resolve()
                found = session.scalar(select(Backup.id).where(Backup.file_path == str(path))
                                       .order_by(Backup.id.desc()).limit(1))
                return path, found if found is not None else _id_by_identity(session, path)
            row = session.scalars(
                select(Backup).where(Backup.backup_name == ref, Backup.status == BackupStatus.COMPLETED)
                .order_by(Backup.created_at.desc(), Backup.id.desc()).limit(1)).first()
        if row is None:
            raise NotFoundError(Text("No backup or archive “{0}”.", ref),
                                Text("Give a backup id or name from `backup-desk list`, or an archive's "
                                     "path."))
        if row.status != BackupStatus.COMPLETED or not row.file_path:
            raise UserInputError(Text("Backup {0} has no archive (status: {1}).", row.id, row.status),
                                 Text("Choose a completed backup."))
        path = Path(row.file_path)
        if not path.is_file():
            raise NotFoundError(Text("The archive of backup {0} is missing: {1}.", row.id, path),
                                Text("Run `backup-desk rebuild-backup-paths` if it was moved."))
        return path, row.id


def _id_by_identity(session, path: Path) -> int | None:
    from backup_desk.engine.archive.identity import read_identity

    try:
        archive_id = read_identity(path).archive_id
    except (BackupDeskError, OSError):
        return None
    return session.scalar(select(Backup.id).where(Backup.archive_id == archive_id)
                          .order_by(Backup.id.desc()).limit(1))


def _row_config(ctx: AppContext, backup_id: int | None) -> Configuration | None:
    if backup_id is None:
        return None
    with ctx.catalog.read() as session:
        row = session.get(Backup, backup_id)
        if row is None or row.configuration_id is None:
            return None
        return session.get(Configuration, row.configuration_id)


def _original_targets(ctx: AppContext, cfg: Configuration | None, archive: Path,
                      passphrase: str | None) -> tuple[str | None, dict[str, Path] | None]:
    """The configuration's source URL (password from the keyring) and the archive's folders by label."""
    from backup_desk.engine.archive.reader import ArchiveReader
    from backup_desk.engine.database.urls import with_password

    if cfg is None:
        raise UserInputError(Text("This archive's configuration is unknown, so there is no original place to "
                                  "restore to."), Text("Choose a target database and/or a target folder."))
    url = None
    if cfg.source_url:
        password = ctx.secrets.get_source_password(cfg.id)
        register_secret(password)
        url = with_password(cfg.source_url, password) if password else cfg.source_url
    with ArchiveReader(archive, passphrase=passphrase) as reader:
        has_db = reader.manifest.database is not None
        folders = {f.label: Path(f.original_path) for f in reader.manifest.folders}
    return (url if has_db else None), (folders or None)


def _safety_backup(ctx: AppContext, cfg: Configuration, passphrase: str | None, *, with_database: bool,
                   folders: tuple[Path, ...], progress: ProgressSink | None, cancel: CancelToken | None
                   ) -> int:
    """A full backup of exactly what the restore will overwrite (the database, the folders it writes),
    whatever the configuration's type and folders say now; verified before the restore may proceed."""
    from backup_desk.errors import WrongPassphraseError
    from backup_desk.services.runs import PreparedRun, execute_run, prepare_run

    name = f"Safety backup of “{cfg.name}” before restore {utcnow().astimezone():%Y-%m-%d %H:%M}"
    existing = tuple(str(f) for f in folders if f.is_dir())  # a missing folder holds nothing to lose

    def prepare(secret: str | None) -> PreparedRun:
        return prepare_run(ctx, cfg.id, passphrase=secret, name=name, backup_type=BackupType.FULL,
                           folders=existing, with_database=with_database)

    try:
        run = prepare(passphrase)
    except WrongPassphraseError:  # the archive's passphrase is not the configuration's current one
        run = prepare(None)
    view = execute_run(ctx, run, progress, cancel, retention=False)
    if view.status != BackupStatus.COMPLETED:
        raise BackupDeskError(Text("The safety backup before the restore failed: {0}",
                                   view.error_text or view.error_message),
                              Text("Nothing was restored. Fix the problem, or restore to another place."))
    check = verify(ctx, str(view.id), passphrase=run.request.passphrase, cancel=cancel)
    if not check.ok:
        raise BackupDeskError(Text("The safety backup before the restore failed verification: {0}",
                                   check.message),
                              Text("Nothing was restored. Fix the problem, or restore to another place."))
    return view.id


def restore(ctx: AppContext, ref: str, *, to_url: str | None = None, to_folder: Path | None = None,
            schema_only: bool = False, tables: tuple[str, ...] | None = None,
            folders: tuple[str, ...] | None = None, replace: bool = False, dry_run: bool = False,
            allow_dependents: bool = False, keep_owners: bool = False, passphrase: str | None = None,
            progress: ProgressSink | None = None, cancel: CancelToken | None = None) -> RestoreOutcome:
    """Without targets: over the original source (from the configuration), after an automatic safety
    backup of what the restore overwrites. `allow_dependents`: the person agreed to replace tables that
    objects outside the restore set depend on. `keep_owners`: the database's objects get their source
    owners and privileges (same engine). Audited and logged to security.log."""
    from backup_desk.engine.database.native.formats import preload
    from backup_desk.engine.restore import run_restore

    if to_url is not None:
        preload(to_url)  # the driver and format import while the archive's key is still being derived
    archive, backup_id = resolve_archive(ctx, ref)
    cfg = _row_config(ctx, backup_id)
    secret = archive_passphrase(ctx, archive, cfg.id if cfg else None, passphrase)
    in_place = to_url is None and to_folder is None
    original: dict[str, Path] | None = None
    if in_place:
        to_url, original = _original_targets(ctx, cfg, archive, secret)
        replace = True  # restoring over the source replaces it by definition (a safety copy is made first)
    request = RestoreRequest(archive_path=archive, passphrase=secret, to_url=to_url, to_folder=to_folder,
                             original_folders=original, schema_only=schema_only, tables=tables,
                             folders=folders, replace=replace, dry_run=dry_run,
                             allow_dependents=allow_dependents, keep_owners=keep_owners)
    safety_id = None
    if in_place and not dry_run:
        assert cfg is not None
        from backup_desk.engine.restore import run_restore as preview

        # Refusals (dependents, unknown tables…) come before the safety backup: nothing is made for nothing.
        notices = preview(dataclasses.replace(request, dry_run=True), None, cancel).notices
        blocking = [n for n in notices if n.kind == "dependent"]
        if blocking and not allow_dependents:
            listed = tuple(f"{n.subject} ({n.detail})" for n in blocking)
            raise DependentObjectsError(
                Text("Objects outside the restore set depend on the tables it would replace: "
                     "{0}.", ', '.join(listed)),
                Text("Add those tables to the restore, or agree to restore anyway "
                     "(--allow-dependents)."), listed)
        written = tuple(p for label, p in (original or {}).items() if folders is None or label in folders)
        safety_id = _safety_backup(ctx, cfg, passphrase, with_database=to_url is not None, folders=written,
                                   progress=progress, cancel=cancel)
    where = "its original place" if in_place else _describe_target(to_url, to_folder)
    try:
        with tracking(ctx):  # staging folders beside the target are registered with this process
            outcome = run_restore(request, progress, cancel)
    except BackupDeskError as exc:
        _log_failed(exc, archive)
        if not dry_run:
            security_logger().warning("restore of %s to %s failed: %s", archive.name, where, exc.message)
        raise
    if dry_run:
        return outcome
    summary = (f"Restored {archive.name} to {where}: {outcome.tables_restored} tables, "
               f"{outcome.records_restored} rows, {outcome.files_restored} files"
               + (f" (safety backup {safety_id} made first)." if safety_id else "."))
    with ctx.catalog.write() as session:
        audit.record(session, action=audit.RESTORE, target_type="backup" if backup_id else "archive",
                     target_id=backup_id if backup_id else archive.name, summary=summary,
                     after={"schema_only": schema_only, "tables": list(tables or ()), "replace": replace,
                            "folders": list(folders or ()), "safety_backup_id": safety_id,
                            "keep_owners": keep_owners})
    operations_logger().info("%s", summary)
    return outcome


def _describe_target(to_url: str | None, to_folder: Path | None) -> str:
    from backup_desk.engine.database.urls import redact_url

    parts = ([redact_url(to_url)] if to_url else []) + ([str(to_folder)] if to_folder else [])
    return " and ".join(parts)


def _log_failed(exc: BackupDeskError, archive: Path) -> None:
    from backup_desk.errors import WrongPassphraseError

    if isinstance(exc, WrongPassphraseError):
        security_logger().warning("wrong passphrase for archive %s", archive.name)
    operations_logger().warning("operation on %s failed: %s", archive.name, exc.message)


def verify(ctx: AppContext, ref: str, *, passphrase: str | None = None, progress: ProgressSink | None = None,
           cancel: CancelToken | None = None) -> VerifyOutcome:
    """Full verification; records verified_at / verify_ok / verify_message on the history row."""
    from backup_desk.engine.verify import run_verify

    archive, backup_id = resolve_archive(ctx, ref)
    cfg = _row_config(ctx, backup_id)
    secret = archive_passphrase(ctx, archive, cfg.id if cfg else None, passphrase)
    scratch = ctx.paths.tmp_dir
    scratch.mkdir(parents=True, exist_ok=True)
    try:
        outcome = run_verify(archive, secret, scratch, progress, cancel)
    except ArchiveError as exc:  # damaged archive: a verification result, not a crash
        outcome = VerifyOutcome(ok=False, chunks_checked=0, entries_checked=0, tables_checked=0,
                                rows_checked=0, message=exc.message, problems=(exc.message,))
    except BackupDeskError as exc:
        _log_failed(exc, archive)
        raise
    with ctx.catalog.write() as session:
        row = session.get(Backup, backup_id) if backup_id is not None else None
        if row is not None:
            row.verified_at = utcnow()
            row.verify_ok = outcome.ok
            row.verify_message = outcome.message
        audit.record(session, action=audit.VERIFY, target_type="backup" if row else "archive",
                     target_id=backup_id if row else archive.name,
                     summary=f"Verified {archive.name}: {'OK' if outcome.ok else 'FAILED'}. "
                             f"{outcome.message}")
    operations_logger().info("verify %s: %s", archive.name, outcome.message)
    return outcome
