"""Specification, "Tests et démonstration", section Dashboard (steps 1-3), driving the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from backup_desk.services import history, stats
from backup_desk.services.connection import fields_from_url
from backup_desk.services.demo import ensure_demo
from backup_desk.services.maintenance.samples import create_sample_backups
from backup_desk.services.models import HistoryFilter
from backup_desk.ui.dialogs.quick_backup import QuickBackupDialog
from backup_desk.ui.format import human_duration, human_size
from tests.support.ui_helpers import make_window, toast_texts, wait_idle, when_modal

pytestmark = pytest.mark.gui


def test_1_statistics(qtbot, ctx) -> None:
    ensure_demo(ctx)
    create_sample_backups(ctx, 40, seed=3)
    window = make_window(qtbot, ctx)
    s = stats.compute_stats(ctx)
    w = window.dashboard.stats
    assert w.total_size.value.text() == human_size(s.total_size)
    assert w.duration.value.text() == human_duration(s.mean_duration_seconds)
    assert w.total_size.note.text() == "40 backups in total"
    assert w.trend.value.text() == str(s.last_7_days)
    assert sum(t.count for t in s.by_type) == 40
    recent = history.list_backups(ctx, HistoryFilter(), 1, 5).items
    shown = [window.dashboard.recent_grid.itemAtPosition(n, 0).widget().text() for n in range(len(recent))]
    assert shown == [b.backup_name for b in recent]
    # A recent backup opens with one click (its details dialog).
    from backup_desk.ui.dialogs.details import DetailsDialog

    opened: list[str] = []
    when_modal(lambda d: (opened.append(d.windowTitle()), d.accept()), DetailsDialog)
    qtbot.mouseClick(window.dashboard.recent_grid.itemAtPosition(0, 0).widget(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    # sample failures make the failed configurations stand out
    failed_cfgs = {c.name for c in window.dashboard.data.configs if c.last_status == "failed"}
    if failed_cfgs:
        assert window.dashboard.attention.isVisible()
        assert all(name in window.dashboard.attention.text() for name in failed_cfgs)


def test_2_quick_actions(qtbot, ctx, tmp_path: Path) -> None:
    report = ensure_demo(ctx)
    window = make_window(qtbot, ctx)
    d = window.dashboard
    d.config_box.setCurrentIndex(d.config_box.findText("Weekly metadata"))
    qtbot.mouseClick(d.run_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    rows = history.list_backups(ctx, HistoryFilter(search="Weekly metadata"), 1, 10)
    assert rows.total == 1 and rows.items[0].status == "completed"
    assert rows.items[0].backup_type == "metadata" and Path(rows.items[0].file_path).is_file()
    assert any("completed" in t for t in toast_texts(window))

    def fill(dialog: QuickBackupDialog) -> None:
        dialog.name.clear()
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.name, "Before upgrade")
        dialog.database.set_fields(fields_from_url(report.database_url))
        dialog.folder.setText(str(report.folder_path))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(fill, QuickBackupDialog)
    qtbot.mouseClick(d.quick_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    quick = history.list_backups(ctx, HistoryFilter(search="Before upgrade"), 1, 10)
    assert quick.total == 1, toast_texts(window)
    q = quick.items[0]
    assert q.status == "completed" and q.configuration_id is None and (q.files_count or 0) > 0
    assert Path(q.file_path).is_file()
    # the dashboard shows them as the most recent backups
    names = [d.recent_grid.itemAtPosition(n, 0).widget().text() for n in range(2)]
    assert names[0].startswith("Before upgrade") and names[1].startswith("Weekly metadata")


def test_3_see_all_navigation(qtbot, ctx) -> None:
    ensure_demo(ctx)
    create_sample_backups(ctx, 30, seed=11)
    window = make_window(qtbot, ctx)
    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(window.dashboard.see_all_configs, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 1
    window.tabs.setCurrentIndex(0)
    qtbot.mouseClick(window.dashboard.see_all_history, Qt.MouseButton.LeftButton)
    assert window.tabs.currentIndex() == 2
    wait_idle(qtbot, window)
    assert window.history.pager.summary.text().endswith("of 30")
    window.tabs.setCurrentIndex(0)
    assert window.dashboard.see_failures.isVisible()
    qtbot.mouseClick(window.dashboard.see_failures, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    failed = history.list_backups(ctx, HistoryFilter(status="failed"), 1, 25)
    assert window.tabs.currentIndex() == 2
    assert window.history.filters.status_box.currentData() == "failed"
    assert {b.status for b in window.history.model.rows()} == {"failed"}
    assert window.history.pager.summary.text().endswith(f"of {failed.total}")
    # keyboard: Ctrl+1 goes back to the dashboard
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.history.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 0


def test_card_opens_its_history(qtbot, ctx) -> None:
    ensure_demo(ctx)
    create_sample_backups(ctx, 30, seed=5)
    window = make_window(qtbot, ctx)
    window.tabs.setCurrentIndex(1)
    card = window.configurations.card("Weekly metadata")
    qtbot.mouseClick(card.history_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert window.tabs.currentIndex() == 2
    expected = history.list_backups(ctx, HistoryFilter(configuration_id=card.view.id), 1, 25)
    assert {b.configuration_name for b in window.history.model.rows()} <= {"Weekly metadata"}
    assert expected.total > 0 and window.history.pager.summary.text().endswith(f"of {expected.total}")
    assert window.history.scope.isVisible() and "Weekly metadata" in window.history.scope.text()
    qtbot.mouseClick(window.history.filters.reset_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert not window.history.scope.isVisible()
    assert window.history.pager.summary.text().endswith("of 30")
