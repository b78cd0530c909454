"""Specification, "Tests et démonstration", section Configurations (steps 1-6), driving the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from backup_desk.services import configs, history
from backup_desk.services.demo import ensure_demo
from backup_desk.services.models import HistoryFilter
from backup_desk.ui.configurations.card import ConfigCard
from backup_desk.ui.dialogs.config_form import ConfigFormDialog
from tests.support.ui_helpers import make_window, toast_texts, wait_idle, when_modal

pytestmark = pytest.mark.gui


@pytest.fixture
def demo_window(qtbot, ctx):
    ensure_demo(ctx)
    return make_window(qtbot, ctx)


def _card(window, name: str) -> ConfigCard:
    return window.configurations.card(name)


def test_1_create_configuration(qtbot, ctx, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx)
    window.tabs.setCurrentIndex(1)
    assert window.configurations.empty.isVisible()
    db = tmp_path / "app.sqlite3"
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("create table t (id integer primary key, v text)")
        conn.execute("insert into t (v) values ('a'), ('b')")
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "note.txt").write_text("hello")

    def fill(dialog: ConfigFormDialog) -> None:
        assert not dialog.save_button.isEnabled()  # empty name
        # No red before anything is typed; the greyed-out Save says why in its tooltip.
        qtbot.waitUntil(lambda: "required" in dialog.save_button.toolTip())
        assert not any(lab.isVisible() for lab in dialog._errors.values())
        qtbot.keyClicks(dialog.name, "N")
        dialog.name.clear()
        qtbot.waitUntil(lambda: dialog._errors["name"].isVisible())
        assert "required" in dialog._errors["name"].text()
        qtbot.keyClicks(dialog.name, "Nightly shop")
        dialog.backup_type.setCurrentIndex(dialog.backup_type.findData("full"))
        dialog.frequency.setCurrentIndex(dialog.frequency.findData("daily"))
        dialog.retention.setValue(400)
        qtbot.waitUntil(lambda: dialog._errors["retention_days"].isVisible())
        assert not dialog.save_button.isEnabled()
        dialog.retention.setValue(60)
        # The database is picked in a file dialog, never typed as an address.
        when_modal(lambda d: (d.selectFile(str(db)), d.accept()), QFileDialog)
        qtbot.mouseClick(dialog.connection.choose, Qt.MouseButton.LeftButton)
        assert dialog.connection.url().url == f"sqlite:///{db}"
        dialog.include_files.setChecked(True)
        dialog.folders.addItem(str(folder))
        dialog.controller.changed()
        dialog.encryption.setChecked(True)
        def gap() -> int:  # from the passphrase field down to the Confirm field
            origin = dialog.passphrase_again.rect().topLeft()
            return dialog.passphrase_again.mapToGlobal(origin).y() - dialog.passphrase.mapToGlobal(origin).y()

        before = gap()
        qtbot.keyClicks(dialog.passphrase, "correct horse battery staple")
        qtbot.wait(200)  # the validation round trip
        # Typing the passphrase inserts no line above Confirm (the field stays under the pointer).
        assert gap() == before
        qtbot.keyClicks(dialog.passphrase_again, "correct horse battery")
        qtbot.waitUntil(lambda: "differ" in dialog._errors["passphrase"].text())
        qtbot.keyClicks(dialog.passphrase_again, " staple")
        assert dialog.strength_label.text() == "Strong"
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.source_status.text() == "Connected.", timeout=10_000)
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(fill, ConfigFormDialog)
    qtbot.mouseClick(window.configurations.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    card = _card(window, "Nightly shop")
    assert card.type_badge.text() == "Full" and card.state_badge.text() == "Active"
    assert card.frequency_badge.text() == "Daily"
    assert card.detail_values["lock"].text() == "AES-256"
    assert any("created" in t for t in toast_texts(window))
    view = configs.get_config(ctx, "Nightly shop")
    assert (view.backup_type, view.frequency, view.retention_days, view.include_files) == (
        "full",
        "daily",
        60,
        True,
    )
    assert view.encryption_enabled and view.has_passphrase
    assert view.folders == (str(folder),)
    assert ctx.secrets.get_passphrase(view.id) == "correct horse battery staple"


def test_2_edit_configuration(qtbot, demo_window, ctx) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    before = configs.get_config(ctx, "Weekly metadata")

    def edit(dialog: ConfigFormDialog) -> None:
        assert dialog.name.text() == "Weekly metadata"
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Weekly schema")
        dialog.compression.setChecked(False)
        dialog.frequency.setCurrentIndex(dialog.frequency.findData("monthly"))
        qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    when_modal(edit, ConfigFormDialog)
    qtbot.mouseClick(_card(window, "Weekly metadata").edit_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    card = _card(window, "Weekly schema")
    assert card.detail_values["zip"].text() == "Off"
    assert card.frequency_badge.text() == "Monthly"
    after = configs.get_config(ctx, before.id)
    assert after.name == "Weekly schema" and not after.compression_enabled and after.frequency == "monthly"
    assert after.updated_at > before.updated_at
    assert [c.view.name for c in window.configurations.cards].count("Weekly metadata") == 0


def test_3_duplicate_configuration(qtbot, demo_window, ctx) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    qtbot.mouseClick(_card(window, "Daily full backup").duplicate_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    copy = _card(window, "Daily full backup (copy)")
    assert copy.state_badge.text() == "Inactive"
    assert any("(copy)" in t for t in toast_texts(window))
    original, dup = (
        configs.get_config(ctx, "Daily full backup"),
        configs.get_config(ctx, "Daily full backup (copy)"),
    )
    assert not dup.is_active and dup.id != original.id
    assert (dup.backup_type, dup.folders, dup.source_url) == (
        original.backup_type,
        original.folders,
        original.source_url,
    )


def test_4_toggle_configuration(qtbot, demo_window, ctx) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    card = _card(window, "Monthly archive")
    assert card.state_badge.text() == "Active"
    qtbot.mouseClick(card.toggle_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert _card(window, "Monthly archive").state_badge.text() == "Inactive"
    assert not configs.get_config(ctx, "Monthly archive").is_active
    assert any("now inactive" in t for t in toast_texts(window))
    qtbot.mouseClick(_card(window, "Monthly archive").toggle_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert configs.get_config(ctx, "Monthly archive").is_active


def test_5_run_backup_now(qtbot, demo_window, ctx) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    card = _card(window, "Daily full backup")
    assert card.detail_values["check"].text() == "Never"
    qtbot.mouseClick(card.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.progress.rows()) or not window.work.is_busy(), timeout=5000)
    wait_idle(qtbot, window)
    page = history.list_backups(ctx, HistoryFilter(configuration_id=card.view.id))
    assert page.total == 1
    row = page.items[0]
    assert row.status == "completed", row.error_message
    assert Path(row.file_path).is_file() and Path(row.file_path).stat().st_size == row.file_size
    assert row.files_count and row.files_count > 0 and row.tables_count and row.tables_count > 0
    assert any("completed" in t for t in toast_texts(window))
    assert _card(window, "Daily full backup").detail_values["check"].text() != "Never"
    assert window.progress.rows() == [] and window.progress.idle.isVisible()


def test_6_delete_configuration(qtbot, demo_window, ctx) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    target = configs.get_config(ctx, "Development backup")

    def cancel(box: QMessageBox) -> None:
        box.button(QMessageBox.StandardButton.Cancel).click()

    when_modal(cancel, QMessageBox)
    qtbot.mouseClick(_card(window, "Development backup").delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert configs.get_config(ctx, target.id).name == "Development backup"  # still there

    def accept(box: QMessageBox) -> None:
        assert "Development backup" in box.text()
        next(b for b in box.buttons() if b.text() == "Delete").click()

    when_modal(accept, QMessageBox)
    qtbot.mouseClick(_card(window, "Development backup").delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert "Development backup" not in [c.view.name for c in window.configurations.cards]
    assert "Development backup" not in [c.name for c in configs.list_configs(ctx)]
    assert any("deleted" in t for t in toast_texts(window))


def test_cards_reflow_with_width(qtbot, demo_window) -> None:
    window = demo_window
    window.tabs.setCurrentIndex(1)
    window.resize(1700, 800)
    qtbot.wait(50)
    wide_rows = {c.geometry().top() for c in window.configurations.cards}
    window.resize(900, 800)
    qtbot.wait(50)
    narrow_rows = {c.geometry().top() for c in window.configurations.cards}
    assert len(wide_rows) < len(narrow_rows)
