"""The recommended "new place" for a restore: a folder of its own under the data folder, never one that
already holds something (a second restore of the same backup gets `backup-7-2`, then `backup-7-3`…)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from backup_desk.services.context import AppContext

DATABASE_FILE = "database.sqlite3"


@dataclass(frozen=True)
class RestorePlace:
    folder: Path  # the archive's folders come back as folder/<label>/…
    database: Path  # an SQLite file beside them, for the database

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.database}"


def fresh_place(ctx: AppContext, backup_id: int) -> RestorePlace:
    root = ctx.paths.data_dir / "restores"
    base = root / f"backup-{backup_id}"
    candidate, n = base, 2
    while candidate.exists() and any(candidate.iterdir()):
        candidate, n = root / f"backup-{backup_id}-{n}", n + 1
    return RestorePlace(folder=candidate, database=candidate / DATABASE_FILE)
