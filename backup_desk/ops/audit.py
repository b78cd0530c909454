"""The audit trail: one AuditEvent row per configuration change, restore, deletion and verification.

`record()` adds the row to the caller's session (it commits with the change it describes) and writes the
same event to security.log. The actor is the OS user. `before` / `after` are cleaned: keys that name a
secret are dropped, URL passwords and known secrets masked, binary values removed.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from backup_desk.catalog.models import AuditEvent, utcnow
from backup_desk.ops.logs import security_logger
from backup_desk.ops.redaction import redact, redact_value

# Actions the services use (free text is allowed, these keep the log greppable).
CONFIG_CREATE = "config.create"
CONFIG_UPDATE = "config.update"
CONFIG_DELETE = "config.delete"
CONFIG_TOGGLE = "config.toggle"
CONFIG_DUPLICATE = "config.duplicate"
BACKUP_DELETE = "backup.delete"
RESTORE = "restore"
VERIFY = "verify"
MAINTENANCE = "maintenance"


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor: str
    action: str
    target_type: str
    target_id: str
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def current_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers): fall back to the uid
        return f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def clean_snapshot(data: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if data is None:
        return None
    cleaned = redact_value(dict(data))
    assert isinstance(cleaned, dict)
    return cleaned


def record(session: Session, *, action: str, target_type: str, target_id: object, summary: str,
           before: Mapping[str, Any] | None = None, after: Mapping[str, Any] | None = None) -> AuditEvent:
    """Adds an AuditEvent to `session` (committed with it) and logs it to security.log."""
    event = AuditEvent(
        at=utcnow(),
        actor=current_actor(),
        action=action,
        target_type=target_type,
        target_id="" if target_id is None else str(target_id)[:64],
        summary=redact(summary),
        before=clean_snapshot(before),
        after=clean_snapshot(after),
    )
    session.add(event)
    security_logger().info("audit %s %s %s by %s: %s", event.action, event.target_type,
                           event.target_id or "-", event.actor, event.summary)
    return event


def list_events(session: Session, limit: int = 50, action: str | None = None) -> list[AuditView]:
    """Newest first."""
    query = select(AuditEvent).order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(max(1, limit))
    if action:
        query = query.where(AuditEvent.action == action)
    return [
        AuditView(id=e.id, at=e.at, actor=e.actor, action=e.action, target_type=e.target_type,
                  target_id=e.target_id, summary=e.summary, before=e.before, after=e.after)
        for e in session.scalars(query)
    ]
