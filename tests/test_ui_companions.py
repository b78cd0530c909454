"""The window beside the CLI and the OS timer: it refreshes itself when a backup is made elsewhere, its
scheduler never runs a job a concurrent run-due runs, the tray shows the state and closing keeps it."""

from __future__ import annotations

import json
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from backup_desk.catalog.models import Configuration, utcnow
from backup_desk.services import configs
from backup_desk.services.app_settings import schedules_paused
from backup_desk.services.history import list_backups
from backup_desk.services.models import ConfigInput, HistoryFilter
from backup_desk.ui.companions import attach_companions
from tests.support.cli import cli_env, command, ok, run_cli
from tests.support.ui_helpers import make_window, wait_idle
from tests.test_services_runs import make_folder

pytestmark = pytest.mark.gui


def _shot(widget, folder: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    """A screenshot to look at when changing these views (kept in the test's temporary folder)."""
    assert widget.grab().save(str(folder / f"{name}.png"))


def test_window_shows_a_backup_made_by_the_cli_without_a_click(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path)
    configs.create_config(ctx, ConfigInput(name="Papers", include_files=True, folders=(str(folder),)))
    window = make_window(qtbot, ctx)
    attach_companions(window, start_scheduler=False, tray=False, watch_ms=200)
    window.tabs.setCurrentIndex(2)
    wait_idle(qtbot, window)
    assert window.history.model.rowCount() == 0
    card = window.configurations.card("Papers")
    assert card.view.last_success_at is None
    home = ctx.paths.data_dir.parent
    ok(run_cli(home, "backup", "Papers", "-q"))  # another process writes the catalog
    qtbot.waitUntil(lambda: window.history.model.rowCount() == 1, timeout=15_000)
    row = window.history.model.row_at(0)
    assert row is not None and row.status == "completed" and row.configuration_name == "Papers"
    qtbot.waitUntil(lambda: window.configurations.card("Papers").view.last_success_at is not None,
                    timeout=15_000)
    wait_idle(qtbot, window)
    _shot(window, tmp_path, "refreshed-after-cli-backup")


def test_in_app_scheduler_and_a_concurrent_run_due_run_each_job_once(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    folder = make_folder(tmp_path, files=30, size=20_000)
    ids = []
    for i in range(3):
        data = ConfigInput(name=f"Job {i}", include_files=True, folders=(str(folder),), frequency="daily")
        view = configs.create_config(ctx, data)
        ids.append(view.id)
    with ctx.catalog.write() as s:
        for cid in ids:
            s.get(Configuration, cid).created_at = utcnow() - timedelta(days=3)
    window = make_window(qtbot, ctx)
    bg = attach_companions(window, start_scheduler=False, tray=False)
    proc = subprocess.Popen(command(ctx.paths.data_dir.parent, ("run-due", "--json")), env=cli_env(),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    results: list[object] = []
    ticks: list[bool] = []
    bg.scheduler.ran.connect(results.append)
    bg.scheduler.ticked.connect(ticks.append)
    assert bg.scheduler.tick()  # the window's tick (its check runs off the GUI thread), while run-due runs
    out, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    qtbot.waitUntil(lambda: bool(ticks), timeout=60_000)
    if ticks[0]:  # a pass started: it ends with its results
        qtbot.waitUntil(lambda: bool(results), timeout=60_000)
    wait_idle(qtbot, window)
    by_cli = [r["configuration_id"] for r in json.loads(out)["runs"]]
    by_window = [r.configuration_id for r in (results[0] if results else [])]  # type: ignore[attr-defined]
    assert sorted(by_cli + by_window) == sorted(ids)  # every job once, between the two
    rows = list_backups(ctx, HistoryFilter()).items
    assert sorted(r.configuration_id for r in rows) == sorted(ids)
    assert bg.scheduler.tick()
    qtbot.waitUntil(lambda: len(ticks) == 2, timeout=60_000)
    assert ticks[1] is False  # nothing due any more


def test_tray_menu_state_pause_and_close_to_tray(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.catalog.models import Backup

    folder = make_folder(tmp_path)
    broken = configs.create_config(ctx, ConfigInput(name="Broken", include_files=True, folders=(str(folder),),
                                                    frequency="daily"))
    with ctx.catalog.write() as s:
        s.add(Backup(backup_name="x", backup_type="full", status="failed", configuration_id=broken.id,
                     error_message="disk full", completed_at=utcnow()))
    window = make_window(qtbot, ctx)
    bg = attach_companions(window, start_scheduler=False, tray=True)
    tray = bg.tray
    assert tray is not None
    qtbot.waitUntil(lambda: tray.state is not None, timeout=10_000)
    assert tray.state.level == "error"  # type: ignore[union-attr]
    assert "Last run failed: Broken" in tray.icon.toolTip()
    texts = [a.text() for a in tray.menu.actions()]
    assert texts[:3] == ["Open Backup Desk", "Back up now", "Pause schedules"] and texts[-1] == "Quit"
    assert [a.text() for a in tray.backup_menu.actions()] == ["Broken"]
    tray.act_pause.trigger()
    qtbot.waitUntil(lambda: schedules_paused(ctx), timeout=10_000)
    qtbot.waitUntil(lambda: "paused" in tray.icon.toolTip(), timeout=10_000)
    # A notice written by run-due (no window) shows as a tray message once the window sees it.
    from backup_desk.services.notify.desktop import send_desktop
    from backup_desk.services.notify.message import Notice

    send_desktop(Notice("failure", "Broken", "The folder is gone.", utcnow()), ctx.paths.data_dir)
    tray.refresh()
    qtbot.waitUntil(lambda: bool(tray.shown_notices), timeout=10_000)
    assert tray.shown_notices[0]["configuration_name"] == "Broken"
    # Closing hides the window and keeps the app; Quit really closes.
    window.settings.close_to_tray = True
    window.close()
    assert not window.isVisible() and window.companions.tray is tray  # still there, in the tray
    tray.open_requested.emit()
    assert window.isVisible()
    tray.act_quit.trigger()
    assert not window.isVisible()


def test_schedules_dialog_installs_tests_webhook_and_saves(qtbot, ctx, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog

    from backup_desk.services.app_settings import notify_settings
    from backup_desk.ui.dialogs.schedules import SchedulesDialog, load_schedule_settings
    from backup_desk.ui.settings import UiSettings
    from tests.support.notify_servers import webhook_server

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("BACKUP_DESK_SCHEDULER_BACKEND", "systemd")  # files in the temporary XDG home only
    settings = UiSettings(ctx.paths.config_dir)
    dialog = SchedulesDialog(ctx, settings, load_schedule_settings(ctx))
    qtbot.addWidget(dialog)
    dialog.show()
    assert "only while Backup Desk is open" in dialog.os_status.text()
    dialog.install_button.click()  # registered off the GUI thread
    qtbot.waitUntil(dialog.uninstall_button.isEnabled, timeout=10_000)
    with webhook_server() as (url, hooks):
        dialog.webhook.setText(url)
        dialog.findChild(type(dialog.install_button), "test_webhook").click()
        qtbot.waitUntil(lambda: "Test sent" in dialog.test_result.text(), timeout=10_000)
        assert hooks[0]["json"]["kind"] == "test"
    _shot(dialog, tmp_path, "schedules-dialog")
    dialog.on_success.setChecked(True)
    dialog.save()  # saved off the GUI thread, then the dialog closes
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    saved = notify_settings(ctx)
    assert saved.webhook_url == url and saved.on_success
    dialog2 = SchedulesDialog(ctx, settings, load_schedule_settings(ctx))
    qtbot.addWidget(dialog2)
    dialog2.uninstall_button.click()
    qtbot.waitUntil(lambda: "only while Backup Desk is open" in dialog2.os_status.text(), timeout=10_000)
    assert not list((tmp_path / "xdg" / "systemd" / "user").glob("backup-desk-*"))


def test_config_form_schedule_fields_and_retention_preview(qtbot, ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.catalog.models import Backup
    from backup_desk.services.schedule import local_zone
    from backup_desk.ui.dialogs.config_form import ConfigFormDialog

    folder = make_folder(tmp_path)
    view = configs.create_config(ctx, ConfigInput(name="Docs", include_files=True, folders=(str(folder),),
                                                  frequency="daily", retention_days=7))
    dest = tmp_path / "archives"
    dest.mkdir()
    with ctx.catalog.write() as s:
        for days in (40, 30, 20, 10, 1):
            archive = dest / f"docs-{days}.zip"
            archive.write_bytes(b"x" * 1000)
            s.add(Backup(backup_name=f"Docs -{days}d", backup_type="full", status="completed",
                         configuration_id=view.id, file_path=str(archive), file_size=1000, files_count=3,
                         created_at=utcnow() - timedelta(days=days)))
    dialog = ConfigFormDialog(ctx, configs.get_config(ctx, view.id))
    qtbot.addWidget(dialog)
    dialog.show()
    rule = dialog.retention_rule
    # 10, 20, 30 and 40 days old are past 7 days; the newest 3 good ones (1, 10, 20) stay: 2 would go.
    qtbot.waitUntil(lambda: "2 backup(s)" in rule.preview.text(), timeout=10_000)
    rule.keep_last.setValue(1)
    qtbot.waitUntil(lambda: "4 backup(s)" in rule.preview.text(), timeout=10_000)
    rule.gfs[2].setValue(12)  # monthly GFS keeps one per month
    # The newest (the minimum) and each month's newest stay; the other ones past 7 days go.
    now = utcnow()
    ages = (1, 10, 20, 30, 40)
    newest_per_month: dict[tuple[int, int], int] = {}
    for age in ages:  # newest first
        when = (now - timedelta(days=age)).astimezone(local_zone())
        newest_per_month.setdefault((when.year, when.month), age)
    going = [a for a in ages if a > 7 and a != 1 and a not in newest_per_month.values()]
    qtbot.waitUntil(lambda: f"{len(going)} backup(s)" in rule.preview.text()
                    or (not going and "no backup would be deleted" in rule.preview.text()), timeout=10_000)
    assert dialog.schedule.isVisible() and dialog.schedule.time.isVisible()
    assert not dialog.schedule.weekday.isVisible()
    dialog.frequency.setCurrentIndex(dialog.frequency.findData("weekly"))
    assert dialog.schedule.weekday.isVisible() and not dialog.schedule.month_day.isVisible()
    dialog.schedule.weekday.setCurrentIndex(4)
    dialog.schedule.time.setTime(dialog.schedule.time.time().fromString("18:45", "HH:mm"))
    _shot(dialog, tmp_path, "config-form-schedule")
    data, _again = dialog.read()
    assert (data.frequency, data.weekday, data.time_of_day, data.keep_last, data.gfs_monthly) == (
        "weekly", 4, "18:45", 1, 12)
    saved = configs.update_config(ctx, view.id, data)
    assert (saved.weekday, saved.time_of_day, saved.keep_last) == (4, "18:45", 1)
    assert saved.next_run_at is not None and saved.next_run_at.astimezone().weekday() == 4
