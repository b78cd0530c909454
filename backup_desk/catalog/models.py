"""The catalog's tables: configurations, backups (history) and audit events.

Datetimes are stored as UTC and come back time-zone aware (SQLite keeps no zone). Secrets never live here:
source passwords and archive passphrases are in the OS keyring.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    false,
    true,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from backup_desk.vocabulary import BackupStatus, BackupType, Frequency

Word = TypeVar("Word", bound=StrEnum)


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC; returns aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the catalog; use an aware UTC datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class StoredWord(TypeDecorator[Word], Generic[Word]):
    """A backup_desk.vocabulary member, stored as its string (the column stays a VARCHAR(16), the rows keep
    their values) and read back as the member; writing a word the enum does not know fails."""

    impl = String
    cache_ok = True

    def __init__(self, words: type[Word]) -> None:
        super().__init__(16)
        self.words = words

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.words(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> Word | None:
        return None if value is None else self.words(value)


class Base(DeclarativeBase):
    pass


class Configuration(Base):
    __tablename__ = "configurations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    backup_type: Mapped[BackupType] = mapped_column(StoredWord(BackupType), default=BackupType.FULL,
                                                    server_default=BackupType.FULL.value)
    frequency: Mapped[Frequency] = mapped_column(StoredWord(Frequency), default=Frequency.MANUAL,
                                                 server_default=Frequency.MANUAL.value)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    include_files: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    compression_enabled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    encryption_enabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    retention_days: Mapped[int] = mapped_column(Integer, default=30, server_default="30")
    # Source URL with the password removed (it lives in the keyring); None = files only.
    source_url: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Whether a source password is stored in the keyring (so listing never has to ask the keyring).
    source_password_set: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    folders: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    destination: Mapped[str | None] = mapped_column(Text, nullable=True)  # None = default backups folder
    compression_algorithm: Mapped[str] = mapped_column(String(16), default="zstd", server_default="zstd")
    # Small AES-GCM token sealed with the passphrase, to catch a stale passphrase before a long backup.
    passphrase_canary: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # Where the passphrase is kept: "keyring", "file" (the person's explicit choice, 0600 file), or "" (not
    # stored: every run asks for it, scheduled runs cannot run unattended).
    passphrase_store: Mapped[str] = mapped_column(String(16), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Backup(Base):
    __tablename__ = "backups"
    __table_args__ = (
        Index("ix_backups_created_at", "created_at"),
        Index("ix_backups_status_created", "status", "created_at"),
        Index("ix_backups_type_created", "backup_type", "created_at"),
        Index("ix_backups_configuration", "configuration_id", "created_at"),
        # Covering index for the stats widget's totals (no table access at a million rows).
        Index("ix_backups_stats", "status", "backup_type", "file_size", "duration_seconds"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    backup_name: Mapped[str] = mapped_column(String(300))
    backup_type: Mapped[BackupType] = mapped_column(StoredWord(BackupType))
    status: Mapped[BackupStatus] = mapped_column(StoredWord(BackupStatus), default=BackupStatus.PENDING,
                                                 server_default=BackupStatus.PENDING.value)
    configuration_id: Mapped[int | None] = mapped_column(
        ForeignKey("configurations.id", ondelete="SET NULL", name="fk_backups_configuration"), nullable=True
    )
    file_size: Mapped[int | None] = mapped_column(Integer, nullable=True)
    file_path: Mapped[str] = mapped_column(Text, default="", server_default="")
    duration_seconds: Mapped[float | None] = mapped_column(Float, nullable=True)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    tables_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    records_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    files_count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error_message: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The same reason as backup_desk.messages.Text.to_json() (the window translates it); NULL on old rows.
    error_text: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # Beyond the specification's fields:
    warnings: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    archive_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    archive_id: Mapped[str | None] = mapped_column(String(32), nullable=True, index=True)
    encrypted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    compression: Mapped[str] = mapped_column(String(16), default="zstd", server_default="zstd")
    # Redacted URL and folders.
    source_summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Crash detection: the process running the job and its last sign of life.
    pid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    hostname: Mapped[str | None] = mapped_column(String(255), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    temp_path: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Last verification.
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    verify_ok: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    verify_message: Mapped[str] = mapped_column(Text, default="", server_default="")
    # Which passphrase opens the archive when it is not the configuration's current one: the keyring key
    # of a kept (retired) passphrase. None = the configuration's passphrase.
    passphrase_ref: Mapped[str | None] = mapped_column(String(64), nullable=True)


class BackupTotal(Base):
    """Per status, type and configuration (0: none): how many history rows, and the sums of their sizes and
    durations (as SQL's SUM and COUNT count them). Kept by triggers (migration 0004), read-only here."""

    __tablename__ = "backup_totals"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    backup_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    configuration_key: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    size_sum: Mapped[int] = mapped_column(Integer)
    duration_sum: Mapped[float] = mapped_column(Float)
    duration_n: Mapped[int] = mapped_column(Integer)


class HistoryChanges(Base):
    """One row counting the changes to the history (bumped by triggers, migration 0004): a count remembered
    with this number is still right while the number is the same."""

    __tablename__ = "history_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class KeptPassphrase(Base):
    """A passphrase kept in the keyring (under `retired-passphrase-<ref>`) because archives still need it
    after their configuration's passphrase changed, encryption was turned off, or the configuration was
    deleted. Dropped, with its keyring entry, once no history row references it."""

    __tablename__ = "kept_passphrases"

    ref: Mapped[str] = mapped_column(String(64), primary_key=True)
    configuration_name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    reason: Mapped[str] = mapped_column(String(32))  # "changed", "encryption-off", "deleted"
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class TempFile(Base):
    """A temporary file or folder we are about to create, with its owner (registered before creation, so a
    crash at any moment leaves a row pointing at it). Removed with the file."""

    __tablename__ = "temp_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(32))  # "archive", "restore-staging", "decrypt", "copy", ...
    backup_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pid: Mapped[int] = mapped_column(Integer)
    hostname: Mapped[str] = mapped_column(String(255))
    boot_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditEvent(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))  # OS user
    action: Mapped[str] = mapped_column(String(64))  # "config.create", "backup.delete", "restore", ...
    target_type: Mapped[str] = mapped_column(String(32))  # "configuration" | "backup" | "archive" | "system"
    target_id: Mapped[str] = mapped_column(String(64), default="", server_default="")
    summary: Mapped[str] = mapped_column(Text, default="", server_default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class Schedule(Base):
    """When a scheduled configuration runs and how many archives retention must keep (one row per
    configuration; a configuration without one uses the defaults)."""

    __tablename__ = "schedules"

    configuration_id: Mapped[int] = mapped_column(
        ForeignKey("configurations.id", ondelete="CASCADE", name="fk_schedules_configuration"),
        primary_key=True)
    time_of_day: Mapped[str] = mapped_column(String(5), default="02:00", server_default="02:00")  # local
    weekday: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 0 = Monday
    month_day: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # 31 = last day
    keep_last: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    gfs_daily: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    gfs_weekly: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    gfs_monthly: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The planned time of the last run claimed (by run-due or the window): the claim is one conditional
    # UPDATE, so two processes cannot both claim the same slot.
    last_slot_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    overdue_notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class AppSetting(Base):
    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
