"""`backup-desk run-due`: runs every active configuration whose planned time has come.

Meant for an OS timer (cron, a systemd user timer, Task Scheduler) so backups happen without the window
open; runs missed while the machine slept collapse into one catch-up run.
"""

from __future__ import annotations

import argparse
from typing import Any

from backup_desk.cli.common import CliContext, add_json_flag
from backup_desk.services.scheduler import run_due


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "run-due", parents=[common], help="run the scheduled backups that are due (for an OS timer)",
        description="Run every active configuration whose next planned run has come, one after the other. "
                    "Encrypted configurations need their passphrase in the keyring or "
                    "$BACKUP_DESK_PASSPHRASE; without it the run is recorded as failed, never made "
                    "unencrypted. Example crontab line: '*/15 * * * * backup-desk run-due --quiet'.")
    add_json_flag(p)
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing when nothing was due")
    p.set_defaults(handler=cmd_run_due)


def cmd_run_due(args: argparse.Namespace, cli: CliContext) -> int:
    results = run_due(cli.app)
    if cli.json:
        cli.emit_json({"runs": results})
    elif results:
        for r in results:
            cli.out(f"{r.status:9s}  {r.configuration_name}: {r.message}")
    elif not args.quiet:
        cli.out("No scheduled backup is due.")
    return 1 if any(r.status == "failed" for r in results) else 0
