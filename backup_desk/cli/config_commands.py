"""`backup-desk config add|list|show|edit|duplicate|toggle|delete` (the Configurations tab)."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from backup_desk.cli.common import CliContext, add_db_password_flags, add_json_flag, add_passphrase_flag
from backup_desk.cli.formatting import fmt_bool, fmt_dt, render_fields, render_table
from backup_desk.cli.lookup import find_config
from backup_desk.cli.prompts import ask_new_passphrase, confirm
from backup_desk.engine.database.urls import redact_url
from backup_desk.errors import UserInputError
from backup_desk.messages import Text
from backup_desk.services import configs
from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigInput, ConfigView
from backup_desk.vocabulary import BackupType, Frequency


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    group = sub.add_parser("config", parents=[common], help="create, list, change and delete configurations",
                           description="Manage backup configurations.")
    csub = group.add_subparsers(dest="config_command", metavar="ACTION", required=True)

    add = csub.add_parser("add", parents=[common], help="create a configuration")
    _add_fields(add, editing=False)
    add.set_defaults(handler=cmd_add)

    lst = csub.add_parser("list", parents=[common], help="list the configurations")
    add_json_flag(lst)
    lst.set_defaults(handler=cmd_list)

    show = csub.add_parser("show", parents=[common], help="show one configuration")
    show.add_argument("config", metavar="CONFIG", help="configuration id or name")
    add_json_flag(show)
    show.set_defaults(handler=cmd_show)

    edit = csub.add_parser("edit", parents=[common], help="change a configuration (only the options given)")
    edit.add_argument("config", metavar="CONFIG", help="configuration id or name")
    _add_fields(edit, editing=True)
    edit.set_defaults(handler=cmd_edit)

    dup = csub.add_parser("duplicate", parents=[common], help="make an inactive copy of a configuration")
    dup.add_argument("config", metavar="CONFIG", help="configuration id or name")
    add_json_flag(dup)
    dup.set_defaults(handler=cmd_duplicate)

    tog = csub.add_parser("toggle", parents=[common], help="activate or deactivate a configuration")
    tog.add_argument("config", metavar="CONFIG", help="configuration id or name")
    add_json_flag(tog)
    tog.set_defaults(handler=cmd_toggle)

    rm = csub.add_parser("delete", parents=[common], help="delete a configuration (its history stays)")
    rm.add_argument("config", metavar="CONFIG", help="configuration id or name")
    rm.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")
    rm.set_defaults(handler=cmd_delete)


def _add_fields(p: argparse.ArgumentParser, *, editing: bool) -> None:
    """The same options for add and edit; on edit every option is optional and None means unchanged."""
    p.add_argument("--name", required=not editing, help="a name unique among configurations")
    p.add_argument("--type", dest="backup_type", choices=tuple(BackupType),
                   required=not editing,
                   help="full = schema + rows (+ files); metadata = schema; data = rows")
    p.add_argument("--source-url", metavar="URL",
                   help="SQLAlchemy URL of the source database, without its password (given by "
                        "--password-file or --ask-password, stored in the keyring)")
    add_db_password_flags(p, "--source-url")
    p.add_argument("--folder", dest="folders", metavar="DIR", action="append",
                   help="a folder to include (repeat for several)"
                   + ("; replaces the list" if editing else ""))
    p.add_argument("--dest", metavar="DIR", help="where archives are written (default: the backups folder)")
    p.add_argument("--frequency", choices=tuple(Frequency))
    p.add_argument("--no-compression", dest="compression_enabled", action="store_const", const=False,
                   help="store entries without compression")
    p.add_argument("--compression", dest="compression_algorithm", choices=("zstd", "deflate"),
                   help="compression method (zstd: fast, the default; deflate: readable by every unzip)")
    p.add_argument("--encrypt", dest="encryption_enabled", action="store_const", const=True,
                   help="encrypt archives (AES-256-GCM) with a passphrase kept in the keyring")
    p.add_argument("--retention-days", type=int, metavar="N", help="keep archives N days (1-365)")
    p.add_argument("--time", dest="time_of_day", metavar="HH:MM", help="local time of scheduled runs (02:00)")
    p.add_argument("--weekday", type=int, choices=range(7), metavar="0-6",
                   help="weekly runs: day of the week (0 = Monday)")
    p.add_argument("--month-day", type=int, metavar="1-31",
                   help="monthly runs: day of the month (past the month's end = its last day)")
    p.add_argument("--keep-last", type=int, metavar="N",
                   help="retention never deletes the newest N good archives (default 3)")
    for unit in (Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY):
        p.add_argument(f"--gfs-{unit}", type=int, metavar="N",
                       help=f"grandfather-father-son: keep N {unit} archives past retention (0 = off)")
    p.add_argument("--inactive", dest="is_active", action="store_const", const=False,
                   help="do not run on schedule")
    if editing:
        p.add_argument("--active", dest="is_active", action="store_const", const=True, help="run on schedule")
        p.add_argument("--no-encrypt", dest="encryption_enabled", action="store_const", const=False,
                       help="stop encrypting new archives")
        p.add_argument("--no-folders", action="store_true", help="include no folders")
        p.add_argument("--no-source", action="store_true", help="back up folders only, no database")
        p.add_argument("--change-passphrase", action="store_true",
                       help="set a new passphrase; existing archives are re-wrapped to it (those that "
                            "cannot be keep the old one in the keyring)")
    p.add_argument("--passphrase-in-file", action="store_true",
                   help="keep the passphrase in a file only you can read instead of the keyring (for "
                        "machines without one; less safe: see docs/cli.md)")
    add_passphrase_flag(p)
    add_json_flag(p)


def _abs_folders(values: list[str] | None) -> tuple[str, ...] | None:
    if values is None:
        return None
    return tuple(str(Path(v).expanduser().resolve()) for v in values)


def _new_passphrase(cli: CliContext) -> str:
    return cli.passphrase() or ask_new_passphrase()


def _check(ctx: AppContext, data: ConfigInput, config_id: int | None = None, *,
           passphrase_pending: bool = False) -> None:
    """Field errors before anything is stored; `passphrase_pending` skips the passphrase field, checked
    first so that nobody types a passphrase twice for a configuration that would be refused anyway."""
    errors = [e for e in configs.validate(ctx, data, config_id=config_id).errors
              if not (passphrase_pending and e.field == "passphrase")]
    if errors:
        lines = "; ".join(f"{e.field.replace('_', ' ')}: {e.message}" for e in errors)
        raise UserInputError(Text("The configuration is not valid ({0}).", lines),
                             Text("Correct the options named above and run the command again."))


def _schedule_args(args: argparse.Namespace, view: ConfigView | None) -> dict[str, Any]:
    """Schedule and retention-minimum options: given ones, else the configuration's (or the defaults)."""
    names = ("time_of_day", "weekday", "month_day", "keep_last", "gfs_daily", "gfs_weekly", "gfs_monthly")
    values: dict[str, Any] = {}
    for name in names:
        given = getattr(args, name)
        if given is not None:
            values[name] = given
        elif view is not None:
            values[name] = getattr(view, name)
    return values


