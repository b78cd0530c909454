"""Start-up recovery: rows left `pending`/`running` by a process that died on this host become `failed`
("Interrupted: the process stopped before the backup finished.") and their temporary files go.

`AppContext.open` calls `recover_interrupted` before anything else. Rows of other hosts, or whose owner is
still alive, are left alone here (`cleanup-stuck-operations` handles stale ones). Never raises: a catalog
problem at this point must not stop the application from opening.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError

from backup_desk.ops.logs import ensure_logging, operations_logger
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.stuck import StuckRow, close_stuck, find_stuck


@dataclass(frozen=True)
class RecoveryReport:
    closed: tuple[StuckRow, ...]
    temp_files_removed: tuple[str, ...]
    problems: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.closed or self.temp_files_removed)


def recover_interrupted(ctx: AppContext) -> RecoveryReport:
    ensure_logging(ctx.paths)  # first thing on the start-up path: later events land in this home's logs
    log = operations_logger()
    try:
        stuck, _skipped = find_stuck(ctx, dead_only=True)
        removed, problems = close_stuck(ctx, stuck, source="start-up recovery")
    except (SQLAlchemyError, OSError) as exc:
        log.error("start-up recovery failed: %s", exc)
        return RecoveryReport((), (), (f"Start-up recovery failed: {exc}",))
    if stuck:
        log.warning("start-up recovery: %d interrupted backup(s) marked failed", len(stuck))
    return RecoveryReport(tuple(stuck), tuple(removed), tuple(problems))
