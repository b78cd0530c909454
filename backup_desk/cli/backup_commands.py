"""`backup-desk backup CONFIG` and `backup-desk quick-backup` (the "Back up now" buttons)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from backup_desk.cli.cancellation import sigint_cancels
from backup_desk.cli.common import (
    CliContext,
    add_db_password_flags,
    add_json_flag,
    add_passphrase_flag,
)
from backup_desk.cli.formatting import fmt_count, fmt_duration
from backup_desk.cli.lookup import find_config
from backup_desk.cli.progress_view import ProgressView
from backup_desk.cli.prompts import ask_new_passphrase, ask_passphrase
from backup_desk.errors import PassphraseError, WrongPassphraseError
from backup_desk.services import runs
from backup_desk.services.models import BackupView
from backup_desk.services.runs import PreparedRun
from backup_desk.sizes import format_size
from backup_desk.vocabulary import BackupStatus, BackupType

CANCELLED_EXIT = 130


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="run a backup of a configuration now",
                       description="Run a backup now. Progress goes to stderr; Ctrl-C cancels cleanly.")
    p.add_argument("config", metavar="CONFIG", help="configuration id or name")
    _add_run_flags(p)
    p.set_defaults(handler=cmd_backup)

    q = sub.add_parser("quick-backup", parents=[common], help="one-off backup without a saved configuration")
    q.add_argument("--type", dest="backup_type", choices=tuple(BackupType), required=True)
    q.add_argument("--name", required=True, help="the backup's name in the history")
    q.add_argument("--source-url", metavar="URL", help="SQLAlchemy URL of the database to back up")
    add_db_password_flags(q, "--source-url")
    q.add_argument("--folder", dest="folders", metavar="DIR", action="append", default=[],
                   help="a folder to include (repeat for several)")
    q.add_argument("--encrypt", action="store_true",
                   help="encrypt the archive (passphrase from --passphrase-file, $BACKUP_DESK_PASSPHRASE "
                        "or a prompt)")
    _add_run_flags(q)
    q.set_defaults(handler=cmd_quick_backup)


def _add_run_flags(p: argparse.ArgumentParser) -> None:
    add_passphrase_flag(p)
    add_json_flag(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")


def cmd_backup(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    view = find_config(ctx, args.config)

    def prepare(passphrase: str | None) -> PreparedRun:
        return runs.prepare_run(ctx, view.id, passphrase=passphrase)

    run = _prepare_with_prompt(cli, prepare, f"configuration {view.name!r}")
    return _execute(cli, run, args.quiet)


def cmd_quick_backup(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    passphrase = (cli.passphrase() or ask_new_passphrase()) if args.encrypt else None
    folders = tuple(str(Path(f).expanduser().resolve()) for f in args.folders)
    run = runs.prepare_quick_run(ctx, name=args.name, backup_type=args.backup_type,
                                 source_url=cli.db_url(args.source_url), folders=folders,
                                 passphrase=passphrase)
    return _execute(cli, run, args.quiet)


def _prepare_with_prompt(cli: CliContext, prepare: Callable[[str | None], PreparedRun],
                         what: str) -> PreparedRun:
    """--passphrase-file / env first (else the service reads the keyring); on a terminal, one prompt
    when none of them has it."""
    given = cli.passphrase()
    try:
        return prepare(given)
    except WrongPassphraseError:
        raise
    except PassphraseError:
        typed = None if given else ask_passphrase(what)
        if typed is None:
            raise
        return prepare(typed)


def _execute(cli: CliContext, run: PreparedRun, quiet: bool) -> int:
    view = ProgressView(enabled=not quiet)
    # Installed before the job starts: a Ctrl-C at any moment after the row exists ends as a recorded
    # cancellation (execute_run checks the token first), never as a row stuck in `pending`.
    with sigint_cancels(announce=not quiet) as token:
        try:
            row = runs.execute_run(cli.app, run, progress=view, cancel=token)
        finally:
            view.close()
    if cli.json:
        cli.emit_json(row)
    if row.status == BackupStatus.COMPLETED:
        if not cli.json:
            _print_done(cli, row)
        return 0
    if token.cancelled:
        cli.report_error(row.error_message or "Cancelled by the user.",
                         "No archive was written. Run the backup again when ready.")
        return CANCELLED_EXIT
    cli.report_error(f"Backup #{row.id} failed: {row.error_message or 'no reason recorded.'}",
                     f"See `backup-desk show {row.id}` and the operations log for details.")
    return 1


def _print_done(cli: CliContext, row: BackupView) -> None:
    what = []
    if row.tables_count:
        what.append(f"{fmt_count(row.tables_count)} tables / {fmt_count(row.records_count)} rows")
    if row.files_count:
        what.append(f"{fmt_count(row.files_count)} files")
    cli.out(f"Backup #{row.id} completed in {fmt_duration(row.duration_seconds)}: "
            f"{format_size(row.file_size)}" + (f" ({', '.join(what)})" if what else "") + ".")
    cli.out(f"Archive: {row.file_path}")
    for warning in row.warnings:
        cli.err(f"warning: {warning}")
