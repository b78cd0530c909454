"""Starting the window: `run_gui(argv)` (called by `backup-desk` without a command, or `backup-desk gui`)."""

from __future__ import annotations

import argparse
import importlib
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from backup_desk.services.context import AppContext


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


def offer_demo(ctx: AppContext, window: object, *, ask: bool = True) -> bool:
    """On the first start of an empty home, create the demonstration configurations and source."""
    from backup_desk.services import configs
    from backup_desk.services.demo import ensure_demo

    if configs.list_configs(ctx):
        return False
    if ask:
        answer = QMessageBox.question(
            window,  # type: ignore[arg-type]
            QApplication.translate("App", "Welcome to Backup Desk"),
            QApplication.translate(
                "App",
                "There is no configuration yet. Create four demonstration "
                "configurations with a small sample database and folder, so you can try "
                "a backup and a restore right away?",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
    ensure_demo(ctx)
    return True


def run_gui(argv: list[str]) -> int:
    args = parse_args(argv)
    from backup_desk.paths import resolve_paths
    from backup_desk.ui.single_instance import SingleInstance, bring_forward

    instance = SingleInstance(resolve_paths(args.home).config_dir)
    if not args.quit_after_paint and not instance.acquire():
        print("Backup Desk is already running: its window was brought forward.")
        return 0
    # Opening the catalog (migrations, crash recovery: mostly SQLite, which releases the GIL) overlaps
    # with loading Qt and the window's modules: start-up is what a person waits for.
    with ThreadPoolExecutor(max_workers=1) as pool:
        opening = pool.submit(AppContext.open, args.home)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        app.setApplicationName("Backup Desk")
        app.setOrganizationName("backup-desk")
        app.setDesktopFileName("backup-desk")  # ties the window to resources/linux/backup-desk.desktop
        from backup_desk.ui.controllers.errors import explain
        from backup_desk.ui.dialogs.error_dialog import ErrorDialog, install_excepthook
        from backup_desk.ui.main_window import MainWindow  # noqa: F401 - loaded while the catalog opens

        try:
            ctx = opening.result()
        except Exception as exc:  # the catalog could not be opened: say why, in plain words
            ErrorDialog(explain(exc)).exec()
            return 1
    try:
        from backup_desk.ops.logs import setup_logging

        setup_logging(ctx.paths, args.debug)
    except Exception:  # logging is helpful, never a reason not to start
        pass
    window = build_window(app, ctx)
    install_excepthook()
    instance.listen()
    instance.woken.connect(bring_forward(window))
    window.show()
    from backup_desk.ui.companions import attach_companions

    attach_companions(window)  # catalog watcher, in-app scheduler, tray icon
    app.setQuitOnLastWindowClosed(window.companions.tray is None)
    QTimer.singleShot(500, warm_up_engine)
    if args.quit_after_paint:
        _quit_after_first_paint(app, window)
    elif not args.no_demo:
        from backup_desk.ui.first_run.wizard import open_guide

        # No configuration yet: the first-run guide (its first page offers the demonstration).
        QTimer.singleShot(200, lambda: open_guide(ctx, window, only_if_first=True))
    code = app.exec()
    ctx.close()
    instance.release()
    return int(code)


ENGINE_MODULES = ("backup_desk.engine.backup", "backup_desk.engine.restore", "backup_desk.engine.verify",
                  "backup_desk.services.runs", "backup_desk.services.archives")


def warm_up_engine() -> threading.Thread:
    """Imports the engine in the background once the window is up. Otherwise the first backup imports it
    on its worker thread, and the C extensions initialising there hold the GIL long enough to stall the
    event loop (about 60 ms measured)."""

    def load() -> None:
        for name in ENGINE_MODULES:
            importlib.import_module(name)

    thread = threading.Thread(target=load, name="engine-warm-up", daemon=True)
    thread.start()
    return thread


def _quit_after_first_paint(app: QApplication, window: object) -> None:
    """For the start-up benchmark: print 'painted' once the window has painted, then quit."""
    from PySide6.QtCore import QEvent, QObject

    class Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                QTimer.singleShot(0, app.quit)
                watched.removeEventFilter(self)
            return False

    probe = Probe(app)
    window.installEventFilter(probe)  # type: ignore[attr-defined]


def build_window(app: QApplication, ctx: AppContext):
    """The configured main window (language, palette, settings); shared by run_gui, tests and scripts."""
    from backup_desk.ui.i18n import Translations
    from backup_desk.ui.main_window import MainWindow
    from backup_desk.ui.settings import UiSettings
    from backup_desk.ui.theme import apply_theme

    settings = UiSettings(ctx.paths.config_dir)
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
    window.translations = translations  # type: ignore[attr-defined]
    hints = app.styleHints()

    def follow_system(_scheme: object) -> None:
        if settings.theme == "system":
            apply_theme(app, "system")

    hints.colorSchemeChanged.connect(follow_system)
    return window
