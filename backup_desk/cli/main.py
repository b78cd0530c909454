"""`backup-desk <command>`: one argparse tree built from the command modules."""

from __future__ import annotations

import argparse
import importlib
import sys

from backup_desk import __version__
from backup_desk.cli.common import CliContext
from backup_desk.errors import BackupDeskError

COMMAND_MODULES = (
    "backup_desk.cli.config_commands",
    "backup_desk.cli.backup_commands",
    "backup_desk.cli.history_commands",
    "backup_desk.cli.archive_commands",
    "backup_desk.cli.maintenance_commands",
    "backup_desk.cli.audit_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="backup-desk", description="Encrypted backups of a database and its folders.")
    parser.add_argument("--version", action="version", version=f"backup-desk {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", metavar="DIR", default=None,
                        help="keep the catalog, archives and logs under DIR (else $BACKUP_DESK_HOME, else the user folders)")
    common.add_argument("--debug", action="store_true", help="log at DEBUG level")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(sub, common)
    return parser


def run_cli(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    cli = CliContext(args)
    try:
        return int(args.handler(args, cli) or 0)
    except BackupDeskError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted.", file=sys.stderr)
        return 130
    finally:
        cli.close()
