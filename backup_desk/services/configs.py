"""Configuration use-cases (specification: GET/POST/PUT/DELETE /api/backup/configurations/)."""

from __future__ import annotations

import dataclasses
import os
from datetime import datetime, tzinfo

from sqlalchemy import delete, select

from backup_desk.catalog.models import AuditEvent, Configuration, Schedule, utcnow
from backup_desk.engine.database.urls import split_password
from backup_desk.errors import NotFoundError, PassphraseError, UserInputError
from backup_desk.messages import Text, joined
from backup_desk.ops import audit
from backup_desk.ops.logs import operations_logger
from backup_desk.ops.redaction import register_secret
from backup_desk.services import passphrase_change
from backup_desk.services.canary import check_canary, make_canary
from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigInput, ConfigView, ValidationResult
from backup_desk.services.source_check import test_source
from backup_desk.services.validation import field_errors
from backup_desk.services.views import config_snapshot, config_view, last_runs, schedule_snapshot

__all__ = ["create_config", "delete_config", "duplicate_config", "get_config", "list_configs", "test_source",
           "toggle_config", "update_config", "validate", "with_stored_password"]

MASK = "***"


def validate(ctx: AppContext, data: ConfigInput, *, config_id: int | None = None,
             check_source: bool = False) -> ValidationResult:
    """Field errors: name required and unique, retention 1-365, known type/frequency, folders exist when
    include_files, destination writable, encryption needs a passphrase (new or stored); with check_source,
    the source URL must connect (see test_source)."""
    from backup_desk.services.models import FieldError

    with ctx.catalog.read() as session:
        stored = session.get(Configuration, config_id) if config_id is not None else None
        has_canary = stored is not None and stored.passphrase_canary is not None
        errors = field_errors(session, data, config_id, ctx.paths.default_backups_dir, has_canary)
    if check_source and data.source_url and not any(e.field == "source_url" for e in errors):
        url = data.source_url
        if config_id is not None:
            url = _url_with_stored_password(ctx, config_id, url)
        problem = test_source(url)
        if problem:
            errors.append(FieldError("source_url", problem))
    return ValidationResult(tuple(errors))


def _url_with_stored_password(ctx: AppContext, config_id: int, url: str) -> str:
    from backup_desk.engine.database.urls import with_password

    bare, password = split_password(url)
    if password in (None, MASK):
        stored = ctx.secrets.get_source_password(config_id)
        return with_password(bare, stored) if stored else bare
    return url


def with_stored_password(ctx: AppContext, url: str | None) -> str | None:
    """A URL without a password gets the one stored in the keyring for the configuration whose source is
    that database (restoring into a configuration's own source needs no password on the command line)."""
    from backup_desk.engine.database.urls import with_password

    if not url or split_password(url)[1]:
        return url
    with ctx.catalog.read() as session:
        config_id = session.scalar(select(Configuration.id).where(Configuration.source_url == url,
                                                                  Configuration.source_password_set)
                                   .order_by(Configuration.id).limit(1))
    password = ctx.secrets.get_source_password(config_id) if config_id is not None else None
    register_secret(password)
    return with_password(url, password) if password else url


def _raise_if_invalid(result: ValidationResult) -> None:
    if not result.ok:
        lines = joined([Text("{0}: {1}", e.field, e.text) for e in result.errors])
        raise UserInputError(Text("The configuration is not valid: {0}", lines),
                             Text("Correct the fields and try again."))


def _view(ctx: AppContext, cfg: Configuration, session) -> ConfigView:
    last = last_runs(session, [cfg.id]).get(cfg.id)
    has_pass = cfg.passphrase_canary is not None
    sched = session.get(Schedule, cfg.id)
    return config_view(cfg, last, ctx.paths.default_backups_dir, has_pass, sched=sched)


def list_configs(ctx: AppContext, *, now: datetime | None = None,
                 tz: tzinfo | None = None) -> list[ConfigView]:
    """Every configuration in creation order, with last/next run computed (three grouped queries);
    `now` and `tz` default to the system clock (tests pass their own)."""
    with ctx.catalog.read() as session:
        configs = list(session.scalars(select(Configuration).order_by(Configuration.id)))
        runs = last_runs(session)
        schedules = {s.configuration_id: s for s in session.scalars(select(Schedule))}
        now = now or utcnow()
        return [config_view(c, runs.get(c.id), ctx.paths.default_backups_dir,
                            c.passphrase_canary is not None, now, schedules.get(c.id), tz) for c in configs]


