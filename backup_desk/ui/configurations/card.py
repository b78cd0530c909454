"""One configuration as a card: the specification's details with icons and badges, and its actions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from backup_desk.services.models import ConfigView
from backup_desk.ui.format import human_datetime, relative_to_now, word
from backup_desk.ui.icons import icon
from backup_desk.ui.theme import icon_color
from backup_desk.ui.widgets.badges import Badge, ElidedLabel
from backup_desk.vocabulary import BackupStatus

CARD_MIN_WIDTH = 340


def attention_text(view: ConfigView) -> str:
    """The warning a card or the dashboard shows: failed last run, or overdue schedule ('' when fine)."""
    from PySide6.QtCore import QCoreApplication

    if view.last_status == BackupStatus.FAILED:
        return QCoreApplication.translate("ConfigCard", "The last backup failed.")
    if view.overdue:
        return QCoreApplication.translate("ConfigCard", "Overdue: the planned backup did not run.")
    return ""


class ConfigCard(QFrame):
    run_requested = Signal(int)
    toggle_requested = Signal(int)
    edit_requested = Signal(int)
    duplicate_requested = Signal(int)
    delete_requested = Signal(int)
    history_requested = Signal(int)

    def __init__(self, view: ConfigView, busy: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("Card")
        self.setMinimumWidth(CARD_MIN_WIDTH)
        warning = attention_text(view)
        self.setProperty("attention", bool(warning))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        self.title = QLabel(view.name)
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        badges = QHBoxLayout()
        badges.setSpacing(6)
        self.type_badge = Badge(word(view.backup_type), view.backup_type)
        self.state_badge = Badge(
            self.tr("Active") if view.is_active else self.tr("Inactive"),
            "active" if view.is_active else "inactive",
        )
        self.frequency_badge = Badge(word(view.frequency), "neutral")
        for b in (self.type_badge, self.state_badge, self.frequency_badge):
            badges.addWidget(b)
        badges.addStretch(1)
        layout.addLayout(badges)
        self.warning = QLabel(warning)
        self.warning.setProperty("role", "warning")
        self.warning.setWordWrap(True)
        self.warning.setVisible(bool(warning))
        layout.addWidget(self.warning)
        layout.addLayout(self._details(view))
        layout.addStretch(1)
        layout.addLayout(self._actions(view, busy))

    def _encryption_text(self, v: ConfigView) -> str:
        """Says where the passphrase is, truthfully: nowhere means every run asks for it."""
        if v.passphrase_store == "keyring":
            return self.tr("AES-256")
        if v.passphrase_store == "file":
            return self.tr("AES-256, passphrase in a private file")
        return self.tr("AES-256, asks for the passphrase (scheduled runs cannot run unattended)")

    def _details(self, v: ConfigView) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        yes, no = self.tr("Yes"), self.tr("No")
        folders = (
            self.tr("%n folder(s)", "", len(v.folders))
            if v.include_files and v.folders
            else self.tr("Not included")
        )
        if v.compression_enabled:
            compression = self.tr("ZIP ({0})").format(v.compression_algorithm)
        else:
            compression = self.tr("Off")
        next_run = relative_to_now(v.next_run_at) if v.next_run_at else self.tr("Not planned")
        rows = [
            ("database", self.tr("Source"), v.source_url or self.tr("No database")),
            ("folder", self.tr("Files"), folders),
            ("archive", self.tr("Destination"), v.destination),
            ("zip", self.tr("Compression"), compression),
            ("lock", self.tr("Encryption"), self._encryption_text(v) if v.encryption_enabled else no),
            ("calendar", self.tr("Retention"), self.tr("{0} days").format(v.retention_days)),
            (
                "check",
                self.tr("Last success"),
                human_datetime(v.last_success_at) if v.last_success_at else self.tr("Never"),
            ),
            ("clock", self.tr("Next run"), next_run),
        ]
        del yes
        color = icon_color()
        self.detail_values: dict[str, ElidedLabel] = {}
        for n, (glyph, name, value) in enumerate(rows):
            pic = QLabel()
            pic.setPixmap(icon(glyph, color).pixmap(16, 16))
            key = QLabel(name)
            key.setProperty("role", "muted")
            val = ElidedLabel(value)
            self.detail_values[glyph] = val
            grid.addWidget(pic, n, 0)
            grid.addWidget(key, n, 1)
            grid.addWidget(val, n, 2)
        grid.setColumnStretch(2, 1)
        return grid

    def _button(self, glyph: str, tip: str) -> QToolButton:
        b = QToolButton()
        b.setIcon(icon(glyph, icon_color()))
        b.setIconSize(QSize(16, 16))
        b.setToolTip(tip)
        b.setAccessibleName(tip)
        b.setProperty("role", "cardAction")
        return b

    def set_busy(self, busy: bool) -> None:
        """While this configuration's backup runs: no second run, no deletion."""
        self.run_button.setEnabled(not busy)
        self.run_button.setText(self.tr("Running…") if busy else self.tr("Back up now"))
        self.delete_button.setEnabled(not busy)
        why = self.tr("A backup of this configuration is running.") if busy else ""
        self.run_button.setToolTip(why)
        self.delete_button.setToolTip(why or self.tr("Delete"))

    def _actions(self, v: ConfigView, busy: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(6)
        self.run_button = QPushButton(icon("play", "#ffffff"), self.tr("Back up now"))
        self.run_button.setProperty("role", "primary")
        self.toggle_button = self._button(
            "power", self.tr("Deactivate") if v.is_active else self.tr("Activate")
        )
        self.edit_button = self._button("edit", self.tr("Edit"))
        self.duplicate_button = self._button("copy", self.tr("Duplicate (inactive copy)"))
        self.delete_button = self._button("trash", self.tr("Delete"))
        self.history_button = self._button("clock", self.tr("See its backups in History"))
        self.set_busy(busy)
        ident = v.id
        self.run_button.clicked.connect(lambda: self.run_requested.emit(ident))
        self.toggle_button.clicked.connect(lambda: self.toggle_requested.emit(ident))
        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(ident))
        self.duplicate_button.clicked.connect(lambda: self.duplicate_requested.emit(ident))
        self.delete_button.clicked.connect(lambda: self.delete_requested.emit(ident))
        row.addWidget(self.run_button)
        row.addStretch(1)
        self.history_button.clicked.connect(lambda: self.history_requested.emit(ident))
        buttons = (self.history_button, self.toggle_button, self.edit_button, self.duplicate_button,
                   self.delete_button)
        for b in buttons:
            row.addWidget(b)
        return row
