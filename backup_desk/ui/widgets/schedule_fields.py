"""The configuration form's schedule (time of day, weekday, day of month, shown for the frequency
chosen) and retention minimum (keep the newest N, optional GFS) with a live preview of what retention
would delete now."""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QTimeEdit, QVBoxLayout, QWidget

from backup_desk.jobs import Key, Kind, manager_for
from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigView
from backup_desk.services.retention import Policy, PrunePlan, preview
from backup_desk.ui.format import human_datetime, human_size
from backup_desk.vocabulary import Frequency


class ScheduleFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.at_label = QLabel(self.tr("at"))
        self.time = QTimeEdit(QTime(2, 0))
        self.time.setDisplayFormat("HH:mm")
        self.on_label = QLabel(self.tr("on"))
        self.weekday = QComboBox()
        for day in (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                    self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")):
            self.weekday.addItem(day)
        self.month_day = QSpinBox()
        self.month_day.setRange(1, 31)
        self.month_day.setPrefix(self.tr("day "))
        self.month_day.setToolTip(self.tr("Past the month's end, the run happens on its last day."))
        for w in (self.on_label, self.weekday, self.month_day, self.at_label, self.time):
            row.addWidget(w)
        row.addStretch(1)
        self.time.timeChanged.connect(lambda _t: self.changed.emit())
        self.weekday.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self.month_day.valueChanged.connect(lambda _v: self.changed.emit())
        self.set_frequency(Frequency.MANUAL)

    def set_frequency(self, frequency: Frequency) -> None:
        self.setVisible(frequency.scheduled)
        self.on_label.setVisible(frequency in (Frequency.WEEKLY, Frequency.MONTHLY))
        self.weekday.setVisible(frequency == Frequency.WEEKLY)
        self.month_day.setVisible(frequency == Frequency.MONTHLY)

    def fill(self, c: ConfigView) -> None:
        hours, _, minutes = c.time_of_day.partition(":")
        self.time.setTime(QTime(int(hours or 0), int(minutes or 0)))
        self.weekday.setCurrentIndex(c.weekday)
        self.month_day.setValue(c.month_day)

    def time_of_day(self) -> str:
        return self.time.time().toString("HH:mm")


class RetentionFields(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, config_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.config_id = ctx, config_id
        v = QVBoxLayout(self)
        v.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.keep_last = QSpinBox()
        self.keep_last.setRange(1, 1000)
        self.keep_last.setValue(3)
        self.keep_last.setSuffix(self.tr(" newest good archives, whatever their age"))
        row.addWidget(self.keep_last, 1)
        v.addLayout(row)
        gfs = QHBoxLayout()
        self.gfs = []
        for text in (self.tr("daily"), self.tr("weekly"), self.tr("monthly")):
            box = QSpinBox()
            box.setRange(0, 1000)
            box.setSpecialValueText(self.tr("no {0}").format(text))
            box.setSuffix(" " + text)
            box.setToolTip(self.tr("Grandfather-father-son: also keep the newest archive of each of the "
                                   "last N days / weeks / months."))
            gfs.addWidget(box)
            self.gfs.append(box)
        v.addLayout(gfs)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setProperty("role", "muted")
        v.addWidget(self.preview)
        for box in (self.keep_last, *self.gfs):
            box.valueChanged.connect(lambda _v: self.changed.emit())
        self.retention_days = 30

    def fill(self, c: ConfigView) -> None:
        self.keep_last.setValue(c.keep_last)
        for box, value in zip(self.gfs, (c.gfs_daily, c.gfs_weekly, c.gfs_monthly), strict=True):
            box.setValue(value)

    def values(self) -> tuple[int, int, int, int]:
        return self.keep_last.value(), self.gfs[0].value(), self.gfs[1].value(), self.gfs[2].value()

    def refresh_preview(self, retention_days: int) -> None:
        self.retention_days = retention_days
        if self.config_id is None:
            self.preview.setText(self.tr("Nothing to delete yet: this configuration has no backup."))
            return
        keep, daily, weekly, monthly = self.values()
        policy = Policy(retention_days, keep, daily, weekly, monthly)
        catalog, config_id = self.ctx.catalog, self.config_id
        manager_for(self).query(Key(Kind.RETENTION_PREVIEW, config_id),
                                lambda: preview(catalog, config_id, policy), owner=self, on_done=self._show)

    def _show(self, plan: object) -> None:
        assert isinstance(plan, PrunePlan)
        if plan.warnings:
            self.preview.setText(self.tr("Retention is on hold: the newest backup is empty (suspicious)."))
        elif not plan.items:
            self.preview.setText(self.tr("With these settings, no backup would be deleted now."))
        else:
            oldest = min(i.created_at for i in plan.items)
            self.preview.setText(self.tr("With these settings, {0} backup(s) ({1}) would be deleted now, "
                                         "the oldest from {2}.").format(
                len(plan.items), human_size(plan.bytes), human_datetime(oldest)))
