"""`check-backup-system [--json] [--fix] [--deep]`: is the backup system healthy, and what to do if not.

Checks: folders (exist, writable), free space, catalog (PRAGMA integrity_check, schema at head), stuck
operations, leftover temporary files, log sizes, keyring, dependencies and versions, configurations, every
completed row has its archive. `deep` also verifies every archive (decrypt, every checksum, the dump
restores) and tries every configuration's source. `fix` applies only safe repairs: create missing folders,
migrate the catalog, close stuck rows (dead or stale only, never --force), remove leftover temporary files,
repoint moved archives found in the known backups folders (by archive id).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from backup_desk import __version__
from backup_desk.catalog.migrate import upgrade_to_head
from backup_desk.catalog.models import Configuration
from backup_desk.engine.database.urls import with_password
from backup_desk.errors import BackupDeskError, CatalogUnavailableError, PassphraseError
from backup_desk.ops.logs import operations_logger
from backup_desk.ops.redaction import register_secret
from backup_desk.paths import AppPaths
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance import health_checks as hc
from backup_desk.services.maintenance.health_model import REPORT_FORMAT, HealthCheck, HealthReport, worst
from backup_desk.services.maintenance.health_schedules import check_schedules
from backup_desk.services.maintenance.rebuild_paths import rebuild_backup_paths
from backup_desk.services.maintenance.stuck import cleanup_stuck_operations
from backup_desk.services.maintenance.tempfiles import cleanup_temp_files, scan_dirs

Check = Callable[[AppContext], HealthCheck]


def catalog_open_errors() -> tuple[type[Exception], ...]:
    """What opening a damaged or foreign catalog file raises (AppContext.open migrates it first). alembic
    is imported only here, when such an error is being handled: every command would pay 0.1 s for it."""
    from alembic.util import CommandError

    return (CatalogUnavailableError, SQLAlchemyError, sqlite3.DatabaseError, CommandError)


def _fix_folders(ctx: AppContext) -> None:
    ctx.paths.ensure()
    for folder in scan_dirs(ctx):
        folder.mkdir(parents=True, exist_ok=True)


FIXES: dict[str, Callable[[AppContext], object]] = {
    "folders": _fix_folders,
    "catalog": lambda ctx: upgrade_to_head(ctx.catalog),
    "stuck_operations": lambda ctx: cleanup_stuck_operations(ctx),
    "temp_files": lambda ctx: cleanup_temp_files(ctx),
    "archives": lambda ctx: rebuild_backup_paths(ctx),
}
_RANK = {"ok": 0, "info": 0, "warning": 1, "error": 2}


def check_backup_system(ctx: AppContext, *, fix: bool = False, deep: bool = False) -> HealthReport:
    deps = hc.dependency_versions()
    checks: list[tuple[Check, bool]] = [
        (hc.check_folders, True), (hc.check_disk_space, False), (hc.check_catalog, True),
        (hc.check_stuck, True), (hc.check_temp_files, True), (hc.check_logs, False),
        (hc.check_keyring, False), (lambda _ctx: hc.check_dependencies(deps), False),
        (hc.check_configurations, False), (hc.check_archives_present, True), (check_schedules, False),
    ]
    results = [_run(ctx, check, fix and can_fix) for check, can_fix in checks]
    if deep:
        results.append(_guard("archive_verification", lambda: check_archives_deep(ctx)))
        results.append(_guard("sources", lambda: check_sources(ctx)))
    cleaned = tuple(r.cleaned() for r in results)
    log = operations_logger()
    for check in cleaned:
        log.debug("check %s: %s — %s", check.name, check.level, check.message)
    level, rank = worst(cleaned)
    report = HealthReport(REPORT_FORMAT, level, rank, datetime.now(UTC).isoformat(timespec="seconds"),
                          __version__, str(ctx.paths.data_dir), deep, fix, cleaned, deps)
    not_ok = ", ".join(f"{c.name}={c.level}" for c in cleaned if c.level not in ("ok", "info"))
    log.info("check-backup-system: %s (%s)", level, not_ok)
    return report


def catalog_unreadable_report(paths: AppPaths, exc: BaseException, *, fix: bool = False,
                              deep: bool = False) -> HealthReport:
    """The report when the catalog cannot even be opened (damaged file): what can be said without it."""
    deps = hc.dependency_versions()
    catalog = HealthCheck("catalog", "error", f"The catalog cannot be opened: {exc}.",
                          (str(paths.catalog_path),),
                          f"Move {paths.catalog_path.name} aside and put back a copy (upgrades keep one "
                          "beside it: *.before-upgrade-from-*); archives still restore without the catalog.")
    checks = tuple(c.cleaned() for c in (catalog, hc.check_dependencies(deps)))
    level, rank = worst(checks)
    return HealthReport(REPORT_FORMAT, level, rank, datetime.now(UTC).isoformat(timespec="seconds"),
                        __version__, str(paths.data_dir), deep, fix, checks, deps)


def _guard(name: str, run: Callable[[], HealthCheck]) -> HealthCheck:
    try:
        return run()
    except Exception as exc:  # one broken check must not hide the others
        operations_logger().exception("check %s failed", name)
        return HealthCheck(name, "error", f"The check itself failed ({type(exc).__name__}: {exc}).")


def _run(ctx: AppContext, check: Check, fix: bool) -> HealthCheck:
    name = getattr(check, "__name__", "check").removeprefix("check_")
    first = _guard(name, lambda: check(ctx))
    if not fix or first.level in ("ok", "info") or not first.fixable or first.name not in FIXES:
        return first
    try:
        FIXES[first.name](ctx)
    except BackupDeskError as exc:
        return HealthCheck(first.name, first.level, first.message, (*first.details, f"Fix failed: {exc}"),
                           first.hint, fixable=True, count=first.count)
    after = _guard(first.name, lambda: check(ctx))
    improved = _RANK[after.level] < _RANK[first.level]
    note = f"Fixed: {first.message}" if improved else f"Fix attempted: {first.message}"
    operations_logger().info("check-backup-system --fix: %s", note)
    return HealthCheck(after.name, after.level, after.message, (note, *after.details), after.hint,
                       fixable=after.fixable, fixed=improved, count=after.count)


def check_archives_deep(ctx: AppContext) -> HealthCheck:
    """Full verification of every completed archive that exists (the presence check reports the others)."""
    from backup_desk.services import archives

    failed, unverified, passed = [], [], 0
    for backup_id, name, path in hc.completed_rows(ctx):
        if not (path and Path(path).is_file()):
            continue
        try:
            outcome = archives.verify(ctx, str(backup_id))
        except PassphraseError as exc:
            unverified.append(f"#{backup_id} {name}: {exc.message}")
            continue
        except BackupDeskError as exc:
            failed.append(f"#{backup_id} {name}: {exc.message}")
            continue
        if outcome.ok:
            passed += 1
        else:
            failed.append(f"#{backup_id} {name}: {outcome.message}")
    if failed:
        return HealthCheck("archive_verification", "error", f"{len(failed)} archive(s) failed verification.",
                           tuple(failed + unverified), "Run a new backup of the affected configurations.",
                           count=len(failed))
    if unverified:
        return HealthCheck("archive_verification", "warning",
                           f"{len(unverified)} encrypted archive(s) could not be verified (no passphrase).",
                           tuple(unverified), "Set BACKUP_DESK_PASSPHRASE or store the passphrase (keyring).",
                           count=len(unverified))
    return HealthCheck("archive_verification", "ok", f"All {passed} archive(s) verified.")


def check_sources(ctx: AppContext) -> HealthCheck:
    from backup_desk.services import configs

    with ctx.catalog.read() as session:
        query = select(Configuration.id, Configuration.name, Configuration.source_url)
        sources = [(i, n, u) for i, n, u in session.execute(query) if u]
    problems = []
    for config_id, name, bare in sources:  # the catalog keeps the URL without its password
        password = ctx.secrets.get_source_password(config_id)
        register_secret(password)  # masked by the report's redaction even if a driver echoes it
        problem = configs.test_source(with_password(bare, password) if password else bare)
        if problem:
            problems.append(f"{name}: {problem}")
    tried = len(sources)
    if problems:
        return HealthCheck("sources", "error", f"{len(problems)} source database(s) cannot be reached.",
                           tuple(problems), "Check the server, the URL and the stored password.",
                           count=len(problems))
    return HealthCheck("sources", "ok", f"All {tried} source database(s) answer.")
