"""History totals kept by triggers: per (status, type, configuration), the number of history rows and the
sums of their sizes and durations, so the History tab's total (no filter, or filters on those three only)
and the Dashboard's statistics are sums over a few rows instead of scans of a million; and a change counter
bumped by every change to the history, which tells the history service when a count it remembers (a
search, a date range) still holds.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# configuration_key is the configuration's id, or 0 for a row without one (ids start at 1). The sums follow
# SQL's SUM and COUNT (NULL sizes and durations add nothing).
# Note for later revisions: a batch rebuild of `backups` drops these triggers (as the search index's, see
# 0002); re-create them after it.
_KEY = ("status = {0}.status AND backup_type = {0}.backup_type "
        "AND configuration_key = coalesce({0}.configuration_id, 0)")
_ADD_NEW = (
    "INSERT INTO backup_totals "
    "(status, backup_type, configuration_key, n, size_sum, duration_sum, duration_n) "
    "VALUES (new.status, new.backup_type, coalesce(new.configuration_id, 0), 1, coalesce(new.file_size, 0), "
    "coalesce(new.duration_seconds, 0), new.duration_seconds IS NOT NULL) "
    "ON CONFLICT (status, backup_type, configuration_key) DO UPDATE SET n = n + 1, "
    "size_sum = size_sum + excluded.size_sum, duration_sum = duration_sum + excluded.duration_sum, "
    "duration_n = duration_n + excluded.duration_n; "
)
_REMOVE_OLD = (
    "UPDATE backup_totals SET n = n - 1, size_sum = size_sum - coalesce(old.file_size, 0), "
    "duration_sum = duration_sum - coalesce(old.duration_seconds, 0), "
    "duration_n = duration_n - (old.duration_seconds IS NOT NULL) WHERE " + _KEY.format("old") + "; "
)
_BUMP = "UPDATE history_changes SET n = n + 1; "
_COUNTED = ("status", "backup_type", "configuration_id", "file_size", "duration_seconds")
TOTALS_DDL = (
    "CREATE TABLE backup_totals (status VARCHAR(16) NOT NULL, backup_type VARCHAR(16) NOT NULL, "
    "configuration_key INTEGER NOT NULL, n INTEGER NOT NULL, size_sum INTEGER NOT NULL, "
    "duration_sum FLOAT NOT NULL, duration_n INTEGER NOT NULL, "
    "PRIMARY KEY (status, backup_type, configuration_key)) WITHOUT ROWID",
    "CREATE TABLE history_changes (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)",
    "INSERT INTO history_changes (id, n) VALUES (1, 0)",
    "INSERT INTO backup_totals "
    "SELECT status, backup_type, coalesce(configuration_id, 0), count(*), coalesce(sum(file_size), 0), "
    "coalesce(sum(duration_seconds), 0), count(duration_seconds) FROM backups GROUP BY 1, 2, 3",
    "CREATE TRIGGER backup_totals_ai AFTER INSERT ON backups BEGIN " + _ADD_NEW + _BUMP + "END",
    "CREATE TRIGGER backup_totals_ad AFTER DELETE ON backups BEGIN " + _REMOVE_OLD + _BUMP + "END",
    # Also fired by ON DELETE SET NULL when a configuration is deleted.
    f"CREATE TRIGGER backup_totals_au AFTER UPDATE OF {', '.join(_COUNTED)} ON backups WHEN "
    + " OR ".join(f"old.{c} IS NOT new.{c}" for c in _COUNTED) + " BEGIN " + _REMOVE_OLD + _ADD_NEW + "END",
    # Any change (a name, a date) can change a search's or a date range's count.
    "CREATE TRIGGER history_changes_au AFTER UPDATE ON backups BEGIN " + _BUMP + "END",
)


def upgrade() -> None:
    for statement in TOTALS_DDL:
        op.execute(statement)


def downgrade() -> None:
    for trigger in ("history_changes_au", "backup_totals_au", "backup_totals_ad", "backup_totals_ai"):
        op.execute(f"DROP TRIGGER {trigger}")
    op.execute("DROP TABLE history_changes")
    op.execute("DROP TABLE backup_totals")
