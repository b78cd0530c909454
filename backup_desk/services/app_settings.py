"""Application-wide settings kept in the catalog (so `run-due` and the window read the same ones):
notification channels, whether schedules are paused, the rule for archives without a configuration.

Secrets (the SMTP password) are not here: they live in the keyring.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

from backup_desk.catalog.models import AppSetting
from backup_desk.ops import audit
from backup_desk.services.context import AppContext

PAUSED_KEY = "schedules.paused"
NOTIFY_KEY = "notifications"
ORPHANS_KEY = "retention.orphans"


@dataclass(frozen=True)
class EmailSettings:
    enabled: bool = False
    host: str = ""
    port: int = 587
    security: str = "starttls"  # "starttls" | "tls" | "none"
    username: str = ""  # the password is in the keyring
    sender: str = ""
    recipients: tuple[str, ...] = ()
    ca_file: str = ""  # trust this certificate too (a self-hosted server's own certificate)


@dataclass(frozen=True)
class NotifySettings:
    on_failure: bool = True
    on_overdue: bool = True
    on_success: bool = False
    desktop: bool = True
    email: EmailSettings = EmailSettings()
    webhook_url: str = ""  # JSON POST (a healthchecks-style ping URL works)


@dataclass(frozen=True)
class OrphanRule:
    """Quick backups and archives of deleted configurations: kept this many days (0 = forever), and the
    newest `keep_last` of them are never deleted."""

    retention_days: int = 90
    keep_last: int = 3


T = TypeVar("T", bound="DataclassInstance")


def _from_dict(cls: type[T], data: Any) -> T:
    if not isinstance(data, dict):
        return cls()
    known = {f.name: f for f in fields(cls)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue
        if key == "email":
            value = _from_dict(EmailSettings, value)
        elif key == "recipients":
            value = tuple(value or ())
        values[key] = value
    return cls(**values)


def get_value(ctx: AppContext, key: str, default: Any = None) -> Any:
    with ctx.catalog.read() as session:
        row = session.get(AppSetting, key)
        return default if row is None else row.value


def set_value(ctx: AppContext, key: str, value: Any, *, summary: str) -> None:
    with ctx.catalog.write() as session:
        row = session.get(AppSetting, key)
        before = None if row is None else {"value": row.value}
        if row is None:
            session.add(AppSetting(key=key, value=value))
        else:
            row.value = value
        audit.record(session, action="settings.update", target_type="system", target_id=key, summary=summary,
                     before=before, after={"value": value})


def schedules_paused(ctx: AppContext) -> bool:
    return bool(get_value(ctx, PAUSED_KEY, False))


def set_schedules_paused(ctx: AppContext, paused: bool) -> None:
    set_value(ctx, PAUSED_KEY, paused,
              summary="Scheduled backups paused." if paused else "Scheduled backups resumed.")


def notify_settings(ctx: AppContext) -> NotifySettings:
    return _from_dict(NotifySettings, get_value(ctx, NOTIFY_KEY))


def save_notify_settings(ctx: AppContext, settings: NotifySettings) -> None:
    set_value(ctx, NOTIFY_KEY, asdict(settings), summary="Notification settings changed.")


def orphan_rule(ctx: AppContext) -> OrphanRule:
    return _from_dict(OrphanRule, get_value(ctx, ORPHANS_KEY))


def save_orphan_rule(ctx: AppContext, rule: OrphanRule) -> None:
    set_value(ctx, ORPHANS_KEY, asdict(rule),
              summary="Retention of archives without a configuration changed.")
