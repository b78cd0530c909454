"""The window as a whole: first start, remembered state, language switch, toasts, errors, shortcuts."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from backup_desk.errors import SourceError
from backup_desk.services import configs
from backup_desk.services.demo import ensure_demo
from backup_desk.ui.app import parse_args
from backup_desk.ui.dialogs.config_form import ConfigFormDialog
from backup_desk.ui.dialogs.error_dialog import ErrorDialog, install_excepthook
from backup_desk.ui.dialogs.settings import SettingsDialog
from tests.support.ui_helpers import make_window, wait_idle, when_modal

pytestmark = pytest.mark.gui


def test_first_start_offers_the_demo(qtbot, ctx) -> None:
    """An empty home: the first-run guide opens, and its demonstration button creates the demo
    configurations (off the GUI thread) and fills the window."""
    from backup_desk.ui.first_run.wizard import FirstRunWizard, open_guide

    window = make_window(qtbot, ctx)
    assert window.configurations.cards == [] and not window.configurations.empty.isHidden()
    shown: list[FirstRunWizard] = []
    when_modal(lambda wizard: qtbot.mouseClick(wizard.welcome.demo_button, Qt.MouseButton.LeftButton),
               FirstRunWizard)
    assert open_guide(ctx, window, only_if_first=True, shown=shown.append) is None  # asked off the GUI thread
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    wait_idle(qtbot, window)
    names = sorted(c.view.name for c in window.configurations.cards)
    assert names == ["Daily full backup", "Development backup", "Monthly archive", "Weekly metadata"]
    assert (ctx.paths.demo_dir / "demo-shop.sqlite3").is_file()
    shown.clear()
    open_guide(ctx, window, only_if_first=True, shown=shown.append)  # never again once configurations exist
    wait_idle(qtbot, window)
    assert shown == []


def test_geometry_tab_and_page_size_remembered(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    window.resize(1010, 700)
    window.tabs.setCurrentIndex(2)
    window.history.pager.size_box.setCurrentIndex(window.history.pager.size_box.findData(50))
    wait_idle(qtbot, window)
    window.close()
    assert (ctx.paths.config_dir / "gui.ini").is_file()
    again = make_window(qtbot, ctx)
    assert again.tabs.currentIndex() == 2
    assert again.size().height() == 700 and again.size().width() >= 900  # offscreen screen is 800 wide
    assert again.history.pager.page_size() == 50


def test_switch_to_french_and_back(qtbot, ctx) -> None:
    ensure_demo(ctx)
    window = make_window(qtbot, ctx)

    def choose(lang: str):
        def answer(dialog: SettingsDialog) -> None:
            dialog.language.setCurrentIndex(dialog.language.findData(lang))
            dialog.accept()

        return answer

    when_modal(choose("fr"), SettingsDialog)
    window.open_settings()
    wait_idle(qtbot, window)
    assert [window.tabs.tabText(i) for i in range(3)] == ["Tableau de bord", "Configurations", "Historique"]
    card = window.configurations.cards[0]
    assert card.run_button.text() == "Sauvegarder"
    assert window.settings.language == "fr"
    when_modal(choose("en"), SettingsDialog)
    window.open_settings()
    wait_idle(qtbot, window)
    assert window.tabs.tabText(0) == "Dashboard"


def test_toasts_stack_in_the_corner(qtbot, ctx) -> None:
    window = make_window(qtbot, ctx)
    for kind in ("success", "error", "warning", "info"):
        window.bus.notify.emit(kind, f"A {kind} message")
    toasts = window.toasts.toasts()
    assert [t.kind for t in toasts] == ["success", "error", "warning", "info"]
    tops = [t.geometry().top() for t in toasts]
    assert tops == sorted(tops)  # the newest is lowest
    assert all(t.geometry().right() <= window.width() for t in toasts)
    toasts[0].fade_out()
    qtbot.waitUntil(lambda: len(window.toasts.toasts()) == 3, timeout=3000)


def test_error_dialog_plain_words_details_behind_button(qtbot, ctx, monkeypatch) -> None:
    make_window(qtbot, ctx)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the hook installed below is undone afterwards
    install_excepthook()
    seen: dict[str, object] = {}

    def look(dialog: ErrorDialog) -> None:
        seen["message"] = dialog.message.text()
        seen["hint"] = dialog.hint.text()
        seen["details_hidden"] = not dialog.details.isVisible()
        dialog.details_button.click()
        seen["details"] = dialog.details.toPlainText()
        dialog.accept()

    when_modal(look, ErrorDialog)
    try:
        raise SourceError("The database cannot be reached.", "Check that the server is running.")
    except SourceError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    assert seen["message"] == "The database cannot be reached."
    assert seen["hint"] == "Check that the server is running."
    assert seen["details_hidden"] is True and "Traceback" in str(seen["details"])


def test_form_reports_unreachable_source(qtbot, ctx, tmp_path) -> None:
    window = make_window(qtbot, ctx)
    seen: dict[str, str] = {}

    def fill(dialog: ConfigFormDialog) -> None:
        qtbot.keyClicks(dialog.name, "Remote")
        fields = dialog.connection
        fields.kind.setCurrentIndex(fields.kind.findData("postgresql"))
        for edit, value in ((fields.host, "127.0.0.1"), (fields.database, "nothing"), (fields.user, "app"),
                            (fields.password, "secret")):
            edit.clear()
            qtbot.keyClicks(edit, value)
        fields.port.setValue(1)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog._errors["source_url"].isVisible(), timeout=15_000)
        seen["reason"] = dialog._errors["source_url"].text()
        # Said once, in the field's error line; the status line does not repeat it.
        assert dialog.source_status.text() in ("", "Connected.") or not dialog.source_status.isVisible()
        seen["save"] = str(dialog.save_button.isEnabled())
        dialog.reject()

    when_modal(fill, ConfigFormDialog)
    qtbot.mouseClick(window.configurations.new_button, Qt.MouseButton.LeftButton)
    assert seen["reason"] and "secret" not in seen["reason"]
    assert seen["save"] == "False"
    assert configs.list_configs(ctx) == []


def test_parse_args_accepts_launcher_forms() -> None:
    assert parse_args(["gui", "--home", "/x"]).home == "/x"
    assert parse_args(["--home=/y", "--debug"]).debug is True
    assert parse_args(["gui"]).home is None and parse_args(["gui"]).debug is False


def test_cancel_from_progress_panel(qtbot, ctx, tmp_path) -> None:
    import os

    from backup_desk.services import history
    from backup_desk.services.models import ConfigInput, HistoryFilter

    folder = tmp_path / "big"
    folder.mkdir()
    for n in range(40):
        (folder / f"{n}.bin").write_bytes(os.urandom(1 << 20))
    view = configs.create_config(ctx, ConfigInput(name="Big", include_files=True, folders=(str(folder),)))
    window = make_window(qtbot, ctx)
    window.config_actions.run_now(view.id, view.name)
    qtbot.waitUntil(lambda: bool(window.progress.rows()), timeout=5000)
    row = window.progress.rows()[0]
    assert row.isVisible() and not window.progress.idle.isVisible() and "Big" in row.title.text()
    strip_height = window.progress.height()
    assert window.busy_bar.isVisible() and window.act_cancel.isEnabled()
    qtbot.mouseClick(row.cancel_button, Qt.MouseButton.LeftButton)
    assert row.cancel_button.text() == "Cancelling…"
    wait_idle(qtbot, window)
    done = history.list_backups(ctx, HistoryFilter(configuration_id=view.id)).items[0]
    assert done.status == "failed" and "ancel" in done.error_message
    assert not any(p.name.endswith(".bdtmp") for p in ctx.paths.default_backups_dir.iterdir())
    assert window.progress.rows() == [] and not window.busy_bar.isVisible()
    assert window.progress.idle.isVisible() and window.progress.height() == strip_height  # nothing moved
    assert any("failed" in t and "ancel" in t for t in [t.text for t in window.toasts.toasts()])


def test_engine_is_imported_in_the_background_after_start() -> None:
    """The first preview must not import the engine on its worker thread (that stalls the event loop)."""
    import subprocess
    import sys

    code = ("import sys; from backup_desk.ui.app import ENGINE_MODULES, warm_up_engine\n"
            "assert not any(m in sys.modules for m in ENGINE_MODULES)\n"
            "warm_up_engine().join()\n"
            "assert all(m in sys.modules for m in ENGINE_MODULES)\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
