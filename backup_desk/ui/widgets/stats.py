"""The statistics widget: success rate, total size, mean duration, 7-day trend, counts per type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from backup_desk.services.models import Stats
from backup_desk.ui.format import human_duration, human_percent, human_size, word
from backup_desk.ui.widgets.badges import Badge
from backup_desk.vocabulary import BackupType


class Metric(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        self.title = QLabel(title)
        self.title.setProperty("role", "muted")
        self.value = QLabel("—")
        self.value.setProperty("role", "metric")
        self.note = QLabel("")
        self.note.setProperty("role", "muted")
        self.note.setWordWrap(True)
        for w in (self.title, self.value, self.note):
            layout.addWidget(w)
        layout.addStretch(1)  # values line up across cards even when a note wraps
        self.setMinimumWidth(170)


class StatsWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.success = Metric(self.tr("Success rate"))
        self.total_size = Metric(self.tr("Total size"))
        self.duration = Metric(self.tr("Mean duration"))
        self.trend = Metric(self.tr("Last 7 days"))
        for n, m in enumerate((self.success, self.total_size, self.duration, self.trend)):
            grid.addWidget(m, 0, n)
        types = QHBoxLayout()
        types.setSpacing(8)
        self.types_title = QLabel(self.tr("By type:"))
        self.types_title.setProperty("role", "muted")
        types.addWidget(self.types_title)
        self.type_badges: dict[BackupType, Badge] = {}
        for key in BackupType:
            badge = Badge(word(key), key)
            self.type_badges[key] = badge
            types.addWidget(badge)
        types.addStretch(1)
        grid.addLayout(types, 1, 0, 1, 4)
        self.stats: Stats | None = None

    def set_stats(self, s: Stats) -> None:
        self.stats = s
        self.success.value.setText(human_percent(s.success_rate))
        self.success.note.setText(self.tr("{0} completed, {1} failed").format(s.completed, s.failed))
        self.total_size.value.setText(human_size(s.total_size))
        self.total_size.note.setText(self.tr("{0} backups in total").format(s.total))
        self.duration.value.setText(human_duration(s.mean_duration_seconds))
        self.duration.note.setText(self.tr("of successful backups"))
        self.trend.value.setText(str(s.last_7_days))
        if s.trend_percent is None:
            note = self.tr("none the 7 days before")
        elif s.trend_percent >= 0:
            note = self.tr("▲ {0} vs previous 7 days ({1})").format(
                human_percent(s.trend_percent), s.previous_7_days
            )
        else:
            note = self.tr("▼ {0} vs previous 7 days ({1})").format(
                human_percent(-s.trend_percent), s.previous_7_days
            )
        self.trend.note.setText(note)
        counts = {t.backup_type: t.count for t in s.by_type}
        for key, badge in self.type_badges.items():
            badge.setText(self.tr("{0}: {1}").format(word(key), counts.get(key, 0)))
        self.setToolTip("")
        for m in (self.success, self.total_size, self.duration, self.trend):
            m.value.setAlignment(Qt.AlignmentFlag.AlignLeft)
