"""Configuration use-cases on a real catalog and keyring file."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from backup_desk.catalog.models import AuditEvent, Backup, Configuration, utcnow
from backup_desk.errors import NotFoundError, UserInputError
from backup_desk.services import configs
from backup_desk.services.models import ConfigInput


@pytest.fixture
def source_db(tmp_path: Path) -> Path:
    path = tmp_path / "source.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
    con.executemany("INSERT INTO items (name) VALUES (?)", [("a",), ("b",)])
    con.commit()
    con.close()
    return path


def _errors(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {e.field: e.message for e in result.errors}


def test_validation_field_errors(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = ConfigInput(name="  ", retention_days=366, include_files=True, folders=(str(tmp_path / "missing"),),
                      encryption_enabled=True, source_url="not a url")
    errors = _errors(configs.validate(ctx, bad))
    assert set(errors) == {"name", "retention_days", "folders", "passphrase", "source_url"}
    assert "required" in errors["name"] and "365" in errors["retention_days"]
    assert configs.validate(ctx, ConfigInput(name="x", retention_days=0, source_url="sqlite:///x.db")).errors
    ok = ConfigInput(name="ok", retention_days=365, include_files=True, folders=(str(tmp_path),))
    assert configs.validate(ctx, ok).ok
    assert "source_url" in _errors(configs.validate(ctx, ConfigInput(name="nothing")))
    metadata_without_db = ConfigInput(name="m", backup_type="metadata", include_files=True,
                                      folders=(str(tmp_path),))
    assert "source_url" in _errors(configs.validate(ctx, metadata_without_db))


def test_destination_must_be_writable(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    data = ConfigInput(name="d", source_url="sqlite:///x.db", destination=str(a_file / "sub"))
    assert "destination" in _errors(configs.validate(ctx, data))
    assert configs.validate(ctx, ConfigInput(name="d", source_url="sqlite:///x.db",
                                             destination=str(tmp_path / "new" / "deeper"))).ok
    if os.geteuid() != 0:  # root writes anywhere
        ro = tmp_path / "ro"
        ro.mkdir(mode=0o500)
        assert "destination" in _errors(configs.validate(ctx, ConfigInput(name="d", source_url="sqlite:///x.db",
                                                                          destination=str(ro))))


def test_create_stores_password_in_keyring_not_catalog(ctx, _test_keyring: Path) -> None:  # type: ignore[no-untyped-def]
    view = configs.create_config(ctx, ConfigInput(
        name="Prod", source_url="postgresql+psycopg://app:S3cr3t-pw@db.example:5432/app", frequency="daily"))
    assert view.source_url == "postgresql+psycopg://app:***@db.example:5432/app"
    assert ctx.secrets.get_source_password(view.id) == "S3cr3t-pw"
    with ctx.catalog.read() as s:
        cfg = s.get(Configuration, view.id)
        assert cfg.source_url == "postgresql+psycopg://app@db.example:5432/app"
        events = s.scalars(select(AuditEvent)).all()
        assert [e.action for e in events] == ["config.create"]
        assert "S3cr3t-pw" not in json.dumps(events[0].after)
    assert b"S3cr3t-pw" not in ctx.paths.catalog_path.read_bytes()
    assert "S3cr3t-pw" in _test_keyring.read_text()
    log_dir = ctx.paths.log_dir
    for log in log_dir.glob("*.log"):
        assert "S3cr3t-pw" not in log.read_text()


def test_name_unique_case_insensitive_and_get_by_name(ctx, source_db: Path) -> None:  # type: ignore[no-untyped-def]
    view = configs.create_config(ctx, ConfigInput(name="Daily", source_url=f"sqlite:///{source_db}"))
    with pytest.raises(UserInputError) as err:
        configs.create_config(ctx, ConfigInput(name="daily", source_url=f"sqlite:///{source_db}"))
    assert "name" in err.value.message
    assert configs.get_config(ctx, "Daily").id == view.id
    assert configs.get_config(ctx, str(view.id)).name == "Daily"
    with pytest.raises(NotFoundError):
        configs.get_config(ctx, "nope")
    # Updating a configuration keeps its own name without a clash.
    configs.update_config(ctx, view.id, ConfigInput(name="Daily", source_url=f"sqlite:///{source_db}",
                                                    retention_days=7))
    assert configs.get_config(ctx, view.id).retention_days == 7


def test_update_keeps_masked_password_and_audits_before_after(ctx) -> None:  # type: ignore[no-untyped-def]
    view = configs.create_config(ctx, ConfigInput(name="P", source_url="mysql+pymysql://u:pw1@h/db"))
    updated = configs.update_config(ctx, view.id, ConfigInput(name="P2", source_url=view.source_url))
    assert ctx.secrets.get_source_password(view.id) == "pw1" and updated.name == "P2"
    configs.update_config(ctx, view.id, ConfigInput(name="P2", source_url="mysql+pymysql://u:pw2@h/db"))
    assert ctx.secrets.get_source_password(view.id) == "pw2"
    configs.update_config(ctx, view.id, ConfigInput(name="P2", include_files=True,
                                                    folders=(str(ctx.paths.data_dir),)))
    assert ctx.secrets.get_source_password(view.id) is None  # no source any more: no password kept
    with ctx.catalog.read() as s:
        upd = s.scalars(select(AuditEvent).where(AuditEvent.action == "config.update")
                        .order_by(AuditEvent.id)).first()
        assert upd.before["name"] == "P" and upd.after["name"] == "P2"


def test_encryption_passphrase_canary(ctx) -> None:  # type: ignore[no-untyped-def]
    from backup_desk.services.canary import check_canary

    view = configs.create_config(ctx, ConfigInput(name="E", source_url="sqlite:///x.db",
                                                  encryption_enabled=True,
                                                  passphrase="correct horse"))
    assert view.has_passphrase
    assert ctx.secrets.get_passphrase(view.id) == "correct horse"
    with ctx.catalog.read() as s:
        canary = s.get(Configuration, view.id).passphrase_canary
    assert check_canary(canary, "correct horse") and not check_canary(canary, "wrong")
    assert b"correct horse" not in ctx.paths.catalog_path.read_bytes()
    # Editing without a new passphrase keeps the stored one (validation accepts it).
    configs.update_config(ctx, view.id, ConfigInput(name="E", source_url="sqlite:///x.db",
                                                    encryption_enabled=True))
    assert ctx.secrets.get_passphrase(view.id) == "correct horse"
    # Turning encryption off forgets it.
    off = configs.update_config(ctx, view.id, ConfigInput(name="E", source_url="sqlite:///x.db"))
    assert not off.has_passphrase and ctx.secrets.get_passphrase(view.id) is None


def test_duplicate_toggle_delete(ctx) -> None:  # type: ignore[no-untyped-def]
    view = configs.create_config(ctx, ConfigInput(name="Base", source_url="postgresql+psycopg://u:pw@h/db",
                                                  encryption_enabled=True, passphrase="pp-123"))
    copy1 = configs.duplicate_config(ctx, view.id)
    copy2 = configs.duplicate_config(ctx, view.id)
    assert (copy1.name, copy2.name) == ("Base (copy)", "Base (copy 2)")
    assert not copy1.is_active and copy1.has_passphrase
    assert ctx.secrets.get_source_password(copy1.id) == "pw"
    assert ctx.secrets.get_passphrase(copy1.id) == "pp-123"
    assert configs.toggle_config(ctx, copy1.id).is_active
    assert not configs.toggle_config(ctx, copy1.id).is_active
    with ctx.catalog.write() as s:
        s.add(Backup(backup_name="b", backup_type="full", status="completed", configuration_id=view.id))
    configs.delete_config(ctx, view.id)
    assert ctx.secrets.get_source_password(view.id) is None and ctx.secrets.get_passphrase(view.id) is None
    assert [c.name for c in configs.list_configs(ctx)] == ["Base (copy)", "Base (copy 2)"]
    with ctx.catalog.read() as s:
        assert s.scalars(select(Backup)).one().configuration_id is None  # history kept
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions == ["config.create", "config.duplicate", "config.duplicate", "config.toggle",
                       "config.toggle",
                       "config.delete"]
    with pytest.raises(NotFoundError):
        configs.delete_config(ctx, view.id)


def test_view_last_success_next_run_overdue(ctx, source_db: Path) -> None:  # type: ignore[no-untyped-def]
    view = configs.create_config(ctx, ConfigInput(name="D", source_url=f"sqlite:///{source_db}",
                                                  frequency="daily"))
    manual = configs.create_config(ctx, ConfigInput(name="M", source_url=f"sqlite:///{source_db}"))
    now = utcnow()
    with ctx.catalog.write() as s:
        s.get(Configuration, view.id).created_at = now - timedelta(days=10)
        s.add(Backup(backup_name="ok", backup_type="full", status="completed", configuration_id=view.id,
                     created_at=now - timedelta(days=3), completed_at=now - timedelta(days=3)))
        s.add(Backup(backup_name="ko", backup_type="full", status="failed", configuration_id=view.id,
                     created_at=now - timedelta(days=1)))
    d = configs.get_config(ctx, view.id)
    assert d.last_status == "failed" and d.last_backup_at is not None
    assert d.last_success_at is not None
    assert abs((d.last_success_at - (now - timedelta(days=3))).total_seconds()) < 1
    # The first planned run after that success (02:00 local) has passed unrun: due now, and overdue.
    assert d.next_run_at is not None and d.next_run_at <= now and d.due and d.missed_runs >= 1
    assert d.overdue_since is not None and d.overdue_since < now - timedelta(days=1)
    assert d.overdue
    m = configs.get_config(ctx, manual.id)
    assert m.next_run_at is None and not m.overdue and m.last_status is None
    listed = {c.name: c for c in configs.list_configs(ctx)}
    assert listed["D"].overdue and listed["D"].last_status == "failed"


def test_source_check(source_db: Path, tmp_path: Path) -> None:
    assert configs.test_source(f"sqlite:///{source_db}") is None
    missing = tmp_path / "typo.db"
    assert str(configs.test_source(f"sqlite:///{missing}")) == f"The SQLite file {missing} does not exist."
    assert not missing.exists()  # the check never creates a database
    msg = configs.test_source("postgresql+psycopg://app:Very-Secret@127.0.0.1:9/app", timeout_s=2)
    assert msg and "Very-Secret" not in str(msg) and "Very-Secret" not in repr(msg.args)


def test_validate_with_check_source(ctx, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = ConfigInput(name="x", source_url=f"sqlite:///{tmp_path / 'nope.db'}")
    assert configs.validate(ctx, data).ok
    assert "source_url" in _errors(configs.validate(ctx, data, check_source=True))
