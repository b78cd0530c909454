"""A crontab entry (for Linux machines without a systemd user instance). Our lines sit between two marker
comments; install replaces that block, uninstall removes exactly it, the rest of the crontab is kept.
`crontab_file` edits a file instead of the user's crontab (a cron.d-style file, and the tests)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from backup_desk.errors import BackupDeskError
from backup_desk.messages import Text
from backup_desk.services.os_scheduler.base import (
    INTERVAL_MINUTES,
    Backend,
    Status,
    home_tag,
    run_due_command,
    shell_join,
)


class CronBackend(Backend):
    name = "cron"

    def __init__(self, home: Path | None, state_dir: Path, crontab_file: Path | None = None) -> None:
        super().__init__(home, state_dir)
        self.crontab_file = crontab_file

    @staticmethod
    def command_available() -> bool:
        return shutil.which("crontab") is not None

    @property
    def begin(self) -> str:
        return f"# BEGIN backup-desk {home_tag(self.home)} (written by `backup-desk scheduler install`)"

    @property
    def end(self) -> str:
        return f"# END backup-desk {home_tag(self.home)}"

    def entry(self) -> str:
        return f"*/{INTERVAL_MINUTES} * * * * {shell_join(run_due_command(self.home))} >/dev/null 2>&1"

    def _read(self) -> str:
        if self.crontab_file is not None:
            return self.crontab_file.read_text(encoding="utf-8") if self.crontab_file.exists() else ""
        proc = subprocess.run(["crontab", "-l"], capture_output=True, text=True, timeout=30)
        return proc.stdout if proc.returncode == 0 else ""  # "no crontab for user" is an empty one

    def _write(self, text: str) -> None:
        if self.crontab_file is not None:
            self.crontab_file.write_text(text, encoding="utf-8")
            return
        proc = subprocess.run(["crontab", "-"], input=text, capture_output=True, text=True, timeout=30)
        if proc.returncode != 0:
            raise BackupDeskError(Text("crontab refused the new table: {0}", proc.stderr.strip()),
                                  Text("Check `crontab -l`; nothing was changed."))

    def _without_block(self, text: str) -> list[str]:
        lines, inside = [], False
        for line in text.splitlines():
            if line == self.begin:
                inside = True
            elif inside and line == self.end:
                inside = False
            elif not inside:
                lines.append(line)
        return lines

    def install(self) -> Status:
        lines = self._without_block(self._read())
        lines += [self.begin, self.entry(), self.end]
        self._write("\n".join(lines) + "\n")
        return self.status()

    def uninstall(self) -> Status:
        current = self._read()
        lines = self._without_block(current)
        if lines != current.splitlines():
            self._write("\n".join(lines) + "\n" if lines else "")
        return self.status()

    def status(self) -> Status:
        text = self._read()
        installed = self.begin in text.splitlines() and self.entry() in text.splitlines()
        where = str(self.crontab_file) if self.crontab_file else "the user's crontab"
        if not installed:
            return Status(self.name, False, False,
                          f"No entry in {where}: backups run only while the window is open.")
        active = self.crontab_file is not None or self.command_available()
        return Status(self.name, True, active, f"Entry in {where}: run-due every {INTERVAL_MINUTES} minutes.",
                      (where,))
