"""The guided restore: where to (original place after a safety backup, or another database / folder),
what (whole, schema only, chosen tables, chosen folders), a preview, progress and the result."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
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
from backup_desk.jobs import Key, Kind, WorkManager
from backup_desk.services.connection import ConnectionFields
from backup_desk.services.context import AppContext
from backup_desk.services.models import BackupView
from backup_desk.services.restore_place import RestorePlace, fresh_place
from backup_desk.ui.bus import SignalBus
from backup_desk.ui.controllers import restore as logic
from backup_desk.ui.controllers.errors import one_line
from backup_desk.ui.dialogs.restore_preview import PreviewTree, checked_keys, fill_checklist
from backup_desk.ui.format import human_datetime, human_size
from backup_desk.ui.widgets.connection_fields import ConnectionFieldsWidget, ConnectionTester
from backup_desk.ui.widgets.progress_panel import describe


class RestoreDialog(QDialog):
    def __init__(
        self,
        ctx: AppContext,
        backup: BackupView,
        work: WorkManager,
        bus: SignalBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.backup, self.work, self.bus = ctx, backup, work, bus
        self._place: RestorePlace | None = None
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
        self._locked: BaseException | None = None
        self._result_shown = False  # the status line holds a result: a later refresh keeps it
        self._read_with: str | None = None
        self._wire()
        self._load_place()
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
        # The fields get a fresh place once it is found (_place_found).
        self.to_db = ConnectionFieldsWidget("save")
        self.db_tester = ConnectionTester(self.to_db)
        self.to_folder = QLineEdit()
        folder_row = QHBoxLayout()
        self.choose_folder = QPushButton(self.tr("Choose…"))
        folder_row.addWidget(self.to_folder, 1)
        folder_row.addWidget(self.choose_folder)
        form.addRow(self.tr("Database"), self.to_db)
        form.addRow(self.tr("Files into"), folder_row)
        self.replace = QCheckBox(self.tr("Replace data already there"))
        form.addRow("", self.replace)
        self.allow_dependents = QCheckBox(self.tr("Also replace tables that other objects depend on"))
        self.allow_dependents.setToolTip(self.tr(
            "Views, foreign keys or triggers outside the restore that use the replaced tables; the "
            "preview lists them"))
        form.addRow("", self.allow_dependents)
        self.keep_owners = QCheckBox(self.tr("Keep the database objects' owners and privileges"))
        self.keep_owners.setToolTip(self.tr(
            "PostgreSQL: owners and GRANTs as in the source (its roles must exist on the target); "
            "MariaDB/MySQL: the DEFINER of views, routines and triggers. Unticked, the restoring user owns "
            "everything"))
        form.addRow("", self.keep_owners)
        self.keep_owners.setVisible(False)  # until the archive shows a database with owners
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
            w.toggled.connect(lambda _c: self._edited())
        self.to_folder.textChanged.connect(lambda _t: self._edited())
        self.to_db.changed.connect(self._edited)
        self.tables.itemChanged.connect(lambda _i: self._edited())
        self.folders.itemChanged.connect(lambda _i: self._edited())
        self.preview_button.clicked.connect(lambda: self.start(dry_run=True))
        self.restore_button.clicked.connect(lambda: self.start(dry_run=False))
        self.close_button.clicked.connect(self.reject)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.passphrase.editingFinished.connect(self._passphrase_edited)

    def _edited(self) -> None:
        self._result_shown = False  # the person changed the choice: the status speaks of it again
        self._refresh()

    def _passphrase_edited(self) -> None:
        if (self.passphrase.text() or None) != self._read_with:
            self.load_contents()

    def load_contents(self) -> None:
        ctx, backup, secret = self.ctx, self.backup, self.passphrase.text() or None
        self._read_with = secret
        self.work.query(Key(Kind.ARCHIVE_CONTENTS, backup.id),
                        lambda: logic.read_contents(ctx, backup, secret), owner=self,
                        on_done=self._contents_loaded, on_error=self._contents_failed)

    @property
    def reading(self) -> bool:
        return self.work.is_busy(Key(Kind.ARCHIVE_CONTENTS, self.backup.id), self)

    def _load_place(self) -> None:
        """A folder of its own, never one holding an earlier restore (files come back as <folder>/<label>),
        found off the GUI thread."""
        ctx, backup_id = self.ctx, self.backup.id
        self.work.query(Key(Kind.RESTORE_PLACE, backup_id), lambda: fresh_place(ctx, backup_id), owner=self,
                        on_done=self._place_found, on_error=lambda exc: self.status.setText(one_line(exc)))

    def _place_found(self, place: RestorePlace) -> None:
        previous, self._place = self._place, place
        typed = self.to_folder.text()
        ours = typed == "" if previous is None else Path(typed) == previous.folder
        if ours:  # else the person chose their own place meanwhile: leave it
            for w in (self.to_folder, self.to_db):  # quietly: the status line keeps saying what was restored
                w.blockSignals(True)
            self.to_folder.setText(str(place.folder))
            self.to_folder.setCursorPosition(0)
            if previous is None or self.to_db.fields().kind == "sqlite":
                self.to_db.set_fields(ConnectionFields(kind="sqlite", path=str(place.database)))
            for w in (self.to_folder, self.to_db):
                w.blockSignals(False)
        self._refresh()

    def _contents_failed(self, exc: BaseException) -> None:
        """A locked archive asks for its passphrase in a dialog (then reads again); other errors are said."""
        from backup_desk.ui.dialogs.passphrase_prompt import ask_passphrase, asks_passphrase

        if asks_passphrase(exc):
            if not self.isVisible():
                self._locked = exc
                return
            passphrase = ask_passphrase(self, self.backup.backup_name, exc)
            if passphrase:
                self.passphrase.setText(passphrase)
                self.load_contents()
                return
            self.status.setText(self.tr("The archive is encrypted: type its passphrase above to go on."))
            return
        self.status.setText(one_line(exc))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._locked is not None:  # the archive answered "locked" before the dialog was up
            exc, self._locked = self._locked, None
            self._contents_failed(exc)

    def _contents_loaded(self, contents: logic.ArchiveContents) -> None:
        self.contents = contents
        fill_checklist(self.tables, [(n, self.tr("{0} ({1} rows)").format(n, r)) for n, r in contents.tables])
        fill_checklist(self.folders, [(lab, f"{lab} — {orig}") for lab, orig in contents.folders])
        self.to_db.setEnabled(contents.has_database)
        self.keep_owners.setVisible(logic.owners_apply(contents))
        self.to_folder.setEnabled(bool(contents.folders))
        self.scope_buttons["schema"].setEnabled(contents.has_database)
        self.scope_buttons["tables"].setEnabled(bool(contents.tables))
        self.scope_buttons["folders"].setEnabled(bool(contents.folders))
        self._refresh()

    def choice(self) -> logic.RestoreChoice:
        scope = next(k for k, b in self.scope_buttons.items() if b.isChecked())
        return logic.RestoreChoice(
            in_place=self.in_place.isChecked(),
            to_url=self.to_db.url().url,
            to_folder=Path(self.to_folder.text().strip()) if self.to_folder.text().strip() else None,
            scope=scope,
            tables=checked_keys(self.tables),
            folders=checked_keys(self.folders),
            replace=self.replace.isChecked(),
            allow_dependents=self.allow_dependents.isChecked(),
            keep_owners=self.keep_owners.isChecked(),
            passphrase=self.passphrase.text() or None,
        )

    def _refresh(self) -> None:
        elsewhere = self.elsewhere.isChecked()
        for w in (self.to_db, self.to_folder, self.choose_folder, self.replace):
            w.setEnabled(elsewhere)
        if self.contents is not None and not self.contents.has_database:
            self.to_db.setEnabled(False)
        choice = self.choice()
        self.tables.setEnabled(choice.scope == "tables")
        self.folders.setEnabled(choice.scope == "folders")
        problem = logic.validate_choice(choice, self.contents)
        # Nothing starts while a restore runs, nor while a fresh place is being found for the next one.
        busy = (self.work.is_busy(Key(Kind.RESTORE, self.backup.id))
                or self.work.is_busy(Key(Kind.RESTORE_PLACE, self.backup.id), self))
        self.preview_button.setEnabled(problem is None and not busy)
        self.restore_button.setEnabled(problem is None and not busy)
        if self.contents is not None and not busy and not self._result_shown:
            self.status.setText(problem or self.tr("Ready. Preview shows what will be written where."))

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
        key = Key(Kind.RESTORE, backup.id)
        if self.work.is_busy(key):
            return
        self._result_shown = False
        task = self.work.job(
            key,
            lambda progress, cancel: logic.run(
                ctx, backup, choice, contents, dry_run=dry_run, progress=progress, cancel=cancel
            ),
            owner=self,
            title=title,
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
            self._result_shown = True
            self.status.setText(
                self.tr("Preview: %n item(s) would be written. Nothing was changed yet.", "",
                        len(outcome.planned)))
            return
        text = self.tr("Restored {0}, {1} and {2}.").format(
            self.tr("%n table(s)", "", outcome.tables_restored),
            self.tr("%n row(s)", "", outcome.records_restored),
            self.tr("%n file(s)", "", outcome.files_restored),
        )
        self._result_shown = True
        self.status.setText(text)
        self.bus.success(text)
        self._renew_place()
        for warning in outcome.warnings[:3]:
            self.bus.warning(warning)
        self.bus.changed()

    def _renew_place(self) -> None:
        """The recommended place now holds this restore: a next one in this dialog gets a new place."""
        if self._place is not None and Path(self.to_folder.text()) == self._place.folder:
            self._load_place()
            self._refresh()  # Restore waits for the new place

    def _failed(self, exc: BaseException) -> None:
        self.bar.setVisible(False)
        self._refresh()
        self._result_shown = True
        self.status.setText(one_line(exc))
        self.bus.error(one_line(exc))
