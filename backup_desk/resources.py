"""Where the top-level `resources/` folder (application icon, desktop entry, AppStream metadata) is.

Looked up in order: $BACKUP_DESK_RESOURCES, the frozen bundle (PyInstaller's `sys._MEIPASS`), a source
checkout (beside the package), then an installed copy under `<prefix>/share/backup-desk/`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

RESOURCES_ENV = "BACKUP_DESK_RESOURCES"
_MARKER = Path("icons") / "backup-desk.svg"


def candidates() -> list[Path]:
    found: list[Path] = []
    if os.environ.get(RESOURCES_ENV):
        found.append(Path(os.environ[RESOURCES_ENV]))
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / "resources")
    found.append(Path(__file__).resolve().parent.parent / "resources")
    for prefix in (sys.prefix, "/usr/local", "/usr"):
        found.append(Path(prefix) / "share" / "backup-desk" / "resources")
    return found


def resources_dir() -> Path | None:
    """The first candidate that holds the application icon, or None (the app then uses its built-in one)."""
    return next((p for p in candidates() if (p / _MARKER).is_file()), None)


def resource(relative: str) -> Path | None:
    root = resources_dir()
    path = root / relative if root else None
    return path if path is not None and path.exists() else None
