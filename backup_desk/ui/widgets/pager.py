"""Page navigation with arrows, ellipses (services.history.page_window) and a page size chooser."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from backup_desk.services.history import PAGE_SIZES, page_window


class Pager(QWidget):
    page_requested = Signal(int)
    page_size_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._page = 1
        self._count = 1
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setProperty("role", "muted")
        self._layout.addWidget(self.summary)
        self._layout.addStretch(1)
        self.prev_button = QPushButton("‹")
        self.prev_button.setToolTip(self.tr("Previous page"))
        self.prev_button.setProperty("role", "page")
        self.prev_button.clicked.connect(lambda: self.page_requested.emit(self._page - 1))
        self.next_button = QPushButton("›")
        self.next_button.setToolTip(self.tr("Next page"))
        self.next_button.setProperty("role", "page")
        self.next_button.clicked.connect(lambda: self.page_requested.emit(self._page + 1))
        self._buttons: list[QPushButton] = []
        self._numbers = QWidget()
        self._numbers_layout = QHBoxLayout(self._numbers)
        self._numbers_layout.setContentsMargins(0, 0, 0, 0)
        self._numbers_layout.setSpacing(4)
        self._layout.addWidget(self.prev_button)
        self._layout.addWidget(self._numbers)
        self._layout.addWidget(self.next_button)
        self._layout.addSpacing(12)
        self.size_label = QLabel(self.tr("Per page:"))
        self._layout.addWidget(self.size_label)
        self.size_box = QComboBox()
        for n in PAGE_SIZES:
            self.size_box.addItem(str(n), n)
        self.size_box.currentIndexChanged.connect(lambda _i: self.page_size_changed.emit(self.page_size()))
        self._layout.addWidget(self.size_box)

    def page_size(self) -> int:
        return int(self.size_box.currentData() or PAGE_SIZES[1])

    def set_page_size(self, size: int) -> None:
        index = self.size_box.findData(size)
        self.size_box.blockSignals(True)
        self.size_box.setCurrentIndex(index if index >= 0 else 1)
        self.size_box.blockSignals(False)

    def page_buttons(self) -> list[QPushButton]:
        return list(self._buttons)

    def set_state(self, page: int, page_count: int, total: int | None, first: int, last: int) -> None:
        """`total` None: not counted yet (shown as "…")."""
        self._page, self._count = page, page_count
        if total is None or total:
            shown = "…" if total is None else total
            self.summary.setText(self.tr("{0}–{1} of {2}").format(first, last, shown))
        else:
            self.summary.setText(self.tr("No backups"))
        self.prev_button.setEnabled(page > 1)
        self.next_button.setEnabled(page < page_count)
        while self._numbers_layout.count():
            item = self._numbers_layout.takeAt(0)
            if item is not None and (w := item.widget()) is not None:
                w.hide()
                w.deleteLater()
        self._buttons = []
        for number in page_window(page, page_count):
            if number is None:
                dots = QLabel("…")
                dots.setProperty("role", "muted")
                self._numbers_layout.addWidget(dots)
                continue
            button = QPushButton(str(number))
            button.setProperty("role", "page")
            button.setCheckable(True)
            button.setChecked(number == page)
            button.clicked.connect(lambda _c=False, n=number: self.page_requested.emit(n))
            self._numbers_layout.addWidget(button)
            self._buttons.append(button)
