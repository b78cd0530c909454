"""A systemd user service + timer in $XDG_CONFIG_HOME/systemd/user (Persistent=true: a tick missed while
the machine was off fires at the next boot). Enabled with `systemctl --user` when a user instance runs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from backup_desk.services.os_scheduler.base import (
    INTERVAL_MINUTES,
    MARKER,
    Backend,
    Status,
    home_tag,
    run_due_command,
    run_quiet,
)


def user_unit_dir() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "systemd" / "user"


def user_instance_available() -> bool:
    if not shutil.which("systemctl"):
        return False
    code, _ = run_quiet(["systemctl", "--user", "show-environment"], timeout=10)
    return code == 0


def _quote(arg: str) -> str:
    # systemd's own quoting: double quotes, with backslash and double quote escaped; % doubled.
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%")
    return f'"{escaped}"'


class SystemdBackend(Backend):
    name = "systemd"

    @property
    def unit(self) -> str:
        return f"backup-desk-run-due-{home_tag(self.home)}"

    def paths(self) -> tuple[Path, Path]:
        folder = user_unit_dir()
        return folder / f"{self.unit}.service", folder / f"{self.unit}.timer"

    def service_text(self) -> str:
        command = " ".join(_quote(a) for a in run_due_command(self.home))
        return (f"# {MARKER}\n[Unit]\nDescription=Backup Desk: run the scheduled backups that are due\n"
                f"\n[Service]\nType=oneshot\nExecStart={command}\n"
                + (f"Environment={_quote('BACKUP_DESK_HOME=' + str(self.home))}\n" if self.home else "")
                + "Nice=10\n"
                "IOSchedulingClass=idle\n")

    def timer_text(self) -> str:
        return (f"# {MARKER}\n[Unit]\nDescription=Backup Desk: check for due backups every "
                f"{INTERVAL_MINUTES} minutes\n\n[Timer]\nOnBootSec=5min\n"
                f"OnCalendar=*:0/{INTERVAL_MINUTES}\nPersistent=true\nRandomizedDelaySec=60\n"
                f"Unit={self.unit}.service\n\n[Install]\nWantedBy=timers.target\n")

    def install(self) -> Status:
        service, timer = self.paths()
        service.parent.mkdir(parents=True, exist_ok=True)
        for path, text in ((service, self.service_text()), (timer, self.timer_text())):
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, path)
        if user_instance_available():
            run_quiet(["systemctl", "--user", "daemon-reload"])
            code, out = run_quiet(["systemctl", "--user", "enable", "--now", f"{self.unit}.timer"])
            if code != 0:
                return self._status(f"The timer could not be enabled: {out}")
        return self.status()

    def uninstall(self) -> Status:
        service, timer = self.paths()
        if user_instance_available():
            run_quiet(["systemctl", "--user", "disable", "--now", f"{self.unit}.timer"])
        for path in (timer, service):
            if path.exists() and MARKER in path.read_text(encoding="utf-8", errors="replace"):
                path.unlink()
        if user_instance_available():
            run_quiet(["systemctl", "--user", "daemon-reload"])
        return self.status()

    def _status(self, detail: str, active: bool = False) -> Status:
        files = tuple(str(p) for p in self.paths() if p.exists())
        return Status(self.name, len(files) == 2, active, detail, files)

    def status(self) -> Status:
        service, timer = self.paths()
        if not (service.exists() and timer.exists()):
            return self._status("No systemd timer is installed: backups run only while the window is open.")
        if not user_instance_available():
            return self._status(f"The timer files are in {timer.parent}, but no systemd user instance runs "
                                "here, so nothing starts them (use the crontab instead).")
        code, out = run_quiet(["systemctl", "--user", "is-active", f"{self.unit}.timer"])
        active = code == 0 and out.strip() == "active"
        return self._status(f"systemd timer {self.unit}.timer is {out.strip() or 'unknown'}.", active)
