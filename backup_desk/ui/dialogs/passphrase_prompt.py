"""Asking for an archive's passphrase in a dialog when none is stored (or the stored one is wrong), so no
GUI action ends on "set an environment variable"."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from backup_desk.errors import PassphraseError, WrongPassphraseError


class PassphraseDialog(QDialog):
    def __init__(self, what: str, wrong: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase needed"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        text = (self.tr("That passphrase does not open “{0}”. Type it again:") if wrong
                else self.tr("“{0}” is encrypted. Type its passphrase:")).format(what)
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        layout.addWidget(self.passphrase)
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        buttons = QDialogButtonBox(ok | cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        self.passphrase.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def asks_passphrase(exc: BaseException) -> bool:
    """True for "no passphrase available" and "wrong passphrase": the person can answer those."""
    return isinstance(exc, PassphraseError)


def ask_passphrase(parent: QWidget | None, what: str, exc: BaseException) -> str | None:
    dialog = PassphraseDialog(what, isinstance(exc, WrongPassphraseError), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.passphrase.text() or None
