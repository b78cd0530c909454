"""Configurations that need someone's attention: the last run failed, or a planned run is overdue.
Shown by the dashboard, the tray and `check-backup-system` until a later success clears them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo
from typing import Literal

from backup_desk.services.configs import list_configs
from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigView
from backup_desk.vocabulary import BackupStatus


@dataclass(frozen=True)
class Attention:
    configuration_id: int
    configuration_name: str
    kind: Literal[BackupStatus.FAILED, "overdue"]
    since: datetime | None  # last failed run, or the planned run that should have succeeded


def needs_attention(views: list[ConfigView]) -> list[Attention]:
    found: list[Attention] = []
    for v in views:
        if v.last_status == BackupStatus.FAILED:
            found.append(Attention(v.id, v.name, BackupStatus.FAILED, v.last_backup_at))
        elif v.overdue:
            found.append(Attention(v.id, v.name, "overdue", v.overdue_since))
    return found


def attention(ctx: AppContext, *, now: datetime | None = None, tz: tzinfo | None = None) -> list[Attention]:
    return needs_attention(list_configs(ctx, now=now, tz=tz))
