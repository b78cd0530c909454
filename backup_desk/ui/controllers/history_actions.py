"""Actions on one backup of the history, allowed by its status: details, save a copy (or a decrypted ZIP),
restore, verify, delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from backup_desk.engine.contracts import VerifyOutcome
from backup_desk.jobs import Key, Kind, WorkManager
from backup_desk.services import history
from backup_desk.services.context import AppContext
from backup_desk.services.job_process import run_in_child
from backup_desk.services.models import BackupView
from backup_desk.ui.bus import SignalBus
from backup_desk.ui.controllers.actions import ActionController
from backup_desk.ui.controllers.errors import one_line
from backup_desk.vocabulary import ACTIVE_STATUSES, FINISHED_STATUSES, BackupStatus

# Jobs that hold a backup's archive: while one runs, the other actions on that backup wait.
HOLDING_JOBS = (Kind.RESTORE, Kind.VERIFY, Kind.COPY, Kind.DELETE_BACKUP)


@dataclass(frozen=True)
class Allowed:
    details: bool = False
    save: bool = False
    restore: bool = False
    verify: bool = False
    delete: bool = False
    why_not: str = ""  # why the greyed-out actions are greyed out (shown as their tooltip)


def _t(text: object) -> str:
    return QCoreApplication.translate("HistoryActions", str(text))


def allowed_actions(b: BackupView | None, *, busy: bool) -> Allowed:
    """What may be done with a backup (an archive exists only once completed; nothing while a job holds
    it), and why the rest is greyed out."""
    if b is None:
        return Allowed(why_not=_t(QT_TRANSLATE_NOOP("HistoryActions", "Choose a backup in the list first.")))
    done = b.status == BackupStatus.COMPLETED and bool(b.file_path)
    if busy:
        why = QT_TRANSLATE_NOOP("HistoryActions", "Wait until the job running on this backup ends.")
    elif b.status in ACTIVE_STATUSES:
        why = QT_TRANSLATE_NOOP("HistoryActions", "This backup is still running.")
    elif not done:
        why = QT_TRANSLATE_NOOP("HistoryActions",
                                "Only a completed backup has an archive to copy, restore or verify.")
    else:
        why = ""
    return Allowed(
        why_not=_t(why) if why else "",
        details=True,
        save=done and not busy,
        restore=done and not busy,
        verify=done and not busy,
        delete=b.status in FINISHED_STATUSES and not busy,
    )


class HistoryActions(ActionController):
    def __init__(self, ctx: AppContext, bus: SignalBus, work: WorkManager, window: QWidget) -> None:
        super().__init__(ctx, bus, work, window)
        # Replaceable in tests and scripts: returns (path, decrypted) or None when cancelled.
        self.choose_copy_target: Callable[[BackupView], tuple[Path, bool] | None] = self._ask_copy_target

    def allowed(self, b: BackupView | None) -> Allowed:
        busy = b is not None and any(self.work.is_busy(Key(kind, b.id)) for kind in HOLDING_JOBS)
        return allowed_actions(b, busy=busy)

    def show_details(self, b: BackupView) -> None:
        from backup_desk.ui.dialogs.details import DetailsDialog

        def show(full: BackupView) -> None:
            DetailsDialog(full, self.window).exec()

        ctx = self.ctx
        self.read(Key(Kind.BACKUP_DETAILS, b.id), lambda: history.get_backup(ctx, b.id), show)

    def _ask_copy_target(self, b: BackupView) -> tuple[Path, bool] | None:
        decrypted = False
        if b.encrypted:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Save a copy"),
                self.tr(
                    "This backup is encrypted. Save it as it is, or as a plain ZIP that anyone can open?"
                ),
                QMessageBox.StandardButton.Cancel,
                self.window,
            )
            keep = box.addButton(self.tr("Keep encrypted"), QMessageBox.ButtonRole.AcceptRole)
            plain = box.addButton(self.tr("Decrypted ZIP"), QMessageBox.ButtonRole.AcceptRole)
            box.exec()
            if box.clickedButton() not in (keep, plain):
                return None
            decrypted = box.clickedButton() is plain
        name = Path(b.file_path).name
        if decrypted:
            name = str(Path(name).with_suffix(".zip"))
        dialog = QFileDialog(self.window, self.tr("Save a copy of the backup"), str(Path.home() / name))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        # We ask ourselves after the choice (confirm_replace), so the question is the same on every platform.
        dialog.setOption(QFileDialog.Option.DontConfirmOverwrite, True)
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0]), decrypted

    def confirm_replace(self, dest: Path) -> bool | None:
        """False when `dest` is free, True when it exists and the person agrees to replace it, None when
        they do not (the copy is then not made)."""
        from backup_desk.ui.dialogs.error_dialog import confirm

        if not (dest.exists() or dest.is_symlink()):
            return False
        text = self.tr("{0} already exists. Replace it?").format(dest)
        return True if confirm(self.window, self.tr("Replace file"), text, self.tr("Replace")) else None

    def save_copy(self, b: BackupView) -> None:
        target = self.choose_copy_target(b)
        if target is None:
            return
        dest, decrypted = target
        overwrite = self.confirm_replace(dest)
        if overwrite is None:
            return
        self._save_copy_to(b, dest, decrypted, overwrite)

    def _save_copy_to(self, b: BackupView, dest: Path, decrypted: bool, overwrite: bool,
                      passphrase: str | None = None) -> None:
        ctx = self.ctx
        if self.work.is_busy(Key(Kind.COPY, b.id)):
            return
        self.work.job(
            Key(Kind.COPY, b.id),
            lambda progress, cancel: run_in_child(
                ctx, "save-copy", backup_id=b.id, dest=dest, decrypted=decrypted, passphrase=passphrase,
                progress=progress, cancel=cancel, overwrite=overwrite,
            ),
            owner=self,
            title=self.tr("Saving a copy of “{0}”").format(b.backup_name),
            on_done=lambda path: self.bus.success(self.tr("Copy saved to {0}.").format(path)),
            on_error=lambda exc: self._error_or_ask(
                exc, b, lambda p: self._save_copy_to(b, dest, decrypted, overwrite, p)),
        )

    def restore(self, b: BackupView) -> None:
        from backup_desk.ui.dialogs.restore import RestoreDialog

        RestoreDialog(self.ctx, b, self.work, self.bus, self.window).exec()

    def _error_or_ask(self, exc: BaseException, b: BackupView, retry: Callable[[str], None]) -> None:
        """A missing or wrong passphrase is asked for in a dialog, then the action runs again."""
        from backup_desk.ui.dialogs.passphrase_prompt import ask_passphrase, asks_passphrase

        if asks_passphrase(exc):
            passphrase = ask_passphrase(self.window, b.backup_name, exc)
            if passphrase:
                retry(passphrase)
            return
        self.bus.error(one_line(exc))

    def verify(self, b: BackupView, passphrase: str | None = None) -> None:
        ctx = self.ctx

        def done(outcome: VerifyOutcome) -> None:
            if outcome.ok:
                self.bus.success(self.tr("“{0}” verified: {1}").format(b.backup_name, outcome.message))
            else:
                self.bus.error(
                    self.tr("“{0}” failed verification: {1}").format(b.backup_name, outcome.message)
                )
            self.bus.history_changed.emit()

        if self.work.is_busy(Key(Kind.VERIFY, b.id)):
            return
        self.work.job(
            Key(Kind.VERIFY, b.id),
            lambda progress, cancel: run_in_child(ctx, "verify", ref=str(b.id), passphrase=passphrase,
                                                  progress=progress, cancel=cancel),
            owner=self,
            title=self.tr("Verifying “{0}”").format(b.backup_name),
            on_done=done,
            on_error=lambda exc: self._error_or_ask(exc, b, lambda p: self.verify(b, p)),
        )
        self.bus.info(self.tr("Verification of “{0}” started.").format(b.backup_name))

    def delete(self, b: BackupView) -> bool:
        """Asks, then (off the GUI thread) whether it is the configuration's last good backup: that is asked
        a second time, since without it there is nothing to restore."""
        from backup_desk.services.retention import is_last_good
        from backup_desk.ui.dialogs.error_dialog import confirm

        text = self.tr("Delete the backup “{0}”? Its archive file is removed from the disk.").format(
            b.backup_name
        )
        if not confirm(self.window, self.tr("Delete backup"), text, self.tr("Delete")):
            return False
        catalog = self.ctx.catalog
        self.read(Key(Kind.LAST_GOOD, b.id), lambda: is_last_good(catalog, b.id),
                  lambda last: self._delete_confirmed(b, bool(last)))
        return True

    def _delete_confirmed(self, b: BackupView, last_good: bool) -> None:
        from backup_desk.ui.dialogs.error_dialog import confirm

        if last_good:
            again = self.tr("“{0}” is the last good backup of “{1}”. Without it, there is nothing left to "
                            "restore. Delete it anyway?").format(b.backup_name, b.configuration_name or "")
            if not confirm(self.window, self.tr("Delete the last good backup"), again,
                           self.tr("Delete it anyway")):
                return

        def done(_none: object) -> None:
            self.bus.success(self.tr("Backup “{0}” deleted.").format(b.backup_name))
            self.bus.changed()

        ctx = self.ctx
        self.write(Key(Kind.DELETE_BACKUP, b.id), lambda: history.delete_backup(ctx, b.id), done)