def cmd_add(args: argparse.Namespace, cli: CliContext) -> int:
    folders = _abs_folders(args.folders) or ()
    data = ConfigInput(
        name=args.name.strip(),
        backup_type=args.backup_type,
        frequency=args.frequency or Frequency.MANUAL,
        is_active=args.is_active if args.is_active is not None else True,
        include_files=bool(folders),
        compression_enabled=args.compression_enabled if args.compression_enabled is not None else True,
        compression_algorithm=args.compression_algorithm or "zstd",
        encryption_enabled=bool(args.encryption_enabled),
        retention_days=args.retention_days if args.retention_days is not None else 30,
        source_url=cli.db_url(args.source_url, what="the source database") or None,
        folders=folders,
        destination=str(Path(args.dest).expanduser().resolve()) if args.dest else None,
        **_schedule_args(args, None),
        passphrase_in_file=args.passphrase_in_file,
    )
    ctx = cli.app
    _check(ctx, data, passphrase_pending=data.encryption_enabled)
    if data.encryption_enabled:
        data = dataclasses.replace(data, passphrase=_new_passphrase(cli))
    view = configs.create_config(ctx, data)
    _print_config(cli, view, f"Created configuration {view.name!r} (id {view.id}).")
    return 0


def cmd_edit(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    view = find_config(ctx, args.config)
    folders = () if args.no_folders else _abs_folders(args.folders)
    source_url = None if args.no_source else (cli.db_url(args.source_url, what="the source database")
                                              or view.source_url)
    dest = args.dest and str(Path(args.dest).expanduser().resolve())
    if dest is None and view.destination != str(ctx.paths.default_backups_dir):
        dest = view.destination
    data = ConfigInput(
        name=args.name.strip() if args.name else view.name,
        backup_type=args.backup_type or view.backup_type,
        frequency=args.frequency or view.frequency,
        is_active=view.is_active if args.is_active is None else args.is_active,
        include_files=bool(folders) if folders is not None else view.include_files,
        compression_enabled=(view.compression_enabled if args.compression_enabled is None
                             else args.compression_enabled) or bool(args.compression_algorithm),
        compression_algorithm=args.compression_algorithm or view.compression_algorithm,
        encryption_enabled=(view.encryption_enabled if args.encryption_enabled is None
                            else args.encryption_enabled),
        retention_days=view.retention_days if args.retention_days is None else args.retention_days,
        source_url=source_url,
        folders=view.folders if folders is None else folders,
        destination=dest,
        **_schedule_args(args, view),
        passphrase_in_file=args.passphrase_in_file,
    )
    needs_passphrase = data.encryption_enabled and (args.change_passphrase or args.passphrase_in_file
                                                    or not view.has_passphrase)
    if args.change_passphrase and not data.encryption_enabled:
        raise UserInputError(Text("This configuration does not encrypt its archives."),
                             Text("Add --encrypt to turn encryption on with a new passphrase."))
    _check(ctx, data, view.id, passphrase_pending=needs_passphrase)
    if needs_passphrase:
        data = dataclasses.replace(data, passphrase=_new_passphrase(cli))
    updated = configs.update_config(ctx, view.id, data)
    _print_config(cli, updated, f"Updated configuration {updated.name!r} (id {updated.id}).")
    return 0


def cmd_list(args: argparse.Namespace, cli: CliContext) -> int:
    items = [_safe(c) for c in configs.list_configs(cli.app)]
    if cli.json:
        cli.emit_json({"items": items, "total": len(items)})
        return 0
    if not items:
        cli.out("No configurations yet. Create one with `backup-desk config add --name N --type full ...`.")
        return 0
    rows = [[c.id, c.name, c.backup_type, c.frequency, fmt_bool(c.is_active), fmt_bool(c.encryption_enabled),
             fmt_dt(c.last_backup_at), c.last_status or "-", _next_run(c)] for c in items]
    cli.out(render_table(["ID", "NAME", "TYPE", "FREQUENCY", "ACTIVE", "ENCRYPTED", "LAST BACKUP", "STATUS",
                          "NEXT RUN"], rows))
    return 0


def _schedule_text(view: ConfigView) -> str:
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
    if view.frequency == Frequency.DAILY:
        return f"every day at {view.time_of_day}"
    if view.frequency == Frequency.WEEKLY:
        return f"every {days[view.weekday % 7]} at {view.time_of_day}"
    if view.frequency == Frequency.MONTHLY:
        return f"day {view.month_day} of every month at {view.time_of_day}"
    return str(Frequency.MANUAL.label)


def _next_run(c: ConfigView) -> str:
    if c.next_run_at is None:
        return "-"
    return fmt_dt(c.next_run_at) + (" (overdue)" if c.overdue else "")


def cmd_show(args: argparse.Namespace, cli: CliContext) -> int:
    view = find_config(cli.app, args.config)
    _print_config(cli, view, None)
    return 0


def cmd_duplicate(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    copy = configs.duplicate_config(ctx, find_config(ctx, args.config).id)
    _print_config(cli, copy, f"Created the inactive copy {copy.name!r} (id {copy.id}).")
    return 0


def cmd_toggle(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    view = configs.toggle_config(ctx, find_config(ctx, args.config).id)
    state = "active" if view.is_active else "inactive"
    _print_config(cli, view, f"Configuration {view.name!r} (id {view.id}) is now {state}.")
    return 0


def cmd_delete(args: argparse.Namespace, cli: CliContext) -> int:
    ctx = cli.app
    view = find_config(ctx, args.config)
    question = (f"Delete the configuration {view.name!r} (id {view.id}) and its stored secrets? "
                "Its backups stay in the history.")
    if not confirm(question, assume_yes=args.yes):
        cli.err("Nothing was deleted.")
        return 1
    notice = configs.delete_config(ctx, view.id)
    cli.out(f"Deleted configuration {view.name!r} (id {view.id}).")
    if notice:
        cli.out(notice)
    return 0


def _where_kept(view: ConfigView) -> str | None:
    if not view.encryption_enabled:
        return None
    return {"keyring": "in the system keyring", "file": "in a file only you can read"}.get(
        view.passphrase_store, "nowhere: runs ask for it, scheduled runs cannot run unattended")


def _safe(view: ConfigView) -> ConfigView:
    """The service already leaves the password out of the URL; never rely on one layer alone."""
    return dataclasses.replace(view, source_url=redact_url(view.source_url)) if view.source_url else view


def _print_config(cli: CliContext, view: ConfigView, headline: str | None) -> None:
    view = _safe(view)
    if cli.json:
        cli.emit_json(view)
        return
    if headline:
        cli.out(headline)
        if view.notice:
            cli.out(view.notice)
        return
    cli.out(render_fields([
        ("ID", view.id), ("Name", view.name), ("Type", view.backup_type), ("Frequency", view.frequency),
        ("Active", view.is_active), ("Source", view.source_url or "(none: folders only)"),
        ("Folders", view.folders if view.include_files else ()), ("Destination", view.destination),
        ("Compression", view.compression_algorithm if view.compression_enabled else "none"),
        ("Encrypted", view.encryption_enabled),
        ("Passphrase kept", _where_kept(view)),
        ("Retention", f"{view.retention_days} days"), ("Created", view.created_at),
        ("Updated", view.updated_at), ("Last backup", view.last_backup_at),
        ("Last success", view.last_success_at), ("Last status", view.last_status),
        ("Schedule", _schedule_text(view)), ("Keep at least", f"{view.keep_last} archives"),
        ("Next run", _next_run(view)),
    ]))
