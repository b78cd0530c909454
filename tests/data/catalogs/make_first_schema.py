"""Regenerates first-schema.sqlite3: a catalog at revision 0001 with a few rows, as release one wrote it.

Run once (`python tests/data/catalogs/make_first_schema.py`) and commit the result; tests only read a copy.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from sqlalchemy import text  # noqa: E402

from backup_desk.catalog.db import Catalog  # noqa: E402
from backup_desk.catalog.migrate import upgrade_to  # noqa: E402

OUT = HERE / "first-schema.sqlite3"


def main() -> None:
    OUT.unlink(missing_ok=True)
    catalog = Catalog(OUT)
    upgrade_to(catalog, "0001")
    with catalog.write() as s:
        s.execute(text(
            "INSERT INTO configurations (id, name, backup_type, frequency, is_active, include_files, "
            "compression_enabled, encryption_enabled, retention_days, source_url, folders, destination, "
            "created_at, updated_at) VALUES "
            "(1, 'Sauvegarde complète quotidienne', 'full', 'daily', 1, 1, 1, 0, 30, "
            "'sqlite:////srv/app/app.db', '[\"/srv/app/media\"]', NULL, "
            "'2026-01-05 08:00:00.000000', '2026-01-06 09:30:00.000000'), "
            "(2, 'Métadonnées hebdomadaire', 'metadata', 'weekly', 1, 0, 1, 0, 90, "
            "'postgresql+psycopg://app@db.example/app', '[]', '/mnt/backups', "
            "'2026-01-05 08:01:00.000000', '2026-01-05 08:01:00.000000')"))
        s.execute(text(
            "INSERT INTO backups (id, backup_name, backup_type, status, configuration_id, file_size, "
            "file_path, "
            "duration_seconds, started_at, completed_at, tables_count, records_count, files_count, "
            "error_message, created_at) VALUES "
            "(1, 'Sauvegarde complète quotidienne 2026-01-06', 'full', 'completed', 1, 1048576, "
            "'/srv/backups/daily_20260106.zip', 12.5, '2026-01-06 02:00:00.000000', "
            "'2026-01-06 02:00:12.500000', 12, 3400, 56, '', '2026-01-06 02:00:00.000000'), "
            "(2, 'Métadonnées hebdomadaire 2026-01-07', 'metadata', 'failed', 2, NULL, '', 1.0, "
            "'2026-01-07 03:00:00.000000', '2026-01-07 03:00:01.000000', NULL, NULL, NULL, "
            "'Connection refused', '2026-01-07 03:00:00.000000'), "
            "(3, 'Ancienne sauvegarde', 'data', 'completed', NULL, 2048, '/srv/backups/old.zip', 3.0, "
            "'2026-01-01 01:00:00.000000', '2026-01-01 01:00:03.000000', 4, 10, 0, '', "
            "'2026-01-01 01:00:00.000000')"))
    catalog.dispose()
    raw = sqlite3.connect(OUT, isolation_level=None)
    raw.execute("PRAGMA journal_mode=DELETE")  # one self-contained file to commit
    raw.close()


if __name__ == "__main__":
    main()
