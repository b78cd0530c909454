"""The product's shared words: backup type, backup status and schedule frequency.

They are `StrEnum`s: a member is its stored string (`BackupStatus.COMPLETED == "completed"`), so the
catalog's columns, the archive manifest and `--json` output keep their values. Every other spelling of
these words in the package is a bug (tests/test_vocabulary.py fails on one).

What a person reads is a member's `label`: an English `messages.Text` the window translates in the
"Messages" context of the Qt catalogues (the CLI prints it in English), so each word is written once per
language. This module sits below the engine and the catalog, which both use it (engine.contracts
re-exports it for the layers above).
"""

from __future__ import annotations

from enum import StrEnum

from backup_desk.messages import Text


class BackupType(StrEnum):
    FULL = "full"  # schema and rows (and folders when asked)
    METADATA = "metadata"  # schema only
    DATA = "data"  # rows only (and folders when asked)

    @property
    def label(self) -> Text:
        return _TYPE_LABELS[self]

    @property
    def has_schema(self) -> bool:
        return self is not BackupType.DATA

    @property
    def has_rows(self) -> bool:
        return self is not BackupType.METADATA


class BackupStatus(StrEnum):
    PENDING = "pending"  # recorded, not started yet
    RUNNING = "running"
    COMPLETED = "completed"  # its archive is written, checked and durable
    FAILED = "failed"

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def active(self) -> bool:
        """Still in progress (or died in progress: see services.maintenance.stuck)."""
        return self in ACTIVE_STATUSES


class Frequency(StrEnum):
    MANUAL = "manual"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"

    @property
    def label(self) -> Text:
        return _FREQUENCY_LABELS[self]

    @property
    def scheduled(self) -> bool:
        return self is not Frequency.MANUAL


ACTIVE_STATUSES = (BackupStatus.PENDING, BackupStatus.RUNNING)  # a tuple: SQL `IN` takes it as is
FINISHED_STATUSES = (BackupStatus.COMPLETED, BackupStatus.FAILED)

# Feminine in French: each qualifies "une sauvegarde" (a backup) or "une planification" (a schedule).
_TYPE_LABELS = {
    BackupType.FULL: Text("Full"),
    BackupType.METADATA: Text("Metadata"),
    BackupType.DATA: Text("Data"),
}
_STATUS_LABELS = {
    BackupStatus.PENDING: Text("Pending"),
    BackupStatus.RUNNING: Text("Running"),
    BackupStatus.COMPLETED: Text("Completed"),
    BackupStatus.FAILED: Text("Failed"),
}
_FREQUENCY_LABELS = {
    Frequency.MANUAL: Text("Manual"),
    Frequency.DAILY: Text("Daily"),
    Frequency.WEEKLY: Text("Weekly"),
    Frequency.MONTHLY: Text("Monthly"),
}
