"""A Task Scheduler task (schema 1.2), registered with `schtasks /Create /XML`: run-due every 15 minutes
while the user is logged on, started late when a tick was missed, never two at once."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from backup_desk.services.os_scheduler.base import (
    INTERVAL_MINUTES,
    MARKER,
    Backend,
    Status,
    home_tag,
    run_due_command,
    run_quiet,
)

TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"


def _windows_args(args: list[str]) -> str:
    return subprocess.list2cmdline(args)


class WindowsBackend(Backend):
    name = "windows"

    @property
    def task_name(self) -> str:
        return f"\\Backup Desk\\run-due-{home_tag(self.home)}"

    def xml_path(self) -> Path:
        return self.state_dir / f"backup-desk-task-{home_tag(self.home)}.xml"

    def task_xml(self, start: datetime | None = None) -> str:
        command = run_due_command(self.home)
        program = command[0]
        if program.lower().endswith("python.exe"):  # no console window every 15 minutes
            program = program[:-len("python.exe")] + "pythonw.exe"
        boundary = (start or datetime.now()).replace(microsecond=0).isoformat()
        user = os.environ.get("USERNAME", "")
        author = escape(f"{os.environ.get('USERDOMAIN', '')}\\{user}" if user else "Backup Desk")
        return f"""<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="{TASK_NS}">
  <RegistrationInfo>
    <Author>{author}</Author>
    <Description>{escape(MARKER)} Runs the scheduled backups that are due.</Description>
    <URI>{escape(self.task_name)}</URI>
  </RegistrationInfo>
  <Triggers>
    <TimeTrigger>
      <Repetition>
        <Interval>PT{INTERVAL_MINUTES}M</Interval>
        <StopAtDurationEnd>false</StopAtDurationEnd>
      </Repetition>
      <StartBoundary>{boundary}</StartBoundary>
      <Enabled>true</Enabled>
    </TimeTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <LogonType>InteractiveToken</LogonType>
      <RunLevel>LeastPrivilege</RunLevel>
    </Principal>
  </Principals>
  <Settings>
    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>
    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>
    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>
    <StartWhenAvailable>true</StartWhenAvailable>
    <RunOnlyIfNetworkAvailable>false</RunOnlyIfNetworkAvailable>
    <AllowStartOnDemand>true</AllowStartOnDemand>
    <Enabled>true</Enabled>
    <Hidden>false</Hidden>
    <ExecutionTimeLimit>PT12H</ExecutionTimeLimit>
    <Priority>7</Priority>
  </Settings>
  <Actions Context="Author">
    <Exec>
      <Command>{escape(program)}</Command>
      <Arguments>{escape(_windows_args(command[1:]))}</Arguments>
    </Exec>
  </Actions>
</Task>
"""

    def write_xml(self) -> Path:
        path = self.xml_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.task_xml(), encoding="utf-16")
        return path

    def install(self) -> Status:
        path = self.write_xml()
        if sys.platform.startswith("win"):
            code, out = run_quiet(["schtasks", "/Create", "/TN", self.task_name, "/XML", str(path), "/F"])
            if code != 0:
                return Status(self.name, False, False, f"schtasks refused the task: {out}", (str(path),))
        return self.status()

    def uninstall(self) -> Status:
        if sys.platform.startswith("win"):
            run_quiet(["schtasks", "/Delete", "/TN", self.task_name, "/F"])
        self.xml_path().unlink(missing_ok=True)
        return self.status()

    def status(self) -> Status:
        files = (str(self.xml_path()),) if self.xml_path().exists() else ()
        if not sys.platform.startswith("win"):
            return Status(self.name, bool(files), False,
                          "Task XML written; registering it needs Windows (schtasks).", files)
        code, _out = run_quiet(["schtasks", "/Query", "/TN", self.task_name])
        if code != 0:
            return Status(self.name, False, False,
                          "No scheduled task: backups run only while the window is open.", files)
        return Status(self.name, True, True, f"Task {self.task_name} is registered.", files)
