"""Running backups (specification: POST /api/backup/create/ and /api/backup/quick-backup/).

A run is prepared (validated, secrets resolved, row created `pending`) before it starts, so the GUI and
the CLI can refuse early; then executed (row `running` with pid/heartbeat, engine job, row `completed` or
`failed` with the reason). One run per configuration at a time.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from backup_desk.catalog.models import Backup, Configuration, utcnow
from backup_desk.engine.contracts import BackupOutcome, BackupRequest, BackupType, Compression
from backup_desk.engine.database.urls import redact_url, split_password, with_password
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.errors import BackupDeskError, CancelledError, NotFoundError, UserInputError
from backup_desk.messages import Text
from backup_desk.ops.logs import operations_logger
from backup_desk.ops.redaction import redact, register_secret
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.procinfo import this_host
from backup_desk.services.models import BackupView
from backup_desk.services.passphrases import candidate_passphrase, config_passphrase
from backup_desk.services.run_support import Heartbeat, apply_retention, refuse_if_running
from backup_desk.services.temp_registry import tracking
from backup_desk.services.views import config_snapshot
from backup_desk.sizes import format_size
from backup_desk.vocabulary import ACTIVE_STATUSES, BackupStatus

CANCELLED = Text("Cancelled by the user.")
CANCELLED_MESSAGE = str(CANCELLED)


@dataclass(frozen=True)
class PreparedRun:
    backup_id: int
    configuration_id: int | None
    request: BackupRequest  # carries secrets: never log or display it

    def __repr__(self) -> str:  # the dataclass repr would print the source password and passphrase
        return f"PreparedRun(backup_id={self.backup_id}, configuration_id={self.configuration_id})"


def _run_name(base: str, now: datetime) -> str:
    return f"{base} {now.astimezone().strftime('%Y-%m-%d %H:%M')}"


def _summary(url: str | None, folders: tuple[str, ...] | tuple[Path, ...]) -> str:
    parts = [redact_url(url)] if url else []
    parts += [str(f) for f in folders]
    return ", ".join(parts)


def _new_row(session: Any, *, name: str, backup_type: BackupType, config_id: int | None, encrypted: bool,
             compression: str, summary: str) -> Backup:
    row = Backup(backup_name=name, backup_type=backup_type, status=BackupStatus.PENDING,
                 configuration_id=config_id, created_at=utcnow(), pid=os.getpid(), hostname=this_host(),
                 encrypted=encrypted, compression=compression, source_summary=summary)
    session.add(row)
    session.flush()
    return row


def _close_dead_runs(ctx: AppContext) -> None:
    """Runs whose process died since this one started (a CLI backup killed while the window is open) are
    closed the way start-up recovery does: a finished archive is verified and adopted, never orphaned."""
    from backup_desk.services.maintenance.stuck import close_stuck, find_stuck

    stuck, _skipped = find_stuck(ctx, dead_only=True)
    if stuck:
        close_stuck(ctx, stuck, source="before a new run")


def prepare_run(ctx: AppContext, config_id: int, *, passphrase: str | None = None,
                name: str | None = None, backup_type: BackupType | None = None,
                folders: tuple[str, ...] | None = None, with_database: bool = True) -> PreparedRun:
    """Checks the configuration (active or not, a manual run is allowed), resolves the passphrase
    (argument, keyring, BACKUP_DESK_PASSPHRASE) and checks it against the canary, creates the `pending`
    row. Raises BackupDeskError subclasses with a hint; UserInputError when a run of the same
    configuration is already in progress. `name` overrides the backup's name; `backup_type`, `folders`
    and `with_database` override what the configuration says (a safety backup covers exactly what a
    restore will overwrite, whatever the configuration says now)."""
    _close_dead_runs(ctx)
    with ctx.catalog.read() as session:
        cfg = session.get(Configuration, config_id)
        if cfg is None:
            raise NotFoundError(Text("No configuration with id {0}.", config_id),
                                Text("List them with `backup-desk list`."))
        refuse_if_running(session, cfg, close_dead=False)  # refuse early, before any keyring prompt
    # Secrets and the canary's KDF outside the write transaction (a keyring prompt may take a while).
    chosen = config_passphrase(ctx, cfg, passphrase) if cfg.encryption_enabled else None
    url = cfg.source_url if with_database else None
    if url:  # not only when source_password_set: catalogs from before that flag have passwords too
        password = ctx.secrets.get_source_password(cfg.id)
        register_secret(password)
        url = with_password(url, password) if password else url
    if folders is None:
        folders = tuple(cfg.folders or ()) if cfg.include_files else ()
    kind = backup_type or cfg.backup_type
    # the catalog column is a plain str, checked against Compression when the configuration was saved
    compression: Compression = (cfg.compression_algorithm  # type: ignore[assignment]
                                if cfg.compression_enabled else "store")
    with ctx.catalog.write() as session:
        if session.get(Configuration, config_id) is None:
            raise NotFoundError(Text("Configuration {0} was just deleted.", config_id),
                                Text("Choose another one."))
        refuse_if_running(session, cfg)  # again, under the write lock: two starts cannot both pass
        row = _new_row(session, name=name or _run_name(cfg.name, utcnow()), backup_type=kind,
                       config_id=cfg.id, encrypted=chosen is not None, compression=compression,
                       summary=_summary(cfg.source_url if with_database else None, folders))
        backup_id, backup_name = row.id, row.backup_name
    request = BackupRequest(
        name=backup_name, backup_type=kind,
        source_url=url, folders=tuple(Path(f).expanduser() for f in folders),
        include_files=bool(folders), destination_dir=ctx.backups_dir_for(cfg.destination),
        compression=compression, passphrase=chosen, config_snapshot=config_snapshot(cfg),
    )
    return PreparedRun(backup_id=backup_id, configuration_id=cfg.id, request=request)


def prepare_quick_run(ctx: AppContext, *, name: str, backup_type: BackupType, source_url: str | None,
                      folders: tuple[str, ...] = (), passphrase: str | None = None) -> PreparedRun:
    """A one-off backup without a configuration (encrypted only when a passphrase is given)."""
    if backup_type not in tuple(BackupType):
        raise UserInputError(Text("Unknown backup type {0!r}.", backup_type),
                             Text("Use full, metadata or data."))
    missing = [f for f in folders if not Path(f).expanduser().is_dir()]
    if missing:
        raise UserInputError(Text("The folder {0} does not exist.", missing[0]),
                             Text("Check the path and try again."))
    if source_url:
        register_secret(split_password(source_url)[1])
    chosen = candidate_passphrase(ctx, None, passphrase) if passphrase else None
    with ctx.catalog.write() as session:
        row = _new_row(session, name=_run_name(name or "Quick backup", utcnow()), backup_type=backup_type,
                       config_id=None, encrypted=chosen is not None, compression="zstd",
                       summary=_summary(source_url, folders))
        request = BackupRequest(
            name=row.backup_name, backup_type=backup_type, source_url=source_url,
            folders=tuple(Path(f).expanduser() for f in folders), include_files=bool(folders),
            destination_dir=ctx.paths.default_backups_dir, passphrase=chosen,
            config_snapshot={"name": name, "quick": True},
        )
        return PreparedRun(backup_id=row.id, configuration_id=None, request=request)


def _finish(ctx: AppContext, backup_id: int, *, only_active: bool = False, **values: Any) -> None:
    with ctx.catalog.write(durable=True) as session:
        stmt = update(Backup).where(Backup.id == backup_id)
        if only_active:
            stmt = stmt.where(Backup.status.in_(ACTIVE_STATUSES))
        session.execute(stmt.values(completed_at=utcnow(), temp_path=None, **values))


def execute_run(ctx: AppContext, run: PreparedRun, progress: ProgressSink | None = None,
                cancel: CancelToken | None = None, *, retention: bool = True) -> BackupView:
    """Runs the engine; records the outcome. Cancellation or failure gives a `failed` row whose
    error_message says why ("Cancelled by the user."), with no temporary file left. Returns the final row.
    Re-raises nothing: the outcome is in the returned row (status + error_message). After a success the
    configuration's retention is applied (not for safety backups made before a restore)."""
    from backup_desk.engine.backup import run_backup
    from backup_desk.services.history import get_backup

    log = operations_logger()
    cancel = cancel or CancelToken()
    if cancel.cancelled:  # cancelled between prepare and start (e.g. Ctrl-C): recorded, nothing run
        _finish(ctx, run.backup_id, status=BackupStatus.FAILED, **failure(CANCELLED), only_active=True)
        return get_backup(ctx, run.backup_id)
    started = utcnow()
    clock = time.monotonic()
    with ctx.catalog.write() as session:
        session.execute(update(Backup).where(Backup.id == run.backup_id).values(
            status=BackupStatus.RUNNING, started_at=started, heartbeat_at=started, pid=os.getpid(),
            hostname=this_host()))
    temp_paths: list[Path] = []

    def on_temp_path(path: Path) -> None:  # before the file exists (a crash leaves a row that names it)
        temp_paths.append(path)
        with ctx.catalog.write() as session:
            session.execute(update(Backup).where(Backup.id == run.backup_id).values(temp_path=str(path)))

    def on_target(path: Path, archive_id: str) -> None:  # before the rename: recovery can adopt the archive
        with ctx.catalog.write() as session:
            session.execute(update(Backup).where(Backup.id == run.backup_id).values(
                file_path=str(path), archive_id=archive_id))

    log.info("backup %s started: %s", run.backup_id, run.request.name)
    try:
        with Heartbeat(ctx.catalog, run.backup_id), tracking(ctx, run.backup_id):
            outcome = run_backup(run.request, progress, cancel, on_temp_path, on_target)
    except CancelledError:
        _failed(ctx, run, CANCELLED, clock, temp_paths)
        log.info("backup %s cancelled", run.backup_id)
    except BackupDeskError as exc:
        _failed(ctx, run, exc.full_text, clock, temp_paths)
        log.warning("backup %s failed: %s", run.backup_id, exc)
    except Exception as exc:
        reason = Text("Unexpected error ({0}): {1}", type(exc).__name__, str(exc))
        _failed(ctx, run, reason, clock, temp_paths)
        log.exception("backup %s failed unexpectedly", run.backup_id)
    except BaseException:
        _failed(ctx, run, Text("Interrupted before the backup finished."), clock, temp_paths)
        raise
    else:
        _finish(ctx, run.backup_id, status=BackupStatus.COMPLETED, duration_seconds=time.monotonic() - clock,
                file_path=str(outcome.archive_path), file_size=outcome.file_size,
                tables_count=outcome.tables_count, records_count=outcome.records_count,
                files_count=outcome.files_count, warnings=list(outcome.warnings),
                archive_sha256=outcome.sha256, archive_id=outcome.archive_id, encrypted=outcome.encrypted,
                compression=outcome.compression, error_message="", error_text=None)
        log.info("backup %s completed: %s", run.backup_id, outcome_summary(outcome))
        if retention and run.configuration_id is not None:
            try:
                removed = apply_retention(ctx.catalog, run.configuration_id, run.backup_id)
                if removed:
                    log.info("retention removed %s old backup(s) of configuration %s", removed,
                             run.configuration_id)
            except Exception:  # the backup itself succeeded; retention retries after the next one
                log.exception("retention after backup %s failed", run.backup_id)
    return get_backup(ctx, run.backup_id)


