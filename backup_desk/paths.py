"""Where Backup Desk keeps its catalog, archives, logs and temporary files.

By default the platformdirs user folders; `--home DIR` or `BACKUP_DESK_HOME` puts everything under one
folder (tests, portable installs).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "backup-desk"
HOME_ENV = "BACKUP_DESK_HOME"
TEMP_SUFFIX = ".bdtmp"  # every temporary file or folder we create ends with this (cleanup finds only ours)


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path

    @property
    def catalog_path(self) -> Path:
        return self.data_dir / "catalog.sqlite3"

    @property
    def default_backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def tmp_dir(self) -> Path:
        """Scratch space for restores and verification (archives are staged beside their destination)."""
        return self.data_dir / "tmp"

    @property
    def demo_dir(self) -> Path:
        return self.data_dir / "demo"

    def ensure(self) -> AppPaths:
        for d in (self.data_dir, self.log_dir, self.config_dir, self.default_backups_dir, self.tmp_dir):
            d.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    """The folders to use: `home` (or $BACKUP_DESK_HOME) when given, else the platform's user folders."""
    chosen = home if home is not None else os.environ.get(HOME_ENV)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root / "data", log_dir=root / "logs", config_dir=root / "config")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
    )
