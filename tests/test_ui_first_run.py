"""The first-run guide walked as a newcomer would: an SQLite file and a folder picked in dialogs (English),
then a PostgreSQL source through the connection fields (French); each ends with a verified backup in the
history. Screenshots of every page go to $BACKUP_DESK_SCREENSHOTS (docs/screenshots when refreshing them)
or the test's temporary folder."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from backup_desk.services import configs, history
from backup_desk.services.models import HistoryFilter
from backup_desk.ui.first_run.wizard import FirstRunWizard, open_guide
from tests.support.ui_helpers import make_window, wait_idle, when_modal

pytestmark = [pytest.mark.gui, pytest.mark.postgres]


def _shots(tmp_path: Path) -> Path:
    out = Path(os.environ.get("BACKUP_DESK_SCREENSHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    return out


def _pick(qtbot, button, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Clicks a "Choose…" button and answers its file dialog with `path`, as a person would."""
    when_modal(lambda d: (d.selectFile(str(path)), d.accept()), QFileDialog)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _next(qtbot, wizard: FirstRunWizard) -> None:  # type: ignore[no-untyped-def]
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=15_000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _walk_rest(qtbot, wizard: FirstRunWizard, shots: Path, lang: str, name: str) -> None:  # type: ignore[no-untyped-def]
    _next(qtbot, wizard)  # source -> destination (the default, shown in plain words)
    assert wizard.destination.destination() == str(wizard.ctx.paths.default_backups_dir)
    wizard.grab().save(str(shots / f"first-run-3-destination-{lang}.png"))
    _next(qtbot, wizard)
    page = wizard.passphrase
    qtbot.keyClicks(page.passphrase, "tulip anchor violet 42")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # asked twice
    qtbot.keyClicks(page.again, "tulip anchor violet 42")
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # "write it down" first
    assert wizard.button(QWizard.WizardButton.NextButton).toolTip()  # and the greyed-out Next says so
    page.written.click()
    assert page.bar.value() >= 3
    wizard.grab().save(str(shots / f"first-run-4-passphrase-{lang}.png"))
    _next(qtbot, wizard)
    wizard.schedule.name.setText(name)
    wizard.schedule.choices["weekly"].setChecked(True)
    wizard.grab().save(str(shots / f"first-run-5-schedule-{lang}.png"))
    _next(qtbot, wizard)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isEnabled, timeout=60_000)
    wizard.grab().save(str(shots / f"first-run-6-done-{lang}.png"))
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)


def test_first_run_guide_sqlite_and_folder_then_postgresql(qtbot, ctx, tmp_path: Path, pg_url: str) -> None:
    shots = _shots(tmp_path)
    db = tmp_path / "shop.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("create table item (id integer primary key, label text)")
        conn.executemany("insert into item (label) values (?)", [(f"item {i}",) for i in range(50)])
    folder = tmp_path / "Documents"
    (folder / "invoices").mkdir(parents=True)
    (folder / "invoices" / "2026-11.txt").write_text("total 1 234,00 €\n", encoding="utf-8")
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        conn.execute(text("create table client (id serial primary key, nom text not null)"))
        conn.execute(text("insert into client (nom) select 'client ' || g from generate_series(1, 40) g"))
    engine.dispose()
    window = make_window(qtbot, ctx)

    def sqlite_walk(wizard: FirstRunWizard) -> None:
        assert wizard.welcome.demo_button.isVisible()  # the demonstration stays one click away
        wizard.grab().save(str(shots / "first-run-1-welcome-en.png"))
        _next(qtbot, wizard)
        source = wizard.source
        assert source.connection.current_kind() == "sqlite"
        _pick(qtbot, source.connection.choose, db)  # the file picker; nothing typed
        _pick(qtbot, source.add_folder, folder)
        qtbot.waitUntil(lambda: source.connected_url is not None, timeout=10_000)
        assert source.folder_list() == (str(folder),)
        wizard.grab().save(str(shots / "first-run-2-source-sqlite-en.png"))
        _walk_rest(qtbot, wizard, shots, "en", "Shop and documents")

    when_modal(sqlite_walk, FirstRunWizard)
    guides: list[FirstRunWizard] = []
    # whether the guide is needed is asked off the GUI thread: the guide opens once the answer is in
    assert open_guide(ctx, window, only_if_first=True, shown=guides.append) is None
    qtbot.waitUntil(lambda: bool(guides), timeout=60_000)
    assert guides[0].result() == QWizard.DialogCode.Accepted
    wait_idle(qtbot, window)

    # The same guide later, in French, for a PostgreSQL server: kind, then host/port/database/user/password.
    window.translations.install("fr")
    url = make_url(pg_url)

    def postgres_walk(wizard: FirstRunWizard) -> None:
        assert wizard.windowTitle() == "Configurer une sauvegarde"
        _next(qtbot, wizard)
        fields = wizard.source.connection
        fields.kind.setCurrentIndex(fields.kind.findData("postgresql"))
        assert fields.port.value() == 5432  # the kind's usual port, filled in
        for edit, value in ((fields.host, url.host), (fields.database, url.database),
                            (fields.user, url.username), (fields.password, "s3cret-pass")):
            edit.clear()
            qtbot.keyClicks(edit, str(value))
        fields.port.setValue(int(url.port or 5432))
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # not tested yet
        qtbot.mouseClick(fields.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: fields.status.text() == "Connecté.", timeout=15_000)
        wizard.grab().save(str(shots / "first-run-2-source-postgresql-fr.png"))
        _walk_rest(qtbot, wizard, shots, "fr", "Clients PostgreSQL")

    when_modal(postgres_walk, FirstRunWizard)
    window.act_guide.trigger()
    wait_idle(qtbot, window)

    rows = history.list_backups(ctx, HistoryFilter(), page_size=10).items
    by_config = {r.configuration_name: r for r in rows}
    for name in ("Shop and documents", "Clients PostgreSQL"):
        backup = by_config[name]
        assert backup.status == "completed" and backup.encrypted
        assert backup.verify_ok is True, backup.verify_message
    assert by_config["Shop and documents"].files_count == 1
    assert by_config["Clients PostgreSQL"].records_count == 40
    pg_config = configs.get_config(ctx, "Clients PostgreSQL")
    assert pg_config.frequency == "weekly" and pg_config.has_passphrase
    assert "s3cret-pass" not in (pg_config.source_url or "")  # the password is in the keyring only
    assert ctx.secrets.get_source_password(pg_config.id) == "s3cret-pass"
    assert pg_config.source_url is not None and pg_config.source_url.startswith("postgresql+psycopg://")
