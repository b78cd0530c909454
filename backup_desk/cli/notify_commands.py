"""`backup-desk notify show|set|test`: who hears about failed, overdue (and optionally successful)
backups — desktop, e-mail (SMTP password kept in the keyring), webhook."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import Any

from backup_desk.cli.common import CliContext, add_json_flag
from backup_desk.cli.formatting import render_fields
from backup_desk.errors import UserInputError
from backup_desk.messages import Text
from backup_desk.services.app_settings import NotifySettings, notify_settings, save_notify_settings


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("notify", parents=[common], help="notifications of failed and overdue backups",
                       description="Show or change the notification settings, or send a test. run-due and "
                                   "the window both use them.")
    actions = p.add_subparsers(dest="notify_action", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=[common], help="the current settings")
    add_json_flag(show)
    show.set_defaults(handler=cmd_show)
    bool_opt = argparse.BooleanOptionalAction
    s = actions.add_parser("set", parents=[common], help="change settings (only the options given)")
    s.add_argument("--on-failure", action=bool_opt, default=None, help="notify failed backups")
    s.add_argument("--on-overdue", action=bool_opt, default=None, help="notify overdue configurations")
    s.add_argument("--on-success", action=bool_opt, default=None, help="notify successful backups too")
    s.add_argument("--desktop", action=bool_opt, default=None, help="desktop notifications")
    s.add_argument("--webhook", metavar="URL", help="POST a JSON body to URL ('' turns it off)")
    s.add_argument("--email", action=bool_opt, default=None, help="e-mail notifications")
    s.add_argument("--smtp-host", metavar="HOST")
    s.add_argument("--smtp-port", type=int, metavar="PORT")
    s.add_argument("--smtp-security", choices=("starttls", "tls", "none"))
    s.add_argument("--smtp-user", metavar="USER")
    s.add_argument("--smtp-from", metavar="ADDRESS")
    s.add_argument("--smtp-to", metavar="ADDRESS", action="append", help="recipient (repeat; replaces)")
    s.add_argument("--smtp-ca-file", metavar="PEM", help="also trust this certificate")
    s.add_argument("--smtp-password-file", metavar="FILE", help="SMTP password from FILE (to keyring)")
    add_json_flag(s)
    s.set_defaults(handler=cmd_set)
    t = actions.add_parser("test", parents=[common], help="send a test notification")
    t.add_argument("channel", choices=("desktop", "email", "webhook"))
    add_json_flag(t)
    t.set_defaults(handler=cmd_test)


def _print(cli: CliContext, settings: NotifySettings) -> None:
    if cli.json:
        cli.emit_json(settings)
        return
    e = settings.email
    cli.out(render_fields([
        ("On failure", settings.on_failure), ("On overdue", settings.on_overdue),
        ("On success", settings.on_success), ("Desktop", settings.desktop),
        ("Webhook", settings.webhook_url or "(off)"),
        ("E-mail", f"{e.host}:{e.port} ({e.security}) to {', '.join(e.recipients)}"
         if e.enabled else "(off)"),
    ]))


def cmd_show(args: argparse.Namespace, cli: CliContext) -> int:
    _print(cli, notify_settings(cli.app))
    return 0


def cmd_set(args: argparse.Namespace, cli: CliContext) -> int:
    from backup_desk.services.notify.dispatch import set_smtp_password

    ctx = cli.app
    current = notify_settings(ctx)
    flags = ("on_failure", "on_overdue", "on_success", "desktop")
    changes: dict[str, Any] = {k: getattr(args, k) for k in flags if getattr(args, k) is not None}
    if args.webhook is not None:
        if args.webhook and not args.webhook.startswith(("http://", "https://")):
            raise UserInputError(Text("The webhook address must start with http:// or https://."),
                                 Text("Give the full URL, e.g. https://hc-ping.com/<uuid>."))
        changes["webhook_url"] = args.webhook
    email: dict[str, Any] = {}
    for arg, name in (("email", "enabled"), ("smtp_host", "host"), ("smtp_port", "port"),
                      ("smtp_security", "security"), ("smtp_user", "username"), ("smtp_from", "sender"),
                      ("smtp_ca_file", "ca_file")):
        if getattr(args, arg) is not None:
            email[name] = getattr(args, arg)
    if args.smtp_to is not None:
        email["recipients"] = tuple(args.smtp_to)
    updated = dataclasses.replace(current, **changes, email=dataclasses.replace(current.email, **email))
    if args.smtp_password_file:
        set_smtp_password(ctx, Path(args.smtp_password_file).read_text(encoding="utf-8").rstrip("\r\n"))
    save_notify_settings(ctx, updated)
    _print(cli, updated)
    return 0


def cmd_test(args: argparse.Namespace, cli: CliContext) -> int:
    from backup_desk.services.notify.dispatch import send_test

    delivery = send_test(cli.app, args.channel)
    if cli.json:
        cli.emit_json(delivery)
    else:
        (cli.out if delivery.ok else cli.err)(f"{args.channel}: {'sent' if delivery.ok else 'FAILED'} "
                                              f"({delivery.detail})")
    return 0 if delivery.ok else 1
