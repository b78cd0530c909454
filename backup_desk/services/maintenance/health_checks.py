"""The individual checks of `check-backup-system` (each returns one HealthCheck; none writes anything).

Repairs live in health.py: a check only says whether a safe fix exists.
"""

from __future__ import annotations

import importlib.metadata
import os
import shutil
import sqlite3
import sys
import uuid
from pathlib import Path

from sqlalchemy import select, text

from backup_desk.catalog.migrate import current_revision, head_revision
from backup_desk.catalog.models import Backup, Configuration
from backup_desk.ops.logs import MAX_BYTES
from backup_desk.paths import TEMP_SUFFIX
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.health_model import DependencyVersion, HealthCheck, Level
from backup_desk.services.maintenance.samples import SAMPLE_MARKER
from backup_desk.services.maintenance.stuck import find_stuck
from backup_desk.services.maintenance.tempfiles import find_temp_entries, scan_dirs
from backup_desk.vocabulary import BackupStatus

FREE_SPACE_ERROR = 200 * 1024**2  # below this a backup is likely to fail
FREE_SPACE_WARNING = 2 * 1024**3
LOG_DIR_WARNING = 200 * 1024**2
DEPENDENCIES = (("SQLAlchemy", True), ("alembic", True), ("cryptography", True), ("platformdirs", True),
                ("keyring", True), ("backports.zstd", sys.version_info < (3, 14)), ("psycopg", False),
                ("PyMySQL", False), ("PySide6-Essentials", False))


def _writable(folder: Path) -> str | None:
    """None when a file can be created in `folder`, else why not."""
    if not folder.exists():
        return "missing"
    if not folder.is_dir():
        return "not a folder"
    probe = folder / f".write-test-{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return f"not writable ({exc.strerror or exc})"
    return None


def check_folders(ctx: AppContext) -> HealthCheck:
    p = ctx.paths
    folders = [p.data_dir, p.log_dir, p.config_dir, p.tmp_dir, *scan_dirs(ctx)]
    problems = []
    for folder in dict.fromkeys(folders):
        why = _writable(folder)
        if why:
            problems.append(f"{folder}: {why}")
    if not problems:
        return HealthCheck("folders", "ok", f"All {len(set(folders))} folders exist and are writable.")
    missing_only = all(d.endswith(": missing") for d in problems)
    return HealthCheck("folders", "error", f"{len(problems)} folder(s) missing or not writable.",
                       tuple(problems), "Create the folders or fix their permissions (--fix creates missing "
                       "ones).",
                       fixable=missing_only, count=len(problems))


def check_disk_space(ctx: AppContext) -> HealthCheck:
    details: list[str] = []
    level: Level = "ok"
    for folder in dict.fromkeys([ctx.paths.data_dir, *scan_dirs(ctx)]):
        probe = folder if folder.exists() else folder.parent
        try:
            usage = shutil.disk_usage(probe)
        except OSError:
            continue
        free_gb = usage.free / 1024**3
        details.append(f"{folder}: {free_gb:.1f} GB free of {usage.total / 1024**3:.1f} GB")
        if usage.free < FREE_SPACE_ERROR:
            level = "error"
        elif usage.free < FREE_SPACE_WARNING and level == "ok":
            level = "warning"
    message = {"ok": "Enough free space.", "warning": "Free space is getting low.",
               "error": "Almost no free space left: backups will fail."}[level]
    hint = "" if level == "ok" else "Free some space or move the backups folder (config edit --dest)."
    return HealthCheck("disk_space", level, message, tuple(details), hint)


def check_catalog(ctx: AppContext) -> HealthCheck:
    restore_hint = f"Restore a copy of {ctx.paths.catalog_path} (migrations keep one beside it)."
    try:
        with ctx.catalog.engine.connect() as conn:
            result = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
        current, head = current_revision(ctx.catalog), head_revision()
    except Exception as exc:  # a damaged file raises from the driver
        return HealthCheck("catalog", "error", f"The catalog cannot be read: {exc}.", hint=restore_hint)
    if result != ["ok"]:
        return HealthCheck("catalog", "error", "The catalog failed its integrity check.", tuple(result[:20]),
                           restore_hint)
    if current != head:
        return HealthCheck("catalog", "warning", f"The catalog schema is at {current}, not {head}.",
                           hint="Run any backup-desk command (or --fix) to migrate it.", fixable=True)
    return HealthCheck("catalog", "ok", f"Catalog intact, schema at {head}.")


def check_stuck(ctx: AppContext) -> HealthCheck:
    stuck, skipped = find_stuck(ctx)
    details = [f"#{s.backup_id} {s.backup_name} ({s.status}, {s.reason}, {s.age_hours} h)" for s in stuck]
    details += [f"#{s.backup_id} {s.backup_name}: running ({s.why})" for s in skipped]
    if not stuck:
        msg = "No stuck operation." if not skipped else f"{len(skipped)} operation(s) running normally."
        return HealthCheck("stuck_operations", "ok", msg, tuple(details))
    return HealthCheck("stuck_operations", "warning", f"{len(stuck)} operation(s) stuck in pending/running.",
                       tuple(details), "backup-desk cleanup-stuck-operations", fixable=True, count=len(stuck))