def _find(session, ref: int | str) -> Configuration:
    cfg = None
    if isinstance(ref, int) or (isinstance(ref, str) and ref.isdigit()):
        cfg = session.get(Configuration, int(ref))
    if cfg is None and isinstance(ref, str):
        cfg = session.scalar(select(Configuration).where(Configuration.name == ref))
    if cfg is None:
        raise NotFoundError(Text("No configuration {0!s}.", ref),
                            Text("List them with `backup-desk config list`."))
    return cfg


def get_config(ctx: AppContext, ref: int | str) -> ConfigView:
    """By id or exact name; NotFoundError otherwise."""
    with ctx.catalog.read() as session:
        return _view(ctx, _find(session, ref), session)


def _apply(cfg: Configuration, data: ConfigInput, bare_url: str | None) -> None:
    cfg.name = data.name.strip()
    cfg.backup_type = data.backup_type
    cfg.frequency = data.frequency
    cfg.is_active = data.is_active
    cfg.include_files = data.include_files
    cfg.compression_enabled = data.compression_enabled
    cfg.encryption_enabled = data.encryption_enabled
    cfg.retention_days = data.retention_days
    cfg.source_url = bare_url
    # Absolute paths: a restore over the source and the scheduler must not depend on a working folder.
    cfg.folders = [os.path.abspath(os.path.expanduser(f)) for f in data.folders]
    cfg.destination = os.path.abspath(os.path.expanduser(data.destination)) if data.destination else None
    cfg.compression_algorithm = data.compression_algorithm


def _apply_schedule(session, config_id: int, data: ConfigInput) -> Schedule:
    sched = session.get(Schedule, config_id)
    if sched is None:
        sched = Schedule(configuration_id=config_id)
        session.add(sched)
    sched.time_of_day = data.time_of_day.strip()
    sched.weekday = data.weekday
    sched.month_day = data.month_day
    sched.keep_last = data.keep_last
    sched.gfs_daily, sched.gfs_weekly, sched.gfs_monthly = data.gfs_daily, data.gfs_weekly, data.gfs_monthly
    return sched


def _write_secrets(ctx: AppContext, config_id: int, data: ConfigInput, password: str | None,
                   bare_url: str | None) -> tuple[bool | None, str | None]:
    """Keyring writes, outside any catalog transaction (an unlock prompt must not hold the write lock).
    The source password must be stored; a passphrase may stay unsaved (the canary still checks it).
    Returns (whether a source password is now stored, where the passphrase now is: "keyring", "file" or
    "" for nowhere), None meaning unchanged."""
    password_set: bool | None = None
    if password is not None and password != MASK:
        ctx.secrets.set_source_password(config_id, password)
        password_set = True
    elif bare_url is None:
        ctx.secrets.set_source_password(config_id, None)
        password_set = False
    store: str | None = None
    if not data.encryption_enabled:
        ctx.secrets.set_passphrase(config_id, None)
        store = ""
    elif data.passphrase and data.passphrase_in_file:
        ctx.secrets.set_passphrase_in_file(config_id, data.passphrase)
        store = "file"
    elif data.passphrase:
        try:
            ctx.secrets.set_passphrase(config_id, data.passphrase)
            store = "keyring"
        except PassphraseError:
            operations_logger().warning("configuration %s: passphrase not saved (no keyring); runs need "
                                        "BACKUP_DESK_PASSPHRASE or --passphrase-file", config_id)
            ctx.secrets.set_passphrase(config_id, None)  # never leave an older one that no longer matches
            store = ""
    return password_set, store


NOT_STORED_NOTICE = (
    "No system keyring is available (or it is locked): the passphrase was not stored. Every run of this "
    "configuration asks for it, and scheduled runs cannot run unattended. To keep it anyway, save it again "
    "choosing to keep it in a file only you can read (less safe than a keyring)."
)


def _storage_notice(view: ConfigView) -> str:
    return NOT_STORED_NOTICE if view.encryption_enabled and not view.passphrase_store else ""


def _apply_canary(cfg: Configuration, data: ConfigInput, canary: bytes | None) -> None:
    if not data.encryption_enabled:
        cfg.passphrase_canary = None
    elif canary is not None:
        cfg.passphrase_canary = canary


