"""What runs beside the window: the catalog watcher (refresh on outside changes), the in-app scheduler
and the tray icon with close-to-tray. Attached by run_gui (tests attach them explicitly)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSystemTrayIcon

from backup_desk.services.schedule import Clock
from backup_desk.ui.controllers.catalog_watch import CatalogWatcher
from backup_desk.ui.controllers.in_app_scheduler import InAppScheduler
from backup_desk.ui.tray import Tray, quit_app


@dataclass
class Companions:
    watcher: CatalogWatcher
    scheduler: InAppScheduler
    tray: Tray | None


def attach_companions(window: Any, *, clock: Clock | None = None, start_scheduler: bool = True,
                      tray: bool | None = None, watch_ms: int | None = None) -> Companions:
    kwargs = {} if watch_ms is None else {"interval_ms": watch_ms}
    watcher = CatalogWatcher(window.ctx, window.bus, window.work, window, **kwargs)
    scheduler = InAppScheduler(window.ctx, window.bus, window.work, window, clock=clock)
    use_tray = Tray.available() if tray is None else tray
    icon: Tray | None = None
    if use_tray:
        icon = Tray(window)
        icon.open_requested.connect(lambda: _bring_back(window))
        icon.quit_requested.connect(lambda: quit_app(window))
        icon.backup_requested.connect(lambda cid, name: window.config_actions.run_now(cid, name))
        watcher.changed.connect(icon.refresh)
        window.work.busy_changed.connect(lambda _busy: icon.refresh())
        icon.show()

        def hide_to_tray() -> bool:
            if not window.settings.close_to_tray or not icon.icon.isVisible():
                return False
            window.hide()
            icon.icon.showMessage(QCoreApplication.translate("Tray", "Backup Desk"),
                                  QCoreApplication.translate(
                                      "Tray", "Still running in the tray: scheduled backups go on."),
                                  QSystemTrayIcon.MessageIcon.Information, 5_000)
            return True

        window.hide_to_tray = hide_to_tray
    watcher.start()
    if start_scheduler:
        scheduler.start()
    window.companions = Companions(watcher, scheduler, icon)
    return window.companions


def _bring_back(window: Any) -> None:
    window.show()
    window.raise_()
    window.activateWindow()
