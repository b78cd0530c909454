"""`backup-desk list|show|delete|stats` (the History tab and the dashboard's stats widget)."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from backup_desk.cli.common import CliContext, add_json_flag
from backup_desk.cli.formatting import fmt_count, fmt_dt, fmt_duration, render_fields, render_table
from backup_desk.cli.lookup import find_backup
from backup_desk.cli.prompts import confirm, interactive
from backup_desk.errors import UserInputError
from backup_desk.messages import Text
from backup_desk.services import history, stats
from backup_desk.services.models import BackupView, HistoryFilter, Stats
from backup_desk.sizes import format_size
from backup_desk.vocabulary import BackupStatus, BackupType

MAX_PAGE_SIZE = 500


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    lst = sub.add_parser("list", parents=[common], help="list the backup history (newest first)",
                         description="List backups, newest first, with optional filters.")
    lst.add_argument("--search", default="", metavar="TEXT", help="part of the backup name")
    lst.add_argument("--type", dest="backup_type", choices=tuple(BackupType))
    lst.add_argument("--status", choices=tuple(BackupStatus))
    lst.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="created on or after this day")
    lst.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="created on or before this day")
    lst.add_argument("--page", type=int, default=1, metavar="N")
    lst.add_argument("--page-size", type=int, default=25, metavar="N",
                     help=f"rows per page (1-{MAX_PAGE_SIZE})")
    add_json_flag(lst)
    lst.set_defaults(handler=cmd_list)

    show = sub.add_parser("show", parents=[common], help="show every detail of one backup")
    show.add_argument("backup", metavar="BACKUP", help="backup id (see `backup-desk list`)")
    add_json_flag(show)
    show.set_defaults(handler=cmd_show)

    rm = sub.add_parser("delete", parents=[common], help="delete a backup: its history row and archive file")
    rm.add_argument("backup", metavar="BACKUP", help="backup id")
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    rm.add_argument("--last-good-too", action="store_true",
                    help="confirm, from a script, deleting a configuration's last good backup")
    rm.set_defaults(handler=cmd_delete)

    st = sub.add_parser("stats", parents=[common], help="success rate, sizes, durations, 7-day trend")
    add_json_flag(st)
    st.set_defaults(handler=cmd_stats)


def _parse_day(value: str | None, option: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserInputError(Text("{0} {1!r} is not a date.", option, value),
                             Text("Write the day as YYYY-MM-DD, for example {0} "
                                  "2026-01-31.", option)) from None


def cmd_list(args: argparse.Namespace, cli: CliContext) -> int:
    date_from, date_to = _parse_day(args.date_from, "--from"), _parse_day(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise UserInputError(Text("--from is after --to."),
                             Text("Give a start day on or before the end day."))
    if not 1 <= args.page_size <= MAX_PAGE_SIZE:
        raise UserInputError(Text("--page-size {0} is out of range.", args.page_size),
                             Text("Choose between 1 and {0} rows per page.", MAX_PAGE_SIZE))
    if args.page < 1:
        raise UserInputError(Text("--page must be 1 or more."), Text("Pages are numbered from 1."))
    filters = HistoryFilter(search=args.search.strip(), backup_type=args.backup_type, status=args.status,
                            date_from=date_from, date_to=date_to)
    page = history.list_backups(cli.app, filters, page=args.page, page_size=args.page_size)
    if cli.json:
        cli.emit_json({"items": page.items, "total": page.total, "page": page.page,
                       "page_size": page.page_size, "page_count": page.page_count})
        return 0
    if not page.items:
        cli.out("No backups match." if page.total or _filtered(filters) else "No backups yet.")
        return 0
    rows = [[b.id, b.backup_name, b.backup_type, b.status, fmt_dt(b.created_at), format_size(b.file_size),
             fmt_duration(b.duration_seconds), b.configuration_name or "-"] for b in page.items]
    headers = ["ID", "NAME", "TYPE", "STATUS", "CREATED", "SIZE", "DURATION", "CONFIGURATION"]
    cli.out(render_table(headers, rows))
    cli.out(f"\nPage {page.page} of {page.page_count} ({page.total} backup{'' if page.total == 1 else 's'}).")
    return 0


def _filtered(f: HistoryFilter) -> bool:
    return bool(f.search or f.backup_type or f.status or f.date_from or f.date_to)


def cmd_show(args: argparse.Namespace, cli: CliContext) -> int:
    b = find_backup(cli.app, args.backup)
    if cli.json:
        cli.emit_json(b)
        return 0
    cli.out(render_fields(backup_fields(b)))
    return 0


def backup_fields(b: BackupView) -> list[tuple[str, object]]:
    exists = {True: "present", False: "MISSING", None: "-"}[b.file_exists]
    verified = "-" if b.verified_at is None else (
        f"{fmt_dt(b.verified_at)}: {'OK' if b.verify_ok else 'FAILED'}"
        + (f" ({b.verify_message})" if b.verify_message else ""))
    return [
        ("ID", b.id), ("Name", b.backup_name), ("Type", b.backup_type), ("Status", b.status),
        ("Configuration", f"{b.configuration_name} (id {b.configuration_id})" if b.configuration_id else "-"),
        ("Source", b.source_summary), ("Archive", b.file_path or "-"), ("Archive file", exists),
        ("Size", format_size(b.file_size)), ("Encrypted", b.encrypted), ("Compression", b.compression),
        ("SHA-256", b.archive_sha256), ("Archive id", b.archive_id), ("Created", b.created_at),
        ("Started", b.started_at), ("Completed", b.completed_at),
        ("Duration", fmt_duration(b.duration_seconds)),
        ("Tables", fmt_count(b.tables_count)), ("Records", fmt_count(b.records_count)),
        ("Files", fmt_count(b.files_count)), ("Error", b.error_message), ("Warnings", b.warnings),
        ("Verified", verified),
    ]


def cmd_delete(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    b = find_backup(ctx, args.backup)
    what = f"backup #{b.id} {b.backup_name!r}" + (" and its archive file" if b.file_path else "")
    if not confirm(f"Delete {what}? This cannot be undone.", assume_yes=args.yes):
        cli.err("Nothing was deleted.")
        return 1
    from backup_desk.services.retention import is_last_good

    if is_last_good(ctx.catalog, b.id) and not args.last_good_too:  # asked twice: a second, plainer question
        question = (f"This is the last good backup of {b.configuration_name!r}: without it there is nothing "
                    "to restore. Delete it anyway?")
        if not interactive():
            raise UserInputError(Text("Backup #{0} is the last good backup "
                                      "of {1!r}.", b.id, b.configuration_name),
                                 Text("Add --last-good-too to delete it from a script anyway."))
        if not confirm(question, assume_yes=False):
            cli.err("Nothing was deleted.")
            return 1
    history.delete_backup(ctx, b.id)
    cli.out(f"Deleted {what}.")
    return 0


def cmd_stats(args: argparse.Namespace, cli: CliContext) -> int:
    s = stats.compute_stats(cli.app)
    if cli.json:
        cli.emit_json(s)
        return 0
    cli.out(render_fields(stats_fields(s)))
    return 0


def stats_fields(s: Stats) -> list[tuple[str, object]]:
    rate = "-" if s.success_rate is None else f"{s.success_rate:.1f} %"
    if s.trend_percent is None:
        trend = f"{s.last_7_days} in the last 7 days (none the 7 days before)"
    else:
        trend = f"{s.last_7_days} in the last 7 days, {s.trend_percent:+.0f} % vs the 7 days before"
    by_type = ", ".join(f"{t.backup_type.label} {t.count}" for t in s.by_type) or "-"
    return [
        ("Backups", f"{s.total} ({s.completed} completed, {s.failed} failed, "
                    f"{s.running} running or pending)"),
        ("Success rate", rate), ("Total size", format_size(s.total_size)),
        ("Mean duration", fmt_duration(s.mean_duration_seconds)), ("Trend", trend), ("By type", by_type),
    ]
