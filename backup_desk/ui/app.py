"""Starting the window: `run_gui(argv)` (called by `backup-desk` without a command, or `backup-desk gui`).

The window's shell (title, menus, tabs with a placeholder) is painted first: it needs Qt, the settings and the
translations only. The catalog opens and the tabs' modules (services, SQLAlchemy, controllers) load on a
worker thread after that first paint, then the tabs are built in place: a person sees the window in about
the time any Qt window takes, and the GUI thread never waits for the catalog."""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from backup_desk.services.context import AppContext
    from backup_desk.ui.main_window import MainWindow


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="backup-desk", add_help=False)
    parser.add_argument("--home", default=None)
    parser.add_argument("--debug", action="store_true")
    parser.add_argument("--no-demo", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--quit-after-paint", action="store_true", help=argparse.SUPPRESS
    )  # start-up benchmark
    args, _rest = parser.parse_known_args([a for a in argv if a != "gui"])
    return args


# Loaded with the tabs, used right after they are built.
STARTUP_MODULES = ("backup_desk.ops.logs", "backup_desk.ui.companions", "backup_desk.ui.dialogs.error_dialog")


class Startup(QObject):
    """After the shell's first paint: opens the catalog and imports the tabs' modules on a worker thread,
    then (on the GUI thread) builds the tabs in the shell and starts what runs beside the window."""

    _opened = Signal(object)  # AppContext, from the worker thread (queued to the GUI thread)
    _failed = Signal(object)  # the exception

    def __init__(self, app: QApplication, window: MainWindow, args: argparse.Namespace) -> None:
        super().__init__(window)
        self._app, self._window, self._args = app, window, args
        self._thread: threading.Thread | None = None
        self.ctx: AppContext | None = None
        self._opened.connect(self._fill)
        self._failed.connect(self._cannot_open)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._load, name="catalog-open", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            from backup_desk.services.context import AppContext
            from backup_desk.ui.main_window import import_tabs

            self.ctx = AppContext.open(self._args.home)
            import_tabs()
            for name in STARTUP_MODULES:
                importlib.import_module(name)
        except Exception as exc:  # shown by the GUI thread in plain words
            self._failed.emit(exc)
        else:
            self._opened.emit(self.ctx)

    def _fill(self, ctx: AppContext) -> None:
        app, window, args = self._app, self._window, self._args
        try:
            from backup_desk.ops.logs import setup_logging

            setup_logging(ctx.paths, args.debug)
        except Exception:  # logging is helpful, never a reason not to start
            pass
        from backup_desk.ui.companions import attach_companions
        from backup_desk.ui.dialogs.error_dialog import install_excepthook

        window.attach(ctx)
        install_excepthook()
        attach_companions(window)  # catalog watcher, in-app scheduler, tray icon
        app.setQuitOnLastWindowClosed(window.companions.tray is None)
        QTimer.singleShot(500, warm_up_engine)
        if args.quit_after_paint:  # the start-up benchmark: also the time to the tabs built, then quit
            after_next_paint(window, lambda: (print("ready", flush=True), QTimer.singleShot(0, app.quit)))
        elif not args.no_demo:
            from backup_desk.ui.first_run.wizard import open_guide

            # No configuration yet: the first-run guide (its first page offers the demonstration).
            QTimer.singleShot(200, lambda: open_guide(ctx, window, only_if_first=True))

    def _cannot_open(self, exc: Exception) -> None:
        """The catalog could not be opened: say why, in plain words, and end."""
        from backup_desk.ui.controllers.errors import explain
        from backup_desk.ui.dialogs.error_dialog import ErrorDialog

        ErrorDialog(explain(exc)).exec()
        self._app.exit(1)

    def close(self) -> None:
        """After the event loop: waits for a load still running (the window was closed while starting),
        then closes the catalog."""
        if self._thread is not None:
            self._thread.join()
        if self.ctx is not None:
            self.ctx.close()


def run_gui(argv: list[str]) -> int:
    args = parse_args(argv)
    from backup_desk.paths import resolve_paths
    from backup_desk.ui.single_instance import SingleInstance, bring_forward

    config_dir = resolve_paths(args.home).config_dir
    instance = SingleInstance(config_dir)
    if not args.quit_after_paint and not instance.acquire():
        print("Backup Desk is already running: its window was brought forward.")
        return 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Backup Desk")
    app.setOrganizationName("backup-desk")
    app.setDesktopFileName("backup-desk")  # ties the window to resources/linux/backup-desk.desktop
    window = build_window(app, None, config_dir=config_dir)
    if not args.quit_after_paint:
        instance.listen()
        instance.woken.connect(bring_forward(window))
    startup = Startup(app, window, args)
    window.show()
    if args.quit_after_paint:  # the start-up benchmark
        after_next_paint(window, lambda: print("painted", flush=True))
    after_next_paint(window, startup.start)
    code = app.exec()
    startup.close()
    instance.release()
    return int(code)


# The engine work the window still does itself: restore previews and reading an archive's contents.
# Backups, restores and verifies run in job processes (services/job_process.py): their modules stay out.
ENGINE_MODULES = ("backup_desk.engine.restore", "backup_desk.services.archives")


def warm_up_engine() -> threading.Thread:
    """Imports the engine in the background once the window is up. Otherwise the first preview imports it
    on its worker thread, and the C extensions initialising there hold the GIL long enough to stall the
    event loop (about 60 ms measured)."""

    def load() -> None:
        for name in ENGINE_MODULES:
            importlib.import_module(name)
        # What start-up loaded lives as long as the window: keep the cyclic collector off it. A full
        # collection of those ~100,000 objects held the interpreter lock for 320 ms on a loaded machine.
        gc.freeze()

    thread = threading.Thread(target=load, name="engine-warm-up", daemon=True)
    thread.start()
    return thread


class _PaintProbe(QObject):
    def __init__(self, widget: QObject, callback: Callable[[], object]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.deleteLater()
            QTimer.singleShot(0, self._callback)  # once this paint is done
        return False


def after_next_paint(widget: QObject, callback: Callable[[], object]) -> None:
    """Calls `callback` on the GUI thread once `widget` has painted (the next time)."""
    widget.installEventFilter(_PaintProbe(widget, callback))


def build_window(app: QApplication, ctx: AppContext | None, *, config_dir: Path | None = None) -> MainWindow:
    """The configured main window (language, palette, settings); shared by run_gui, tests and scripts.
    Without a catalog (`ctx` None, settings from `config_dir`) only its shell, filled later by attach(ctx)."""
    from backup_desk.ui.i18n import Translations
    from backup_desk.ui.main_window import MainWindow
    from backup_desk.ui.settings import UiSettings
    from backup_desk.ui.theme import apply_theme

    if ctx is not None:
        config_dir = ctx.paths.config_dir
    assert config_dir is not None, "build_window needs a ctx or a config_dir"
    settings = UiSettings(config_dir)
    translations = Translations(app)
    translations.install(settings.language)
    apply_theme(app, settings.theme)
    from backup_desk.ui.icons import icon

    icon.cache_clear()  # icons are tinted for the palette just applied

    def preferences(language: str, theme: str) -> None:
        translations.install(language)
        apply_theme(app, theme)
        from backup_desk.ui.icons import icon

        icon.cache_clear()  # icons are tinted for the palette

    window = MainWindow(ctx, settings, on_preferences=preferences)
    window.translations = translations
    hints = app.styleHints()

    def follow_system(_scheme: object) -> None:
        if settings.theme == "system":
            apply_theme(app, "system")

    hints.colorSchemeChanged.connect(follow_system)
    return window
