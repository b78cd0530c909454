"""`backup-desk run-due`: runs every active configuration whose planned time has come.

Meant for an OS timer (cron, a systemd user timer, Task Scheduler) so backups happen without the window
open; runs missed while the machine slept collapse into one catch-up run.
"""

from __future__ import annotations

import argparse
from typing import Any

from backup_desk.cli.common import CliContext, add_json_flag
from backup_desk.services.scheduler import run_due
from backup_desk.vocabulary import BackupStatus


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "run-due", parents=[common], help="run the scheduled backups that are due (for an OS timer)",
        description="Run every active configuration whose next planned run has come, one after the other. "
                    "Encrypted configurations need their passphrase in the keyring or "
                    "$BACKUP_DESK_PASSPHRASE; without it the run is recorded as failed, never made "
                    "unencrypted. Register it with the OS: `backup-desk scheduler install`.")
    add_json_flag(p)
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing when nothing was due")
    p.set_defaults(handler=cmd_run_due)
    register_scheduler(sub, common)


def cmd_run_due(args: argparse.Namespace, cli: CliContext) -> int:
    results = run_due(cli.app)
    if cli.json:
        cli.emit_json({"runs": results})
    elif results:
        for r in results:
            caught_up = f" (catch-up for {r.caught_up} missed run(s))" if r.caught_up else ""
            outcome = str(r.status.label) if isinstance(r.status, BackupStatus) else "Skipped"
            cli.out(f"{outcome:9s}  {r.configuration_name}: {r.message}{caught_up}")
    elif not args.quiet:
        cli.out("No scheduled backup is due.")
    return 1 if any(r.status == BackupStatus.FAILED for r in results) else 0


def register_scheduler(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "scheduler", parents=[common],
        help="register run-due with the OS so backups run with the window closed",
        description="install: a systemd user timer on Linux (a crontab entry without a systemd user "
                    "instance), a Task Scheduler task on Windows, a launchd agent on macOS, each calling "
                    "`backup-desk run-due` for this home every 15 minutes. uninstall removes exactly what "
                    "install wrote. status says whether backups run when the window is closed.")
    p.add_argument("action", choices=("install", "uninstall", "status"))
    p.add_argument("--backend", choices=("systemd", "cron", "windows", "launchd"),
                   help="override the platform's choice (e.g. write the Windows XML to look at it)")
    p.add_argument("--crontab-file", metavar="FILE",
                   help="cron backend: edit this file instead of the user's crontab")
    add_json_flag(p)
    p.set_defaults(handler=cmd_scheduler)


def cmd_scheduler(args: argparse.Namespace, cli: CliContext) -> int:
    import os
    from pathlib import Path

    from backup_desk.paths import HOME_ENV
    from backup_desk.services.os_scheduler import choose_backend

    chosen = getattr(args, "home", None) or os.environ.get(HOME_ENV)  # the home this command works on
    home = Path(chosen).expanduser().resolve() if chosen else None
    backend = choose_backend(home, cli.app.paths.config_dir, args.backend,
                             crontab_file=Path(args.crontab_file).resolve() if args.crontab_file else None)
    status = getattr(backend, args.action)()
    if cli.json:
        cli.emit_json(status)
    else:
        cli.out(status.detail)
        for f in status.files:
            cli.out(f"  {f}")
        if status.installed and not status.active:
            cli.out("Backups do NOT run while the window is closed until this is active.")
    return 0 if args.action == "status" or status.installed == (args.action == "install") else 1
