"""Leftovers of interrupted backups and restores: names ending with `.bdtmp`, and nothing else.

Looked for (not recursively) in the backups folder of every configuration, the default backups folder and
the scratch folder, plus every temp_path a history row recorded and every path of the `temp_files`
registry (restore staging folders beside their destination included). A path whose owner is known (a
registration or a history row) is kept exactly while that owner runs, and removed at once once it is dead
or its row closed. A path of unknown owner is kept while open in a running process (Linux /proc) or
changed in the last `GRACE_SECONDS`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from backup_desk.catalog.models import Backup, Configuration
from backup_desk.ops.logs import operations_logger
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.procinfo import open_paths, process_alive, this_host
from backup_desk.services.temp_registry import forget, registered
from backup_desk.vocabulary import ACTIVE_STATUSES

GRACE_SECONDS = 120


@dataclass(frozen=True)
class TempEntry:
    path: str
    size: int  # bytes (a folder: total of its files)
    is_dir: bool
    age_seconds: float
    in_use: bool
    why_kept: str = ""


@dataclass(frozen=True)
class TempCleanupReport:
    dry_run: bool
    scanned_dirs: tuple[str, ...]
    removed: tuple[TempEntry, ...]  # with dry_run: what would be removed
    kept: tuple[TempEntry, ...]
    freed_bytes: int
    problems: tuple[str, ...]


def is_temp_name(path: Path) -> bool:
    return path.name.endswith(TEMP_SUFFIX) and path.name != TEMP_SUFFIX


def remove_temp_path(path: str | Path) -> bool:
    """Removes one of our temporary files or folders; refuses any other name. False when already gone."""
    p = Path(path)
    if not is_temp_name(p):
        raise OSError(f"refusing to remove {p.name}: not a {TEMP_SUFFIX} name")
    try:
        mode = p.lstat().st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISDIR(mode):
        shutil.rmtree(p)  # rmtree never follows symlinks inside the tree
    else:
        p.unlink()  # files and symlinks (a link is removed, never its target)
    return True


def scan_dirs(ctx: AppContext) -> list[Path]:
    dirs = [ctx.paths.default_backups_dir, ctx.paths.tmp_dir]
    with ctx.catalog.read() as session:
        query = select(Configuration.destination).where(Configuration.destination.is_not(None))
        dirs.extend(ctx.backups_dir_for(dest) for dest in session.scalars(query))
    unique: dict[str, Path] = {}
    for d in dirs:
        unique.setdefault(os.path.normcase(os.path.abspath(d)), d)
    return list(unique.values())


def find_temp_entries(ctx: AppContext) -> tuple[list[TempEntry], list[Path]]:
    """Every `.bdtmp` entry in the scanned folders and row temp paths, each marked in use or not."""
    dirs = scan_dirs(ctx)
    candidates: dict[str, Path] = {}
    for d in dirs:
        try:
            with os.scandir(d) as it:
                for entry in it:
                    if is_temp_name(Path(entry.name)):
                        candidates.setdefault(os.path.abspath(entry.path), Path(entry.path))
        except OSError:
            continue
    live_refs, dead_refs = _row_temp_paths(ctx)
    for reg in registered(ctx):
        (live_refs if reg.alive else dead_refs).add(os.path.abspath(reg.path))
    dead_refs -= live_refs  # a live registration wins over a closed row naming the same path
    for ref in dead_refs | live_refs:
        p = Path(ref)
        if is_temp_name(p) and os.path.lexists(p):
            candidates.setdefault(os.path.abspath(p), p)
    opened = open_paths()
    now = time.time()
    entries = [_describe(p, now, opened, live_refs, dead_refs) for p in candidates.values()]
    return sorted(entries, key=lambda e: e.path), dirs


def cleanup_temp_files(ctx: AppContext, *, dry_run: bool = False) -> TempCleanupReport:
    """`backup-desk cleanup-temp-files [--dry-run]`."""
    entries, dirs = find_temp_entries(ctx)
    removed: list[TempEntry] = []
    kept: list[TempEntry] = []
    problems: list[str] = []
    for entry in entries:
        if entry.in_use:
            kept.append(entry)
            continue
        if not dry_run:
            try:
                remove_temp_path(entry.path)
            except OSError as exc:
                problems.append(f"Could not remove {entry.path}: {exc.strerror or exc}.")
                continue
            operations_logger().info("cleanup-temp-files: removed %s (%d bytes)", entry.path, entry.size)
        removed.append(entry)
    if not dry_run:
        _forget_removed(ctx, {e.path for e in removed})
    return TempCleanupReport(dry_run, tuple(str(d) for d in dirs), tuple(removed), tuple(kept),
                             sum(e.size for e in removed), tuple(problems))


def remove_dead_owners_paths(ctx: AppContext, problems: list[str]) -> list[str]:
    """Start-up recovery's share: the registered paths whose owner died go at once (restore staging
    folders included); the registrations are forgotten. Returns the paths removed."""
    removed: list[str] = []
    done: list[str] = []
    for reg in registered(ctx):
        if reg.alive:
            continue
        try:
            if remove_temp_path(reg.path):
                removed.append(reg.path)
            done.append(reg.path)
        except OSError as exc:
            problems.append(f"Could not remove {reg.path}: {exc.strerror or exc}.")
    forget(ctx, done)
    return removed


def _row_temp_paths(ctx: AppContext) -> tuple[set[str], set[str]]:
    """(temp paths of rows whose job is alive, temp paths of the other rows), as absolute strings."""
    host = this_host()
    live: set[str] = set()
    dead: set[str] = set()
    with ctx.catalog.read() as session:
        rows = session.execute(select(Backup.temp_path, Backup.status, Backup.pid, Backup.hostname,
                                      Backup.created_at).where(Backup.temp_path.is_not(None)))
        for temp, status, pid, hostname, created in rows:
            if not temp:
                continue
            active = status in ACTIVE_STATUSES
            remote = hostname not in (None, host)
            alive = active and (remote or pid is None or process_alive(pid, created_at=created))
            (live if alive else dead).add(os.path.abspath(temp))
    return live, dead


def _describe(p: Path, now: float, opened: set[Path] | None, live: set[str], dead: set[str]) -> TempEntry:
    key = os.path.abspath(p)
    try:
        st = p.lstat()
    except OSError:
        return TempEntry(str(p), 0, False, 0.0, True, "cannot be read")
    is_dir = stat.S_ISDIR(st.st_mode)
    size = _tree_size(p) if is_dir else st.st_size
    age = max(0.0, now - st.st_mtime)
    why = ""
    if key in live:
        why = "its owner is still running"
    elif key in dead:
        why = ""  # its owner is dead or finished: a leftover for sure, whatever its age
    elif opened is not None and any(o == p or p in o.parents for o in opened):
        why = "open in a running process"
    elif key not in dead and age < GRACE_SECONDS:  # a job may be between two files: wait a little
        why = f"changed less than {GRACE_SECONDS} s ago"
    return TempEntry(str(p), size, is_dir, round(age, 1), bool(why), why)


def _tree_size(root: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            with contextlib.suppress(OSError):  # vanished or unreadable: size unknown
                total += os.lstat(os.path.join(dirpath, name)).st_size
    return total


def _forget_removed(ctx: AppContext, removed: set[str]) -> None:
    """Clears the references to removed paths, and registrations of dead owners whose path is gone."""
    stale = [r.path for r in registered(ctx) if not r.alive and not os.path.lexists(r.path)]
    forget(ctx, [*removed, *stale])
    if not removed:
        return
    with ctx.catalog.write() as session:
        for row in session.scalars(select(Backup).where(Backup.temp_path.is_not(None))):
            if row.temp_path and os.path.abspath(row.temp_path) in removed:
                row.temp_path = None
