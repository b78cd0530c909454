"""Start-up: the window's shell paints before the catalog and the services load, then fills in place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from backup_desk.paths import resolve_paths
from backup_desk.services.demo import ensure_demo
from backup_desk.ui.app import build_window
from backup_desk.ui.settings import UiSettings
from tests.support.ui_helpers import wait_idle

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parent.parent

SHELL_ONLY = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from backup_desk.ui.app import build_window
app = QApplication(sys.argv[:1])
window = build_window(app, None, config_dir=Path(sys.argv[1]))
window.show()
app.processEvents()
assert not window.grab().toImage().isNull()
ours = ("backup_desk.catalog", "backup_desk.services.context", "backup_desk.engine.archive",
        "backup_desk.jobs",
        "backup_desk.ui.controllers")
heavy = sorted(m for m in sys.modules
               if m.split(".")[0] in ("sqlalchemy", "alembic", "keyring") or m.startswith(ours))
print(" ".join(heavy) or "none")
"""


def _env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen",
                PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")


def test_shell_paints_without_the_catalog_the_services_or_the_controllers(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", SHELL_ONLY, str(tmp_path)], capture_output=True, text=True,
                          cwd=ROOT, env=_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["none"]


def test_started_app_paints_its_shell_then_its_tabs(home: Path) -> None:
    """run_gui as the launcher calls it: the shell's paint, then the tabs built on the opened catalog."""
    code = "import sys; from backup_desk.ui.app import run_gui; sys.exit(run_gui(sys.argv[1:]))"
    done = subprocess.run([sys.executable, "-c", code, "--home", str(home), "--quit-after-paint"],
                          capture_output=True, text=True, cwd=ROOT, env=_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["painted", "ready"]
    assert resolve_paths(str(home)).catalog_path.is_file()  # the catalog was opened (created) after the paint


def test_shell_then_attach_fills_the_same_window(qtbot, ctx) -> None:
    ensure_demo(ctx)
    app = QApplication.instance()
    window = build_window(app, None, config_dir=ctx.paths.config_dir)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(2)
    window.show()
    assert not window.is_attached
    assert [window.tabs.tabText(i) for i in range(3)] == ["Dashboard", "Configurations", "History"]
    placeholder = window.tabs.widget(2)
    assert isinstance(placeholder, QLabel) and placeholder.text() == "Loading…"
    window.attach(ctx)
    wait_idle(qtbot, window)
    assert window.is_attached and window.tabs.currentIndex() == 2  # the tab chosen in the shell is kept
    assert window.tabs.widget(2) is window.history
    assert sorted(c.view.name for c in window.configurations.cards)[0] == "Daily full backup"
    assert window.history_controller.last is not None and window.history_controller.last.total == 0


def test_shell_closed_before_the_catalog_opened_keeps_its_place(qtbot, tmp_path: Path) -> None:
    app = QApplication.instance()
    window = build_window(app, None, config_dir=tmp_path)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    window.resize(1000, 700)
    assert window.close()
    assert UiSettings(tmp_path).geometry is not None
