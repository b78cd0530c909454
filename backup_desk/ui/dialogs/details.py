"""Every field of one backup: the specification's history fields plus warnings and verification."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backup_desk.services.models import BackupView
from backup_desk.ui.controllers.errors import failure_reason
from backup_desk.ui.format import human_datetime, human_duration, human_size, word
from backup_desk.ui.widgets.badges import Badge

ZWSP = "\u200b"  # lets long paths and hashes wrap inside the dialog instead of widening it


def breakable(text: str) -> str:
    if len(text) == 64 and all(c in "0123456789abcdef" for c in text):
        return ZWSP.join(text[i : i + 16] for i in range(0, 64, 16))
    for sep in ("/", "\\", "_", "-", ","):
        text = text.replace(sep, sep + ZWSP)
    return text


def _num(n: int | None) -> str:
    return "—" if n is None else f"{n:,}".replace(",", "\u202f")


class DetailsDialog(QDialog):
    def __init__(self, b: BackupView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backup = b
        self.setWindowTitle(self.tr("Backup details"))
        self.setMinimumWidth(560)
        self.resize(600, 620)
        outer = QVBoxLayout(self)
        title = QLabel(b.backup_name)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        outer.addWidget(title)
        badges = QHBoxLayout()
        badges.addWidget(Badge(word(b.status), b.status))
        badges.addWidget(Badge(word(b.backup_type), b.backup_type))
        if b.encrypted:
            badges.addWidget(Badge(self.tr("Encrypted"), "neutral"))
        badges.addStretch(1)
        outer.addLayout(badges)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        form = QFormLayout(body)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.values: dict[str, QLabel] = {}
        if b.verify_ok is None:
            verification = self.tr("Not verified yet")
        else:
            verdict = self.tr("Passed") if b.verify_ok else self.tr("Failed")
            verification = self.tr("{0} on {1}: {2}").format(
                verdict, human_datetime(b.verified_at), b.verify_message
            )
        file_state = {True: self.tr("Present"), False: self.tr("Missing"), None: "—"}[b.file_exists]
        rows = [
            (
                "configuration",
                self.tr("Configuration"),
                b.configuration_name or self.tr("None (quick backup)"),
            ),
            ("size", self.tr("Size"), human_size(b.file_size)),
            ("duration", self.tr("Duration"), human_duration(b.duration_seconds)),
            ("created", self.tr("Created"), human_datetime(b.created_at)),
            ("started", self.tr("Started"), human_datetime(b.started_at)),
            ("finished", self.tr("Completed"), human_datetime(b.completed_at)),
            ("tables", self.tr("Tables"), _num(b.tables_count)),
            ("records", self.tr("Records"), _num(b.records_count)),
            ("files", self.tr("Files"), _num(b.files_count)),
            ("source", self.tr("Source"), b.source_summary or "—"),
            ("path", self.tr("Archive file"), b.file_path or "—"),
            ("exists", self.tr("Archive on disk"), file_state),
            ("compression", self.tr("Compression"), b.compression),
            ("sha256", self.tr("SHA-256"), b.archive_sha256 or "—"),
            ("archive_id", self.tr("Archive id"), b.archive_id or "—"),
            ("verification", self.tr("Verification"), verification),
            ("error", self.tr("Error"), failure_reason(b) or self.tr("None")),
            ("warnings", self.tr("Warnings"), "\n".join(b.warnings) if b.warnings else self.tr("None")),
        ]
        for key, name, value in rows:
            lab = QLabel(breakable(value) if key in ("source", "path", "sha256", "archive_id") else value)
            lab.setWordWrap(True)
            lab.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if key == "error" and b.error_message:
                lab.setProperty("role", "warning")
            self.values[key] = lab
            form.addRow(name, lab)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy path"))
        self.copy_button.setEnabled(bool(b.file_path))
        self.copy_button.clicked.connect(self._copy_path)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        outer.addWidget(buttons)

    def _copy_path(self) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(self.backup.file_path)
