"""The audit trail: rows with actor, cleaned before/after, a security.log line; `audit` command."""

from __future__ import annotations

import getpass
from pathlib import Path

from backup_desk.ops import audit, logs
from backup_desk.ops.redaction import forget_secrets, register_secret
from tests.support.cli import ok, run_cli


def test_record_cleans_and_logs(ctx) -> None:  # type: ignore[no-untyped-def]
    logs.setup_logging(ctx.paths)
    register_secret("my-archive-passphrase")
    try:
        with ctx.catalog.write() as session:
            audit.record(session, action=audit.CONFIG_UPDATE, target_type="configuration", target_id=7,
                         summary="changed source to postgresql://app:PgSecret1@db/shop",
                         before={"source_url": "postgresql://app:PgSecret1@db/shop", "retention_days": 7},
                         after={"passphrase": "my-archive-passphrase", "retention_days": 30,
                                "note": "uses my-archive-passphrase", "passphrase_canary": b"\x01"})
        with ctx.catalog.read() as session:
            [event] = audit.list_events(session)
    finally:
        forget_secrets()
        logs.shutdown_logging()
    assert event.actor == getpass.getuser()
    assert event.target_id == "7" and event.action == "config.update"
    assert event.summary == "changed source to postgresql://app:***@db/shop"
    assert event.before == {"source_url": "postgresql://app:***@db/shop", "retention_days": 7}
    assert event.after == {"retention_days": 30, "note": "uses ***"}
    sec = (ctx.paths.log_dir / logs.SECURITY_LOG).read_text()
    assert "audit config.update configuration 7" in sec and "PgSecret1" not in sec


def test_audit_command(home: Path) -> None:
    ok(run_cli(home, "create-default-configs"))
    data = ok(run_cli(home, "audit", "--json", "--limit", "3")).json()
    assert len(data) == 3
    assert all(e["action"] == "config.create" and e["actor"] for e in data)
    assert data[0]["id"] > data[-1]["id"]  # newest first
    text = ok(run_cli(home, "audit")).stdout
    assert "config.create" in text and "WHO" in text
