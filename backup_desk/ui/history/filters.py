"""The history filter bar: text search (live), type, status, date range, Search and Reset."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QWidget

from backup_desk.services.models import HistoryFilter
from backup_desk.ui.format import date_format, word
from backup_desk.ui.icons import icon
from backup_desk.vocabulary import FINISHED_STATUSES, BackupStatus, BackupType


class FilterBar(QWidget):
    search_requested = Signal(object)  # HistoryFilter
    reset_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._configuration_id: int | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by backup name…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.type_box = QComboBox()
        self.type_box.addItem(self.tr("All types"), None)
        for key in BackupType:
            self.type_box.addItem(word(key), key)
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("All statuses"), None)
        for status in (*FINISHED_STATUSES, BackupStatus.RUNNING, BackupStatus.PENDING):
            self.status_box.addItem(word(status), status)
        self.from_check = QCheckBox(self.tr("From"))
        self.from_date = self._date_edit()
        self.to_check = QCheckBox(self.tr("To"))
        self.to_date = self._date_edit()
        self.search_button = QPushButton(icon("search", "#ffffff"), self.tr("Search"))
        self.search_button.setProperty("role", "primary")
        self.reset_button = QPushButton(self.tr("Reset"))
        for w in (
            self.search,
            self.type_box,
            self.status_box,
            self.from_check,
            self.from_date,
            self.to_check,
            self.to_date,
            self.search_button,
            self.reset_button,
        ):
            row.addWidget(w)
        row.setStretchFactor(self.search, 1)
        self.from_check.toggled.connect(self.from_date.setEnabled)
        self.to_check.toggled.connect(self.to_date.setEnabled)
        self.search_button.clicked.connect(self._emit_search)
        self.search.returnPressed.connect(self._emit_search)
        self.reset_button.clicked.connect(self.reset_requested)
        self._live = QTimer(self, singleShot=True, interval=300)  # real-time search as the person types
        self._live.timeout.connect(self._emit_search)
        self.search.textEdited.connect(lambda _t: self._live.start())
        self.type_box.currentIndexChanged.connect(lambda _i: self._emit_search())
        self.status_box.currentIndexChanged.connect(lambda _i: self._emit_search())

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setDisplayFormat(date_format())  # the same format as the dates in the table beside it
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        return edit

    def _emit_search(self) -> None:
        self._live.stop()
        self.search_requested.emit(self.value())

    def value(self) -> HistoryFilter:
        def day(check: QCheckBox, edit: QDateEdit) -> date | None:
            picked = edit.date()
            return date(picked.year(), picked.month(), picked.day()) if check.isChecked() else None

        return HistoryFilter(
            search=self.search.text().strip(),
            # (Qt gives the item data back as a plain string)
            backup_type=BackupType(kind) if (kind := self.type_box.currentData()) else None,
            status=BackupStatus(status) if (status := self.status_box.currentData()) else None,
            date_from=day(self.from_check, self.from_date),
            date_to=day(self.to_check, self.to_date),
            configuration_id=self._configuration_id,
        )

    def set_value(self, f: HistoryFilter) -> None:
        """Shows `f` without emitting a search (the controller already has it)."""
        widgets = (self.search, self.type_box, self.status_box, self.from_check, self.to_check)
        for w in widgets:
            w.blockSignals(True)
        self._configuration_id = f.configuration_id
        self.search.setText(f.search)
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(f.backup_type)))
        self.status_box.setCurrentIndex(max(0, self.status_box.findData(f.status)))
        self.from_check.setChecked(f.date_from is not None)
        self.to_check.setChecked(f.date_to is not None)
        self.from_date.setEnabled(f.date_from is not None)
        self.to_date.setEnabled(f.date_to is not None)
        if f.date_from:
            self.from_date.setDate(QDate(f.date_from.year, f.date_from.month, f.date_from.day))
        if f.date_to:
            self.to_date.setDate(QDate(f.date_to.year, f.date_to.month, f.date_to.day))
        for w in widgets:
            w.blockSignals(False)
