"""Parts of the restore dialog: the preview of a dry run (what will be written where) and the checklists
of tables and folders read from the archive's manifest."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QListWidget, QListWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget

from backup_desk.engine.contracts import PlannedWrite, RestoreNotice
from backup_desk.ui.format import human_size


class PreviewTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("What"), self.tr("Where"), self.tr("Rows"), self.tr("Size")])
        self.setRootIsDecorated(False)
        self.setMinimumHeight(130)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long paths keep both ends visible
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 95), (2, 70), (3, 80)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            self.setColumnWidth(col, width)
        self._kinds = {
            "schema": self.tr("Schema"),
            "table": self.tr("Table"),
            "folder": self.tr("Folder"),
            "file": self.tr("File"),
        }
        self._notices = {
            "not carried": self.tr("Not carried"),
            "dependent": self.tr("Blocks"),
        }

    def show_plan(self, planned: tuple[PlannedWrite, ...], notices: tuple[RestoreNotice, ...] = ()) -> None:
        """What will be written, then what a cross-engine restore cannot carry and which objects outside
        the restore depend on tables it replaces (both said before anything is written)."""
        self.clear()
        for n in notices:
            where = f"{n.subject} — {n.detail}"
            item = QTreeWidgetItem([self._notices.get(n.kind, n.kind), where, "", ""])
            item.setToolTip(1, where)
            font = item.font(0)
            font.setBold(True)  # said before anything is written: it must not read like one more write
            item.setFont(0, font)
            self.addTopLevelItem(item)
        for w in planned:
            rows = "" if w.rows is None else str(w.rows)
            where = w.target + (self.tr("  (already has data)") if w.exists else "")
            size = human_size(w.size) if w.size else ""
            item = QTreeWidgetItem([self._kinds.get(w.kind, w.kind), where, rows, size])
            item.setToolTip(1, where)
            self.addTopLevelItem(item)

    def targets(self) -> list[str]:
        items = (self.topLevelItem(i) for i in range(self.topLevelItemCount()))
        return [i.text(1) for i in items if i is not None]


def fill_checklist(widget: QListWidget, entries: list[tuple[str, str]]) -> None:
    """(key, text) rows, all ticked; the key is what checked_keys() gives back."""
    widget.clear()
    for key, text in entries:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setCheckState(Qt.CheckState.Checked)
        widget.addItem(item)


def checked_keys(widget: QListWidget) -> tuple[str, ...]:
    items = (widget.item(i) for i in range(widget.count()))
    ticked = [i for i in items if i.checkState() == Qt.CheckState.Checked]
    return tuple(str(i.data(Qt.ItemDataRole.UserRole)) for i in ticked)
