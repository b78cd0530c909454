"""`backup-desk <command>`: one argparse tree built from the command modules."""

from __future__ import annotations

import argparse
import logging
import sys
from typing import NoReturn

from backup_desk import __version__
from backup_desk.cli import (
    archive_commands,
    audit_commands,
    backup_commands,
    config_commands,
    history_commands,
    maintenance_commands,
    notify_commands,
    retention_commands,
    schedule_commands,
)
from backup_desk.cli.common import CliContext
from backup_desk.errors import BackupDeskError

# In the order `--help` lists them; each module's register() adds its subcommands.
COMMAND_MODULES = (
    config_commands,
    backup_commands,
    schedule_commands,
    retention_commands,
    notify_commands,
    history_commands,
    archive_commands,
    maintenance_commands,
    audit_commands,
)

EPILOG = """\
exit status:
  0    the command succeeded
  1    the operation failed (backup, restore, verification, I/O); stderr says why
  2    bad usage or input (unknown configuration or backup, invalid option value)
  130  cancelled (Ctrl-C); a cancelled backup is recorded as failed "Cancelled by the user."

passphrases of encrypted archives come from --passphrase-file FILE, else $BACKUP_DESK_PASSPHRASE,
else the keyring. Every command accepts --home DIR (or $BACKUP_DESK_HOME).
"""


class CliParser(argparse.ArgumentParser):
    """Usage errors in the same shape as every other error: what is wrong, then what to do (exit 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"error: {message[:1].upper() + message[1:]}.\n"
                     f"hint: Run `{self.prog} --help` to see the accepted options.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = CliParser(
        prog="backup-desk",
        description="Encrypted backups of a database and its folders.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"backup-desk {__version__}")
    # Accepted before the command too; the copy after the command uses SUPPRESS so that a value given
    # before it is not overwritten by the subparser's default.
    parser.add_argument("--home", metavar="DIR", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--debug", action="store_true", default=False, help=argparse.SUPPRESS)
    common = CliParser(add_help=False)
    common.add_argument("--home", metavar="DIR", default=argparse.SUPPRESS,
                        help="keep the catalog, archives and logs under DIR (else $BACKUP_DESK_HOME, "
                             "else the user folders)")
    common.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help="log at DEBUG level")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub, common)
    return parser


def run_cli(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: --help/--version exit 0, usage errors exit 2
        return int(exc.code or 0) if isinstance(exc.code, int | None) else 2
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    cli = CliContext(args)
    try:
        return int(args.handler(args, cli) or 0)
    except BackupDeskError as exc:
        cli.report_error(exc.message, exc.hint)
        return exc.exit_code
    except KeyboardInterrupt:
        cli.report_error("Interrupted.", "Nothing else was done; run the command again when ready.")
        return 130
    except BrokenPipeError:  # `backup-desk list | head`: the reader went away, not our failure
        return 0
    except Exception as exc:  # a bug: say so plainly, keep the traceback for the log / --debug
        logging.getLogger("backup_desk.cli").exception("unexpected error in %s", args.command)
        if cli.debug:
            import traceback

            traceback.print_exc(file=sys.stderr)
        cli.report_error(f"Unexpected internal error ({type(exc).__name__}).",
                         "Run the command again with --debug and report the output.")
        return 1
    finally:
        cli.close()
