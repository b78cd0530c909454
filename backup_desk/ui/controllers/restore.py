"""The restore dialog's logic: the target choice, its validation, the dry-run preview and the real restore
(what the archive holds comes from services.archive_contents). Everything touching the archive runs off the
GUI thread."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from backup_desk.engine.contracts import RestoreOutcome
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.services import archives
from backup_desk.services.archive_contents import ArchiveContents, read_contents
from backup_desk.services.context import AppContext
from backup_desk.services.job_process import run_in_child
from backup_desk.services.models import BackupView

__all__ = ["ArchiveContents", "RestoreChoice", "read_contents", "run", "validate_choice"]


@dataclass(frozen=True)
class RestoreChoice:
    """What the person chose in the dialog."""

    in_place: bool = False
    to_url: str | None = None
    to_folder: Path | None = None
    scope: str = "whole"  # whole | schema | tables | folders
    tables: tuple[str, ...] = ()
    folders: tuple[str, ...] = ()
    replace: bool = False
    allow_dependents: bool = False  # replace tables that objects outside the restore depend on
    keep_owners: bool = False  # the database objects' source owners and privileges (same engine)
    passphrase: str | None = None
    include_database: bool = True
    include_files: bool = True
    extra: dict[str, str] = field(default_factory=dict)


def owners_apply(contents: ArchiveContents) -> bool:
    """Whether "keep owners and privileges" means anything for this archive's database (SQLite has none)."""
    return contents.has_database and contents.dialect in ("postgresql", "mysql", "mariadb")


def validate_choice(choice: RestoreChoice, contents: ArchiveContents | None) -> str | None:
    """None when the choice can run, else one sentence saying what is missing."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

    def t(text: object) -> str:
        return QCoreApplication.translate("RestoreController", str(text))

    if contents is None:
        return t(QT_TRANSLATE_NOOP("RestoreController", "Reading the archive…"))
    if choice.in_place:
        return None
    wants_db = contents.has_database and choice.include_database and choice.scope != "folders"
    wants_files = bool(contents.folders) and choice.include_files and choice.scope in ("whole", "folders")
    if not wants_db and not wants_files:
        return t(QT_TRANSLATE_NOOP("RestoreController", "Choose something to restore."))
    if wants_db and not choice.to_url:
        return t(QT_TRANSLATE_NOOP("RestoreController", "Give the address of the database to restore into."))
    if wants_files and choice.to_folder is None:
        return t(QT_TRANSLATE_NOOP("RestoreController", "Choose the folder to restore files into."))
    if choice.scope == "tables" and not choice.tables:
        return t(QT_TRANSLATE_NOOP("RestoreController", "Tick at least one table."))
    if choice.scope == "folders" and not choice.folders:
        return t(QT_TRANSLATE_NOOP("RestoreController", "Tick at least one folder."))
    return None


def restore_arguments(backup: BackupView, choice: RestoreChoice, contents: ArchiveContents, *,
                      dry_run: bool) -> dict[str, Any]:
    """The keyword arguments of services.archives.restore for this choice."""
    if choice.in_place:
        return {"ref": str(backup.id), "dry_run": dry_run, "allow_dependents": choice.allow_dependents,
                "keep_owners": choice.keep_owners, "passphrase": choice.passphrase}
    wants_db = contents.has_database and choice.include_database and choice.scope != "folders"
    wants_files = bool(contents.folders) and choice.include_files and choice.scope in ("whole", "folders")
    return {
        "ref": str(backup.id),
        "to_url": choice.to_url if wants_db else None,
        "to_folder": choice.to_folder if wants_files else None,
        "schema_only": choice.scope == "schema",
        "tables": choice.tables if choice.scope == "tables" else None,
        "folders": choice.folders if choice.scope == "folders" else None,
        "replace": choice.replace,
        "allow_dependents": choice.allow_dependents,
        "keep_owners": choice.keep_owners and wants_db,
        "dry_run": dry_run,
        "passphrase": choice.passphrase,
    }


def run(
    ctx: AppContext,
    backup: BackupView,
    choice: RestoreChoice,
    contents: ArchiveContents,
    *,
    dry_run: bool,
    progress: ProgressSink | None = None,
    cancel: CancelToken | None = None,
) -> RestoreOutcome:
    """A preview runs here (on the caller's worker thread: quick, and shown at once); a restore runs in a
    job process of its own (services/job_process.py), so the window stays responsive."""
    arguments = restore_arguments(backup, choice, contents, dry_run=dry_run)
    if dry_run:
        return archives.restore(ctx, **arguments, progress=progress, cancel=cancel)
    return cast(RestoreOutcome, run_in_child(ctx, "restore", **arguments, progress=progress, cancel=cancel))
