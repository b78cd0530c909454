"""The guided restore: where to (original place after a safety backup, or another database / folder),
what (whole, schema only, chosen tables, chosen folders), a preview, progress and the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from backup_desk.engine.contracts import RestoreOutcome
from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView
from backup_desk.ui.bus import SignalBus
from backup_desk.ui.controllers import restore as logic
from backup_desk.ui.controllers.background import Query
from backup_desk.ui.controllers.errors import one_line
from backup_desk.ui.controllers.tasks import TaskRunner
from backup_desk.ui.dialogs.restore_preview import PreviewTree, checked_keys, fill_checklist
from backup_desk.ui.format import human_datetime, human_size
from backup_desk.ui.widgets.progress_panel import describe


class RestoreDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        backup: BackupView,
        tasks: TaskRunner,
        bus: SignalBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.backup, self.tasks, self.bus = ctx, backup, tasks, bus
        self.contents: logic.ArchiveContents | None = None
        self.outcome: RestoreOutcome | None = None
        self.setWindowTitle(self.tr("Restore “{0}”").format(backup.backup_name))
        self.setMinimumWidth(680)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Backup of {0} · {1}").format(
                human_datetime(backup.completed_at or backup.created_at), human_size(backup.file_size)
            )
        )
        intro.setProperty("role", "muted")
        layout.addWidget(intro)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Only if it is not stored in the keyring"))
        pass_row = QFormLayout()
        pass_row.addRow(self.tr("Passphrase"), self.passphrase)
        self.passphrase.setVisible(backup.encrypted)
        pass_row.labelForField(self.passphrase).setVisible(backup.encrypted)
        layout.addLayout(pass_row)
        layout.addWidget(self._target_group())
        layout.addWidget(self._scope_group())
        self.preview = PreviewTree()
        layout.addWidget(self.preview, 1)
        self.status = QLabel(self.tr("Reading the archive…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setProperty("role", "primary")
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addStretch(1)
        for b in (self.preview_button, self.restore_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self._query = Query(self)
        self._query.finished.connect(self._contents_loaded)
        self._query.failed.connect(lambda exc, _tb: self.status.setText(one_line(exc)))
        self._wire()
        self.load_contents()

    def _target_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Restore to"))
        v = QVBoxLayout(box)
        self.elsewhere = QRadioButton(self.tr("A new place (recommended)"))
        self.in_place = QRadioButton(
            self.tr("The original database and folders (a safety backup is taken first)")
        )
        self.in_place.setEnabled(self.backup.configuration_id is not None)
        self.elsewhere.setChecked(True)
        v.addWidget(self.elsewhere)
        form = QFormLayout()
        base = self.ctx.paths.data_dir / "restores" / f"backup-{self.backup.id}"
        self.to_url = QLineEdit(f"sqlite:///{base / 'database.sqlite3'}")
        self.to_folder = QLineEdit(str(base / "files"))
        for edit in (self.to_url, self.to_folder):
            edit.setCursorPosition(0)
        url_row, folder_row = QHBoxLayout(), QHBoxLayout()
        self.choose_db = QPushButton(self.tr("SQLite file…"))
        self.choose_folder = QPushButton(self.tr("Choose…"))
        url_row.addWidget(self.to_url, 1)
        url_row.addWidget(self.choose_db)
        folder_row.addWidget(self.to_folder, 1)
        folder_row.addWidget(self.choose_folder)
        form.addRow(self.tr("Database"), url_row)
        form.addRow(self.tr("Files into"), folder_row)
        self.replace = QCheckBox(self.tr("Replace data already there"))
        form.addRow("", self.replace)
        self.allow_dependents = QCheckBox(self.tr("Also replace tables that other objects depend on"))
        self.allow_dependents.setToolTip(self.tr(
            "Views, foreign keys or triggers outside the restore that use the replaced tables; the "
            "preview lists them"))
        form.addRow("", self.allow_dependents)
        v.addLayout(form)
        v.addWidget(self.in_place)
        return box

    def _scope_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("What to restore"))
        v = QVBoxLayout(box)
        row = QHBoxLayout()
        self.scope = QButtonGroup(self)
        self.scope_buttons: dict[str, QRadioButton] = {}
        for key, text in (
            ("whole", self.tr("Everything")),
            ("schema", self.tr("Schema only")),
            ("tables", self.tr("Chosen tables")),
            ("folders", self.tr("Chosen folders")),
        ):
            b = QRadioButton(text)
            self.scope.addButton(b)
            self.scope_buttons[key] = b
            row.addWidget(b)
        row.addStretch(1)
        self.scope_buttons["whole"].setChecked(True)
        v.addLayout(row)
        lists = QHBoxLayout()
        self.tables = QListWidget()
        self.folders = QListWidget()
        for w in (self.tables, self.folders):
            w.setMaximumHeight(110)
            w.setTextElideMode(Qt.TextElideMode.ElideMiddle)
            w.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lists.addWidget(w)
        v.addLayout(lists)
        return box

    def _wire(self) -> None:
        for w in (self.elsewhere, self.in_place, self.replace, *self.scope_buttons.values()):
            w.toggled.connect(lambda _c: self._refresh())
        for e in (self.to_url, self.to_folder):
            e.textChanged.connect(lambda _t: self._refresh())
        self.tables.itemChanged.connect(lambda _i: self._refresh())
        self.folders.itemChanged.connect(lambda _i: self._refresh())
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.restore_button.clicked.connect(lambda: self.start(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self.choose_db.clicked.connect(self._choose_db)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.passphrase.editingFinished.connect(self.load_contents)

    def load_contents(self) -> None:
        ctx, backup, secret = self.ctx, self.backup, self.passphrase.text() or None
        self._query.run(lambda: logic.read_contents(ctx, backup, secret))

    def _contents_loaded(self, contents: logic.ArchiveContents) -> None:
        self.contents = contents
        fill_checklist(self.tables, [(n, self.tr("{0} ({1} rows)").format(n, r)) for n, r in contents.tables])
        fill_checklist(self.folders, [(lab, f"{lab} — {orig}") for lab, orig in contents.folders])
        self.to_url.setEnabled(contents.has_database)
        self.to_folder.setEnabled(bool(contents.folders))
        self.scope_buttons["schema"].setEnabled(contents.has_database)
        self.scope_buttons["tables"].setEnabled(bool(contents.tables))
        self.scope_buttons["folders"].setEnabled(bool(contents.folders))
        self._refresh()

    def choice(self) -> logic.RestoreChoice:
        scope = next(k for k, b in self.scope_buttons.items() if b.isChecked())
        return logic.RestoreChoice(
            in_place=self.in_place.isChecked(),
            to_url=self.to_url.text().strip() or None,
            to_folder=Path(self.to_folder.text().strip()) if self.to_folder.text().strip() else None,
            scope=scope,
            tables=checked_keys(self.tables),
            folders=checked_keys(self.folders),
            replace=self.replace.isChecked(),
            allow_dependents=self.allow_dependents.isChecked(),
            passphrase=self.passphrase.text() or None,
        )

    def _refresh(self) -> None:
        elsewhere = self.elsewhere.isChecked()
        for w in (self.to_url, self.to_folder, self.choose_db, self.choose_folder, self.replace):
            w.setEnabled(elsewhere)
        choice = self.choice()
        self.tables.setEnabled(choice.scope == "tables")
        self.folders.setEnabled(choice.scope == "folders")
        problem = logic.validate_choice(choice, self.contents)
        busy = self.tasks.is_busy(("restore", self.backup.id))
        self.preview_button.setEnabled(problem is None and not busy)
        self.restore_button.setEnabled(problem is None and not busy)
        if self.contents is not None and not busy:
            self.status.setText(problem or self.tr("Ready. Preview shows what will be written where."))

    def _choose_db(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("New SQLite database"), "", "SQLite (*.sqlite3 *.db)"
        )
        if path:
            self.to_url.setText(f"sqlite:///{path}")

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Restore files into"))
        if path:
            self.to_folder.setText(path)

    def start(self, *, dry_run: bool) -> None:
        if self.contents is None:
            return
        ctx, backup, choice, contents = self.ctx, self.backup, self.choice(), self.contents
        if not dry_run and choice.in_place:
            from backup_desk.ui.dialogs.error_dialog import confirm

            if not confirm(
                self,
                self.tr("Restore over the original"),
                self.tr(
                    "This replaces the current data with the backup's. A safety backup is taken "
                    "first. Continue?"
                ),
                self.tr("Restore"),
            ):
                return
        title = (self.tr("Previewing restore of “{0}”") if dry_run else self.tr("Restoring “{0}”")).format(
            backup.backup_name
        )
        task = self.tasks.submit(
            title,
            lambda progress, cancel: logic.run(
                ctx, backup, choice, contents, dry_run=dry_run, progress=progress, cancel=cancel
            ),
            key=("restore", backup.id),
            on_done=lambda o: self._done(o),
            on_error=self._failed,
            show_progress=not dry_run,
        )
        task.progressed.connect(lambda p: self.status.setText(describe(p)))
        self.bar.setRange(0, 0)
        self.bar.setVisible(True)
        self.status.setText(self.tr("Working…"))
        self._refresh()

    def _done(self, outcome: RestoreOutcome) -> None:
        self.outcome = outcome
        self.bar.setVisible(False)
        self.preview.show_plan(outcome.planned, outcome.notices)
        self._refresh()
        if outcome.dry_run:
            self.status.setText(
                self.tr("Preview: {0} item(s) would be written. Nothing was changed yet.").format(
                    len(outcome.planned)
                )
            )
            return
        text = self.tr("Restored {0} table(s), {1} row(s) and {2} file(s).").format(
            outcome.tables_restored, outcome.records_restored, outcome.files_restored
        )
        self.status.setText(text)
        self.bus.success(text)
        for warning in outcome.warnings[:3]:
            self.bus.warning(warning)
        self.bus.changed()

    def _failed(self, exc: BaseException) -> None:
        self.bar.setVisible(False)
        self._refresh()
        self.status.setText(one_line(exc))
        self.bus.error(one_line(exc))
