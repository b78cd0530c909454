"""`create-sample-backups --count=N [--seed S]`: a believable history to explore the GUI with.

As the specification asks: types and statuses mixed, dates spread over 90 days, realistic sizes and
durations, varied error messages on failures, every row linked to an existing configuration. Only
`completed` and `failed` rows are made: a fake `running` row would look stuck (and recovery closes those).
Sample rows have no archive file: their file_path is empty and source_summary starts with SAMPLE_MARKER, so
the health check and rebuild-backup-paths leave them alone.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from backup_desk.catalog.models import Backup, Configuration, utcnow
from backup_desk.errors import UserInputError
from backup_desk.messages import Text
from backup_desk.ops import audit
from backup_desk.ops.logs import operations_logger
from backup_desk.services.context import AppContext
from backup_desk.vocabulary import BackupStatus, BackupType

SAMPLE_MARKER = "Sample row (create-sample-backups)"
SPREAD_DAYS = 90
MAX_COUNT = 10_000
FAILURE_RATE = 0.18
ERROR_MESSAGES = (
    "Not enough free space in the backups folder: 1.4 GB needed, 312 MB free.",
    "Could not connect to the source database: connection refused (db.internal:5432).",
    "Permission denied while writing to the backups folder.",
    "The stored passphrase no longer matches this configuration; set it again.",
    "Cancelled by the user.",
    "Interrupted: the process stopped before the backup finished.",
    "Timed out after 30 s waiting for a lock on the source database.",
    "The folder 'Documents' is missing or cannot be read.",
    "The source database went away during the dump (server closed the connection).",
    "Table 'orders' changed while it was read; run the backup again.",
    "The backups folder is on a network share that is not reachable.",
)
# (typical archive size in bytes, spread factor) per backup type
_SIZE = {BackupType.FULL: (180e6, 2.2), BackupType.DATA: (120e6, 2.2), BackupType.METADATA: (220e3, 1.8)}


@dataclass(frozen=True)
class SampleReport:
    created: int
    backup_ids: tuple[int, ...]
    by_status: dict[BackupStatus, int]
    by_type: dict[BackupType, int]
    oldest: datetime | None
    newest: datetime | None
    seed: int | None


def create_sample_backups(ctx: AppContext, count: int, *, seed: int | None = None,
                          now: datetime | None = None) -> SampleReport:
    if not 1 <= count <= MAX_COUNT:
        raise UserInputError(Text("--count must be between 1 and {0} (got {1}).", MAX_COUNT, count),
                             Text("Choose a number in that range."))
    rng = random.Random(seed)
    now = now or utcnow()
    with ctx.catalog.read() as session:
        configs = [(c.id, c.name, c.backup_type, c.include_files, c.compression_algorithm)
                   for c in session.scalars(select(Configuration).order_by(Configuration.id))]
    if not configs:
        raise UserInputError(Text("There is no configuration to link sample backups to."),
                             Text("Run `backup-desk create-default-configs` first (or create a "
                                  "configuration)."))
    rows = [_sample_row(rng, configs, now, i, count) for i in range(count)]
    with ctx.catalog.write() as session:
        session.add_all(rows)
        session.flush()
        audit.record(session, action="maintenance.samples", target_type="system", target_id="",
                     summary=f"create-sample-backups: {count} sample history rows added.")
    operations_logger().info("create-sample-backups: %d rows added (seed %s)", count, seed)
    dates = [r.created_at for r in rows]
    return SampleReport(count, tuple(r.id for r in rows), dict(Counter(r.status for r in rows)),
                        dict(Counter(r.backup_type for r in rows)), min(dates), max(dates), seed)


def _sample_row(rng: random.Random, configs: list[tuple[int, str, BackupType, bool, str]], now: datetime,
                index: int, count: int) -> Backup:
    config_id, config_name, config_type, include_files, compression = rng.choice(configs)
    # Mostly the configuration's own type, sometimes another (a manual run of a different kind).
    backup_type = config_type if rng.random() < 0.8 else rng.choice(tuple(BackupType))
    # Stratified over the window so every part of the 90 days has rows, newest first in index order.
    slot = SPREAD_DAYS * 86400 / count
    created = now - timedelta(seconds=slot * index + rng.uniform(0, slot * 0.9) + 60)
    failed = rng.random() < FAILURE_RATE
    typical, spread = _SIZE[backup_type]
    size = max(4096, int(rng.lognormvariate(0, 0.6) ** spread * typical))
    throughput = rng.uniform(25e6, 90e6)  # bytes/s, compression included
    duration = round(size / throughput + rng.uniform(0.4, 4.0), 2)
    tables = rng.randint(4, 60)
    records = 0 if backup_type == BackupType.METADATA else int(size / rng.uniform(120, 600))
    files = rng.randint(20, 4000) if include_files and backup_type != BackupType.METADATA else 0
    row = Backup(
        backup_name=f"{config_name} {created.astimezone():%Y-%m-%d %H:%M}",
        backup_type=backup_type,
        configuration_id=config_id,
        started_at=created,
        created_at=created,
        compression=compression,
        source_summary=f"{SAMPLE_MARKER}: no archive file.",
        warnings=[],
    )
    if failed:
        part = rng.uniform(0.02, 0.7)
        row.status = BackupStatus.FAILED
        row.error_message = rng.choice(ERROR_MESSAGES)
        row.duration_seconds = round(duration * part, 2)
        row.completed_at = created + timedelta(seconds=row.duration_seconds)
        row.tables_count = int(tables * part) or None
    else:
        row.status = BackupStatus.COMPLETED
        row.file_size = size
        row.duration_seconds = duration
        row.completed_at = created + timedelta(seconds=duration)
        row.tables_count, row.records_count, row.files_count = tables, records, files
        if rng.random() < 0.1:
            row.warnings = [f"Skipped an unreadable file: 'Documents/locked-{rng.randint(1, 99)}.xlsx'."]
    return row
