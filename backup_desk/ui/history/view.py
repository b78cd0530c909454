"""The History tab: statistics, filters, the paged table, the pager and the actions on a backup."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from backup_desk.services.models import BackupView, HistoryFilter, HistoryPage
from backup_desk.ui.bus import SignalBus
from backup_desk.ui.controllers.errors import one_line
from backup_desk.ui.controllers.history import HistoryController
from backup_desk.ui.controllers.history_actions import HistoryActions
from backup_desk.ui.history.filters import FilterBar
from backup_desk.ui.history.model import COLUMNS, BadgeDelegate, HistoryModel
from backup_desk.ui.icons import icon
from backup_desk.ui.widgets.pager import Pager


class HistoryView(QWidget):
    def __init__(
        self,
        controller: HistoryController,
        actions: HistoryActions,
        bus: SignalBus,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.acts, self.bus = controller, actions, bus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 8)
        heading = QLabel(self.tr("History"))
        heading.setProperty("role", "title")
        layout.addWidget(heading)
        self.filters = FilterBar()
        self.filters.set_value(controller.filters)
        layout.addWidget(self.filters)
        self.scope = QLabel()
        self.scope.setProperty("role", "muted")
        self.scope.setVisible(False)
        layout.addWidget(self.scope)
        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        delegate = BadgeDelegate(self.table)
        for col in ("type", "status"):
            self.table.setItemDelegateForColumn(COLUMNS.index(col), delegate)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in (
            ("type", 110),
            ("status", 120),
            ("configuration", 180),
            ("size", 90),
            ("duration", 90),
            ("started", 140),
        ):
            header.resizeSection(COLUMNS.index(col), width)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No backup matches these filters."))
        self.empty.setProperty("role", "muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.details_button = QPushButton(icon("eye"), self.tr("Details"))
        self.save_button = QPushButton(icon("save"), self.tr("Save a copy…"))
        self.restore_button = QPushButton(icon("restore"), self.tr("Restore…"))
        self.verify_button = QPushButton(icon("check"), self.tr("Verify"))
        self.delete_button = QPushButton(icon("trash"), self.tr("Delete"))
        for b in (
            self.details_button,
            self.save_button,
            self.restore_button,
            self.verify_button,
            self.delete_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.pager = Pager()
        self.pager.set_page_size(controller.page_size)
        layout.addWidget(self.pager)
        self._wire()
        self._update_buttons()

    def _wire(self) -> None:
        c = self.controller
        self.filters.search_requested.connect(c.apply)
        self.filters.reset_requested.connect(self._reset)
        self.pager.page_requested.connect(c.go_to)
        self.pager.page_size_changed.connect(c.set_page_size)
        c.page_loaded.connect(self._show_page)
        c.failed.connect(lambda exc: self.bus.error(one_line(exc)))
        c.busy_changed.connect(self._busy)
        self.bus.history_changed.connect(c.reload)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.table.doubleClicked.connect(lambda _i: self._with_selected(self.acts.show_details))
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.details_button.clicked.connect(lambda: self._with_selected(self.acts.show_details))
        self.save_button.clicked.connect(lambda: self._with_selected(self.acts.save_copy))
        self.restore_button.clicked.connect(lambda: self._with_selected(self.acts.restore))
        self.verify_button.clicked.connect(lambda: self._with_selected(self.acts.verify))
        self.delete_button.clicked.connect(lambda: self._with_selected(self.acts.delete))

    def show_filter(self, f: HistoryFilter) -> None:
        self.filters.set_value(f)
        self.controller.apply(f)

    def _reset(self) -> None:
        self.filters.set_value(HistoryFilter())
        self.controller.reset()

    def _busy(self, busy: bool) -> None:
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def selected(self) -> BackupView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _with_selected(self, fn: Callable[[BackupView], object]) -> None:
        b = self.selected()
        if b is not None:
            fn(b)

    def _show_page(self, page: HistoryPage) -> None:
        selected = self.selected()
        self.model.set_rows(page.items)
        first = (page.page - 1) * page.page_size + 1
        total = page.total if page.counted else None  # "…" until the count arrives
        self.pager.set_state(page.page, page.page_count, total, first, first + len(page.items) - 1)
        self.empty.setVisible(page.total == 0)
        f = self.controller.filters
        self.scope.setVisible(f.configuration_id is not None)
        if f.configuration_id is not None:
            name = page.items[0].configuration_name if page.items else ""
            self.scope.setText(self.tr("Showing only the configuration “{0}”. Reset shows all.").format(name))
        if selected is not None:
            for n, b in enumerate(page.items):
                if b.id == selected.id:
                    self.table.selectRow(n)
        self._update_buttons()

    def _update_buttons(self) -> None:
        b = self.selected()
        state = self.acts.allowed(b)
        for button, on in ((self.details_button, state.details), (self.save_button, state.save),
                           (self.restore_button, state.restore), (self.verify_button, state.verify),
                           (self.delete_button, state.delete)):
            button.setEnabled(on)
            button.setToolTip("" if on else state.why_not)  # a greyed-out action says why

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        b = self.selected()
        if b is None:
            return
        state = self.acts.allowed(b)
        menu = QMenu(self)
        entries = [
            (self.tr("Details"), state.details, self.acts.show_details),
            (self.tr("Save a copy…"), state.save, self.acts.save_copy),
            (self.tr("Restore…"), state.restore, self.acts.restore),
            (self.tr("Verify"), state.verify, self.acts.verify),
            (self.tr("Delete"), state.delete, self.acts.delete),
        ]
        for text, enabled, fn in entries:
            act = menu.addAction(text)
            act.setEnabled(enabled)
            act.triggered.connect(lambda _c=False, f=fn, v=b: f(v))
        menu.exec(self.table.viewport().mapToGlobal(pos))