def check_temp_files(ctx: AppContext) -> HealthCheck:
    entries, _dirs = find_temp_entries(ctx)
    leftovers = [e for e in entries if not e.in_use]
    details = tuple(f"{e.path} ({e.size} bytes)" for e in leftovers)
    details += tuple(f"{e.path}: in use ({e.why_kept})" for e in entries if e.in_use)
    if not leftovers:
        return HealthCheck("temp_files", "ok", "No leftover temporary file.", details)
    size = sum(e.size for e in leftovers)
    return HealthCheck("temp_files", "warning", f"{len(leftovers)} leftover temporary file(s), {size} bytes.",
                       details, "backup-desk cleanup-temp-files", fixable=True, count=len(leftovers))


def check_logs(ctx: AppContext) -> HealthCheck:
    files = sorted(p for p in ctx.paths.log_dir.glob("*.log*") if p.is_file())
    total = sum(p.stat().st_size for p in files)
    oversized = [p for p in files if p.stat().st_size > 2 * MAX_BYTES]
    details = tuple(f"{p.name}: {p.stat().st_size} bytes" for p in files)
    if oversized or total > LOG_DIR_WARNING:
        return HealthCheck("logs", "warning", f"Logs take {total / 1024**2:.1f} MB; rotation may not work.",
                           details, f"Check {ctx.paths.log_dir}; old rotated files (*.log.N) can be deleted.",
                           count=len(oversized))
    message = f"{len(files)} log file(s), {total / 1024**2:.1f} MB in {ctx.paths.log_dir}."
    return HealthCheck("logs", "ok", message, details)


def check_keyring(ctx: AppContext) -> HealthCheck:
    with ctx.catalog.read() as session:
        query = select(Configuration.id).where(Configuration.encryption_enabled)
        encrypted = session.scalar(query) is not None
    if ctx.secrets.available():
        return HealthCheck("keyring", "ok", "The system keyring is available.")
    level: Level = "warning" if encrypted else "info"
    return HealthCheck("keyring", level, "No system keyring: passwords and passphrases cannot be stored.",
                       hint="Start a Secret Service (gnome-keyring); scripts can use BACKUP_DESK_PASSPHRASE.")


def dependency_versions() -> tuple[DependencyVersion, ...]:
    found = [DependencyVersion("python", sys.version.split()[0], True),
             DependencyVersion("sqlite", sqlite3.sqlite_version, True)]
    for name, required in DEPENDENCIES:
        try:
            version: str | None = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            version = None
        found.append(DependencyVersion(name, version, required))
    return tuple(found)


def check_dependencies(deps: tuple[DependencyVersion, ...]) -> HealthCheck:
    details = tuple(f"{d.name} {d.version or 'missing'}" for d in deps)
    missing = [d.name for d in deps if d.version is None and d.required]
    optional = [d.name for d in deps if d.version is None and not d.required]
    try:
        from cryptography.hazmat.primitives.kdf.argon2 import Argon2id  # noqa: F401
    except ImportError:
        missing.append("cryptography with Argon2id (>= 44)")
    if missing:
        return HealthCheck("dependencies", "error", f"Missing: {', '.join(missing)}.", details,
                           "Reinstall Backup Desk (pip install -U backup-desk).", count=len(missing))
    if optional:
        return HealthCheck("dependencies", "info", f"Optional parts not installed: {', '.join(optional)}.",
                           details)
    return HealthCheck("dependencies", "ok", "All dependencies are installed.", details)


def check_configurations(ctx: AppContext) -> HealthCheck:
    problems = []
    with ctx.catalog.read() as session:
        for cfg in session.scalars(select(Configuration).order_by(Configuration.id)):
            if not cfg.source_url and not (cfg.include_files and cfg.folders):
                problems.append(f"{cfg.name}: nothing to back up (no database, no folder).")
            for folder in cfg.folders if cfg.include_files else []:
                if not Path(folder).expanduser().is_dir():
                    problems.append(f"{cfg.name}: folder {folder} is missing.")
            if cfg.encryption_enabled and cfg.is_active and ctx.secrets.get_passphrase(cfg.id) is None \
                    and not os.environ.get("BACKUP_DESK_PASSPHRASE"):
                problems.append(f"{cfg.name}: encrypted, but no passphrase is stored for scheduled runs.")
    if problems:
        return HealthCheck("configurations", "warning", f"{len(problems)} configuration problem(s).",
                           tuple(problems), "Edit the configurations (backup-desk config edit).",
                           count=len(problems))
    return HealthCheck("configurations", "ok", "Every configuration has something to back up.")


def completed_rows(ctx: AppContext) -> list[tuple[int, str, str]]:
    """(id, name, file_path) of completed rows that should have an archive (sample rows excluded)."""
    with ctx.catalog.read() as session:
        rows = session.execute(select(Backup.id, Backup.backup_name, Backup.file_path, Backup.source_summary)
                               .where(Backup.status == BackupStatus.COMPLETED).order_by(Backup.id))
        return [(i, n, p) for i, n, p, s in rows if not (s or "").startswith(SAMPLE_MARKER)]


def check_archives_present(ctx: AppContext) -> HealthCheck:
    rows = completed_rows(ctx)
    missing = [f"#{i} {n}: {p or '(no path)'}" for i, n, p in rows if not (p and Path(p).is_file())]
    if missing:
        return HealthCheck("archives", "error", f"{len(missing)} completed backup(s) without their archive.",
                           tuple(missing), "backup-desk rebuild-backup-paths --scan-dir=<where they went>",
                           count=len(missing))
    return HealthCheck("archives", "ok", f"All {len(rows)} completed backup(s) have their archive file.")
