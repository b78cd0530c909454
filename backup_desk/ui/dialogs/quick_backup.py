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
from backup_desk.services.context import AppContext
from backup_desk.ui.format import label


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
        for key in ("full", "metadata", "data"):
            self.backup_type.addItem(label(key), key)
        form.addRow(self.tr("Backup type"), self.backup_type)
        self.source_url = QLineEdit()
        self.source_url.setPlaceholderText("sqlite:///… · postgresql+psycopg://…")
        demo = ctx.paths.demo_dir / "demo-shop.sqlite3"
        if demo.exists():
            self.source_url.setText(f"sqlite:///{demo}")
            self.source_url.setCursorPosition(0)
        form.addRow(self.tr("Database address"), self.source_url)
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
        for e in (self.name, self.source_url, self.folder):
            e.textChanged.connect(self._check)
        self._check()

    def _choose(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder to back up"))
        if path:
            self.folder.setText(path)

    def _check(self) -> None:
        problem = ""
        if not self.name.text().strip():
            problem = self.tr("A name is required.")
        elif not self.source_url.text().strip() and not self.folder.text().strip():
            problem = self.tr("Give a database address or a folder.")
        self.error.setText(problem)
        self.error.setVisible(bool(problem))
        self.ok_button.setEnabled(not problem)

    def values(self) -> tuple[str, BackupType, str | None, tuple[str, ...]]:
        folder = self.folder.text().strip()
        return (
            self.name.text().strip(),
            self.backup_type.currentData(),
            self.source_url.text().strip() or None,
            (folder,) if folder else (),
        )
