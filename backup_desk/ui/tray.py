"""The tray icon: the state at a glance (next run, running job, last failure), a menu (open, back up now,
pause schedules, quit), notices from runs made without the window, and closing the window to the tray."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon

from backup_desk.jobs import Key, Kind
from backup_desk.services.app_settings import schedules_paused, set_schedules_paused
from backup_desk.services.models import ConfigView
from backup_desk.services.notify.desktop import read_inbox
from backup_desk.ui.format import relative_to_now
from backup_desk.ui.icons import app_icon, icon
from backup_desk.vocabulary import BackupStatus


class TrayState:
    """What the tray says, computed from the configuration views (no Qt: easy to test)."""

    def __init__(self, views: list[ConfigView], running: int, paused: bool) -> None:
        self.views, self.running, self.paused = views, running, paused
        self.failed = [v for v in views if v.last_status == BackupStatus.FAILED]
        self.overdue = [v for v in views if v.overdue and v.last_status != BackupStatus.FAILED]
        planned = [(v.next_run_at, v) for v in views if v.next_run_at is not None]
        self.next = min(planned, key=lambda p: p[0])[1] if planned else None

    @property
    def level(self) -> str:
        if self.failed:
            return "error"
        if self.overdue or self.paused:
            return "warning"
        return "ok"


class Tray(QObject):
    open_requested = Signal()
    quit_requested = Signal()
    backup_requested = Signal(int, str)  # configuration id, name

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.icon = QSystemTrayIcon(app_icon(), self)
        self.menu = QMenu()
        self.act_open = QAction(self.tr("Open Backup Desk"), self)
        self.act_open.triggered.connect(lambda _c=False: self.open_requested.emit())
        self.backup_menu = QMenu(self.tr("Back up now"))
        self.act_pause = QAction(self.tr("Pause schedules"), self)
        self.act_pause.setCheckable(True)
        self.act_pause.toggled.connect(self._pause_toggled)
        self.act_quit = QAction(self.tr("Quit"), self)
        self.act_quit.triggered.connect(lambda _c=False: self.quit_requested.emit())
        self.menu.addAction(self.act_open)
        self.menu.addMenu(self.backup_menu)
        self.menu.addAction(self.act_pause)
        self.menu.addSeparator()
        self.menu.addAction(self.act_quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.state: TrayState | None = None
        self._inbox_line: int | None = None
        self.shown_notices: list[dict[str, object]] = []

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()
        self.refresh()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def _pause_toggled(self, paused: bool) -> None:
        ctx = self.ctx

        def change() -> None:
            if paused != schedules_paused(ctx):
                set_schedules_paused(ctx, paused)

        work = self.window.work
        key = Key(Kind.SAVE_SETTINGS, "paused")
        if not work.is_busy(key):
            work.job(key, change, owner=self, on_done=lambda _none: self.refresh())

    def refresh(self) -> None:
        """Re-reads the configurations, the pause flag and new notices (off the GUI thread)."""
        from backup_desk.services import configs

        ctx, after = self.ctx, self._inbox_line

        def load() -> tuple[list[ConfigView], bool, list[dict[str, object]], int]:
            notices, count = read_inbox(ctx.paths.data_dir, after or 0)
            return configs.list_configs(ctx), schedules_paused(ctx), notices, count

        self.window.work.query(Key(Kind.TRAY_STATE), load, owner=self, on_done=self._apply)

    def _apply(self, result: object) -> None:
        assert isinstance(result, tuple)
        views: list[ConfigView] = result[0]
        paused: bool = result[1]
        notices: list[dict[str, object]] = result[2]
        count: int = result[3]
        running = len(self.window.work.running())
        self.state = TrayState(views, running, paused)
        self.act_pause.blockSignals(True)
        self.act_pause.setChecked(paused)
        self.act_pause.blockSignals(False)
        self._fill_backup_menu(views)
        self.icon.setIcon(self._icon(self.state.level))
        self.icon.setToolTip(self.tooltip(self.state))
        if self._inbox_line is not None:  # notices older than this window's start were for the OS
            for notice in notices:
                self.shown_notices.append(notice)
                error = notice.get("kind") in ("failure", "overdue")
                self.icon.showMessage(str(notice.get("title", "")), str(notice.get("reason", "")),
                                      QSystemTrayIcon.MessageIcon.Warning if error
                                      else QSystemTrayIcon.MessageIcon.Information, 10_000)
        self._inbox_line = count

    def _icon(self, level: str) -> QIcon:
        if level == "ok":
            return app_icon()
        return icon("error" if level == "error" else "warning", "#c0392b" if level == "error" else "#d68910")

    def _fill_backup_menu(self, views: list[ConfigView]) -> None:
        self.backup_menu.clear()
        for v in views:
            action = self.backup_menu.addAction(v.name)
            action.triggered.connect(lambda _c=False, i=v.id, n=v.name: self.backup_requested.emit(i, n))
        self.backup_menu.setEnabled(bool(views))

    def tooltip(self, state: TrayState) -> str:
        lines = [self.tr("Backup Desk")]
        if state.running:
            lines.append(self.tr("{0} job(s) running").format(state.running))
        if state.failed:
            lines.append(self.tr("Last run failed: {0}").format(", ".join(v.name for v in state.failed)))
        if state.overdue:
            lines.append(self.tr("Overdue: {0}").format(", ".join(v.name for v in state.overdue)))
        if state.paused:
            lines.append(self.tr("Schedules are paused"))
        elif state.next is not None and state.next.next_run_at is not None:
            lines.append(self.tr("Next run: {0}, {1}").format(state.next.name,
                                                               relative_to_now(state.next.next_run_at)))
        return "\n".join(lines)

    def hide(self) -> None:
        self.icon.hide()


def quit_app(window: Any) -> None:
    window.quitting = True
    window.close()
    app = QApplication.instance()
    if app is not None and not window.isVisible():
        app.quit()
