"""One notification, channel-independent: what happened, to which configuration, and why."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

from backup_desk.errors import BackupDeskError

Kind = Literal["failure", "overdue", "success", "test"]


class NotifyError(BackupDeskError):
    """A channel could not deliver (message says why, hint says what to check)."""


@dataclass(frozen=True)
class Notice:
    kind: Kind
    configuration_name: str
    reason: str
    at: datetime
    configuration_id: int | None = None
    backup_id: int | None = None
    host: str = ""

    @property
    def title(self) -> str:
        return {
            "failure": f"Backup failed: {self.configuration_name}",
            "overdue": f"Backup overdue: {self.configuration_name}",
            "success": f"Backup completed: {self.configuration_name}",
            "test": "Backup Desk test notification",
        }[self.kind]

    @property
    def body(self) -> str:
        lines = [self.reason]
        if self.host:
            lines.append(f"Machine: {self.host}")
        lines.append(f"Time: {self.at.astimezone():%Y-%m-%d %H:%M %Z}")
        return "\n".join(lines)

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["at"] = self.at.isoformat()
        data["title"] = self.title
        data["app"] = "backup-desk"
        return data


@dataclass(frozen=True)
class Delivery:
    channel: str  # "desktop" | "email" | "webhook"
    ok: bool
    detail: str  # where it went, or why it did not
