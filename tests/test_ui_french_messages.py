"""In French, the errors that come from the services and the engine are French too: a validation error in
the configuration form, a failed backup (its source database has gone) and a refused restore (the target
is not empty). Every text shown is checked against the English catalogue: no English sentence leaks."""

from __future__ import annotations

import re
import shutil
import sqlite3
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from backup_desk.services import configs, runs
from backup_desk.services.connection import ConnectionFields
from backup_desk.services.models import ConfigInput
from backup_desk.ui.dialogs.config_form import ConfigFormDialog
from backup_desk.ui.dialogs.details import DetailsDialog
from backup_desk.ui.dialogs.restore import RestoreDialog
from backup_desk.ui.dialogs.settings import SettingsDialog
from backup_desk.ui.history.model import COLUMNS
from backup_desk.ui.i18n import TRANSLATIONS_DIR
from backup_desk.vocabulary import BackupStatus, BackupType, Frequency
from tests.support.ui_helpers import make_window, toast_texts, visible_text, wait_idle, when_modal

pytestmark = pytest.mark.gui


def _english_sentences() -> list[str]:
    """Pieces of every English source (split at placeholders) long enough to be a sentence, and that the
    French catalogue does not keep as is (product names, URLs, option names)."""
    english = ET.parse(TRANSLATIONS_DIR / "backup_desk_en.ts")
    sources = [m.findtext("source") or "" for m in english.iter("message")]
    french = "\n".join(m.findtext("translation") or ""
                       for m in ET.parse(TRANSLATIONS_DIR / "backup_desk_fr.ts").iter("message"))
    pieces = {p.strip(" .,:;()“”'") for s in sources for p in re.split(r"\{[^{}]*\}", s)}
    return sorted(p for p in pieces if len(p) >= 12 and " " in p and p not in french)


# Single words the sentence check above does not see: the English labels of types, statuses, frequencies.
ENGLISH_WORDS = sorted({str(w.label) for words in (BackupType, BackupStatus, Frequency) for w in words})


def _english_in(texts: list[str], data: tuple[str, ...]) -> list[str]:
    sentences = _english_sentences()
    found = []
    for text in texts:
        for value in data:  # names and paths the person chose are not the window's words
            text = text.replace(value, "")
        found += [f"{s!r} in {text!r}" for s in sentences if s in text]
        found += [f"{w!r} in {text!r}" for w in ENGLISH_WORDS if re.search(rf"\b{w}\b", text)]
    return found


def _sqlite(path: Path) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("create table clients (id integer primary key, nom text)")
        conn.execute("insert into clients (nom) values ('Dupont'), ('Martin')")
    return path