def _prepare(data: ConfigInput) -> tuple[str | None, str | None, bytes | None]:
    """(URL without password, password, new canary) — the slow KDF runs before any transaction."""
    bare, password = split_password(data.source_url.strip()) if data.source_url else (None, None)
    register_secret(password)
    register_secret(data.passphrase)
    canary = make_canary(data.passphrase) if data.encryption_enabled and data.passphrase else None
    return bare, password, canary


def _undo_create(ctx: AppContext, config_id: int) -> None:
    """A configuration whose secrets could not be stored is removed again (row, audit event, secrets)."""
    with ctx.catalog.write() as session:
        cfg = session.get(Configuration, config_id)
        if cfg is not None:
            session.delete(cfg)
        session.execute(delete(AuditEvent).where(AuditEvent.target_type == "configuration",
                                                 AuditEvent.target_id == str(config_id)))
    ctx.secrets.delete_all(config_id)


def create_config(ctx: AppContext, data: ConfigInput) -> ConfigView:
    """Validates (UserInputError listing the field errors), stores secrets in the keyring, audits."""
    _raise_if_invalid(validate(ctx, data))
    bare, password, canary = _prepare(data)
    with ctx.catalog.write() as session:
        cfg = Configuration()
        _apply(cfg, data, bare)
        _apply_canary(cfg, data, canary)
        cfg.source_password_set = password is not None and password != MASK
        session.add(cfg)
        session.flush()
        config_id = cfg.id
        sched = _apply_schedule(session, config_id, data)
        audit.record(session, action=audit.CONFIG_CREATE, target_type="configuration", target_id=cfg.id,
                     summary=f"Created configuration “{cfg.name}”.",
                     after=config_snapshot(cfg) | schedule_snapshot(sched))
    try:
        ctx.secrets.delete_all(config_id)  # ids can be reused after a delete: never inherit old secrets
        _, store = _write_secrets(ctx, config_id, data, password, bare)
        _record_store(ctx, config_id, store)
    except BaseException:
        _undo_create(ctx, config_id)
        raise
    view = get_config(ctx, config_id)
    return dataclasses.replace(view, notice=_storage_notice(view))


def _record_store(ctx: AppContext, config_id: int, store: str | None) -> None:
    if store is None:
        return
    with ctx.catalog.write() as session:
        cfg = session.get(Configuration, config_id)
        if cfg is not None:
            cfg.passphrase_store = store


def update_config(ctx: AppContext, config_id: int, data: ConfigInput) -> ConfigView:
    """A password left out of the URL (or shown masked as ***) keeps the stored one."""
    _raise_if_invalid(validate(ctx, data, config_id=config_id))
    bare, password, canary = _prepare(data)
    with ctx.catalog.read() as session:
        stored = _find(session, config_id)
    reason, previous = _passphrase_change(ctx, stored, data)
    kept_ref, needing = (passphrase_change.keep_previous(ctx, config_id, stored.name, previous, reason)
                         if reason else (None, []))
    password_set, store = _write_secrets(ctx, config_id, data, password, bare)
    with ctx.catalog.write() as session:
        cfg = _find(session, config_id)
        before = config_snapshot(cfg) | schedule_snapshot(session.get(Schedule, cfg.id))
        _apply(cfg, data, bare)
        sched = _apply_schedule(session, cfg.id, data)
        _apply_canary(cfg, data, canary)
        if password_set is not None:
            cfg.source_password_set = password_set
        if store is not None:
            cfg.passphrase_store = store
        cfg.updated_at = utcnow()
        audit.record(session, action=audit.CONFIG_UPDATE, target_type="configuration", target_id=cfg.id,
                     summary=f"Changed configuration “{cfg.name}”.", before=before,
                     after=config_snapshot(cfg) | schedule_snapshot(sched))
        view = _view(ctx, cfg, session)
    notice = _storage_notice(view) if store is not None else ""
    if reason:
        change = passphrase_change.finish(ctx, config_id, kept_ref, needing, previous,
                                          data.passphrase if data.encryption_enabled else None, reason)
        notice = " ".join(filter(None, [change.message, notice]))
    return dataclasses.replace(view, notice=notice)


