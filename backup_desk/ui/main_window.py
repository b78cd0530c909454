"""The main window: Dashboard, Configurations and History tabs, menus with shortcuts, toasts, the progress
panel and the busy indicator. Rebuilt in place when the language changes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from backup_desk.ui.bus import SignalBus
from backup_desk.ui.icons import app_icon
from backup_desk.ui.settings import UiSettings
from backup_desk.ui.widgets.toasts import ToastHost

if TYPE_CHECKING:  # the tabs' modules load after the shell is painted (see attach)
    from backup_desk.jobs import WorkManager
    from backup_desk.services.context import AppContext
    from backup_desk.services.models import HistoryFilter
    from backup_desk.ui.companions import Companions
    from backup_desk.ui.configurations.view import ConfigurationsView
    from backup_desk.ui.dashboard.view import DashboardView
    from backup_desk.ui.history.view import HistoryView
    from backup_desk.ui.i18n import Translations
    from backup_desk.ui.widgets.progress_panel import ProgressPanel

DASHBOARD, CONFIGURATIONS, HISTORY = range(3)


def import_tabs() -> None:
    """Imports what `attach` builds the tabs from (services, SQLAlchemy, controllers, views): run_gui does it
    on a worker thread while the shell is on screen, so the GUI thread never waits for these imports."""
    import backup_desk.jobs
    import backup_desk.ui.configurations.controller
    import backup_desk.ui.configurations.view
    import backup_desk.ui.controllers.config_actions
    import backup_desk.ui.controllers.history
    import backup_desk.ui.controllers.history_actions
    import backup_desk.ui.dashboard.view
    import backup_desk.ui.history.view
    import backup_desk.ui.widgets.progress_panel  # noqa: F401


class MainWindow(QMainWindow):
    """`MainWindow(ctx, settings)` builds the whole window. `MainWindow(None, settings)` builds only the shell
    (title, menus, tabs holding a placeholder), cheap enough to paint before the catalog and the services
    are loaded; `attach(ctx)` then fills it in place."""

    quitting = False
    hide_to_tray: Callable[[], bool] | None = None  # set by ui.companions when a tray icon exists
    attached = Signal()  # the tabs are built (their first data is on its way)
    ctx: AppContext
    work: WorkManager
    companions: Companions  # set by ui.companions.attach_companions
    translations: Translations  # set by ui.app.build_window

    def __init__(
        self,
        ctx: AppContext | None,
        settings: UiSettings,
        bus: SignalBus | None = None,
        on_preferences: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.bus = bus or SignalBus(self)
        self.toasts = ToastHost(self)
        self.bus.notify.connect(self.toasts.show_toast)
        self.bus.show_tab.connect(lambda i: self.tabs.setCurrentIndex(i))
        self.bus.show_history.connect(self.open_history)
        self._on_preferences = on_preferences
        self.setWindowIcon(app_icon())
        self.setMinimumSize(900, 620)
        self._build_shell()
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(1180, 780)
        self.tabs.setCurrentIndex(min(max(settings.current_tab, 0), 2))
        if ctx is not None:
            self.attach(ctx)

    @property
    def is_attached(self) -> bool:
        return hasattr(self, "ctx")

    def attach(self, ctx: AppContext) -> None:
        """Builds the tabs on the catalog `ctx` (once); their data loads off the GUI thread."""
        from backup_desk.jobs import WorkManager

        self.ctx = ctx
        self.work = WorkManager(self)  # all the window's background work: reads, changes and jobs
        self.work.busy_changed.connect(self._busy)
        tab = self.tabs.currentIndex()
        self.build()
        self.tabs.setCurrentIndex(tab)
        self.attached.emit()

    # -- construction (again after a language change) --------------------------------------------
    def _build_shell(self) -> None:
        self.setWindowTitle(self.tr("Backup Desk"))
        pages = []
        for _ in range(3):
            page = QLabel(self.tr("Loading…"))
            page.setAlignment(Qt.AlignmentFlag.AlignCenter)
            page.setProperty("role", "muted")
            pages.append(page)
        self._lay_out(pages, None)
        self._build_menu_bar()
        self._build_status()

    def build(self) -> None:
        from backup_desk.ui.configurations.controller import ConfigurationsController
        from backup_desk.ui.configurations.view import ConfigurationsView
        from backup_desk.ui.controllers.config_actions import ConfigActions
        from backup_desk.ui.controllers.history import HistoryController
        from backup_desk.ui.controllers.history_actions import HistoryActions
        from backup_desk.ui.dashboard.view import DashboardView
        from backup_desk.ui.history.view import HistoryView
        from backup_desk.ui.widgets.progress_panel import ProgressPanel

        self.setWindowTitle(self.tr("Backup Desk"))
        for old_obj in (
            getattr(self, "history_controller", None),
            getattr(self, "config_actions", None),
            getattr(self, "history_actions", None),
        ):
            if old_obj is not None:
                old_obj.deleteLater()  # their bus connections go with them
        self.history_controller = HistoryController(self.ctx, self.settings, self.work, self)
        self.config_actions = ConfigActions(self.ctx, self.bus, self.work, self)
        self.history_actions = HistoryActions(self.ctx, self.bus, self.work, self)
        self.dashboard: DashboardView = DashboardView(self.ctx, self.bus, self.config_actions)
        self.dashboard.open_backup = self.history_actions.show_details
        self.configurations: ConfigurationsView = ConfigurationsView(
            ConfigurationsController(self.config_actions, self.bus))
        self.history: HistoryView = HistoryView(self.history_controller, self.history_actions, self.bus)
        self.progress: ProgressPanel = ProgressPanel(self.work)
        self._lay_out([self.dashboard, self.configurations, self.history], self.progress)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_menus()
        self._build_status()
        # Toasts stack above these, never over them (the history's pager included).
        self.toasts.avoid = [self.progress, self.statusBar(), self.history.pager]
        self.reload_all()

    def _lay_out(self, pages: Sequence[QWidget], below: QWidget | None) -> None:
        """The three tabs (Dashboard, Configurations, History) and the progress panel under them."""
        old = self.centralWidget()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 4, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for page, title in zip(pages, (self.tr("Dashboard"), self.tr("Configurations"), self.tr("History")),
                               strict=True):
            self.tabs.addTab(page, title)
        layout.addWidget(self.tabs, 1)
        if below is not None:
            holder = QVBoxLayout()
            holder.setContentsMargins(12, 0, 12, 8)
            holder.addWidget(below)
            layout.addLayout(holder)
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()

    def _action(
        self,
        menu_name: str,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _c=False: slot())
        self._menus[menu_name].addAction(action)
        return action

    def _build_menu_bar(self) -> None:
        """The menus' titles (the shell shows them; _build_menus fills them)."""
        bar = self.menuBar()
        bar.clear()
        self._menus = {
            key: bar.addMenu(text)
            for key, text in (
                ("file", self.tr("&File")),
                ("backup", self.tr("&Backup")),
                ("view", self.tr("&View")),
                ("history", self.tr("&History")),
                ("help", self.tr("&Help")),
            )
        }

    def _build_menus(self) -> None:
        self._build_menu_bar()
        a = self._action
        self.act_new = a(
            "file", self.tr("New configuration…"), QKeySequence.StandardKey.New, self.config_actions.create
        )
        self.act_guide = a("file", self.tr("Set up a backup with the guide…"), None, self._open_guide)
        self.act_settings = a("file", self.tr("Settings…"), "Ctrl+,", self.open_settings)
        self.act_schedules = a("file", self.tr("Schedules and notifications…"), None, self.open_schedules)
        self._menus["file"].addSeparator()
        self.act_quit = a("file", self.tr("Quit"), QKeySequence.StandardKey.Quit, self.quit)
        self.act_run = a("backup", self.tr("Back up now"), "Ctrl+B", self.dashboard._run_selected)
        self.act_quick = a("backup", self.tr("Quick backup…"), "Ctrl+Shift+B", self.dashboard._quick)
        self.act_cancel = a("backup", self.tr("Cancel running jobs"), "Ctrl+.", self.work.cancel_all)
        self.act_cancel.setEnabled(False)
        self.act_refresh = a("view", self.tr("Refresh"), QKeySequence.StandardKey.Refresh, self.reload_all)
        self._menus["view"].addSeparator()
        for n, text in enumerate((self.tr("Dashboard"), self.tr("Configurations"), self.tr("History"))):
            a("view", text, f"Ctrl+{n + 1}", partial(self.tabs.setCurrentIndex, n))
        self.act_find = a(
            "history", self.tr("Search history"), QKeySequence.StandardKey.Find, self._focus_search
        )
        h = self.history
        self.act_details = a(
            "history",
            self.tr("Details"),
            "Ctrl+I",
            lambda: h._with_selected(self.history_actions.show_details),
        )
        self.act_save = a(
            "history",
            self.tr("Save a copy…"),
            QKeySequence.StandardKey.Save,
            lambda: h._with_selected(self.history_actions.save_copy),
        )
        self.act_restore = a(
            "history", self.tr("Restore…"), "Ctrl+R", lambda: h._with_selected(self.history_actions.restore)
        )
        self.act_verify = a(
            "history",
            self.tr("Verify"),
            "Ctrl+Shift+V",
            lambda: h._with_selected(self.history_actions.verify),
        )
        self.act_delete = a(
            "history",
            self.tr("Delete"),
            QKeySequence.StandardKey.Delete,
            lambda: h._with_selected(self.history_actions.delete),
        )
        self.act_reset = a("history", self.tr("Reset filters"), "Ctrl+Shift+R", h._reset)
        self.act_about = a("help", self.tr("About Backup Desk"), None, self._about)

    def _build_status(self) -> None:
        status = self.statusBar()
        for w in status.findChildren(QWidget):
            if w.property("bd_status"):
                status.removeWidget(w)
                w.deleteLater()
        self.busy_label = QLabel()
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(120)
        self.busy_bar.setMaximumHeight(12)
        for w in (self.busy_label, self.busy_bar):
            w.setProperty("bd_status", True)
            w.setVisible(False)
            status.addPermanentWidget(w)

    # -- behaviour ------------------------------------------------------------------------------------
    def _open_guide(self) -> None:
        from backup_desk.ui.first_run.wizard import open_guide

        open_guide(self.ctx, self)

    def reload_all(self) -> None:
        self.dashboard.reload()
        self.configurations.reload()
        self.history_controller.reload()

    def open_history(self, f: HistoryFilter) -> None:
        self.tabs.setCurrentIndex(HISTORY)
        self.history.show_filter(f)

    def _focus_search(self) -> None:
        self.tabs.setCurrentIndex(HISTORY)
        self.history.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.history.filters.search.selectAll()

    def _tab_changed(self, index: int) -> None:
        self.settings.current_tab = index
        for act in (self.act_details, self.act_save, self.act_restore, self.act_verify, self.act_delete):
            act.setEnabled(index == HISTORY)

    def _busy(self, busy: bool) -> None:
        count = len(self.work.running())
        self.busy_label.setText(self.tr("%n job(s) running", "", count) if busy else "")
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)
        self.act_cancel.setEnabled(busy)

    def open_settings(self) -> None:
        from backup_desk.ui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            language, theme = dialog.values()
            self.settings.language, self.settings.theme = language, theme
            if self._on_preferences is not None:
                self._on_preferences(language, theme)
            tab = self.tabs.currentIndex()
            self.build()
            self.tabs.setCurrentIndex(tab)
            self.bus.success(self.tr("Settings saved."))

    def open_schedules(self) -> None:
        """Reads the settings off the GUI thread, then opens the dialog on them."""
        from backup_desk.jobs import Key, Kind
        from backup_desk.ui.dialogs.schedules import SchedulesDialog, ScheduleSettings, load_schedule_settings

        def show(loaded: ScheduleSettings) -> None:
            SchedulesDialog(self.ctx, self.settings, loaded, self).exec()
            self.bus.changed()

        ctx = self.ctx
        self.work.query(Key(Kind.SCHEDULE_SETTINGS), lambda: load_schedule_settings(ctx), owner=self,
                        on_done=show, on_error=lambda exc: self.bus.error(str(exc)))

    def quit(self) -> None:
        self.quitting = True  # File > Quit and the tray's Quit really quit, even with close-to-tray
        self.close()

    def _about(self) -> None:
        from backup_desk import __version__

        QMessageBox.about(
            self,
            self.tr("About Backup Desk"),
            self.tr("Backup Desk {0}\nEncrypted, compressed backups of a database and folders.").format(
                __version__
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.hide_to_tray is not None and not self.quitting and self.hide_to_tray():
            event.ignore()  # the app keeps running (and its schedules) in the tray
            return
        if not self.is_attached:  # closed while starting: nothing ran, nothing to keep but the place
            self.settings.geometry = self.saveGeometry()
            self.settings.sync()
            event.accept()
            return
        if self.work.is_busy():
            answer = QMessageBox.question(
                self, self.tr("Jobs are running"), self.tr("Cancel the running jobs and quit?")
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.work.cancel_all()
        self.settings.geometry = self.saveGeometry()
        self.settings.current_tab = self.tabs.currentIndex()
        self.settings.history_filter = self.history_controller.filters
        self.settings.sync()
        event.accept()
        if self.hide_to_tray is not None:  # with a tray the app outlives its window: closing for good quits
            QApplication.quit()
