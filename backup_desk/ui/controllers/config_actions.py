"""What the configuration actions do (run, toggle, edit, duplicate, delete, create), used by the
Configurations tab, the Dashboard and the menus alike. Every outcome ends in a toast."""

from __future__ import annotations

import itertools
from typing import cast

from PySide6.QtWidgets import QInputDialog, QLineEdit

from backup_desk.engine.contracts import BackupType
from backup_desk.engine.progress import CancelToken, ProgressSink
from backup_desk.errors import PassphraseError, WrongPassphraseError
from backup_desk.jobs import Key, Kind, Work
from backup_desk.services import configs
from backup_desk.services.configs import NOT_STORED_NOTICE
from backup_desk.services.job_process import run_in_child
from backup_desk.services.models import BackupView, ConfigView
from backup_desk.ui.controllers.actions import ActionController
from backup_desk.ui.controllers.errors import explain, failure_reason, one_line
from backup_desk.ui.format import human_size
from backup_desk.vocabulary import BackupStatus

_quick_runs = itertools.count(1)


class ConfigActions(ActionController):
    def busy(self, config_id: int) -> bool:
        """A backup of this configuration runs."""
        return self.work.is_busy(Key(Kind.BACKUP, config_id))

    # -- running -----------------------------------------------------------------------------------
    def run_now(self, config_id: int, name: str, passphrase: str | None = None) -> Work | None:
        if self.busy(config_id):
            self.bus.warning(self.tr("A backup of “{0}” is already running.").format(name))
            return None
        ctx = self.ctx

        def work(progress: ProgressSink, cancel: CancelToken) -> BackupView:
            return cast(BackupView, run_in_child(ctx, "backup", config_id=config_id, passphrase=passphrase,
                                                 progress=progress, cancel=cancel))

        task = self.work.job(
            Key(Kind.BACKUP, config_id),
            work,
            owner=self,
            title=self.tr("Backing up “{0}”").format(name),
            on_done=self._backup_done,
            on_error=lambda exc: self._backup_error(exc, config_id, name, passphrase),
        )
        self.bus.info(self.tr("Backup of “{0}” started.").format(name))
        return task

    def quick_backup(
        self, name: str, backup_type: BackupType, source_url: str | None, folders: tuple[str, ...]
    ) -> Work:
        ctx = self.ctx

        def work(progress: ProgressSink, cancel: CancelToken) -> BackupView:
            return cast(BackupView, run_in_child(ctx, "quick-backup", name=name, backup_type=backup_type,
                                                 source_url=source_url, folders=folders, progress=progress,
                                                 cancel=cancel))

        task = self.work.job(
            Key(Kind.QUICK_BACKUP, next(_quick_runs)),  # quick backups never hold each other up
            work,
            owner=self,
            title=self.tr("Quick backup “{0}”").format(name),
            on_done=self._backup_done,
            on_error=self._plain_error,
        )
        self.bus.info(self.tr("Quick backup “{0}” started.").format(name))
        return task

    def _backup_done(self, view: BackupView) -> None:
        if view.status == BackupStatus.COMPLETED:
            self.bus.success(
                self.tr("Backup “{0}” completed ({1}).").format(view.backup_name, human_size(view.file_size))
            )
            for warning in view.warnings[:3]:
                self.bus.warning(warning)
        else:
            self.bus.error(self.tr("Backup “{0}” failed: {1}").format(view.backup_name, failure_reason(view)))
        self.bus.changed()

    def _plain_error(self, exc: BaseException) -> None:
        self.bus.error(one_line(exc))
        self.bus.changed()

    def _backup_error(self, exc: BaseException, config_id: int, name: str, passphrase: str | None) -> None:
        if isinstance(exc, PassphraseError) and (passphrase is None or isinstance(exc, WrongPassphraseError)):
            text, ok = QInputDialog.getText(
                self.window,
                self.tr("Passphrase needed"),
                self.tr("{0}\nEnter the passphrase of “{1}”:").format(explain(exc).message, name),
                QLineEdit.EchoMode.Password,
            )
            if ok and text:
                self.run_now(config_id, name, text)
                return
        self._plain_error(exc)

    # -- editing -----------------------------------------------------------------------------------
    def create(self) -> ConfigView | None:
        from backup_desk.ui.dialogs.config_form import ConfigFormDialog

        dialog = ConfigFormDialog(self.ctx, None, self.window)
        if dialog.exec() and dialog.result_view is not None:
            self.bus.success(self.tr("Configuration “{0}” created.").format(dialog.result_view.name))
            self._tell_notice(dialog.result_view)
            self.bus.configs_changed.emit()
            return dialog.result_view
        return None

    def edit(self, config_id: int) -> Work:
        """Reads the configuration off the GUI thread, then opens the form on it."""
        ctx = self.ctx
        return self.read(Key(Kind.CONFIG, config_id), lambda: configs.get_config(ctx, config_id),
                         self.edit_view)

    def edit_view(self, view: ConfigView) -> ConfigView | None:
        from backup_desk.ui.dialogs.config_form import ConfigFormDialog

        dialog = ConfigFormDialog(self.ctx, view, self.window)
        if dialog.exec() and dialog.result_view is not None:
            self.bus.success(self.tr("Configuration “{0}” saved.").format(dialog.result_view.name))
            self._tell_notice(dialog.result_view)
            self.bus.configs_changed.emit()
            return dialog.result_view
        return None

    def _tell_notice(self, view: ConfigView) -> None:
        """Where the passphrase is (when nowhere) and what happened to the archives of a previous one."""
        if view.encryption_enabled and not view.passphrase_store:
            self.bus.warning(self.tr(
                "No system keyring is available (or it is locked): the passphrase of “{0}” was not stored. "
                "Every run asks for it, and its scheduled runs cannot run unattended."
            ).format(view.name))
        change = view.notice.replace(NOT_STORED_NOTICE, "").strip()
        if change:
            self.bus.info(change)

    def toggle(self, config_id: int) -> None:
        def done(view: ConfigView) -> None:
            text = self.tr("“{0}” is now active.") if view.is_active else self.tr("“{0}” is now inactive.")
            self.bus.success(text.format(view.name))
            self.bus.configs_changed.emit()

        ctx = self.ctx
        self.write(Key(Kind.CHANGE_CONFIG, config_id), lambda: configs.toggle_config(ctx, config_id), done)

    def duplicate(self, config_id: int) -> None:
        def done(view: ConfigView) -> None:
            self.bus.success(self.tr("Duplicated as “{0}” (inactive).").format(view.name))
            self.bus.configs_changed.emit()

        ctx = self.ctx
        self.write(Key(Kind.CHANGE_CONFIG, config_id), lambda: configs.duplicate_config(ctx, config_id), done)

    def delete(self, config_id: int, name: str) -> bool:
        from backup_desk.ui.dialogs.error_dialog import confirm

        if self.busy(config_id):
            self.bus.warning(self.tr("Wait for the running backup of “{0}” to end first.").format(name))
            return False
        if not confirm(
            self.window,
            self.tr("Delete configuration"),
            self.tr("Delete the configuration “{0}”? Its past backups stay in the history.").format(name),
            self.tr("Delete"),
        ):
            return False

        def done(notice: object) -> None:
            self.bus.success(self.tr("Configuration “{0}” deleted.").format(name))
            if notice:
                self.bus.info(str(notice))
            self.bus.changed()

        ctx = self.ctx
        self.write(Key(Kind.CHANGE_CONFIG, config_id), lambda: configs.delete_config(ctx, config_id), done)
        return True
