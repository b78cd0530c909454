"""Desktop notifications without the window: the platform's service (notify-send on Linux with a session
bus, osascript on macOS), else the fallback inbox the window shows as tray messages when it next starts
(or at once, when it is open)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from backup_desk.services.notify.message import Delivery, Notice

INBOX_NAME = "notifications-inbox.jsonl"


def inbox_path(data_dir: Path) -> Path:
    return data_dir / INBOX_NAME


def _platform_command(notice: Notice) -> list[str] | None:
    if sys.platform == "darwin" and shutil.which("osascript"):
        script = f"display notification {json.dumps(notice.body)} with title {json.dumps(notice.title)}"
        return ["osascript", "-e", script]
    if sys.platform.startswith("linux") and os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        tool = shutil.which("notify-send")
        if tool:
            urgency = "critical" if notice.kind in ("failure", "overdue") else "normal"
            return [tool, "--app-name=Backup Desk", f"--urgency={urgency}", notice.title, notice.body]
    return None


def send_desktop(notice: Notice, data_dir: Path) -> Delivery:
    """Platform service first; the inbox (always written, so the window can show what it missed)."""
    _append_inbox(notice, data_dir)
    command = _platform_command(notice)
    if command is not None:
        try:
            subprocess.run(command, check=True, timeout=10, capture_output=True)
            return Delivery("desktop", True, f"shown by {Path(command[0]).name}")
        except (OSError, subprocess.SubprocessError) as exc:
            return Delivery("desktop", True, f"{Path(command[0]).name} failed ({exc}); kept for the window")
    return Delivery("desktop", True, "no notification service here; kept for the window's tray")


def _append_inbox(notice: Notice, data_dir: Path) -> None:
    path = inbox_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as fh:  # one line per notice; appends are atomic enough here
        fh.write(json.dumps(notice.as_json(), ensure_ascii=False) + "\n")


def read_inbox(data_dir: Path, after_line: int = 0) -> tuple[list[dict[str, object]], int]:
    """Notices from line `after_line` on, and the new line count (the window remembers where it was)."""
    path = inbox_path(data_dir)
    if not path.exists():
        return [], 0
    lines = path.read_text(encoding="utf-8").splitlines()
    notices = []
    for line in lines[after_line:]:
        try:
            notices.append(json.loads(line))
        except json.JSONDecodeError:
            continue
    return notices, len(lines)
