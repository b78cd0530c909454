"""The modal form to create or edit a configuration (every specification field, plus source, folders,
destination and passphrase), with the reason for each problem shown next to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from backup_desk.jobs import Key, Kind, manager_for
from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigInput, ConfigView
from backup_desk.ui.controllers.config_form import ConfigFormController
from backup_desk.ui.controllers.errors import explain
from backup_desk.ui.dialogs.config_form_data import error_label, fill_form, read_form, side_by_side
from backup_desk.ui.format import word
from backup_desk.ui.widgets.connection_fields import ConnectionFieldsWidget
from backup_desk.ui.widgets.schedule_fields import RetentionFields, ScheduleFields
from backup_desk.ui.widgets.strength_meter import StrengthMeter
from backup_desk.vocabulary import BackupType, Frequency

# Which widget's first edit lets a field's error show (no red before anything is typed).
_TOUCHED_BY = {"name": "name", "retention_days": "retention", "source_url": "connection",
               "folders": "folders", "passphrase": "passphrase_again", "destination": "destination"}


class ConfigFormDialog(QDialog):
    def __init__(
        self, ctx: AppContext, existing: ConfigView | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.existing = ctx, existing
        self.result_view: ConfigView | None = None
        self.setWindowTitle(self.tr("Edit configuration") if existing else self.tr("New configuration"))
        self.setMinimumWidth(620)
        self.resize(680, 760)
        self._errors: dict[str, QLabel] = {}
        self._touched: set[str] = set()  # fields whose errors may show: edited, filled, or Save tried
        outer = QVBoxLayout(self)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        # One form for every section so the labels line up down the whole dialog.
        self._form = QFormLayout(body)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setVerticalSpacing(8)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self._build_general()
        self._build_source()
        self._build_options()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.form_error = error_label()
        outer.addWidget(self.form_error)
        outer.addWidget(self.buttons)
        self.controller = ConfigFormController(ctx, existing, self.read, self)
        self.controller.errors_changed.connect(self._show_errors)
        self.controller.source_status.connect(self._show_source_status)
        self.controller.saved.connect(self._saved)
        self.controller.save_failed.connect(self._save_failed)
        if existing:
            self._fill(existing)
            self._touched.update(_TOUCHED_BY)  # an existing configuration's problems show at once
        else:
            self.destination.setText(str(ctx.paths.default_backups_dir))
        self._connect_changes()
        self.controller.changed()

    # -- layout ------------------------------------------------------------------------------------
    def _row(self, form: QFormLayout, text: str, field: str, widget: QWidget) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        err = error_label()
        self._errors[field] = err
        box.addWidget(err)
        form.addRow(text, box)

    def _group(self, title: str) -> QFormLayout:
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        if self._form.rowCount():
            self._form.addItem(QSpacerItem(0, 10))
        self._form.addRow(heading)
        return self._form

    def _build_general(self) -> None:
        form = self._group(self.tr("General"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Daily full backup"))
        self._row(form, self.tr("Name"), "name", self.name)
        self.backup_type = QComboBox()
        for key in BackupType:
            self.backup_type.addItem(word(key), key)
        self.backup_type.setToolTip(self.tr("Full: schema and rows. Metadata: schema only. Data: rows only."))
        self._row(form, self.tr("Backup type"), "backup_type", self.backup_type)
        self.frequency = QComboBox()
        for frequency in Frequency:
            self.frequency.addItem(word(frequency), frequency)
        self._row(form, self.tr("Frequency"), "frequency", self.frequency)
        self.schedule = ScheduleFields()
        self._row(form, "", "time_of_day", self.schedule)
        self.retention = QSpinBox()
        self.retention.setRange(0, 9999)
        self.retention.setValue(30)
        self.retention.setSuffix(self.tr(" days"))
        self._row(form, self.tr("Keep backups for"), "retention_days", self.retention)
        self.retention_rule = RetentionFields(self.ctx, self.existing.id if self.existing else None)
        self._row(form, self.tr("But always keep"), "keep_last", self.retention_rule)

    def _build_source(self) -> None:
        form = self._group(self.tr("What to back up"))
        # Kind, file picker or server fields; the URL is built by the app (raw URL under "Advanced").
        self.connection = ConnectionFieldsWidget("open")
        self.test_button = self.connection.test_button
        self.source_status = self.connection.status
        self._row(form, self.tr("Database"), "source_url", self.connection)
        self.include_files = QCheckBox(self.tr("Include files from folders"))
        form.addRow("", self.include_files)
        folders = QWidget()
        fl = QHBoxLayout(folders)
        fl.setContentsMargins(0, 0, 0, 0)
        self.folders = QListWidget()
        self.folders.setFixedHeight(76)
        side = QVBoxLayout()
        self.add_folder = QPushButton(self.tr("Add…"))
        self.remove_folder = QPushButton(self.tr("Remove"))
        side.addWidget(self.add_folder)
        side.addWidget(self.remove_folder)
        side.addStretch(1)
        fl.addWidget(self.folders, 1)
        fl.addLayout(side)
        folders.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._row(form, self.tr("Folders"), "folders", folders)
        self.destination = QLineEdit()
        self.browse_destination = QPushButton(self.tr("Choose…"))
        self._row(form, self.tr("Save archives in"), "destination",
                  side_by_side(self.destination, self.browse_destination))

    def _build_options(self) -> None:
        form = self._group(self.tr("Options"))
        self.compression = QCheckBox(self.tr("Compress (ZIP)"))
        self.compression.setChecked(True)
        self.algorithm = QComboBox()
        self.algorithm.addItem(self.tr("Zstandard (fast)"), "zstd")
        self.algorithm.addItem(self.tr("Deflate (opens everywhere)"), "deflate")
        self._row(form, self.tr("Compression"), "compression_algorithm",
                  side_by_side(self.compression, self.algorithm, stretch_first=False))
        self.encryption = QCheckBox(self.tr("Encrypt (AES-256)"))
        form.addRow(self.tr("Encryption"), self.encryption)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again = QLineEdit()
        self.passphrase_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_again.setPlaceholderText(self.tr("Type it again"))
        form.addRow(self.tr("Passphrase"), self.passphrase)
        # The passphrase's error goes under Confirm: a line appearing above it while typing would move
        # the Confirm field from under the pointer.
        self._row(form, self.tr("Confirm"), "passphrase", self.passphrase_again)
        self.meter = StrengthMeter()
        self.strength_bar, self.strength_label = self.meter.bar, self.meter.label
        form.addRow(self.tr("Strength"), self.meter)
        # Whether a keyring answers is asked off the GUI thread (a locked keyring can take seconds).
        self.keyring_available: bool | None = None
        note = self.tr("Kept in the system keyring. A lost passphrase means lost backups.")
        self.passphrase_note = QLabel(note)
        self.passphrase_note.setProperty("role", "muted")
        self.passphrase_note.setWordWrap(True)
        form.addRow("", self.passphrase_note)
        secrets = self.ctx.secrets
        manager_for(self).query(Key(Kind.KEYRING), secrets.available, owner=self, on_done=self._keyring_known)
        # Never the default: a file only this account can read is weaker than a keyring (docs/cli.md).
        self.passphrase_in_file = QCheckBox(
            self.tr("Keep it in a file only I can read (less safe than a keyring)")
        )
        self.passphrase_in_file.setChecked(False)
        form.addRow("", self.passphrase_in_file)
        self.active = QCheckBox(self.tr("Active (runs on its schedule)"))
        self.active.setChecked(True)
        form.addRow(self.tr("Status"), self.active)

    # -- data --------------------------------------------------------------------------------------
    def _fill(self, c: ConfigView) -> None:
        fill_form(self, c)
        if c.has_passphrase:
            placeholder = {
                "keyring": self.tr("Unchanged (stored in the keyring)"),
                "file": self.tr("Unchanged (stored in a file only you can read)"),
            }.get(c.passphrase_store, self.tr("Unchanged (not stored: runs ask for it)"))
            self.passphrase.setPlaceholderText(placeholder)

    def read(self) -> tuple[ConfigInput, str]:
        return read_form(self)

    def _connect_changes(self) -> None:
        changed = self.controller.changed
        for edit in (self.name, self.destination, self.passphrase, self.passphrase_again):
            edit.textChanged.connect(changed)
        self.connection.changed.connect(changed)
        for field, attr in _TOUCHED_BY.items():
            widget = getattr(self, attr)
            signal = {"connection": "changed", "retention": "valueChanged", "folders": "model"}.get(
                attr, "textChanged")
            if signal == "model":
                widget.model().rowsInserted.connect(lambda *_a, f=field: self._touch(f))
            else:
                getattr(widget, signal).connect(lambda *_a, f=field: self._touch(f))
        for box in (self.backup_type, self.frequency, self.algorithm):
            box.currentIndexChanged.connect(changed)
        checks = (self.include_files, self.compression, self.encryption, self.active, self.passphrase_in_file)
        for check in checks:
            check.toggled.connect(changed)
        self.retention.valueChanged.connect(changed)
        for fields in (self.schedule, self.retention_rule):
            fields.changed.connect(changed)
        self.frequency.currentIndexChanged.connect(
            lambda _i: self.schedule.set_frequency(Frequency(self.frequency.currentData())))
        self.schedule.set_frequency(Frequency(self.frequency.currentData()))
        self.retention.valueChanged.connect(self.retention_rule.refresh_preview)
        self.retention_rule.changed.connect(
            lambda: self.retention_rule.refresh_preview(self.retention.value()))
        self.retention_rule.refresh_preview(self.retention.value())
        self.passphrase.textChanged.connect(self.meter.show_strength)
        self.encryption.toggled.connect(self._enable_encryption_fields)
        self.compression.toggled.connect(self.algorithm.setEnabled)
        self.include_files.toggled.connect(self._enable_folder_fields)
        self.test_button.clicked.connect(self.controller.test_source)
        self.add_folder.clicked.connect(self._choose_folder)
        self.remove_folder.clicked.connect(self._remove_folder)
        self.browse_destination.clicked.connect(self._choose_destination)
        self._enable_encryption_fields(self.encryption.isChecked())
        self._enable_folder_fields(self.include_files.isChecked())
        self.algorithm.setEnabled(self.compression.isChecked())

    def _enable_encryption_fields(self, on: bool) -> None:
        for w in (self.passphrase, self.passphrase_again, self.strength_bar, self.passphrase_in_file):
            w.setEnabled(on)

    def _enable_folder_fields(self, on: bool) -> None:
        for w in (self.folders, self.add_folder, self.remove_folder):
            w.setEnabled(on)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to back up"))
        if path:
            self.folders.addItem(path)
            self.controller.changed()

    def _remove_folder(self) -> None:
        for item in self.folders.selectedItems():
            self.folders.takeItem(self.folders.row(item))
        self.controller.changed()

    def _choose_destination(self) -> None:
        path = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where to save archives"), self.destination.text()
        )
        if path:
            self.destination.setText(path)

    def _touch(self, field: str) -> None:
        if field not in self._touched:
            self._touched.add(field)
            self._show_errors(self.controller.errors)

    def _show_errors(self, errors: dict[str, str]) -> None:
        for field, lab in self._errors.items():
            shown = field in errors and field in self._touched
            lab.setText(errors.get(field, "") if shown else "")
            lab.setVisible(shown)
        rest = [msg for f, msg in errors.items() if f not in self._errors]
        self.form_error.setText(" ".join(rest))
        self.form_error.setVisible(bool(rest))
        can_save = self.controller.can_save()
        self.save_button.setEnabled(can_save)
        # A greyed-out Save says why.
        first = next(iter(errors.values()), "")
        self.save_button.setToolTip("" if can_save else (first or self.tr("Checking the fields…")))

    def _show_source_status(self, ok: object, text: str) -> None:
        # A failure is said once, in the field's error line (touched now: the person asked); the status
        # line only says "Connecting…" or "Connected.".
        if ok is False:
            self._touched.add("source_url")
            self.connection.show_status(True, "")
        else:
            self.connection.show_status(ok if isinstance(ok, bool) else None, text)
        self._show_errors(self.controller.errors)

    def _save(self) -> None:
        if not self.controller.can_save():
            return
        self.save_button.setEnabled(False)
        self.save_button.setText(self.tr("Saving…"))
        self.controller.save()

    def _saved(self, view: ConfigView) -> None:
        self.result_view = view
        self.accept()

    def _keyring_known(self, available: object) -> None:
        self.keyring_available = bool(available)
        if not available:
            self.passphrase_note.setText(self.tr(
                "No system keyring is available (or it is locked): the passphrase will not be stored. Every "
                "run asks for it and scheduled runs cannot run unattended. A lost passphrase means lost "
                "backups."
            ))

    def _save_failed(self, exc: BaseException) -> None:
        info = explain(exc)
        self.form_error.setText(f"{info.message} {info.hint}".strip())
        self.form_error.setVisible(True)
        self.save_button.setText(self.tr("Save"))
        self.save_button.setEnabled(True)
        self.form_error.setAlignment(Qt.AlignmentFlag.AlignLeft)
