"""The passphrase strength meter shown under a passphrase field: a thin bar and a word."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget

from backup_desk.ui.controllers.config_form import passphrase_strength


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel()
        row.addWidget(self.bar, 1)
        row.addWidget(self.label)

    def show_strength(self, passphrase: str) -> None:
        score, word = passphrase_strength(passphrase)
        self.bar.setValue(score)
        self.label.setText(word)
