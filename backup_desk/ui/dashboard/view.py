"""The Dashboard: statistics, each configuration's state at a glance, quick actions, recent backups."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from backup_desk.jobs import Key, Kind
from backup_desk.services.context import AppContext
from backup_desk.services.models import HistoryFilter
from backup_desk.ui.bus import SignalBus
from backup_desk.ui.configurations.card import attention_text
from backup_desk.ui.controllers import dashboard as data_source
from backup_desk.ui.controllers.config_actions import ConfigActions
from backup_desk.ui.controllers.errors import one_line
from backup_desk.ui.format import human_datetime, human_size, relative_to_now, word
from backup_desk.ui.icons import icon
from backup_desk.ui.widgets.badges import Badge
from backup_desk.ui.widgets.stats import StatsWidget
from backup_desk.vocabulary import BackupStatus, Frequency


def _clear(layout: QGridLayout | QVBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is not None and (w := item.widget()) is not None:
            w.deleteLater()


class DashboardView(QWidget):
    def __init__(
        self, ctx: AppContext, bus: SignalBus, actions: ConfigActions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx, self.bus, self.acts = ctx, bus, actions
        self.data: data_source.DashboardData | None = None
        self._stale = False
        self.open_backup: Callable[[Any], None] | None = None  # set by the window: shows a backup
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(16, 16, 16, 16)
        self.body.setSpacing(12)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        self._header()
        self.stats = StatsWidget()
        self.body.addWidget(self.stats)
        alert = QHBoxLayout()
        self.attention = QLabel()
        self.attention.setProperty("role", "warning")
        self.attention.setWordWrap(True)
        self.attention.setVisible(False)
        self.see_failures = QPushButton(icon("warning"), self.tr("See failed backups"))
        failures = HistoryFilter(status=BackupStatus.FAILED)
        self.see_failures.clicked.connect(lambda: bus.show_history.emit(failures))
        alert.addWidget(self.attention, 1)
        alert.addWidget(self.see_failures)
        self.body.addLayout(alert)
        self.configs_grid = self._section(
            self.tr("Configurations"),
            self.tr("See all configurations"),
            lambda: bus.show_tab.emit(1),
            "see_all_configs",
        )
        self.recent_grid = self._section(
            self.tr("Recent backups"),
            self.tr("See all history"),
            lambda: bus.show_history.emit(HistoryFilter()),
            "see_all_history",
        )
        self.body.addStretch(1)
        bus.configs_changed.connect(self.reload)
        bus.history_changed.connect(self.reload)
        self.run_buttons: dict[int, QPushButton] = {}
        actions.work.job_started.connect(self._task_changed)
        actions.work.job_ended.connect(self._task_changed)

    def _task_changed(self, _task: object) -> None:
        for config_id, button in self.run_buttons.items():
            button.setEnabled(not self.acts.busy(config_id))

    def _header(self) -> None:
        row = QHBoxLayout()
        title = QLabel(self.tr("Overview"))
        title.setProperty("role", "title")
        row.addWidget(title)
        row.addStretch(1)
        self.config_box = QComboBox()
        self.config_box.setMinimumWidth(220)
        self.run_button = QPushButton(icon("play", "#ffffff"), self.tr("Back up now"))
        self.run_button.setProperty("role", "primary")
        self.run_button.clicked.connect(self._run_selected)
        self.quick_button = QPushButton(icon("bolt"), self.tr("Quick backup…"))
        self.quick_button.clicked.connect(self._quick)
        for w in (self.config_box, self.run_button, self.quick_button):
            row.addWidget(w)
        self.body.addLayout(row)

    def _section(self, title: str, link: str, go: object, attr: str) -> QGridLayout:
        frame = QFrame()
        frame.setObjectName("Card")
        v = QVBoxLayout(frame)
        v.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        button = QPushButton(link)
        button.setFlat(True)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(go)
        setattr(self, attr, button)
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(button)
        v.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        v.addLayout(grid)
        self.body.addWidget(frame)
        return grid

    @property
    def busy(self) -> bool:
        return self.acts.work.is_busy(Key(Kind.DASHBOARD), self)

    def reload(self) -> None:
        if self.data is not None and not self.isVisible():
            # Another tab is shown: brought up to date when shown again, not rebuilt unseen after every
            # change (a backup's progress and end would otherwise cost the event loop that rebuild).
            self._stale = True
            return
        self._stale = False
        ctx = self.ctx
        self.acts.work.query(Key(Kind.DASHBOARD), lambda: data_source.load(ctx), owner=self,
                             on_done=self._show, on_error=lambda exc: self.bus.error(one_line(exc)))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _run_selected(self) -> None:
        config_id = self.config_box.currentData()
        if config_id is not None:
            self.acts.run_now(int(config_id), self.config_box.currentText())

    def _quick(self) -> None:
        from backup_desk.ui.dialogs.quick_backup import QuickBackupDialog

        dialog = QuickBackupDialog(self.ctx, self)
        if dialog.exec():
            name, btype, url, folders = dialog.values()
            self.acts.quick_backup(name, btype, url, folders)

    def _show(self, d: data_source.DashboardData) -> None:
        self.data = d
        self.stats.set_stats(d.stats)
        current = self.config_box.currentData()
        self.config_box.clear()
        for c in d.configs:
            self.config_box.addItem(c.name, c.id)
        if current is not None and self.config_box.findData(current) >= 0:
            self.config_box.setCurrentIndex(self.config_box.findData(current))
        self.run_button.setEnabled(bool(d.configs))
        problems = d.attention
        self.attention.setVisible(bool(problems))
        if problems:
            names = ", ".join(self.tr("“{0}”").format(c.name) for c in problems)
            self.attention.setText(self.tr("Needs attention: {0}.").format(names))
        self.see_failures.setVisible(d.failed_total > 0)
        self.see_failures.setText(self.tr("See failed backups ({0})").format(d.failed_total))
        self._fill_configs(d)
        self._fill_recent(d)

    def _fill_configs(self, d: data_source.DashboardData) -> None:
        _clear(self.configs_grid)
        self.run_buttons = {}
        heads = (self.tr("Name"), self.tr("Last success"), self.tr("Next run"), self.tr("State"), "")
        for col, text in enumerate(heads):
            h = QLabel(text)
            h.setProperty("role", "muted")
            self.configs_grid.addWidget(h, 0, col)
        for n, c in enumerate(d.configs, start=1):
            self.configs_grid.addWidget(QLabel(c.name), n, 0)
            last = human_datetime(c.last_success_at) if c.last_success_at else self.tr("Never")
            self.configs_grid.addWidget(QLabel(last), n, 1)
            nxt = (
                relative_to_now(c.next_run_at)
                if c.next_run_at
                else (self.tr("Manual") if c.frequency == Frequency.MANUAL else self.tr("Not planned"))
            )
            self.configs_grid.addWidget(QLabel(nxt), n, 2)
            warning = attention_text(c)
            if warning:
                state = QLabel(warning)
                state.setProperty("role", "warning")
            elif not c.is_active:
                state = Badge(self.tr("Inactive"), "inactive")
            else:
                state = Badge(self.tr("OK"), BackupStatus.COMPLETED)
            self.configs_grid.addWidget(state, n, 3, Qt.AlignmentFlag.AlignLeft)
            run = QPushButton(icon("play"), self.tr("Back up now"))
            run.setEnabled(not self.acts.busy(c.id))
            self.run_buttons[c.id] = run
            run.clicked.connect(lambda _c=False, i=c.id, name=c.name: self.acts.run_now(i, name))
            self.configs_grid.addWidget(run, n, 4)
        self.configs_grid.setColumnStretch(0, 2)
        self.configs_grid.setColumnStretch(3, 2)

    def _fill_recent(self, d: data_source.DashboardData) -> None:
        _clear(self.recent_grid)
        if not d.recent:
            empty = QLabel(self.tr("No backup yet. Press “Back up now” to make the first one."))
            empty.setProperty("role", "muted")
            self.recent_grid.addWidget(empty, 0, 0)
            return
        for n, b in enumerate(d.recent):
            # Each recent backup opens (its details, with restore and verify a click away).
            name = QPushButton(b.backup_name)
            name.setFlat(True)
            name.setCursor(Qt.CursorShape.PointingHandCursor)
            name.setStyleSheet("text-align: left; padding: 0; text-decoration: underline;")
            name.setToolTip(self.tr("Open this backup"))
            name.clicked.connect(lambda _c=False, v=b: self.open_backup and self.open_backup(v))
            self.recent_grid.addWidget(name, n, 0)
            self.recent_grid.addWidget(Badge(word(b.status), b.status), n, 1, Qt.AlignmentFlag.AlignLeft)
            self.recent_grid.addWidget(QLabel(human_datetime(b.started_at or b.created_at)), n, 2)
            self.recent_grid.addWidget(QLabel(human_size(b.file_size)), n, 3)
        self.recent_grid.setColumnStretch(0, 3)
