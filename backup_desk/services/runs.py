"""Running backups (specification: POST /api/backup/create/ and /api/backup/quick-backup/).

A run is prepared (validated, secrets resolved, row created `pending`) before it starts, so the GUI and
the CLI can refuse early; then executed (row `running` with pid/heartbeat, engine job, row `completed` or
`failed` with the reason). One run per configuration at a time.
"""

from __future__ import annotations

from dataclasses import dataclass

from backup_desk.engine.contracts import BackupOutcome, BackupRequest, BackupType
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView


@dataclass(frozen=True)
class PreparedRun:
    backup_id: int
    configuration_id: int | None
    request: BackupRequest  # carries secrets: never log or display it


def prepare_run(ctx: AppContext, config_id: int, *, passphrase: str | None = None) -> PreparedRun:
    """Checks the configuration (active or not, a manual run is allowed), resolves the passphrase
    (argument, keyring, BACKUP_DESK_PASSPHRASE) and checks it against the canary, creates the `pending`
    row. Raises BackupDeskError subclasses with a hint; ConflictError-like UserInputError when a run of the
    same configuration is already in progress."""
    raise NotImplementedError


def prepare_quick_run(ctx: AppContext, *, name: str, backup_type: BackupType, source_url: str | None,
                      folders: tuple[str, ...] = (), passphrase: str | None = None) -> PreparedRun:
    raise NotImplementedError


def execute_run(ctx: AppContext, run: PreparedRun, progress: ProgressSink | None = None,
                cancel: CancelToken | None = None) -> BackupView:
    """Runs the engine; records the outcome. Cancellation or failure gives a `failed` row whose
    error_message says why ("Cancelled by the user."), with no temporary file left. Returns the final row.
    Re-raises nothing: the outcome is in the returned row (status + error_message)."""
    raise NotImplementedError


def outcome_summary(outcome: BackupOutcome) -> str:
    raise NotImplementedError
