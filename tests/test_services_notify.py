"""Notifications through real servers: a failing scheduled backup run by `run-due` reaches the desktop
inbox, a local SMTP server (STARTTLS + login, password from the keyring) and a local webhook."""

from __future__ import annotations

import dataclasses
import time
from datetime import timedelta
from pathlib import Path

from backup_desk.catalog.models import Configuration, utcnow
from backup_desk.services import configs
from backup_desk.services.app_settings import EmailSettings, NotifySettings, save_notify_settings
from backup_desk.services.context import AppContext
from backup_desk.services.models import ConfigInput
from backup_desk.services.notify.desktop import read_inbox
from backup_desk.services.notify.dispatch import send_test, set_smtp_password
from tests.support.cli import run_cli
from tests.support.notify_servers import PASSWORD, USER, smtp_server, webhook_server
from tests.test_services_runs import make_source


def _settings(port: int, ca: Path, url: str, security: str = "starttls") -> NotifySettings:
    email = EmailSettings(enabled=True, host="localhost", port=port, security=security, username=USER,
                          sender=USER, recipients=("admin@example.test",), ca_file=str(ca))
    return NotifySettings(on_failure=True, on_overdue=True, desktop=True, webhook_url=url, email=email)


def _wait(predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not predicate() and time.monotonic() < end:
        time.sleep(0.05)


def test_failing_scheduled_backup_is_reported_on_every_channel(home: Path, tmp_path: Path) -> None:
    source = make_source(tmp_path)
    ctx = AppContext.open(home)
    with smtp_server(tmp_path) as (port, ca, inbox), webhook_server() as (url, hooks):
        try:
            cfg = configs.create_config(ctx, ConfigInput(name="Shop database", source_url=f"sqlite:///{source}",
                                                         frequency="daily"))
            with ctx.catalog.write() as s:
                s.get(Configuration, cfg.id).created_at = utcnow() - timedelta(days=2)
            save_notify_settings(ctx, _settings(port, ca, url))
            set_smtp_password(ctx, PASSWORD)
        finally:
            ctx.close()
        source.unlink()  # the database went away: the scheduled run fails
        result = run_cli(home, "run-due", "--json")
        assert result.code == 1, result
        run = result.json()["runs"][0]
        assert run["status"] == "failed" and "does not exist" in run["message"]
        _wait(lambda: inbox.messages and hooks)
        mails = [m for m in inbox.messages if "failed" in m["Subject"]]
        assert len(mails) == 1 and inbox.logins and set(inbox.logins) == {USER}  # logged in after STARTTLS
        mail = mails[0]
        assert "Shop database" in mail["Subject"] and mail["To"] == "admin@example.test"
        assert "does not exist" in mail.get_payload()
        failure = [h for h in hooks if h["json"]["kind"] == "failure"]
        assert len(failure) == 1 and failure[0]["path"] == "/ping/backup-desk"
        assert failure[0]["content_type"].startswith("application/json")
        assert failure[0]["json"]["configuration_name"] == "Shop database"
        assert "does not exist" in failure[0]["json"]["reason"]
    desktop, _count = read_inbox(home / "data")
    assert [(n["kind"], n["configuration_name"]) for n in desktop if n["kind"] == "failure"] == [
        ("failure", "Shop database")]
    assert PASSWORD not in (home / "data" / "catalog.sqlite3").read_bytes().decode("latin-1")


def test_overdue_is_notified_once_per_episode(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.services.notify.dispatch import after_runs

    source = make_source(tmp_path)
    cfg = configs.create_config(ctx, ConfigInput(name="Weekly", source_url=f"sqlite:///{source}",
                                                 frequency="weekly", is_active=True))
    with ctx.catalog.write() as s:
        s.get(Configuration, cfg.id).created_at = utcnow() - timedelta(days=20)
    with webhook_server() as (url, hooks):
        save_notify_settings(ctx, NotifySettings(desktop=False, webhook_url=url))
        assert [d.channel for d in after_runs(ctx, [])] == ["webhook"]
        assert after_runs(ctx, []) == []  # same episode: told once
        assert [h["json"]["kind"] for h in hooks] == ["overdue"]
        assert "No successful weekly backup" in hooks[0]["json"]["reason"]


def test_send_test_over_implicit_tls_and_failures_are_plain(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with smtp_server(tmp_path, implicit_tls=True) as (port, ca, inbox):
        settings = _settings(port, ca, "", security="tls")
        set_smtp_password(ctx, PASSWORD)
        delivered = send_test(ctx, "email", settings)
        assert delivered.ok, delivered
        _wait(lambda: inbox.messages)
        assert "test" in inbox.messages[0]["Subject"]
        set_smtp_password(ctx, "wrong")
        refused = send_test(ctx, "email", settings)
        assert not refused.ok and "refused the login" in refused.detail
        untrusted = send_test(ctx, "email", dataclasses.replace(
            settings, email=dataclasses.replace(settings.email, ca_file="")))
        assert not untrusted.ok and "certificate" in untrusted.detail.lower()
    down = send_test(ctx, "webhook", NotifySettings(webhook_url="http://127.0.0.1:9/nothing"))
    assert not down.ok and "Cannot reach the webhook" in down.detail


def test_notify_cli_sets_settings_keeps_the_password_in_the_keyring_and_tests(home: Path,
                                                                               tmp_path: Path) -> None:
    from tests.support.cli import ok

    secret = tmp_path / "smtp-pass"
    secret.write_text(PASSWORD + "\n")
    with smtp_server(tmp_path) as (port, ca, inbox), webhook_server() as (url, hooks):
        shown = ok(run_cli(home, "notify", "set", "--email", "--smtp-host", "localhost",
                           "--smtp-port", str(port),
                           "--smtp-user", USER, "--smtp-to", "ops@example.test", "--smtp-ca-file", str(ca),
                           "--smtp-password-file", str(secret), "--webhook", url, "--on-success",
                           "--json")).json()
        assert shown["email"]["enabled"] and shown["on_success"] and shown["webhook_url"] == url
        assert "password" not in str(shown).lower()
        ok(run_cli(home, "notify", "test", "email"))
        ok(run_cli(home, "notify", "test", "webhook"))
        _wait(lambda: inbox.messages and hooks)
        assert inbox.messages[0]["To"] == "ops@example.test" and hooks[0]["json"]["kind"] == "test"
    assert PASSWORD not in (home / "data" / "catalog.sqlite3").read_bytes().decode("latin-1")
    refused = run_cli(home, "notify", "set", "--webhook", "ftp://nope")
    assert refused.code == 2 and "http://" in refused.stderr
