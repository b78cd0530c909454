"""Registering `backup-desk run-due` with the operating system, so backups run with the window closed.

Linux: a systemd user timer (a crontab entry when there is no systemd user instance); Windows: a Task
Scheduler task (XML registered with schtasks); macOS: a launchd agent (plist). Each backend writes only
files carrying its marker, and `uninstall` removes exactly those.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

from backup_desk.paths import AppPaths
from backup_desk.services.os_scheduler.base import Backend, Status, run_due_command

BackendName = Literal["systemd", "cron", "windows", "launchd"]
BACKEND_ENV = "BACKUP_DESK_SCHEDULER_BACKEND"  # forces a backend (e.g. cron where systemd misbehaves)

__all__ = ["Backend", "BackendName", "Status", "choose_backend", "home_for", "run_due_command"]


def home_for(paths: AppPaths) -> Path | None:
    """The --home to register: None when the app uses the user's default folders."""
    from backup_desk.paths import HOME_ENV, resolve_paths

    if os.environ.get(HOME_ENV) is None and resolve_paths(None).data_dir == paths.data_dir:
        return None
    return paths.data_dir.parent


def choose_backend(home: Path | None, state_dir: Path, name: BackendName | None = None, *,
                   platform: str = sys.platform, crontab_file: Path | None = None) -> Backend:
    """The named backend (or $BACKUP_DESK_SCHEDULER_BACKEND), else the platform's (on Linux: systemd
    when a user instance answers, else cron when a `crontab` command exists, else systemd files that say
    they are not active)."""
    from backup_desk.services.os_scheduler.cron import CronBackend
    from backup_desk.services.os_scheduler.launchd import LaunchdBackend
    from backup_desk.services.os_scheduler.systemd import SystemdBackend, user_instance_available
    from backup_desk.services.os_scheduler.windows import WindowsBackend

    forced = os.environ.get(BACKEND_ENV)
    known: dict[str | None, BackendName] = {"systemd": "systemd", "cron": "cron", "windows": "windows",
                                            "launchd": "launchd"}
    if name is None and forced in known:
        name = known[forced]
    if name is None:
        if platform.startswith("win"):
            name = "windows"
        elif platform == "darwin":
            name = "launchd"
        elif crontab_file is not None or (not user_instance_available() and CronBackend.command_available()):
            name = "cron"
        else:
            name = "systemd"
    if name == "systemd":
        return SystemdBackend(home, state_dir)
    if name == "cron":
        return CronBackend(home, state_dir, crontab_file)
    if name == "windows":
        return WindowsBackend(home, state_dir)
    return LaunchdBackend(home, state_dir)
