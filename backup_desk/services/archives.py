"""Restore, verify, save a copy, decrypt (specification: POST /api/backup/restore/, download)."""

from __future__ import annotations

from pathlib import Path

from backup_desk.engine.contracts import RestoreOutcome, VerifyOutcome
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.services.context import AppContext


def resolve_archive(ctx: AppContext, ref: str) -> tuple[Path, int | None]:
    """A backup id / name or an archive path -> (archive path, backup id or None)."""
    raise NotImplementedError


def restore(ctx: AppContext, ref: str, *, to_url: str | None = None, to_folder: Path | None = None,
            schema_only: bool = False, tables: tuple[str, ...] | None = None,
            folders: tuple[str, ...] | None = None, replace: bool = False, dry_run: bool = False,
            passphrase: str | None = None, progress: ProgressSink | None = None,
            cancel: CancelToken | None = None) -> RestoreOutcome:
    """Without targets: over the original source (from the configuration), after an automatic safety
    backup. Audited and logged to security.log."""
    raise NotImplementedError


def verify(ctx: AppContext, ref: str, *, passphrase: str | None = None, progress: ProgressSink | None = None,
           cancel: CancelToken | None = None) -> VerifyOutcome:
    """Full verification; records verified_at / verify_ok / verify_message on the history row."""
    raise NotImplementedError


def save_copy(ctx: AppContext, backup_id: int, dest: Path, *, decrypted: bool = False,
              passphrase: str | None = None, progress: ProgressSink | None = None,
              cancel: CancelToken | None = None) -> Path:
    """Copies the archive (atomically) or writes a decrypted plain ZIP."""
    raise NotImplementedError


def decrypt(ctx: AppContext, archive: Path, out_zip: Path, *, passphrase: str | None = None) -> Path:
    raise NotImplementedError
