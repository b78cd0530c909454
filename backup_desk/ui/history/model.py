"""The history table: one page of BackupView rows at a time (the catalog does filtering and paging)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from backup_desk.services.models import BackupView
from backup_desk.ui.controllers.errors import failure_reason
from backup_desk.ui.format import human_datetime, human_duration, human_size, word
from backup_desk.ui.widgets.badges import paint_badge

Index = QModelIndex | QPersistentModelIndex
BADGE_ROLE = Qt.ItemDataRole.UserRole + 1  # badge kind for the delegate
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COLUMNS = ("name", "type", "status", "configuration", "size", "duration", "started")
# Plain ints, compared in data() for every cell (reading a Qt enum member from Python is slow).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_ITEM_VIEW_ITEM = QStyle.ControlElement.CE_ItemViewItem
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class HistoryModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[BackupView, ...] = ()
        self._display: list[dict[str, str]] = []
        self._headers = {
            "name": self.tr("Name"),
            "type": self.tr("Type"),
            "status": self.tr("Status"),
            "configuration": self.tr("Configuration"),
            "size": self.tr("Size"),
            "duration": self.tr("Duration"),
            "started": self.tr("Started"),
        }

    def set_rows(self, rows: tuple[BackupView, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        # Formatted once per page: data() is asked for every cell and role on each repaint.
        self._display = [self._format(b) for b in rows]
        self.endResetModel()

    @staticmethod
    def _format(b: BackupView) -> dict[str, str]:
        return {
            "name": b.backup_name,
            "type": word(b.backup_type),
            "status": word(b.status),
            "configuration": b.configuration_name or "—",
            "size": human_size(b.file_size),
            "duration": human_duration(b.duration_seconds),
            "started": human_datetime(b.started_at or b.created_at),
        }

    def row_at(self, row: int) -> BackupView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> tuple[BackupView, ...]:
        return self._rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every cell and role on each repaint: the common answers first, no allocation.
        row = index.row()
        if not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            return self._display[row][COLUMNS[index.column()]]
        if role == BADGE_ROLE:
            col = COLUMNS[index.column()]
            b = self._rows[row]
            return b.backup_type if col == "type" else b.status if col == "status" else None
        if role == _ALIGNMENT:
            return _RIGHT if COLUMNS[index.column()] in ("size", "duration") else None
        if role == ID_ROLE:
            return self._rows[row].id
        if role == _TOOLTIP:
            b = self._rows[row]
            shown = b.error_message and COLUMNS[index.column()] in ("status", "name")
            return failure_reason(b) if shown else None
        return None


class BadgeDelegate(QStyledItemDelegate):
    """Paints the type and status columns as coloured badges."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        kind = index.data(BADGE_ROLE)
        if not kind:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(_ITEM_VIEW_ITEM, option, painter, option.widget)
        paint_badge(painter, option.rect, text, kind)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 20, max(size.height(), 26))
