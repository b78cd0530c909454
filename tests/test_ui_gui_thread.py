"""No service call and no catalog session on the GUI thread: a real window session (every tab, a backup, a
configuration toggled, duplicated and edited, a backup's details, verify, a restore preview, the schedules
dialog, delete, the tray's pause) runs with every public
function of backup_desk.services and the catalog's sessions wrapped to record the thread that called them.
The event loop must stay free: anything reading or writing data goes through the window's WorkManager."""

from __future__ import annotations

import functools
import importlib
import inspect
import pkgutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import is_dataclass
from pathlib import Path
from typing import Any

import pytest

import backup_desk.services
from backup_desk.catalog.db import Catalog
from backup_desk.services import configs
from backup_desk.services.models import ConfigInput
from tests.support.ui_helpers import make_window, toast_texts, wait_idle, when_modal
from tests.test_services_runs import make_folder

pytestmark = pytest.mark.gui

# Pure helpers of the service layer (no file, catalog, keyring or network): computing them where they are
# shown is fine.
PURE = {
    "backup_desk.services.history.page_window",  # the pager's page numbers
    "backup_desk.services.connection.build_url",  # the connection fields' URL, from what is typed
    "backup_desk.services.connection.fields_from_url",
    "backup_desk.services.connection.sqlite_url",  # a file's path as a URL (what build_url gives for SQLite)
}


def _service_modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(backup_desk.services.__path__, "backup_desk.services."):
        yield importlib.import_module(info.name)


@contextmanager
def calls_recorded(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, bool]]]:
    """(qualified name, called on the GUI thread) for every service function and catalog session."""
    calls: list[tuple[str, bool]] = []
    gui = threading.main_thread()

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def recorded(*args: Any, **kwargs: Any) -> Any:
            calls.append((name, threading.current_thread() is gui))
            return fn(*args, **kwargs)

        return recorded

    wrapped: dict[int, Callable[..., Any]] = {}
    for module in _service_modules():
        for attr, value in vars(module).items():
            if (inspect.isfunction(value) and value.__module__ == module.__name__ and not attr.startswith("_")
                    and f"{module.__name__}.{attr}" not in PURE):
                wrapped[id(value)] = wrap(f"{module.__name__}.{attr}", value)
                monkeypatch.setattr(module, attr, wrapped[id(value)])
    # The names the window's modules imported (`from backup_desk.services.x import f`) are rebound too.
    import sys

    for name, module in list(sys.modules.items()):
        if name.startswith(("backup_desk.ui", "backup_desk.jobs", "backup_desk.services")) and module:
            for attr, value in list(vars(module).items()):
                if id(value) in wrapped and inspect.isfunction(value):
                    monkeypatch.setattr(module, attr, wrapped[id(value)])
    for method in ("read", "write"):
        monkeypatch.setattr(Catalog, method, wrap(f"Catalog.{method}", getattr(Catalog, method)))
    # Methods of the service layer's classes that reach outside (the keyring, the OS scheduler…).
    for module in _service_modules():
        for value in list(vars(module).values()):
            if inspect.isclass(value) and value.__module__ == module.__name__ and not is_dataclass(value):
                for attr, method in list(vars(value).items()):
                    name = f"{module.__name__}.{value.__name__}.{attr}"
                    if inspect.isfunction(method) and not attr.startswith("_") and name not in PURE:
                        monkeypatch.setattr(value, attr, wrap(name, method))
    yield calls
    monkeypatch.undo()


