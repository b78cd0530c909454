"""`backup-desk restore|verify|decrypt` — everything that opens an archive."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from backup_desk.cli.cancellation import sigint_cancels
from backup_desk.cli.common import (
    CliContext,
    add_db_password_flags,
    add_json_flag,
    add_passphrase_flag,
)
from backup_desk.cli.progress_view import ProgressView
from backup_desk.cli.prompts import ask_passphrase, confirm, interactive
from backup_desk.engine.contracts import PlannedWrite, RestoreOutcome
from backup_desk.errors import PassphraseError, TargetNotEmptyError, UserInputError, WrongPassphraseError
from backup_desk.messages import Text
from backup_desk.services import archives, configs
from backup_desk.sizes import format_size

T = TypeVar("T")


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    r = sub.add_parser(
        "restore", parents=[common], help="restore a backup or an archive file",
        description="Restore a backup (id) or an archive file. Without --to-url/--to-folder it restores over "
                    "the original source, after an automatic safety backup of it.")
    r.add_argument("ref", metavar="BACKUP|ARCHIVE", help="backup id or path of an archive file")
    r.add_argument("--to-url", metavar="URL",
                   help="restore the database into this SQLAlchemy URL (password: --password-file, "
                        "--ask-password, or the keyring when it is a configuration's source)")
    add_db_password_flags(r, "--to-url")
    r.add_argument("--to-folder", metavar="DIR", help="restore the folders under DIR")
    r.add_argument("--schema-only", action="store_true", help="create the tables, restore no rows")
    r.add_argument("--tables", metavar="A,B", help="restore only these tables (comma separated)")
    r.add_argument("--folders", metavar="X,Y", help="restore only these folder labels (comma separated)")
    r.add_argument("--replace", action="store_true", help="allow writing over a target that holds data")
    r.add_argument("--allow-dependents", action="store_true",
                   help="replace tables even when objects outside the restore (views, foreign keys, "
                        "triggers) depend on them")
    r.add_argument("--keep-owners", action="store_true",
                   help="give the database's objects their source owners and privileges (PostgreSQL: "
                        "ALTER ... OWNER TO and GRANT, the roles must exist; MariaDB/MySQL: DEFINER); "
                        "by default the restoring user owns them, like pg_restore --no-owner --no-privileges")
    r.add_argument("--dry-run", action="store_true", help="print what would be written where; write nothing")
    _add_job_flags(r)
    r.set_defaults(handler=cmd_restore)

    v = sub.add_parser("verify", parents=[common], help="check an archive completely (exit 0 when intact)",
                       description="Decrypt, check every checksum and prove the database dump restores. "
                                   "The result is recorded on the backup's history row.")
    v.add_argument("ref", metavar="BACKUP|ARCHIVE", help="backup id or path of an archive file")
    _add_job_flags(v)
    v.set_defaults(handler=cmd_verify)

    d = sub.add_parser("decrypt", parents=[common], help="write an encrypted archive as a plain ZIP",
                       description="Write the plain ZIP inside an encrypted archive, readable by 7-Zip, "
                                   "bsdtar and (for deflate archives) unzip.")
    d.add_argument("ref", metavar="ARCHIVE", help="path of an archive file (or a backup id)")
    d.add_argument("out", metavar="OUT.zip", help="the ZIP file to write")
    d.add_argument("--overwrite", action="store_true", help="replace OUT.zip if it exists")
    add_passphrase_flag(d)
    add_json_flag(d)
    d.set_defaults(handler=cmd_decrypt)


def _add_job_flags(p: argparse.ArgumentParser) -> None:
    add_passphrase_flag(p)
    add_json_flag(p)
    p.add_argument("--quiet", "-q", action="store_true", help="no progress on stderr")


def _split(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    items = tuple(v.strip() for v in value.split(",") if v.strip())
    if not items:
        raise UserInputError(Text("An empty list was given."),
                             Text("Name at least one item, separated by commas."))
    return items


def with_passphrase(cli: CliContext, ref: str, call: Callable[[str | None], T]) -> T:
    """--passphrase-file / $BACKUP_DESK_PASSPHRASE, else the keyring (inside the service); on a terminal,
    one prompt when none of them has it. A wrong passphrase is never retried silently."""
    given = cli.passphrase()
    try:
        return call(given)
    except WrongPassphraseError:
        raise
    except PassphraseError:
        typed = None if given else ask_passphrase(ref)
        if typed is None:
            raise
        return call(typed)


def cmd_restore(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    # A target password is masked in any message or log line from here on.
    to_url = configs.with_stored_password(ctx, cli.db_url(args.to_url, what="the restore target"))
    to_folder = Path(args.to_folder).expanduser().resolve() if args.to_folder else None
    tables, folders = _split(args.tables), _split(args.folders)
    replace = args.replace
    if to_url is None and to_folder is None and not args.dry_run and not replace:
        # Over the original source: it always holds data, so this is the --replace case; a person at a
        # terminal may confirm instead, a script must say --replace.
        if not interactive():
            raise UserInputError(Text("Restoring over the original source replaces its current data."),
                                 Text("Add --replace to confirm (a safety backup is made first), or choose "
                                      "--to-url / --to-folder, or preview with --dry-run."))
        if not confirm("Restore over the original source? Its current data is replaced (a safety backup "
                       "is made first).", assume_yes=False):
            cli.err("Nothing was restored.")
            return 1
        replace = True
    view = ProgressView(enabled=not args.quiet)
    with sigint_cancels(announce=not args.quiet) as token:
        try:
            outcome = with_passphrase(cli, args.ref, lambda pw: archives.restore(
                ctx, args.ref, to_url=to_url, to_folder=to_folder, schema_only=args.schema_only,
                tables=tables, folders=folders, replace=replace, dry_run=args.dry_run,
                allow_dependents=args.allow_dependents, keep_owners=args.keep_owners, passphrase=pw,
                progress=view, cancel=token))
        except TargetNotEmptyError as exc:  # the service's hint speaks to the GUI; name the CLI's option
            raise TargetNotEmptyError(exc.text, Text("Add --replace to write over it, or choose "
                                                        "an empty target; --dry-run shows what would "
                                                        "be written.")) from None
        finally:
            view.close()
    if cli.json:
        cli.emit_json(outcome)
        return 0
    _print_restore(cli, outcome, replace)
    return 0


def _print_restore(cli: CliContext, outcome: RestoreOutcome, replace: bool) -> None:
    if outcome.dry_run:
        cli.out("Dry run: nothing was written. The restore would write:")
        for w in outcome.planned:
            cli.out("  " + describe_write(w, replace))
        if not outcome.planned:
            cli.out("  (nothing)")
        blocked = [w for w in outcome.planned if w.exists and not replace]
        if blocked:
            cli.out(f"{len(blocked)} target(s) already hold data: add --replace to write over them.")
        losses = [n for n in outcome.notices if n.kind == "not carried"]
        if losses:
            cli.out("This database engine cannot carry:")
            for n in losses:
                cli.out(f"  {n.subject}: {n.detail}")
        dependents = [n for n in outcome.notices if n.kind == "dependent"]
        if dependents:
            cli.out("Objects outside the restore depend on tables it replaces (refused unless "
                    "--allow-dependents):")
            for n in dependents:
                cli.out(f"  {n.subject} ({n.detail})")
    else:
        cli.out(f"Restored {outcome.tables_restored} tables ({outcome.records_restored:,} rows) "
                f"and {outcome.files_restored:,} files.")
    for warning in outcome.warnings:
        cli.err(f"warning: {warning}")


def describe_write(w: PlannedWrite, replace: bool) -> str:
    extra = []
    if w.rows is not None:
        extra.append(f"{w.rows:,} rows")
    if w.size is not None:
        extra.append(format_size(w.size))
    if w.exists:
        extra.append("replaces existing data" if replace else "target holds data")
    # Targets of tables already read "table users -> ..."; do not say "table" twice.
    kind = "" if w.target.startswith(w.kind + " ") else w.kind
    return f"{kind:<6} {w.target}".strip() + (f"  ({', '.join(extra)})" if extra else "")


def cmd_verify(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    view = ProgressView(enabled=not args.quiet)
    with sigint_cancels(announce=not args.quiet) as token:
        try:
            outcome = with_passphrase(cli, args.ref, lambda pw: archives.verify(
                ctx, args.ref, passphrase=pw, progress=view, cancel=token))
        finally:
            view.close()
    if cli.json:
        cli.emit_json(outcome)
    if outcome.ok:
        if not cli.json:
            cli.out(f"OK: {outcome.message}")
        return 0
    message = outcome.message if "verification" in outcome.message.lower() else (
        f"Verification failed: {outcome.message}")
    cli.report_error(message, "Do not rely on this archive; make a new backup and keep this file "
                              "for diagnosis.")
    for problem in outcome.problems:
        if problem not in outcome.message:
            cli.err(f"  - {problem}")
    return 1


def cmd_decrypt(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    out = Path(os.path.abspath(Path(args.out).expanduser()))  # not resolve(): never follow a link at OUT
    if os.path.lexists(out) and not args.overwrite:  # a dangling link counts: it is never written through
        raise UserInputError(Text("{0} already exists.", out),
                             Text("Choose another name or add --overwrite."))
    if not out.parent.is_dir():
        raise UserInputError(Text("The folder {0} does not exist.", out.parent),
                             Text("Create it or choose another place."))
    archive, _backup_id = archives.resolve_archive(ctx, args.ref)
    written = with_passphrase(cli, args.ref, lambda pw: archives.decrypt(ctx, archive, out, passphrase=pw,
                                                                             overwrite=args.overwrite))
    if cli.json:
        cli.emit_json({"archive": archive, "output": written})
    else:
        cli.out(f"Wrote the plain ZIP {written}.")
    return 0
