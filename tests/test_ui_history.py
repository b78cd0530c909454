"""Specification, "Tests et démonstration", section Historique (steps 1-6), driving the real window."""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from backup_desk.services import configs, history, runs, stats
from backup_desk.services.demo import ensure_demo
from backup_desk.services.maintenance.samples import create_sample_backups
from backup_desk.services.models import HistoryFilter
from backup_desk.ui.dialogs.details import DetailsDialog
from tests.support.ui_helpers import make_window, toast_texts, wait_idle, when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def sample_window(qtbot, ctx):
    ensure_demo(ctx)
    create_sample_backups(ctx, 60, seed=7)
    window = make_window(qtbot, ctx)
    window.tabs.setCurrentIndex(2)
    return window


def _real_backup(ctx, name: str = "Daily full backup"):
    run = runs.prepare_run(ctx, configs.get_config(ctx, name).id)
    view = runs.execute_run(ctx, run)
    assert view.status == "completed", view.error_message
    return view


def _names(window) -> list[str]:
    return [b.backup_name for b in window.history.model.rows()]


def test_1_browse_pages(qtbot, sample_window, ctx) -> None:
    window = sample_window
    h = window.history
    assert h.model.rowCount() == 25
    assert h.pager.summary.text() == "1–25 of 60"
    assert [b.text() for b in h.pager.page_buttons()] == ["1", "2", "3"]
    first_page = [b.id for b in h.model.rows()]
    assert first_page == [b.id for b in history.list_backups(ctx, HistoryFilter(), 1, 25).items]
    qtbot.mouseClick(h.pager.next_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert h.pager.summary.text() == "26–50 of 60"
    assert [b.id for b in h.model.rows()] == [
        b.id for b in history.list_backups(ctx, HistoryFilter(), 2, 25).items
    ]
    h.pager.size_box.setCurrentIndex(h.pager.size_box.findData(10))
    wait_idle(qtbot, window)
    assert h.model.rowCount() == 10
    assert [b.text() for b in h.pager.page_buttons()] == ["1", "2", "6"]  # 1 2 … 6
    qtbot.mouseClick(h.pager.page_buttons()[-1], Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert h.pager.summary.text() == "51–60 of 60" and not h.pager.next_button.isEnabled()


def test_2_filters_alone_and_combined(qtbot, sample_window, ctx) -> None:
    window = sample_window
    bar = window.history.filters
    bar.type_box.setCurrentIndex(bar.type_box.findData("metadata"))
    wait_idle(qtbot, window)
    expected = history.list_backups(ctx, HistoryFilter(backup_type="metadata"), 1, 100)
    assert window.history.pager.summary.text().endswith(f"of {expected.total}")
    assert {b.backup_type for b in window.history.model.rows()} == {"metadata"}
    bar.status_box.setCurrentIndex(bar.status_box.findData("failed"))
    wait_idle(qtbot, window)
    both = history.list_backups(ctx, HistoryFilter(backup_type="metadata", status="failed"), 1, 100)
    assert [b.id for b in window.history.model.rows()] == [b.id for b in both.items][:25]
    # a date range: the last 30 days only
    bar.type_box.setCurrentIndex(0)
    bar.status_box.setCurrentIndex(0)
    bar.from_check.setChecked(True)
    start = date.today() - timedelta(days=30)
    from PySide6.QtCore import QDate

    bar.from_date.setDate(QDate(start.year, start.month, start.day))
    qtbot.mouseClick(bar.search_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    ranged = history.list_backups(ctx, HistoryFilter(date_from=start), 1, 25)
    assert 0 < ranged.total < 60
    assert window.history.pager.summary.text().endswith(f"of {ranged.total}")
    # filters survive a trip to another tab and a restart
    window.tabs.setCurrentIndex(0)
    window.tabs.setCurrentIndex(2)
    assert bar.from_check.isChecked()
    window.close()
    again = make_window(qtbot, ctx)
    assert again.history_controller.filters.date_from == start
    assert again.history.filters.from_check.isChecked()
    qtbot.mouseClick(again.history.filters.reset_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, again)
    assert again.history.pager.summary.text().endswith("of 60")


def test_3_search_by_name(qtbot, sample_window, ctx) -> None:
    window = sample_window
    _real_backup(ctx, "Weekly metadata")
    window.bus.history_changed.emit()
    wait_idle(qtbot, window)
    qtbot.keyClicks(window.history.filters.search, "weekly")
    qtbot.keyClick(window.history.filters.search, Qt.Key.Key_Return)
    wait_idle(qtbot, window)
    names = _names(window)
    expected = history.list_backups(ctx, HistoryFilter(search="weekly"), 1, 25)
    assert names and all("weekly" in n.lower() for n in names)
    assert window.history.pager.summary.text().endswith(f"of {expected.total}")


def test_4_details_dialog(qtbot, sample_window, ctx) -> None:
    window = sample_window
    window.history.filters.status_box.setCurrentIndex(window.history.filters.status_box.findData("failed"))
    wait_idle(qtbot, window)
    window.history.select_row(0)
    failed = window.history.selected()
    assert failed is not None and failed.status == "failed"
    seen: dict[str, str] = {}

    def read(dialog: DetailsDialog) -> None:
        seen.update({k: v.text() for k, v in dialog.values.items()})
        dialog.reject()

    when_modal(read, DetailsDialog)
    qtbot.mouseClick(window.history.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen["error"] == failed.error_message != ""
    assert seen["configuration"] == failed.configuration_name
    for key in ("size", "duration", "tables", "records", "files", "verification", "warnings", "path"):
        assert key in seen
    assert not window.history.save_button.isEnabled() and not window.history.restore_button.isEnabled()


def test_5_actions_save_copy_verify_delete(qtbot, sample_window, ctx, tmp_path: Path) -> None:
    window = sample_window
    done = _real_backup(ctx)
    window.bus.history_changed.emit()
    wait_idle(qtbot, window)
    row = [b.id for b in window.history.model.rows()].index(done.id)
    window.history.select_row(row)
    h = window.history
    assert h.save_button.isEnabled() and h.restore_button.isEnabled() and h.verify_button.isEnabled()
    # save a copy
    target = tmp_path / "copy" / Path(done.file_path).name
    target.parent.mkdir()
    window.history_actions.choose_copy_target = lambda _b: (target, False)
    qtbot.mouseClick(h.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    digest = hashlib.sha256(target.read_bytes()).hexdigest()
    assert digest == done.archive_sha256
    assert any("Copy saved" in t for t in toast_texts(window))
    # saving onto an existing file asks first: Cancel keeps it, Replace replaces it
    target.write_bytes(b"an older copy")
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click(), QMessageBox)
    qtbot.mouseClick(h.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert target.read_bytes() == b"an older copy"
    when_modal(lambda box: next(b for b in box.buttons() if b.text() == "Replace").click(), QMessageBox)
    qtbot.mouseClick(h.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == done.archive_sha256
    # verify
    qtbot.mouseClick(h.verify_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    checked = history.get_backup(ctx, done.id)
    assert checked.verify_ok is True and checked.verified_at is not None, toast_texts(window)
    assert any("verified" in t for t in toast_texts(window))
    # delete (after confirmation): the row and the archive file go
    window.history.select_row([b.id for b in h.model.rows()].index(done.id))
    before = history.list_backups(ctx, HistoryFilter(), 1, 10).total

    asked: list[str] = []

    def answer_both(second: str):  # type: ignore[no-untyped-def]
        def first(box: QMessageBox) -> None:
            def again(box2: QMessageBox) -> None:  # the only good archive of its configuration: asked twice
                asked.append(box2.text())
                next(b for b in box2.buttons() if b.text() == second).click()

            next(b for b in box.buttons() if b.text() == "Delete").click()
            when_modal(again, QMessageBox)  # after the click: the first box is closed by then

        return first

    when_modal(answer_both("Cancel"), QMessageBox)
    qtbot.mouseClick(h.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert asked and "last good backup" in asked[0] and Path(done.file_path).exists()
    when_modal(answer_both("Delete it anyway"), QMessageBox)
    qtbot.mouseClick(h.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert not Path(done.file_path).exists()
    assert done.id not in [b.id for b in h.model.rows()]
    assert history.list_backups(ctx, HistoryFilter(), 1, 10).total == before - 1


def test_6_statistics_consistent(qtbot, sample_window, ctx) -> None:
    window = sample_window
    s = stats.compute_stats(ctx)
    widget = window.dashboard.stats
    everything = history.list_backups(ctx, HistoryFilter(), 1, 100)
    completed = history.list_backups(ctx, HistoryFilter(status="completed"), 1, 100)
    failed = history.list_backups(ctx, HistoryFilter(status="failed"), 1, 100)
    assert s.total == everything.total == 60
    assert (s.completed, s.failed) == (completed.total, failed.total)
    assert widget.success.value.text() == f"{100 * s.completed / (s.completed + s.failed):.1f} %"
    assert widget.success.note.text() == f"{s.completed} completed, {s.failed} failed"
    assert widget.trend.value.text() == str(s.last_7_days)
    counts = {t.backup_type: t.count for t in s.by_type}
    for key, badge in widget.type_badges.items():
        assert badge.text().endswith(f": {counts.get(key, 0)}")
    assert sum(counts.values()) == 60