def _switch_to_french(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    def answer(dialog: SettingsDialog) -> None:
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.accept()

    when_modal(answer, SettingsDialog)
    window.open_settings()
    wait_idle(qtbot, window)
    assert window.tabs.tabText(0) == "Tableau de bord"


def test_errors_from_services_and_engine_shown_in_french(qtbot, ctx, tmp_path: Path) -> None:
    source = _sqlite(tmp_path / "compta.sqlite3")
    compta = configs.create_config(ctx, ConfigInput(name="Compta", source_url=f"sqlite:///{source}"))
    done = runs.execute_run(ctx, runs.prepare_run(ctx, compta.id))
    assert done.status == "completed", done.error_message
    gone = _sqlite(tmp_path / "paie.sqlite3")
    configs.create_config(ctx, ConfigInput(name="Paie", source_url=f"sqlite:///{gone}"))
    gone.unlink()  # the failed backup: its source database has gone
    absent = tmp_path / "absent.sqlite3"
    window = make_window(qtbot, ctx)
    _switch_to_french(qtbot, window)
    try:
        _provoke_and_read(qtbot, ctx, window, tmp_path, source, gone, absent, done.id)
    finally:  # the translators are the application's: later tests must find it in English
        window.translations.install("en")


def _provoke_and_read(qtbot: Any, ctx: Any, window: Any, tmp_path: Path, source: Path, gone: Path,
                      absent: Path, done_id: int) -> None:
    data = ("Compta", "Paie", str(tmp_path))
    shown: list[str] = []

    # 1. Validation errors in the configuration form: a name taken, a source file that does not exist.
    seen: dict[str, str] = {}

    def fill(dialog: ConfigFormDialog) -> None:
        qtbot.keyClicks(dialog.name, "compta")
        dialog.connection.set_fields(ConnectionFields(kind="sqlite", path=str(absent)))
        qtbot.waitUntil(lambda: "existe déjà" in dialog._errors["name"].text(), timeout=10_000)
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        # a failed check is said once, in the field's error line
        qtbot.waitUntil(lambda: "n’existe pas" in dialog._errors["source_url"].text(), timeout=10_000)
        seen["name"] = dialog._errors["name"].text()
        seen["source"] = dialog._errors["source_url"].text()
        shown.append(visible_text(dialog))
        assert not dialog.save_button.isEnabled()
        dialog.grab().save(str(tmp_path / "form-fr.png"))
        dialog.reject()

    window.tabs.setCurrentIndex(1)
    when_modal(fill, ConfigFormDialog)
    qtbot.mouseClick(window.configurations.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert seen["name"] == "Une configuration nommée « compta » existe déjà."
    assert seen["source"] == f"Le fichier SQLite {absent} n’existe pas."

    # 2. A failed backup: the toast, the card, the history's tooltip and details.
    qtbot.mouseClick(window.configurations.card("Paie").run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any("Échec" in t for t in toast_texts(window)), timeout=60_000)
    wait_idle(qtbot, window)
    reason = (f"La base SQLite sqlite:{gone} n’existe pas. Vérifiez le chemin dans l’URL de la base de la "
              "configuration.")
    failure = next(t for t in toast_texts(window) if "Échec" in t)
    assert failure.startswith("Échec de la sauvegarde « Paie ") and failure.endswith(f" » : {reason}")
    shown += toast_texts(window)
    shown.append(visible_text(window.configurations.card("Paie")))
    window.tabs.setCurrentIndex(2)
    wait_idle(qtbot, window)
    rows = window.history.model.rows()
    failed_row = [b.status for b in rows].index("failed")
    window.history.select_row(failed_row)
    model = window.history.model
    tips = {model.index(failed_row, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(model.columnCount())}
    assert tips == {None, reason}
    # The status and type words of the table are French (the labels of backup_desk.vocabulary, translated).
    words = {(b.status, b.backup_type): (model.index(r, COLUMNS.index("status")).data(),
                                         model.index(r, COLUMNS.index("type")).data())
             for r, b in enumerate(model.rows())}
    assert words == {(BackupStatus.COMPLETED, BackupType.FULL): ("Terminée", "Complète"),
                     (BackupStatus.FAILED, BackupType.FULL): ("Échouée", "Complète")}
    shown += [" ".join(pair) for pair in words.values()]
    details: dict[str, str] = {}

    def read(dialog: DetailsDialog) -> None:
        details.update({k: v.text() for k, v in dialog.values.items()})
        shown.append(visible_text(dialog))
        dialog.reject()

    when_modal(read, DetailsDialog)
    qtbot.mouseClick(window.history.details_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(details))
    assert details["error"] == reason
    assert re.search(r"\bÉchouée\b", shown[-1]) and re.search(r"\bComplète\b", shown[-1])  # the badges

    # 3. A refused restore: the target database already holds tables.
    busy_target = tmp_path / "occupee.sqlite3"
    shutil.copy(source, busy_target)
    window.history.select_row([b.id for b in window.history.model.rows()].index(done_id))
    status: dict[str, str] = {}

    def restore(dialog: RestoreDialog) -> None:
        qtbot.waitUntil(lambda: dialog.contents is not None, timeout=10_000)
        dialog.to_db.set_fields(ConnectionFields(kind="sqlite", path=str(busy_target)))
        qtbot.waitUntil(dialog.restore_button.isEnabled)
        before = {id(t) for t in window.toasts.toasts()}  # by identity: at most 5 show, a new one drops one
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: any(id(t) not in before for t in window.toasts.toasts()), timeout=30_000)
        status["text"] = dialog.status.text()
        shown.append(visible_text(dialog))
        dialog.grab().save(str(tmp_path / "restore-fr.png"))
        dialog.reject()

    when_modal(restore, RestoreDialog)
    qtbot.mouseClick(window.history.restore_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, window)
    assert status["text"] == (
        "La base cible contient déjà 1 des tables à restaurer. "
        "Restaurez dans une base vide, ou demandez à remplacer son contenu."
    )
    assert status["text"] in toast_texts(window)
    shown += toast_texts(window)
    assert _english_in(shown, data) == []
    with sqlite3.connect(busy_target) as conn:  # refused before anything was written
        assert conn.execute("select count(*) from clients").fetchone() == (2,)


def test_the_leak_check_finds_english() -> None:
    assert _english_in(["Le dossier /x n’existe pas."], ()) == []
    assert _english_in(["The folder /x does not exist."], ())  # an untranslated message is caught
    assert _english_in(["Sauvegarde Failed"], ()) and not _english_in(["Sauvegarde échouée"], ())
