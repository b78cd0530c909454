"""Shared fixtures. Each test gets its own Backup Desk home and its own test keyring file."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before any QApplication exists (pytest-qt creates it lazily).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.support.keyring_backend.TestFileKeyring"
os.environ.pop("BACKUP_DESK_PASSPHRASE", None)
os.environ.pop("BACKUP_DESK_HOME", None)

REPO_ROOT = Path(__file__).resolve().parent.parent
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

pytest_plugins = ["tests.support.db_fixtures", "tests.support.small_disk"]


@pytest.fixture(autouse=True)
def _english_qt_after_each_test() -> Iterator[None]:
    """A test that left the window in French (its translators are the application's) must not change the
    next test's buttons: every translator installed on the application is removed afterwards."""
    yield
    if "PySide6.QtCore" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


@pytest.fixture(autouse=True)
def _test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "test-keyring.json"
    monkeypatch.setenv("BACKUP_DESK_TEST_KEYRING", str(path))
    # Subprocesses started by CLI tests must be able to import tests.support.
    pythonpath = [str(REPO_ROOT), os.environ.get("PYTHONPATH")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in pythonpath if p))
    import keyring

    from tests.support.keyring_backend import TestFileKeyring

    keyring.set_keyring(TestFileKeyring())
    yield path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """An empty Backup Desk home folder (pass as --home or AppContext.open(home))."""
    h = tmp_path / "bd-home"
    h.mkdir()
    return h


@pytest.fixture
def ctx(home: Path):  # type: ignore[no-untyped-def]
    from backup_desk.services.context import AppContext

    c = AppContext.open(home)
    yield c
    c.close()