def failure(reason: Text) -> dict[str, Any]:
    """The row values recording why a run failed: the English text and the translatable one, both with
    secrets masked."""
    return {"error_message": redact(str(reason)), "error_text": reason.map_args(redact).to_json()}


def _failed(ctx: AppContext, run: PreparedRun, reason: Text, clock: float, temp_paths: list[Path]) -> None:
    for path in temp_paths:  # the engine removes its temp file; make sure, a crash report must not lie
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            operations_logger().warning("cannot remove temporary file %s: %s", path, exc)
    with ctx.catalog.read() as session:  # keep the path only of an archive that exists (renamed, then failed)
        target = session.scalar(select(Backup.file_path).where(Backup.id == run.backup_id)) or ""
    _finish(ctx, run.backup_id, status=BackupStatus.FAILED, **failure(reason),
            duration_seconds=time.monotonic() - clock,
            file_path=target if target and Path(target).is_file() else "")




def outcome_summary(outcome: BackupOutcome) -> str:
    parts = []
    if outcome.tables_count:
        parts.append(f"{outcome.tables_count:,} tables, {outcome.records_count:,} rows")
    if outcome.files_count:
        parts.append(f"{outcome.files_count:,} files")
    parts.append(format_size(outcome.file_size) + (", encrypted" if outcome.encrypted else ""))
    text = "; ".join(parts)
    if outcome.warnings:
        text += f" ({len(outcome.warnings)} warning{'s' if len(outcome.warnings) != 1 else ''})"
    return text
