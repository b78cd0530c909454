"""The first-run guide's use-cases: is a guide needed, the configuration its answers make, and the first
backup, verified straight away (a backup is worth its restore: the newcomer sees it proven).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from backup_desk.engine.contracts import VerifyOutcome
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView, ConfigInput, ConfigView, Frequency
from backup_desk.vocabulary import BackupStatus, BackupType

FREQUENCIES: tuple[Frequency, ...] = (Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY, Frequency.MANUAL)


@dataclass(frozen=True)
class GuideAnswers:
    """What the person chose, page by page."""

    name: str
    source_url: str | None  # built from the connection fields (the password goes to the keyring)
    folders: tuple[str, ...]
    destination: str
    passphrase: str | None  # None: no encryption
    frequency: Frequency = Frequency.DAILY

    def config_input(self) -> ConfigInput:
        return ConfigInput(
            name=self.name.strip(), backup_type=BackupType.FULL, frequency=self.frequency, is_active=True,
            include_files=bool(self.folders), compression_enabled=True, compression_algorithm="zstd",
            encryption_enabled=self.passphrase is not None, retention_days=30,
            source_url=self.source_url, folders=self.folders, destination=self.destination,
            passphrase=self.passphrase,
        )


@dataclass(frozen=True)
class FirstBackup:
    backup: BackupView
    verified: VerifyOutcome | None  # None when the backup itself failed

    @property
    def ok(self) -> bool:
        return self.backup.status == BackupStatus.COMPLETED and self.verified is not None and self.verified.ok


def needs_guide(ctx: AppContext) -> bool:
    from backup_desk.services import configs

    return not configs.list_configs(ctx)


def default_destination(ctx: AppContext) -> Path:
    return ctx.paths.default_backups_dir


def unique_name(ctx: AppContext, wanted: str) -> str:
    """`wanted`, or `wanted (2)`, `(3)`… when a configuration already has that name."""
    from backup_desk.services import configs

    taken = {c.name for c in configs.list_configs(ctx)}
    name, n = wanted, 2
    while name in taken:
        name, n = f"{wanted} ({n})", n + 1
    return name


def create(ctx: AppContext, answers: GuideAnswers) -> ConfigView:
    from backup_desk.services import configs

    return configs.create_config(ctx, answers.config_input())


def first_backup(ctx: AppContext, config_id: int, passphrase: str | None,
                 progress: ProgressSink | None = None, cancel: CancelToken | None = None) -> FirstBackup:
    """Backs up now, then verifies the archive (decrypt, every checksum, the dump restores)."""
    from backup_desk.services import archives, runs

    run = runs.prepare_run(ctx, config_id, passphrase=passphrase)
    view = runs.execute_run(ctx, run, progress=progress, cancel=cancel)
    if view.status != BackupStatus.COMPLETED:
        return FirstBackup(view, None)
    checked = archives.verify(ctx, str(view.id), passphrase=passphrase, progress=progress, cancel=cancel)
    from backup_desk.services.history import get_backup

    return FirstBackup(get_backup(ctx, view.id), checked)
