"""A launchd agent in ~/Library/LaunchAgents: run-due every 15 minutes (launchd runs a missed interval
at wake-up), loaded with `launchctl bootstrap gui/<uid>`."""

from __future__ import annotations

import os
import plistlib
import sys
from pathlib import Path
from typing import Any

from backup_desk.services.os_scheduler.base import (
    INTERVAL_MINUTES,
    Backend,
    Status,
    home_tag,
    run_due_command,
    run_quiet,
)


class LaunchdBackend(Backend):
    name = "launchd"

    @property
    def label(self) -> str:
        return f"org.backup-desk.run-due.{home_tag(self.home)}"

    def plist_path(self) -> Path:
        return Path.home() / "Library" / "LaunchAgents" / f"{self.label}.plist"

    def plist(self) -> dict[str, Any]:
        logs = self.state_dir
        env = {"BACKUP_DESK_HOME": str(self.home)} if self.home else {}
        return {
            "Label": self.label,
            "ProgramArguments": run_due_command(self.home),
            "StartInterval": INTERVAL_MINUTES * 60,
            "RunAtLoad": True,
            "ProcessType": "Background",
            "LowPriorityIO": True,
            "Nice": 10,
            "EnvironmentVariables": env,
            "StandardOutPath": str(logs / "launchd-run-due.log"),
            "StandardErrorPath": str(logs / "launchd-run-due.log"),
        }

    def plist_bytes(self) -> bytes:
        return plistlib.dumps(self.plist(), fmt=plistlib.FMT_XML)

    def _domain(self) -> str:
        return f"gui/{os.getuid()}" if hasattr(os, "getuid") else "gui"

    def install(self) -> Status:
        path = self.plist_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(self.plist_bytes())
        if sys.platform == "darwin":
            run_quiet(["launchctl", "bootout", self._domain(), str(path)])
            code, out = run_quiet(["launchctl", "bootstrap", self._domain(), str(path)])
            if code != 0:
                return Status(self.name, True, False, f"launchctl refused the agent: {out}", (str(path),))
        return self.status()

    def uninstall(self) -> Status:
        path = self.plist_path()
        if sys.platform == "darwin" and path.exists():
            run_quiet(["launchctl", "bootout", self._domain(), str(path)])
        path.unlink(missing_ok=True)
        return self.status()

    def status(self) -> Status:
        path = self.plist_path()
        files = (str(path),) if path.exists() else ()
        if not files:
            return Status(self.name, False, False,
                          "No launchd agent: backups run only while the window is open.")
        if sys.platform != "darwin":
            return Status(self.name, True, False, "Agent plist written; loading it needs macOS.", files)
        code, _ = run_quiet(["launchctl", "print", f"{self._domain()}/{self.label}"])
        return Status(self.name, True, code == 0,
                      f"Agent {self.label} is {'loaded' if code == 0 else 'not loaded'}.", files)
