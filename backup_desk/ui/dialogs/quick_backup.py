"""A one-off backup without a configuration: a name, a type, a database and/or a folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from backup_desk.engine.contracts import BackupType
from backup_desk.services.connection import ConnectionFields
from backup_desk.services.context import AppContext
from backup_desk.ui.format import word
from backup_desk.ui.widgets.connection_fields import ConnectionFieldsWidget, ConnectionTester


class QuickBackupDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick backup"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        intro = QLabel(
            self.tr(
                "Back up once, without saving a configuration. The archive goes to the default "
                "backups folder."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        form.addRow(intro)
        self.name = QLineEdit(self.tr("Quick backup"))
        form.addRow(self.tr("Name"), self.name)
        self.backup_type = QComboBox()
        for key in BackupType:
            self.backup_type.addItem(word(key), key)
        form.addRow(self.tr("Backup type"), self.backup_type)
        # The database by kind: a file picker or server fields (the URL is built by the app).
        self.database = ConnectionFieldsWidget("open")
        self.tester = ConnectionTester(self.database)
        demo = ctx.paths.demo_dir / "demo-shop.sqlite3"
        if demo.exists():
            self.database.set_fields(ConnectionFields(kind="sqlite", path=str(demo)))
        form.addRow(self.tr("Database"), self.database)
        row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Optional"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose)
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form.addRow(self.tr("Folder"), row)
        self.error = QLabel()
        self.error.setProperty("role", "fieldError")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Back up now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        for e in (self.name, self.folder):
            e.textChanged.connect(self._check)
        self.database.changed.connect(self._check)
        self._check()

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to back up"))
        if path:
            self.folder.setText(path)

    def _check(self) -> None:
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("A name is required.")
        elif self.database.url().url is None and not self.folder.text().strip():
            problem = self.tr("Choose a database or a folder.")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def values(self) -> tuple[str, BackupType, str | None, tuple[str, ...]]:
        folder = self.folder.text().strip()
        return (
            self.name.text().strip(),
            BackupType(self.backup_type.currentData()),
            self.database.url().url,
            (folder,) if folder else (),
        )
