"""The paths a newcomer walks (issue 11, item 8), each driven through the real window: verifying and
previewing an encrypted backup when no passphrase is stored, restoring twice to the recommended place,
files restored without a doubled folder, one instance only, a copyable unexpected-error dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.engine import make_url

from backup_desk.services import configs, history, runs
from backup_desk.services.connection import (
    MASK,
    ConnectionFields,
    build_url,
    fields_from_url,
    normalize_url,
)
from backup_desk.services.demo import ensure_demo
from backup_desk.services.models import ConfigInput
from backup_desk.ui.dialogs.error_dialog import ErrorDialog
from backup_desk.ui.dialogs.passphrase_prompt import PassphraseDialog
from backup_desk.ui.dialogs.restore import RestoreDialog
from backup_desk.ui.single_instance import SingleInstance
from tests.support.ui_helpers import make_window, toast_texts, wait_idle, when_modal

PASSPHRASE = "juniper kettle orbit 7"


def _encrypted_backup(ctx):  # type: ignore[no-untyped-def]
    """A completed encrypted backup of the demo source whose passphrase is NOT in the keyring."""
    report = ensure_demo(ctx)
    view = configs.create_config(ctx, ConfigInput(
        name="Locked", backup_type="full", include_files=True, encryption_enabled=True,
        passphrase=PASSPHRASE, source_url=report.database_url, folders=(str(report.folder_path),)))
    backup = runs.execute_run(ctx, runs.prepare_run(ctx, view.id))
    assert backup.status == "completed" and backup.encrypted
    ctx.secrets.set_passphrase(view.id, None)
    assert ctx.secrets.get_passphrase(view.id) is None
    return backup


def _answer_passphrase(qtbot, text: str, seen: list[str]) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: PassphraseDialog) -> None:
        seen.append(dialog.message.text())
        qtbot.keyClicks(dialog.passphrase, text)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(answer, PassphraseDialog)


@pytest.mark.gui
def test_verify_encrypted_backup_with_no_stored_passphrase_asks_for_it(qtbot, ctx) -> None:
    backup = _encrypted_backup(ctx)
    window = make_window(qtbot, ctx)
    asked: list[str] = []
    _answer_passphrase(qtbot, PASSPHRASE, asked)
    window.history_actions.verify(backup)
    qtbot.waitUntil(lambda: history.get_backup(ctx, backup.id).verify_ok is not None, timeout=30_000)
    wait_idle(qtbot, window)
    assert asked and "is encrypted" in asked[0]
    assert history.get_backup(ctx, backup.id).verify_ok is True
    assert not any("BACKUP_DESK_PASSPHRASE" in t for t in toast_texts(window))


@pytest.mark.gui
def test_preview_of_encrypted_backup_takes_one_click(qtbot, ctx) -> None:
    backup = _encrypted_backup(ctx)
    window = make_window(qtbot, ctx)
    asked: list[str] = []
    seen: dict[str, object] = {}

    def drive(dialog: RestoreDialog) -> None:
        _answer_passphrase(qtbot, PASSPHRASE, asked)  # the dialog asks as soon as it finds the lock
        qtbot.waitUntil(lambda: dialog.contents is not None, timeout=15_000)
        qtbot.waitUntil(dialog.preview_button.isEnabled)
        qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)  # once
        qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=30_000)
        seen["dry_run"] = dialog.outcome.dry_run if dialog.outcome else None
        seen["status"] = dialog.status.text()
        dialog.accept()

    when_modal(drive, RestoreDialog)
    window.history_actions.restore(backup)
    wait_idle(qtbot, window)
    assert asked and seen["dry_run"] is True
    assert "BACKUP_DESK_PASSPHRASE" not in str(seen["status"])


@pytest.mark.gui
def test_second_restore_to_the_recommended_place(qtbot, ctx) -> None:
    report = ensure_demo(ctx)
    backup = runs.execute_run(ctx, runs.prepare_run(ctx, configs.get_config(ctx, "Daily full backup").id))
    window = make_window(qtbot, ctx)
    places: list[Path] = []

    def restore_with_defaults(dialog: RestoreDialog) -> None:
        qtbot.waitUntil(lambda: dialog.contents is not None, timeout=15_000)
        assert dialog.elsewhere.isChecked()
        places.append(Path(dialog.to_folder.text()))
        qtbot.waitUntil(dialog.restore_button.isEnabled)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.outcome.dry_run, timeout=60_000)
        places.append(Path(dialog.status.text()))
        dialog.accept()

    for _ in range(2):
        when_modal(restore_with_defaults, RestoreDialog)
        window.history_actions.restore(backup)
        wait_idle(qtbot, window)
    first, first_status, second, second_status = places
    assert str(first_status).startswith("Restored") and str(second_status).startswith("Restored")
    assert first != second and first.parent == second.parent
    source = report.folder_path
    originals = sorted(p.relative_to(source) for p in source.rglob("*") if p.is_file())
    for place in (first, second):
        # The folder comes back once under the place: <place>/<folder name>/…, never <name>/<name>/…
        restored = place / report.folder_path.name
        assert sorted(p.relative_to(restored) for p in restored.rglob("*") if p.is_file()) == originals
        assert not (restored / report.folder_path.name).exists()
        assert (place / "database.sqlite3").is_file()


def test_connection_service_builds_and_reads_back_urls(tmp_path: Path, monkeypatch) -> None:
    db = tmp_path / "app.db"
    db.write_bytes(b"")
    assert normalize_url(str(db)).url == f"sqlite:///{db}"  # a plain file path is accepted
    monkeypatch.chdir(tmp_path)
    # "sqlite:///tmp/…" meant /tmp/…: read as the absolute path when only that exists
    relative_looking = "sqlite:///" + str(db).lstrip("/")
    assert normalize_url(relative_looking).url == f"sqlite:///{db}"
    assert normalize_url("not a url://x").problem == "not_a_url"
    pg = ConnectionFields(kind="postgresql", host="db.example", port=0, database="shop", user="app",
                          password="p@ss word")
    url = build_url(pg).url
    assert url is not None and url.startswith("postgresql+psycopg://app:p%40ss")
    parsed = make_url(url)  # the special characters survive the round trip
    assert (parsed.password, parsed.host, parsed.port, parsed.database) == ("p@ss word", "db.example", 5432,
                                                                            "shop")
    back = fields_from_url("postgresql+psycopg://app:***@db.example:5432/shop")
    assert (back.kind, back.host, back.port, back.database, back.user, back.password) == (
        "postgresql", "db.example", 5432, "shop", "app", MASK)
    # Editing a configuration without retyping its password keeps the keyring's (the URL says ***).
    assert build_url(back).url == "postgresql+psycopg://app:***@db.example:5432/shop"
    assert build_url(ConnectionFields(kind="mariadb", host="h", database="d", user="")).problem == "user"
    assert fields_from_url("mysql+mysqldb://u@h/d").kind == "url"  # other drivers stay "advanced"


@pytest.mark.gui
def test_second_instance_wakes_the_first(qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path / "config")
    assert first.acquire()
    first.listen()
    second = SingleInstance(tmp_path / "config")
    with qtbot.waitSignal(first.woken, timeout=5_000):
        assert not second.acquire()
    first.release()
    third = SingleInstance(tmp_path / "config")
    assert third.acquire()  # free again once the first has gone
    third.release()


@pytest.mark.gui
def test_unexpected_error_dialog_copies_details(qtbot) -> None:
    from backup_desk.ui.controllers.errors import explain

    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        dialog = ErrorDialog(explain(exc))
    qtbot.addWidget(dialog)
    assert dialog.copy_button.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert "Something unexpected went wrong." in copied and "RuntimeError: boom" in copied


@pytest.mark.gui
def test_counts_dates_greyed_out_actions_and_long_paths(qtbot, ctx) -> None:
    report = ensure_demo(ctx)
    backup = runs.execute_run(ctx, runs.prepare_run(ctx, configs.get_config(ctx, "Daily full backup").id))
    window = make_window(qtbot, ctx)
    # Plural forms, not "4 configuration(s)"
    assert window.configurations.count.text() == "4 configurations"
    window.translations.install("fr")
    window.reload_all()
    wait_idle(qtbot, window)
    assert window.configurations.count.text() == "4 configurations"
    window.translations.install("en")
    configs.delete_config(ctx, configs.get_config(ctx, "Weekly metadata").id)
    configs.delete_config(ctx, configs.get_config(ctx, "Development backup").id)
    configs.delete_config(ctx, configs.get_config(ctx, "Monthly archive").id)
    window.reload_all()
    wait_idle(qtbot, window)
    assert window.configurations.count.text() == "1 configuration"
    # One date format: the history's date pickers show dates as the table beside them does.
    window.tabs.setCurrentIndex(2)
    wait_idle(qtbot, window)
    cell = window.history.model.index(0, next(
        c for c in range(window.history.model.columnCount())
        if window.history.model.headerData(c, Qt.Orientation.Horizontal) == "Started")).data()
    picker = window.history.filters.from_date.text()
    assert len(cell.split(" ")[0]) == len(picker), (cell, picker)  # same day/month/year layout
    # Greyed-out actions say why.
    window.history.table.clearSelection()
    window.history._update_buttons()
    assert not window.history.restore_button.isEnabled()
    assert window.history.restore_button.toolTip() == "Choose a backup in the list first."
    # A long path in a toast keeps its start and its end (elided in the middle), the tooltip has it all.
    long_path = str(report.folder_path / ("very-long-folder-name-" * 6) / "invoice-2026-12.pdf")
    window.bus.info(f"Saved to {long_path}")
    toast = window.toasts.toasts()[-1]
    assert "…" in toast.label.text() and toast.label.text().endswith("invoice-2026-12.pdf")
    assert toast.label.toolTip() == f"Saved to {long_path}"
    assert backup.status == "completed"


@pytest.mark.gui
def test_two_restores_in_one_dialog_go_to_two_places(qtbot, ctx) -> None:
    ensure_demo(ctx)
    backup = runs.execute_run(ctx, runs.prepare_run(ctx, configs.get_config(ctx, "Daily full backup").id))
    window = make_window(qtbot, ctx)
    statuses: list[str] = []

    def twice(dialog: RestoreDialog) -> None:
        qtbot.waitUntil(lambda: dialog.contents is not None, timeout=15_000)
        for _ in range(2):
            qtbot.waitUntil(dialog.restore_button.isEnabled, timeout=30_000)
            dialog.outcome = None
            qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=60_000)
            statuses.append(dialog.status.text())
        dialog.accept()

    when_modal(twice, RestoreDialog)
    window.history_actions.restore(backup)
    wait_idle(qtbot, window)
    assert len(statuses) == 2 and all(s.startswith("Restored") for s in statuses), statuses


@pytest.mark.gui
def test_toast_under_the_pointer_lets_clicks_through(qtbot, ctx) -> None:
    ensure_demo(ctx)
    window = make_window(qtbot, ctx)
    window.tabs.setCurrentIndex(1)
    wait_idle(qtbot, window)
    window.bus.info("Backup of “Daily full backup” started.")
    toast = window.toasts.toasts()[-1]

    def at(global_pos: QPoint) -> QWidget | None:  # what a click there reaches
        return window.childAt(window.mapFromGlobal(global_pos))

    center = toast.mapToGlobal(toast.rect().center())
    assert at(center) in (toast, *toast.findChildren(QWidget))  # covered at first
    toast.follow_pointer(center)
    under = at(center)
    assert under is not None and under is not toast and not toast.isAncestorOf(under)  # the click passes
    close = toast.close_button.mapToGlobal(toast.close_button.rect().center())
    toast.follow_pointer(close)
    assert at(close) is toast.close_button  # ✕ still dismisses
    toast.follow_pointer(toast.mapToGlobal(toast.rect().topLeft()) - QPoint(50, 50))
    assert not toast.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
