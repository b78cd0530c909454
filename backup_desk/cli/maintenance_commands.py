"""The specification's maintenance commands (`python manage.py <command>` there, kebab-case here):
create-default-configs, create-sample-backups, cleanup-stuck-operations, rebuild-backup-paths,
check-backup-system, cleanup-temp-files.

They open the catalog without start-up recovery, so they report the state as it is (a crashed run shows
up as stuck until cleanup-stuck-operations closes it) instead of silently repairing it first.
Exit status: 0 done; 1 something could not be done (check-backup-system: warnings); 2 bad usage
(check-backup-system: errors found).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from backup_desk.cli.common import CliContext, add_json_flag
from backup_desk.ops.logs import ensure_logging, operations_logger, set_debug, setup_logging
from backup_desk.paths import resolve_paths
from backup_desk.services.context import AppContext
from backup_desk.services.demo import ensure_demo
from backup_desk.services.maintenance.health import (
    catalog_open_errors,
    catalog_unreadable_report,
    check_backup_system,
)
from backup_desk.services.maintenance.health_model import HealthReport
from backup_desk.services.maintenance.rebuild_paths import rebuild_backup_paths
from backup_desk.services.maintenance.samples import create_sample_backups
from backup_desk.services.maintenance.stuck import DEFAULT_HOURS, cleanup_stuck_operations
from backup_desk.services.maintenance.tempfiles import cleanup_temp_files
from backup_desk.sizes import format_size

_MARK = {"ok": " OK ", "info": "INFO", "warning": "WARN", "error": "FAIL"}


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("create-default-configs", parents=[common], help="create the four demo configurations",
                       description="Create a demo source (SQLite database + folder of files) and the four "
                                   "demonstration configurations. Safe to run again.")
    add_json_flag(p)
    p.set_defaults(handler=cmd_create_default_configs)

    p = sub.add_parser("create-sample-backups", parents=[common], help="fill the history with sample rows",
                       description="Add sample history rows (mixed types and statuses over 90 days) linked "
                                   "to the existing configurations. Sample rows have no archive file.")
    p.add_argument("--count", type=int, default=30, metavar="N", help="how many rows (default 30)")
    p.add_argument("--seed", type=int, default=None, metavar="S", help="same seed, same rows")
    add_json_flag(p)
    p.set_defaults(handler=cmd_create_sample_backups)

    p = sub.add_parser("cleanup-stuck-operations", parents=[common], help="close backups stuck in running",
                       description="Mark failed the backups left pending/running by a dead process, with a "
                                   "stale heartbeat, or older than --hours; remove their temporary files.")
    p.add_argument("--hours", type=float, default=DEFAULT_HOURS, metavar="H",
                   help="age after which a row whose process cannot be checked is stuck "
                        f"(default {DEFAULT_HOURS:g})")
    p.add_argument("--force", action="store_true",
                   help="also close rows older than --hours whose process still looks alive")
    p.add_argument("--dry-run", action="store_true", help="only report what would be done")
    add_json_flag(p)
    p.set_defaults(handler=cmd_cleanup_stuck_operations)

    p = sub.add_parser("rebuild-backup-paths", parents=[common], help="find archives that were moved",
                       description="Find archives by the archive id written inside them and repoint their "
                                   "history rows.")
    p.add_argument("--scan-dir", type=Path, metavar="PATH",
                   help="folder to search, recursively (default: the backups folders, top level)")
    p.add_argument("--fix-missing", action="store_true",
                   help="flag rows whose archive is nowhere to be found (status kept, error message set)")
    p.add_argument("--dry-run", action="store_true", help="only report what would be done")
    add_json_flag(p)
    p.set_defaults(handler=cmd_rebuild_backup_paths)

    p = sub.add_parser("check-backup-system", parents=[common], help="diagnose the backup system",
                       description="Check folders, free space, catalog, stuck operations, temporary files, "
                                   "logs, keyring, dependencies, configurations and archives. Exit status: "
                                   "0 healthy, 1 warnings, 2 errors.")
    p.add_argument("--fix", action="store_true", help="apply the safe repairs")
    p.add_argument("--deep", action="store_true", help="also verify every archive and try every source")
    add_json_flag(p)
    p.set_defaults(handler=cmd_check_backup_system)

    p = sub.add_parser("cleanup-temp-files", parents=[common], help="remove leftover temporary files",
                       description="Remove leftovers of interrupted backups and restores (names ending "
                                   "with .bdtmp) from the backups folders and the scratch folder.")
    p.add_argument("--dry-run", action="store_true", help="only list what would be removed")
    add_json_flag(p)
    p.set_defaults(handler=cmd_cleanup_temp_files)


def _open(args: argparse.Namespace, cli: CliContext) -> AppContext:
    if cli.debug:
        set_debug(True)
    paths = resolve_paths(getattr(args, "home", None)).ensure()
    # Logging first: a catalog that fails to open is then reported in the log, not as a bare traceback.
    if cli.debug:  # as every other command: log lines also on stderr
        setup_logging(paths, True, console=True)
    else:
        ensure_logging(paths)
    if cli._app is None:
        cli._app = AppContext.open(getattr(args, "home", None), recover=False)
    return cli._app


def cmd_create_default_configs(args: argparse.Namespace, cli: CliContext) -> int:
    report = ensure_demo(_open(args, cli))
    if cli.json:
        cli.emit_json(report)
        return 0
    cli.out(f"Demo database: {report.database_path}" + (" (created)" if report.database_created else ""))
    made = f" ({report.files_created} files created)" if report.files_created else ""
    cli.out(f"Demo files:    {report.folder_path}{made}")
    for name in report.created_configs:
        cli.out(f"  created  {name}")
    for name in report.existing_configs:
        cli.out(f"  kept     {name} (already exists)")
    cli.out('Try: backup-desk backup "Daily full backup"')
    return 0


def cmd_create_sample_backups(args: argparse.Namespace, cli: CliContext) -> int:
    report = create_sample_backups(_open(args, cli), args.count, seed=args.seed)
    if cli.json:
        cli.emit_json(report)
        return 0
    statuses = ", ".join(f"{v} {str(k.label).lower()}" for k, v in sorted(report.by_status.items()))
    types = ", ".join(f"{v} {str(k.label).lower()}" for k, v in sorted(report.by_type.items()))
    span = f"{report.oldest:%Y-%m-%d} to {report.newest:%Y-%m-%d}" if report.oldest and report.newest else "-"
    cli.out(f"Created {report.created} sample backups ({statuses}; {types}) from {span}.")
    return 0


def cmd_cleanup_stuck_operations(args: argparse.Namespace, cli: CliContext) -> int:
    report = cleanup_stuck_operations(_open(args, cli), hours=args.hours, force=args.force,
                                      dry_run=args.dry_run)
    if cli.json:
        cli.emit_json(report)
        return 1 if report.problems else 0
    verb = "Would close" if report.dry_run else "Closed"
    cli.out(f"{verb} {len(report.closed)} stuck operation(s).")
    for row in report.closed:
        outcome = ("completed: its archive was found and verified" if row.backup_id in report.adopted
                   else row.message)
        was = str(row.status.label).lower()
        cli.out(f"  #{row.backup_id} {row.backup_name} ({was}, {row.age_hours} h): {outcome}")
    for skipped in report.skipped:
        cli.out(f"  left #{skipped.backup_id} {skipped.backup_name}: {skipped.why}")
    for path in report.temp_files_removed:
        cli.out(f"  removed {path}")
    for problem in report.problems:
        cli.err(f"warning: {problem}")
    return 1 if report.problems else 0


def cmd_rebuild_backup_paths(args: argparse.Namespace, cli: CliContext) -> int:
    report = rebuild_backup_paths(_open(args, cli), scan_dir=args.scan_dir, fix_missing=args.fix_missing,
                                  dry_run=args.dry_run)
    code = 1 if report.missing else 0
    if cli.json:
        cli.emit_json(report)
        return code
    prefix = "(dry run) " if report.dry_run else ""
    cli.out(f"{prefix}Scanned {', '.join(report.scanned_dirs)}: {report.archives_found} archive(s) found.")
    cli.out(f"{prefix}{report.ok} row(s) already right, {len(report.repointed)} repointed, "
            f"{len(report.missing)} still missing.")
    for r in report.repointed:
        cli.out(f"  #{r.backup_id} {r.backup_name}: {r.old_path or '-'} -> {r.new_path}")
    for m in report.missing:
        state = "flagged" if m.flagged else "missing"
        cli.out(f"  #{m.backup_id} {m.backup_name}: {state} ({m.file_path or 'no path'})")
    if report.missing and not args.fix_missing:
        cli.err("hint: give --scan-dir where the archives are now, or --fix-missing to flag the rows.")
    return code


def cmd_check_backup_system(args: argparse.Namespace, cli: CliContext) -> int:
    try:
        ctx = _open(args, cli)
    except catalog_open_errors() as exc:  # a damaged catalog is a finding, not a crash
        operations_logger().exception("check-backup-system: the catalog cannot be opened")
        paths = resolve_paths(getattr(args, "home", None))
        # The driver's sentence, not SQLAlchemy's wrapper.
        cause = getattr(exc, "orig", None) or getattr(exc, "cause", None) or exc
        report = catalog_unreadable_report(paths, cause, fix=args.fix, deep=args.deep)
    else:
        report = check_backup_system(ctx, fix=args.fix, deep=args.deep)
    if cli.json:
        cli.emit_json(report)
    else:
        _print_health(cli, report)
    return report.exit_code


def _print_health(cli: CliContext, report: HealthReport) -> None:
    cli.out(f"Backup Desk {report.tool_version} — {report.home}")
    for check in report.checks:
        fixed = " (fixed)" if check.fixed else ""
        cli.out(f"[{_MARK[check.level]}] {check.name}: {check.message}{fixed}")
        if check.level not in ("ok", "info") or check.fixed:
            for detail in check.details[:20]:
                cli.out(f"         {detail}")
            if len(check.details) > 20:
                cli.out(f"         ... and {len(check.details) - 20} more")
            if check.hint:
                cli.out(f"         -> {check.hint}")
    summary = {"ok": "healthy", "info": "healthy", "warning": "warnings", "error": "errors"}[report.status]
    cli.out(f"Overall: {summary} (exit {report.exit_code}).")


def cmd_cleanup_temp_files(args: argparse.Namespace, cli: CliContext) -> int:
    report = cleanup_temp_files(_open(args, cli), dry_run=args.dry_run)
    code = 1 if report.problems else 0
    if cli.json:
        cli.emit_json(report)
        return code
    verb = "Would remove" if report.dry_run else "Removed"
    cli.out(f"{verb} {len(report.removed)} temporary item(s), {format_size(report.freed_bytes)}.")
    for entry in report.removed:
        cli.out(f"  {entry.path}")
    for entry in report.kept:
        cli.out(f"  kept {entry.path}: {entry.why_kept}")
    for problem in report.problems:
        cli.err(f"warning: {problem}")
    return code
