"""Field-by-field validation of a ConfigInput (shared by create, update and the form's live checks)."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from backup_desk.catalog.models import Configuration
from backup_desk.messages import Text
from backup_desk.services.models import ConfigInput, FieldError
from backup_desk.vocabulary import BackupType, Frequency

COMPRESSIONS = ("zstd", "deflate", "store")
NAME_MAX = 200
RETENTION_MIN, RETENTION_MAX = 1, 365


def field_errors(session: Session, data: ConfigInput, config_id: int | None, default_dest: Path,
                 stored_canary: bool) -> list[FieldError]:
    errors: list[FieldError] = []
    name = data.name.strip()
    if not name:
        errors.append(FieldError("name", Text("A name is required.")))
    elif len(name) > NAME_MAX:
        errors.append(FieldError("name", Text("The name is too long (at most {0} characters).", NAME_MAX)))
    else:
        clash = select(Configuration.id).where(func.lower(Configuration.name) == name.lower())
        if config_id is not None:
            clash = clash.where(Configuration.id != config_id)
        if session.scalar(clash.limit(1)) is not None:
            errors.append(FieldError("name", Text("A configuration named “{0}” already exists.", name)))
    if data.backup_type not in tuple(BackupType):  # (a CLI or an old caller may pass a plain string)
        errors.append(FieldError("backup_type", Text("Choose full, metadata or data.")))
    if data.frequency not in tuple(Frequency):
        errors.append(FieldError("frequency", Text("Choose manual, daily, weekly or monthly.")))
    if data.compression_algorithm not in COMPRESSIONS:
        errors.append(FieldError("compression_algorithm", Text("Choose zstd, deflate or store.")))
    if isinstance(data.retention_days, bool) or not isinstance(data.retention_days, int) or not (
        RETENTION_MIN <= data.retention_days <= RETENTION_MAX
    ):
        errors.append(FieldError("retention_days",
                                 Text("Retention must be between {0} and {1} "
                                      "days.", RETENTION_MIN, RETENTION_MAX)))
    errors += _schedule_errors(data)
    errors += _source_errors(data)
    errors += _destination_errors(data.destination, default_dest)
    if data.encryption_enabled and not data.passphrase and not stored_canary:
        errors.append(FieldError("passphrase", Text("Encryption needs a passphrase.")))
    return errors


def _int_in(value: object, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _schedule_errors(data: ConfigInput) -> list[FieldError]:
    from backup_desk.services.schedule import parse_time

    errors: list[FieldError] = []
    try:
        parse_time(data.time_of_day)
    except (ValueError, AttributeError):
        errors.append(FieldError("time_of_day", Text("Give the time as HH:MM, e.g. 02:30.")))
    if not _int_in(data.weekday, 0, 6):
        errors.append(FieldError("weekday", Text("Choose a day of the week.")))
    if not _int_in(data.month_day, 1, 31):
        errors.append(FieldError("month_day", Text("The day of the month must be between 1 and 31.")))
    if not _int_in(data.keep_last, 1, 1000):
        errors.append(FieldError("keep_last", Text("Keep at least 1 archive (at most 1000).")))
    for name in ("gfs_daily", "gfs_weekly", "gfs_monthly"):
        if not _int_in(getattr(data, name), 0, 1000):
            errors.append(FieldError(name, Text("Between 0 (off) and 1000.")))
    return errors


def _source_errors(data: ConfigInput) -> list[FieldError]:
    errors: list[FieldError] = []
    url = (data.source_url or "").strip()
    if url:
        from sqlalchemy.engine import make_url

        try:
            make_url(url)
        except (ArgumentError, ValueError):
            errors.append(FieldError("source_url", Text("This is not a database URL (e.g. "
                                                        "sqlite:///path/app.db).")))
    elif data.backup_type in (BackupType.METADATA, BackupType.DATA):
        errors.append(FieldError("source_url", Text("A metadata or data backup needs a source database.")))
    if data.include_files:
        if not data.folders:
            errors.append(FieldError("folders", Text("Add at least one folder, or turn off “include "
                                                     "files”.")))
        for folder in data.folders:
            if not Path(folder).expanduser().is_dir():
                errors.append(FieldError("folders", Text("The folder {0} does not exist.", folder)))
    elif not url:
        errors.append(FieldError("source_url", Text("Give a source database, or include folders.")))
    return errors


def _destination_errors(destination: str | None, default_dest: Path) -> list[FieldError]:
    dest = Path(destination).expanduser() if destination else default_dest
    if not dest.is_absolute():
        return [FieldError("destination", Text("Choose an absolute folder for the archives."))]
    # The nearest existing ancestor must be a writable folder (the rest is created on the first run).
    probe = dest
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    if not probe.is_dir():
        return [FieldError("destination", Text("{0} is not a folder.", probe))]
    if not os.access(probe, os.W_OK | os.X_OK):
        return [FieldError("destination", Text("The folder {0} is not writable.", probe))]
    return []
