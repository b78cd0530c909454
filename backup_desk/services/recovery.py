"""Start-up recovery: rows left `pending`/`running` by a process that died on this host are closed:
`completed` when the archive they named before the rename is there and verifies, else `failed`
("Interrupted: the process stopped before the backup finished."); their temporary files go, and so do the
registered temporary paths (restore staging folders included) of processes that died.

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
from backup_desk.services.maintenance.tempfiles import remove_dead_owners_paths
from backup_desk.services.passphrase_change import release_unneeded


@dataclass(frozen=True)
class RecoveryReport:
    closed: tuple[StuckRow, ...]
    temp_files_removed: tuple[str, ...]
    problems: tuple[str, ...]
    adopted: tuple[int, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.closed or self.temp_files_removed)


def recover_interrupted(ctx: AppContext) -> RecoveryReport:
    ensure_logging(ctx.paths)  # first thing on the start-up path: later events land in this home's logs
    log = operations_logger()
    try:
        stuck, _skipped = find_stuck(ctx, dead_only=True)
        removed, problems, adopted = close_stuck(ctx, stuck, source="start-up recovery")
        removed += remove_dead_owners_paths(ctx, problems)
        release_unneeded(ctx)  # passphrases kept for archives that retention or a person deleted since
    except (SQLAlchemyError, OSError) as exc:
        log.error("start-up recovery failed: %s", exc)
        return RecoveryReport((), (), (f"Start-up recovery failed: {exc}",))
    if stuck:
        log.warning("start-up recovery: %d interrupted backup(s) closed, %d of them completed from their "
                    "verified archive", len(stuck), len(adopted))
    return RecoveryReport(tuple(stuck), tuple(removed), tuple(problems), tuple(adopted))
