"""The restore dialog end to end: a real backup restored into a new SQLite database and a new folder."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from backup_desk.services import configs, runs
from backup_desk.services.connection import ConnectionFields
from backup_desk.services.demo import ensure_demo
from backup_desk.ui.dialogs.restore import RestoreDialog
from tests.support.ui_helpers import make_window, toast_texts, wait_idle, when_modal

pytestmark = pytest.mark.gui


def _rows(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        names = [
            r[0]
            for r in conn.execute(
                "select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name"
            )
        ]
        return {n: conn.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}


def test_restore_dialog_into_new_database_and_folder(qtbot, ctx, tmp_path: Path) -> None:
    report = ensure_demo(ctx)
    view = runs.execute_run(ctx, runs.prepare_run(ctx, configs.get_config(ctx, "Daily full backup").id))
    assert view.status == "completed", view.error_message
    window = make_window(qtbot, ctx)
    window.tabs.setCurrentIndex(2)
    window.history.select_row([b.id for b in window.history.model.rows()].index(view.id))
    target_db = tmp_path / "restored" / "shop.sqlite3"
    target_db.parent.mkdir()
    target_files = tmp_path / "restored-files"
    seen: dict[str, object] = {}

    def drive(dialog: RestoreDialog) -> None:
        qtbot.waitUntil(lambda: dialog.contents is not None, timeout=10_000)
        assert dialog.elsewhere.isChecked()  # a new place is the default
        assert "safety backup" in dialog.in_place.text()
        assert not dialog.keep_owners.isVisible()  # SQLite has no owners: nothing to offer
        dialog.grab().save(str(tmp_path / "restore-dialog.png"))
        seen["tables"] = [
            dialog.tables.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.tables.count())
        ]
        seen["folders"] = dialog.folders.count()
        dialog.to_db.set_fields(ConnectionFields(kind="sqlite", path=str(target_db)))
        dialog.to_folder.setText(str(target_files))
        qtbot.waitUntil(dialog.preview_button.isEnabled)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome is not None and dialog.outcome.dry_run, timeout=20_000)
        seen["preview"] = [
            dialog.preview.topLevelItem(i).text(1) for i in range(dialog.preview.topLevelItemCount())
        ]
        assert not target_db.exists() or _rows(target_db) == {}  # a preview writes nothing
        assert not target_files.exists()
        qtbot.waitUntil(dialog.restore_button.isEnabled)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.outcome.dry_run, timeout=60_000)
        seen["status"] = dialog.status.text()
        dialog.accept()

    when_modal(drive, RestoreDialog)
    qtbot.mouseClick(window.history.restore_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert seen["tables"] and seen["folders"] == 1
    preview = "\n".join(seen["preview"])  # type: ignore[arg-type]
    assert str(target_files) in preview
    assert str(seen["status"]).startswith("Restored")
    assert _rows(target_db) == _rows(report.database_path)
    originals = sorted(
        p.relative_to(report.folder_path) for p in report.folder_path.rglob("*") if p.is_file()
    )
    restored_root = next(p for p in target_files.iterdir() if p.is_dir())
    restored = sorted(p.relative_to(restored_root) for p in restored_root.rglob("*") if p.is_file())
    assert restored == originals
    for rel in originals:
        assert (restored_root / rel).read_bytes() == (report.folder_path / rel).read_bytes()
    assert any(t.startswith("Restored") for t in toast_texts(window))


def test_restore_dialog_chosen_tables_schema_only(qtbot, ctx, tmp_path: Path) -> None:
    ensure_demo(ctx)
    view = runs.execute_run(ctx, runs.prepare_run(ctx, configs.get_config(ctx, "Daily full backup").id))
    window = make_window(qtbot, ctx)
    target_db = tmp_path / "one-table.sqlite3"

    def drive(dialog: RestoreDialog) -> None:
        qtbot.waitUntil(lambda: dialog.contents is not None, timeout=10_000)
        dialog.to_db.set_fields(ConnectionFields(kind="sqlite", path=str(target_db)))
        dialog.scope_buttons["tables"].setChecked(True)
        for i in range(1, dialog.tables.count()):
            dialog.tables.item(i).setCheckState(Qt.CheckState.Unchecked)
        seen.append(dialog.tables.item(0).data(Qt.ItemDataRole.UserRole))
        qtbot.waitUntil(dialog.restore_button.isEnabled)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
        dialog.accept()

    seen: list[str] = []
    when_modal(drive, RestoreDialog)
    window.history_actions.restore(view)
    wait_idle(qtbot, window)
    assert list(_rows(target_db)) == seen


def test_restore_preview_names_dependents_and_the_checkbox_lets_it_through(qtbot, ctx, tmp_path: Path
                                                                          ) -> None:
    import shutil

    report = ensure_demo(ctx)
    view = runs.execute_run(ctx, runs.prepare_run(ctx, configs.get_config(ctx, "Daily full backup").id))
    window = make_window(qtbot, ctx)
    target_db = tmp_path / "live.sqlite3"
    shutil.copyfile(report.database_path, target_db)
    first = sorted(_rows(target_db))[0]
    with sqlite3.connect(target_db) as conn:
        conn.execute(f'CREATE VIEW watcher AS SELECT count(*) AS n FROM "{first}"')
    seen: dict[str, object] = {}

    def drive(dialog: RestoreDialog) -> None:
        qtbot.waitUntil(lambda: dialog.contents is not None, timeout=10_000)
        dialog.to_db.set_fields(ConnectionFields(kind="sqlite", path=str(target_db)))
        dialog.replace.setChecked(True)
        dialog.scope_buttons["tables"].setChecked(True)
        for i in range(dialog.tables.count()):
            item = dialog.tables.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) == first
                               else Qt.CheckState.Unchecked)
        qtbot.waitUntil(dialog.preview_button.isEnabled)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome is not None and dialog.outcome.dry_run, timeout=20_000)
        seen["preview"] = [(dialog.preview.topLevelItem(i).text(0), dialog.preview.topLevelItem(i).text(1))
                           for i in range(dialog.preview.topLevelItemCount())]
        dialog.grab().save(str(tmp_path / "restore-dependents.png"))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # refused: the view depends on it
        qtbot.waitUntil(lambda: "depend" in dialog.status.text(), timeout=20_000)
        seen["refused"] = dialog.status.text()
        dialog.allow_dependents.setChecked(True)
        qtbot.waitUntil(dialog.restore_button.isEnabled)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.outcome.dry_run, timeout=60_000)
        dialog.accept()

    when_modal(drive, RestoreDialog)
    window.history_actions.restore(view)
    wait_idle(qtbot, window)
    assert ("Blocks", f"view watcher — depends on {first}") in seen["preview"]  # type: ignore[operator]
    assert "watcher" in str(seen["refused"])
    with sqlite3.connect(target_db) as conn:  # restored with consent; the view is kept and works
        assert conn.execute("SELECT n FROM watcher").fetchone()[0] == _rows(report.database_path)[first]
