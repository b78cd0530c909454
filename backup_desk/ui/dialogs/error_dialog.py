"""Errors shown in plain words with what to do; the technical details stay behind a button."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from backup_desk.ui.controllers.errors import Explained, explain
from backup_desk.ui.icons import icon


class ErrorDialog(QDialog):
    def __init__(self, info: Explained, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Something went wrong"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        glyph = QLabel()
        glyph.setPixmap(icon("error", "#c62f3b").pixmap(36, 36))
        top.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        self.message = QLabel(info.message)
        self.message.setWordWrap(True)
        self.message.setProperty("role", "heading")
        self.hint = QLabel(info.hint)
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(info.hint))
        text.addWidget(self.message)
        text.addWidget(self.hint)
        top.addLayout(text, 1)
        layout.addLayout(top)
        self.details = QPlainTextEdit(info.details)
        self.details.setReadOnly(True)
        self.details.setMinimumHeight(160)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.details_button = QPushButton(self.tr("Show details"))
        self.details_button.setCheckable(True)
        self.details_button.setVisible(bool(info.details))
        self.details_button.toggled.connect(self._toggle_details)
        buttons.addButton(self.details_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copies the message and the technical details, to send them on"))
        self.copy_button.setVisible(bool(info.details))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self._info = info
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        info = self._info
        QApplication.clipboard().setText(f"{info.message}\n{info.hint}\n\n{info.details}".strip() + "\n")
        self.copy_button.setText(self.tr("Copied"))

    def _toggle_details(self, shown: bool) -> None:
        self.details.setVisible(shown)
        self.details_button.setText(self.tr("Hide details") if shown else self.tr("Show details"))
        self.adjustSize()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A question with a clearly named destructive button; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def install_excepthook() -> None:
    """Unexpected errors in slots open an error dialog instead of vanishing into the terminal."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        import traceback

        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        sys.stderr.write(details)
        try:  # the log keeps it for the administrator; the person gets a dialog, never a closed window
            from backup_desk.ops.logs import operations_logger

            operations_logger().error("unexpected error in the window:\n%s", details)
        except Exception:
            pass
        app = QApplication.instance()
        if isinstance(app, QApplication):
            ErrorDialog(explain(exc, details), app.activeWindow()).exec()

    sys.excepthook = hook