def test_a_window_session_calls_no_service_on_the_gui_thread(qtbot, ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from backup_desk.ui.companions import attach_companions
    from backup_desk.ui.dialogs.config_form import ConfigFormDialog
    from backup_desk.ui.dialogs.details import DetailsDialog
    from backup_desk.ui.dialogs.restore import RestoreDialog
    from backup_desk.ui.dialogs.schedules import SchedulesDialog

    folder = make_folder(tmp_path)
    view = configs.create_config(ctx, ConfigInput(name="Papers", include_files=True, folders=(str(folder),),
                                                  frequency="daily"))
    with calls_recorded(monkeypatch) as calls:
        window = make_window(qtbot, ctx)
        companions = attach_companions(window, start_scheduler=False, tray=True, watch_ms=200)
        for tab in (0, 1, 2, 0):
            window.tabs.setCurrentIndex(tab)
            wait_idle(qtbot, window)
        companions.scheduler.tick()
        card = window.configurations.card("Papers")
        card.run_requested.emit(view.id)  # Back up now, from the card
        wait_idle(qtbot, window)
        card = window.configurations.card("Papers")
        card.toggle_requested.emit(view.id)
        wait_idle(qtbot, window)
        window.configurations.card("Papers").duplicate_requested.emit(view.id)  # the card was rebuilt
        wait_idle(qtbot, window)
        qtbot.waitUntil(lambda: len(window.configurations.cards) == 2, timeout=10_000)

        def rename(dialog: ConfigFormDialog) -> None:
            dialog.name.setText("Papers, renamed")
            qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
            dialog.save_button.click()

        when_modal(rename, ConfigFormDialog)
        window.configurations.card("Papers").edit_requested.emit(view.id)
        qtbot.waitUntil(lambda: any(c.view.name == "Papers, renamed" for c in window.configurations.cards),
                        timeout=20_000)
        window.tabs.setCurrentIndex(2)
        wait_idle(qtbot, window)
        backup = window.history.model.row_at(0)
        assert backup is not None and backup.status == "completed"
        details: list[DetailsDialog] = []

        def seen(dialog: DetailsDialog) -> None:
            details.append(dialog)
            dialog.accept()

        when_modal(seen, DetailsDialog)
        window.history_actions.show_details(backup)
        qtbot.waitUntil(lambda: bool(details), timeout=10_000)
        wait_idle(qtbot, window)
        window.history_actions.verify(backup)
        wait_idle(qtbot, window)

        def preview(dialog: RestoreDialog) -> None:
            qtbot.waitUntil(lambda: dialog.contents is not None and dialog.preview_button.isEnabled(),
                            timeout=20_000)
            dialog.preview_button.click()
            qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=20_000)
            dialog.reject()

        when_modal(preview, RestoreDialog)
        window.history_actions.restore(backup)
        wait_idle(qtbot, window)

        def save_schedules(dialog: SchedulesDialog) -> None:
            dialog.on_success.setChecked(True)
            dialog.save()

        when_modal(save_schedules, SchedulesDialog)
        window.act_schedules.trigger()
        qtbot.waitUntil(lambda: any(n.endswith("save_notify_settings") for n, _gui in calls), timeout=10_000)
        wait_idle(qtbot, window)
        def press(text: str) -> Callable[[QMessageBox], None]:
            return lambda box: next(b for b in box.buttons() if b.text() == text).click()

        def delete_it(box: QMessageBox) -> None:
            press("Delete")(box)
            when_modal(press("Delete it anyway"), QMessageBox)  # the last good backup: asked twice

        when_modal(delete_it, QMessageBox)
        window.history_actions.delete(backup)
        qtbot.waitUntil(lambda: any("deleted" in t for t in toast_texts(window)), timeout=20_000)
        wait_idle(qtbot, window)
        assert companions.tray is not None
        companions.tray.act_pause.trigger()
        wait_idle(qtbot, window)
        companions.watcher.stop()
    on_gui = sorted({name for name, gui in calls if gui})
    assert on_gui == [], on_gui
    names = {name for name, _gui in calls}
    expected = ("configs.list_configs", "history.list_backups", "configs.toggle_config", "configs.get_config",
                "configs.update_config", "job_process.run_in_child", "history.delete_backup",
                "archives.restore", "restore_place.fresh_place", "retention.is_last_good",
                "scheduler.due_configs", "app_settings.save_notify_settings",
                "app_settings.set_schedules_paused")
    # the watch saw the session's calls (off the GUI thread); the backup and the verify ran in job processes
    for name in expected:
        assert f"backup_desk.services.{name}" in names
    assert {"Catalog.read", "Catalog.write"} <= names
