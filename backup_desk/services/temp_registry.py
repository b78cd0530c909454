"""The catalog's registry of temporary files and staging folders (`temp_files`), written before each path
is created: a path belongs to a process (pid, host, boot id) and, for a backup, to its history row.

`cleanup-temp-files` removes at once what belongs to a dead owner and keeps what a live one holds;
`check-backup-system` reports the same. A registration outlives its path only after a crash.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select

from backup_desk.catalog.models import TempFile, utcnow
from backup_desk.engine import tempwatch
from backup_desk.ops.logs import operations_logger
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.procinfo import boot_id, process_alive, this_host


@dataclass(frozen=True)
class Registered:
    path: str
    kind: str
    backup_id: int | None
    pid: int
    hostname: str
    alive: bool  # the owner still runs (another host's owner counts as alive: it cannot be checked)
    created_at: datetime


class CatalogTempWatcher:
    """Registers every announced path in the catalog for this process (and, optionally, a backup row)."""

    def __init__(self, ctx: AppContext, backup_id: int | None = None) -> None:
        self._ctx = ctx
        self._backup_id = backup_id

    def announce(self, path: Path, kind: str) -> None:
        register(self._ctx, path, kind, backup_id=self._backup_id)

    def released(self, path: Path) -> None:
        try:
            forget(self._ctx, [str(path)])
        except Exception as exc:  # a stale registration is cleaned later; never fail a finished job
            operations_logger().warning("cannot unregister temporary path %s: %s", path, exc)


@contextmanager
def tracking(ctx: AppContext, backup_id: int | None = None) -> Iterator[None]:
    """Every temporary path the engine announces inside the block is registered with this process."""
    with tempwatch.watching(CatalogTempWatcher(ctx, backup_id)):
        yield


def register(ctx: AppContext, path: Path | str, kind: str, *, backup_id: int | None = None) -> None:
    key = os.path.abspath(path)
    with ctx.catalog.write() as session:
        session.execute(delete(TempFile).where(TempFile.path == key))
        session.add(TempFile(path=key, kind=kind, backup_id=backup_id, pid=os.getpid(), hostname=this_host(),
                             boot_id=boot_id(), created_at=utcnow()))


def forget(ctx: AppContext, paths: list[str]) -> None:
    if not paths:
        return
    keys = [os.path.abspath(p) for p in paths]
    with ctx.catalog.write() as session:
        session.execute(delete(TempFile).where(TempFile.path.in_(keys)))


def owner_alive(pid: int, hostname: str, boot: str, created_at: datetime) -> bool:
    if hostname != this_host():
        return True
    if boot and boot_id() and boot != boot_id():
        return False  # the machine restarted since: every process of then is gone
    return process_alive(pid, created_at=created_at)


def registered(ctx: AppContext) -> Iterator[Registered]:
    with ctx.catalog.read() as session:
        rows = list(session.scalars(select(TempFile).order_by(TempFile.id)))
    for r in rows:
        yield Registered(r.path, r.kind, r.backup_id, r.pid, r.hostname,
                         owner_alive(r.pid, r.hostname, r.boot_id, r.created_at), r.created_at)
