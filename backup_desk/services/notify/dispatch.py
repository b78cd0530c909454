"""What to notify after scheduled runs, and sending one notice on every enabled channel.

Failures and (optionally) successes come from the runs just made; an overdue configuration (late by
more than one whole period) is notified once per overdue episode (`schedules.overdue_notified_at`).
A channel that fails is logged and reported, never raised: the other channels still go.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Literal

from backup_desk.catalog.models import Configuration, Schedule, utcnow
from backup_desk.ops.logs import operations_logger
from backup_desk.services.app_settings import NotifySettings, notify_settings
from backup_desk.services.context import AppContext
from backup_desk.services.maintenance.procinfo import this_host
from backup_desk.services.notify.desktop import send_desktop
from backup_desk.services.notify.email import PASSWORD_KEY, send_email
from backup_desk.services.notify.message import Delivery, Notice, NotifyError
from backup_desk.services.notify.webhook import send_webhook
from backup_desk.services.schedule import overdue_by_more_than_period
from backup_desk.vocabulary import BackupStatus

if TYPE_CHECKING:
    from backup_desk.services.scheduler import DueRun

Channel = Literal["desktop", "email", "webhook"]


def smtp_password(ctx: AppContext) -> str | None:
    return ctx.secrets._get(PASSWORD_KEY)


def set_smtp_password(ctx: AppContext, password: str | None) -> None:
    ctx.secrets._set(PASSWORD_KEY, password or None, "SMTP password")


def send_on(ctx: AppContext, channel: Channel, notice: Notice,
            settings: NotifySettings | None = None) -> Delivery:
    settings = settings or notify_settings(ctx)
    try:
        if channel == "desktop":
            return send_desktop(notice, ctx.paths.data_dir)
        if channel == "email":
            return send_email(settings.email, smtp_password(ctx), notice)
        return send_webhook(settings.webhook_url, notice)
    except NotifyError as exc:
        return Delivery(channel, False, f"{exc.message} {exc.hint}".strip())


def enabled_channels(settings: NotifySettings) -> list[Channel]:
    channels: list[Channel] = []
    if settings.desktop:
        channels.append("desktop")
    if settings.email.enabled:
        channels.append("email")
    if settings.webhook_url:
        channels.append("webhook")
    return channels


def send_notice(ctx: AppContext, notice: Notice, settings: NotifySettings | None = None) -> list[Delivery]:
    settings = settings or notify_settings(ctx)
    deliveries = [send_on(ctx, channel, notice, settings) for channel in enabled_channels(settings)]
    log = operations_logger()
    for d in deliveries:
        if d.ok:
            log.info("notification %s (%s) via %s: %s", notice.kind, notice.configuration_name, d.channel,
                     d.detail)
        else:
            log.warning("notification %s via %s not delivered: %s", notice.kind, d.channel, d.detail)
    return deliveries


def send_test(ctx: AppContext, channel: Channel, settings: NotifySettings | None = None) -> Delivery:
    """The settings page's "send test" (settings not saved yet may be passed in)."""
    notice = Notice("test", "Backup Desk", "This is a test: notifications reach you.", utcnow(),
                    host=this_host())
    return send_on(ctx, channel, notice, settings)


def after_runs(ctx: AppContext, results: Sequence[DueRun], *, now: datetime | None = None,
               tz: tzinfo | None = None) -> list[Delivery]:
    settings = notify_settings(ctx)
    if not enabled_channels(settings):
        return []
    now = now or utcnow()
    host = this_host()
    notices: list[Notice] = []
    for r in results:
        if r.status == BackupStatus.FAILED and settings.on_failure:
            notices.append(Notice("failure", r.configuration_name, r.message, now, r.configuration_id,
                                  r.backup_id, host))
        elif r.status == BackupStatus.COMPLETED and settings.on_success:
            notices.append(Notice("success", r.configuration_name, r.message, now, r.configuration_id,
                                  r.backup_id, host))
    if settings.on_overdue:
        notices += _overdue_notices(ctx, now, tz, host)
    deliveries: list[Delivery] = []
    for notice in notices:
        deliveries += send_notice(ctx, notice, settings)
    return deliveries


def _overdue_notices(ctx: AppContext, now: datetime, tz: tzinfo | None, host: str) -> list[Notice]:
    from backup_desk.services.configs import list_configs

    notices = []
    for cfg in list_configs(ctx, now=now, tz=tz):
        if not overdue_by_more_than_period(cfg.frequency, cfg.overdue_since, now):
            continue
        assert cfg.overdue_since is not None
        with ctx.catalog.write() as session:
            sched = session.get(Schedule, cfg.id)
            if sched is None:
                if session.get(Configuration, cfg.id) is None:
                    continue
                sched = Schedule(configuration_id=cfg.id)
                session.add(sched)
            if sched.overdue_notified_at is not None and sched.overdue_notified_at >= cfg.overdue_since:
                continue  # already told about this episode
            sched.overdue_notified_at = now
        last = (f"last success {cfg.last_success_at.astimezone(tz):%Y-%m-%d %H:%M}" if cfg.last_success_at
                else "no successful backup yet")
        reason = (f"No successful {cfg.frequency} backup since the run planned for "
                  f"{cfg.overdue_since.astimezone(tz):%Y-%m-%d %H:%M} ({last}).")
        notices.append(Notice("overdue", cfg.name, reason, now, cfg.id, None, host))
    return notices
