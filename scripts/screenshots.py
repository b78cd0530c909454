"""Renders every tab and dialog of the window, in English and French, to docs/screenshots/*.png.

Runs offscreen on a throwaway home with the demonstration set-up, real backups and sample history:
    python scripts/screenshots.py [--out docs/screenshots] [--lang en fr] [--dark]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

SIZE = (1280, 820)


def settle(ms: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check: Callable[[], bool], timeout_s: float = 60) -> None:
    import time

    end = time.monotonic() + timeout_s
    while not check() and time.monotonic() < end:
        settle(50)


def idle(window) -> bool:  # type: ignore[no-untyped-def]
    return bool(window.work.idle())


def prepare_home(home: Path) -> None:
    """The demonstration configurations, two real backups (one encrypted-free full, one metadata) and a
    believable history around them."""
    from backup_desk.services import configs, runs
    from backup_desk.services.context import AppContext
    from backup_desk.services.demo import ensure_demo
    from backup_desk.services.maintenance.samples import create_sample_backups

    ctx = AppContext.open(home)
    ensure_demo(ctx)
    create_sample_backups(ctx, 120, seed=42)
    big = home / "big-folder"  # large enough that the progress panel is on screen for the picture
    big.mkdir(parents=True, exist_ok=True)
    for n in range(24):
        (big / f"video-{n:02d}.bin").write_bytes(os.urandom(8 << 20))
    from backup_desk.services.models import ConfigInput

    configs.create_config(ctx, ConfigInput(name="Video archive", include_files=True, folders=(str(big),),
                                           is_active=False, compression_algorithm="deflate"))
    for name in ("Weekly metadata", "Daily full backup"):
        run = runs.prepare_run(ctx, configs.get_config(ctx, name).id)
        runs.execute_run(ctx, run)
    ctx.close()


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    widget.grab().save(str(path))
    print(path)


def dialog_shot(
    dialog: QWidget, path: Path, before: Callable[[], None] | None = None, size: tuple[int, int] | None = None
) -> None:
    if size:
        dialog.resize(*size)
    dialog.show()
    if before:
        before()
    shoot(dialog, path)
    dialog.close()


def render(home: Path, out: Path, lang: str, theme: str) -> None:
    from backup_desk.services import configs, history
    from backup_desk.services.context import AppContext
    from backup_desk.ui.app import build_window
    from backup_desk.ui.controllers.errors import explain
    from backup_desk.ui.dialogs.config_form import ConfigFormDialog
    from backup_desk.ui.dialogs.details import DetailsDialog
    from backup_desk.ui.dialogs.error_dialog import ErrorDialog
    from backup_desk.ui.dialogs.quick_backup import QuickBackupDialog
    from backup_desk.ui.dialogs.restore import RestoreDialog
    from backup_desk.ui.dialogs.settings import SettingsDialog
    from backup_desk.ui.format import human_size

    app = QApplication.instance()
    ctx = AppContext.open(home)
    from backup_desk.ui.settings import UiSettings

    prefs = UiSettings(ctx.paths.config_dir)
    prefs.language, prefs.theme, prefs.geometry = lang, theme, None  # type: ignore[assignment]
    prefs.sync()
    window = build_window(app, ctx)  # type: ignore[arg-type]
    window.resize(*SIZE)
    window.show()
    wait_until(lambda: idle(window))
    suffix = f"{lang}" + ("-dark" if theme == "dark" else "")
    p = lambda name: out / f"{name}-{suffix}.png"  # noqa: E731
    for index, name in enumerate(("dashboard", "configurations", "history")):
        window.tabs.setCurrentIndex(index)
        shoot(window, p(name))
    if theme == "dark":
        ctx.close()
        window.close()
        return
    window.tabs.setCurrentIndex(0)
    t = QCoreApplication.translate
    done = t("ConfigActions", "Backup “{0}” completed ({1}).")
    wait = t("ConfigActions", "Wait for the running backup of “{0}” to end first.")
    window.bus.success(done.format("Daily full backup", human_size(1_250_000)))
    window.bus.warning(wait.format("Weekly metadata"))
    window.bus.error(t("Errors", "A file or folder could not be used: {0}.").format("/media/usb"))
    shoot(window, p("toasts"))
    # a backup running: the progress panel (the toasts above are dismissed first)
    for toast in window.toasts.toasts():
        toast.deleteLater()
    cfg = configs.get_config(ctx, "Daily full backup")
    big = configs.get_config(ctx, "Video archive")
    window.config_actions.run_now(big.id, big.name)
    rows = window.progress.rows
    wait_until(lambda: not rows() or rows()[0].task.last_progress is not None, 10)
    wait_until(lambda: not rows() or ((rows()[0].task.last_progress or 0) and rows()[0].bar.value() > 50), 10)
    window.grab().save(str(p("progress")))  # at once: the backup takes about a second
    wait_until(lambda: idle(window))
    window.history.filters.status_box.setCurrentIndex(window.history.filters.status_box.findData("failed"))
    window.tabs.setCurrentIndex(2)
    wait_until(lambda: idle(window))
    shoot(window, p("history-filtered"))
    window.history.filters.reset_button.click()
    wait_until(lambda: idle(window))
    dialog_shot(ConfigFormDialog(ctx, None, window), p("form-new"), lambda: wait_until(lambda: True, 0.3))
    dialog_shot(ConfigFormDialog(ctx, cfg, window), p("form-edit"), lambda: settle(400))
    real = history.list_backups(ctx, history.HistoryFilter(search="Daily full"), 1, 5).items[0]  # type: ignore[attr-defined]
    dialog_shot(DetailsDialog(history.get_backup(ctx, real.id), window), p("details"))
    failed = history.list_backups(ctx, history.HistoryFilter(status="failed"), 1, 1).items[0]  # type: ignore[attr-defined]
    dialog_shot(DetailsDialog(history.get_backup(ctx, failed.id), window), p("details-failed"))
    restore = RestoreDialog(ctx, real, window.work, window.bus, window)
    dialog_shot(
        restore, p("restore"), lambda: wait_until(lambda: restore.contents is not None, 10), (760, 720)
    )
    restore = RestoreDialog(ctx, real, window.work, window.bus, window)

    def preview() -> None:
        wait_until(lambda: restore.contents is not None, 10)
        restore.start(dry_run=True)
        wait_until(lambda: restore.outcome is not None, 20)

    dialog_shot(restore, p("restore-preview"), preview, (760, 720))
    dialog_shot(QuickBackupDialog(ctx, window), p("quick-backup"))
    dialog_shot(SettingsDialog(window.settings, window), p("settings"))
    err = RuntimeError("disk I/O error")  # an unexpected error: plain words first, details behind a button
    dialog_shot(ErrorDialog(explain(err, "Traceback (most recent call last): …"), window), p("error"))
    trace = "Traceback (most recent call last):\n  …\nRuntimeError: disk I/O error"
    dialog = ErrorDialog(explain(err, trace), window)
    dialog_shot(dialog, p("error-details"), dialog.details_button.click)
    box = QMessageBox(QMessageBox.Icon.Warning, window.tr("Delete configuration"), "", parent=window)
    box.setText(
        QCoreApplication.translate(
            "ConfigActions", "Delete the configuration “{0}”? Its past backups stay in the history."
        ).format(cfg.name)
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.addButton(
        QCoreApplication.translate("ConfigActions", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    dialog_shot(box, p("confirm-delete"))
    window.close()
    ctx.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs" / "screenshots"))
    parser.add_argument("--lang", nargs="+", default=["en", "fr"])
    parser.add_argument("--dark", action="store_true", help="also render the tabs with the dark palette")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(suffix=".bdtmp") as tmp:
        home = Path(tmp) / "home"
        prepare_home(home)
        for lang in args.lang:
            render(home, out, lang, "light")
            if args.dark:
                render(home, out, lang, "dark")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
