"""Plain dataclasses the service layer hands to the GUI and the CLI (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from backup_desk.engine.contracts import BackupStatus, BackupType, Compression, Frequency
from backup_desk.messages import Message, Text, as_text

__all__ = ["BackupStatus", "BackupType", "Frequency"]  # re-exported: the views below carry them


@dataclass(frozen=True)
class ConfigInput:
    """What a person fills in to create or edit a configuration (validated by services.configs)."""

    name: str
    backup_type: BackupType = BackupType.FULL
    frequency: Frequency = Frequency.MANUAL
    is_active: bool = True
    include_files: bool = False
    compression_enabled: bool = True
    encryption_enabled: bool = False
    retention_days: int = 30
    source_url: str | None = None  # may carry a password: it goes to the keyring, not the catalog
    folders: tuple[str, ...] = ()
    destination: str | None = None
    compression_algorithm: Compression = "zstd"
    passphrase: str | None = None  # only when setting or changing it; stored in the keyring
    time_of_day: str = "02:00"  # local "HH:MM" of scheduled runs
    weekday: int = 0  # weekly: 0 = Monday
    month_day: int = 1  # monthly: 1-31 (past the month's end = its last day)
    keep_last: int = 3  # retention never deletes the newest N good archives
    gfs_daily: int = 0  # grandfather-father-son: also keep the newest archive of N days / weeks / months
    gfs_weekly: int = 0
    gfs_monthly: int = 0
    # The person's explicit choice (never the default): keep the passphrase in a file only they can read,
    # for machines without a usable keyring (see services/secrets.py for the trade-off).
    passphrase_in_file: bool = False


@dataclass(frozen=True)
class ConfigView:
    id: int
    name: str
    backup_type: BackupType
    frequency: Frequency
    is_active: bool
    include_files: bool
    compression_enabled: bool
    encryption_enabled: bool
    retention_days: int
    source_url: str | None  # password masked ("postgresql+psycopg://app:***@host/db")
    folders: tuple[str, ...]
    destination: str  # resolved (default backups folder when none was set)
    compression_algorithm: Compression
    created_at: datetime
    updated_at: datetime
    last_backup_at: datetime | None = None
    last_success_at: datetime | None = None
    last_status: BackupStatus | None = None
    next_run_at: datetime | None = None  # None for manual or inactive
    overdue: bool = False
    has_passphrase: bool = False
    time_of_day: str = "02:00"
    weekday: int = 0
    month_day: int = 1
    keep_last: int = 3
    gfs_daily: int = 0
    gfs_weekly: int = 0
    gfs_monthly: int = 0
    due: bool = False  # a planned run time has passed and has not been run yet
    missed_runs: int = 0  # earlier planned runs that passed unrun (one catch-up run covers them)
    overdue_since: datetime | None = None  # the planned run that should have succeeded
    # "keyring", "file", or "" when the passphrase of an encrypting configuration is stored nowhere: every
    # run asks for it and scheduled runs cannot run unattended.
    passphrase_store: str = ""
    # After a save: what happened to the archives of a previous passphrase, in plain words ("" = nothing).
    notice: str = ""


@dataclass(frozen=True, init=False)
class FieldError:
    field: str  # ConfigInput attribute name
    text: Text  # translated by the window; `message` is the English text

    def __init__(self, field: str, message: Message) -> None:
        object.__setattr__(self, "field", field)
        object.__setattr__(self, "text", as_text(message))

    @property
    def message(self) -> str:
        return str(self.text)


@dataclass(frozen=True)
class ValidationResult:
    errors: tuple[FieldError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class HistoryFilter:
    search: str = ""  # matches backup name (case-insensitive, substring)
    backup_type: BackupType | None = None
    status: BackupStatus | None = None
    date_from: date | None = None  # inclusive, local dates
    date_to: date | None = None  # inclusive
    configuration_id: int | None = None


@dataclass(frozen=True)
class BackupView:
    id: int
    backup_name: str
    backup_type: BackupType
    status: BackupStatus
    configuration_id: int | None
    configuration_name: str | None
    file_size: int | None
    file_path: str
    duration_seconds: float | None
    started_at: datetime | None
    completed_at: datetime | None
    tables_count: int | None
    records_count: int | None
    files_count: int | None
    error_message: str
    created_at: datetime
    warnings: tuple[str, ...] = ()
    archive_sha256: str | None = None
    archive_id: str | None = None
    encrypted: bool = False
    compression: str = "zstd"
    source_summary: str = ""
    verified_at: datetime | None = None
    verify_ok: bool | None = None
    verify_message: str = ""
    error_text: Text | None = None  # error_message as a translatable text (None on rows from before)
    file_exists: bool | None = None  # filled by show(), not by list paging


@dataclass(frozen=True)
class HistoryPage:
    items: tuple[BackupView, ...]
    total: int
    page: int  # 1-based
    page_size: int
    # False: a full first page shown before its total was counted (`total` is then the rows known so far;
    # services.history.count_backups gives the total).
    counted: bool = True

    @property
    def page_count(self) -> int:
        if not self.counted:  # at least this page, and a next one when this one is full
            return self.page + (1 if len(self.items) == self.page_size else 0)
        return max(1, -(-self.total // self.page_size))


@dataclass(frozen=True)
class TypeCount:
    backup_type: BackupType
    count: int


@dataclass(frozen=True)
class Stats:
    total: int
    completed: int
    failed: int
    running: int  # running + pending
    success_rate: float | None  # completed / (completed + failed) in percent; None when no finished backup
    total_size: int  # bytes of completed backups
    mean_duration_seconds: float | None  # over completed backups
    last_7_days: int
    previous_7_days: int
    trend_percent: float | None  # (last - previous) / previous * 100; None when previous is 0
    by_type: tuple[TypeCount, ...] = field(default_factory=tuple)