def _passphrase_change(ctx: AppContext, stored: Configuration, data: ConfigInput) -> tuple[str, str | None]:
    """("changed" / "encryption-off" / "", the previous passphrase when stored) for an update."""
    if not stored.encryption_enabled:
        return "", None
    previous = ctx.secrets.get_passphrase(stored.id)
    register_secret(previous)
    if not data.encryption_enabled:
        return "encryption-off", previous
    if not data.passphrase or data.passphrase == previous:
        return "", previous
    if previous is None and stored.passphrase_canary is not None and check_canary(stored.passphrase_canary,
                                                                                  data.passphrase):
        return "", None  # the same passphrase typed again (it was not stored)
    return "changed", previous


def _copy_name(session, name: str) -> str:
    names = set(session.scalars(select(Configuration.name)))
    candidate, n = f"{name} (copy)", 2
    while candidate in names:
        candidate, n = f"{name} (copy {n})", n + 1
    return candidate[:200]


def duplicate_config(ctx: AppContext, config_id: int) -> ConfigView:
    """An inactive copy named "<name> (copy)" (then "(copy 2)", ...), secrets copied too."""
    password = ctx.secrets.get_source_password(config_id)
    passphrase = ctx.secrets.get_passphrase(config_id)
    with ctx.catalog.write() as session:
        src = _find(session, config_id)
        cfg = Configuration(
            name=_copy_name(session, src.name), backup_type=src.backup_type, frequency=src.frequency,
            is_active=False, include_files=src.include_files, compression_enabled=src.compression_enabled,
            encryption_enabled=src.encryption_enabled, retention_days=src.retention_days,
            source_url=src.source_url, folders=list(src.folders or ()), destination=src.destination,
            compression_algorithm=src.compression_algorithm, passphrase_canary=src.passphrase_canary,
            source_password_set=src.source_password_set, passphrase_store=src.passphrase_store,
        )
        session.add(cfg)
        session.flush()
        copy_id, src_store = cfg.id, src.passphrase_store
        src_sched = session.get(Schedule, src.id)
        if src_sched is not None:
            session.add(Schedule(configuration_id=copy_id, **schedule_snapshot(src_sched)))
        audit.record(session, action=audit.CONFIG_DUPLICATE, target_type="configuration", target_id=cfg.id,
                     summary=f"Duplicated “{src.name}” as “{cfg.name}” (inactive).",
                     after=config_snapshot(cfg))
    try:
        ctx.secrets.delete_all(copy_id)
        if password:
            ctx.secrets.set_source_password(copy_id, password)
        if passphrase and src_store == "file":
            ctx.secrets.set_passphrase_in_file(copy_id, passphrase)
        elif passphrase:
            ctx.secrets.set_passphrase(copy_id, passphrase)
    except BaseException:
        _undo_create(ctx, copy_id)
        raise
    return get_config(ctx, copy_id)


def toggle_config(ctx: AppContext, config_id: int) -> ConfigView:
    with ctx.catalog.write() as session:
        cfg = _find(session, config_id)
        cfg.is_active = not cfg.is_active
        cfg.updated_at = utcnow()
        state = "activated" if cfg.is_active else "deactivated"
        audit.record(session, action=audit.CONFIG_TOGGLE, target_type="configuration", target_id=cfg.id,
                     summary=f"Configuration “{cfg.name}” {state}.", before={"is_active": not cfg.is_active},
                     after={"is_active": cfg.is_active})
        return _view(ctx, cfg, session)


def delete_config(ctx: AppContext, config_id: int) -> str:
    """Deletes the configuration and its secrets; history rows keep their data (configuration set NULL).
    Its passphrase is kept in the keyring while archives need it. Returns what happened to it, in plain
    words ("" when no archive needed it)."""
    with ctx.catalog.read() as session:
        stored = _find(session, config_id)
        name, encrypted = stored.name, stored.encryption_enabled
    previous = ctx.secrets.get_passphrase(config_id) if encrypted else None
    register_secret(previous)
    kept_ref, needing = passphrase_change.keep_previous(ctx, config_id, name, previous, "deleted")
    with ctx.catalog.write() as session:
        cfg = _find(session, config_id)
        snapshot = config_snapshot(cfg)
        session.delete(cfg)
        audit.record(session, action=audit.CONFIG_DELETE, target_type="configuration", target_id=config_id,
                     summary=f"Deleted configuration “{snapshot['name']}”.", before=snapshot)
    ctx.secrets.delete_all(config_id)
    return passphrase_change.finish(ctx, config_id, kept_ref, needing, previous, None, "deleted").message
