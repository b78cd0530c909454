"""Logging: two rotating files in the home's log folder, --debug level, secrets masked everywhere."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from backup_desk.ops import logs
from backup_desk.ops.redaction import forget_secrets, redact, redact_value, register_secret
from backup_desk.paths import resolve_paths


@pytest.fixture(autouse=True)
def _clean_logging():
    yield
    logs.shutdown_logging()
    logs.set_debug(False)
    forget_secrets()


@pytest.mark.parametrize(("text", "expected"), [
    ("postgresql+psycopg://app:S3cr3t@db:5432/shop", "postgresql+psycopg://app:***@db:5432/shop"),
    ("mysql+pymysql://root:p@ss:w0rd@127.0.0.1/x", "mysql+pymysql://root:***@127.0.0.1/x"),
    ("two: pg://a:b1@h/d and my://c:d2@h/e", "two: pg://a:***@h/d and my://c:***@h/e"),
    ("dsn host=db password=hunter22 user=x", "dsn host=db password=*** user=x"),
    ('{"passphrase": "correct horse", "name": "n"}', '{"passphrase": "***", "name": "n"}'),
    ("sqlite:////tmp/a.db", "sqlite:////tmp/a.db"),
    ("mail me at bob@example.com, see https://example.com:8443/x", "mail me at bob@example.com, see "
     "https://example.com:8443/x"),
    ("Wrong passphrase: check it and try again.", "Wrong passphrase: check it and try again."),
])
def test_redact_patterns(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_known_secrets_are_masked_anywhere() -> None:
    register_secret("Tr0ub4dor&3")
    assert redact("the server said Tr0ub4dor&3 is wrong") == "the server said *** is wrong"
    register_secret("ab")  # too short to mask safely: ignored
    assert redact("abc") == "abc"


def test_redact_value_drops_secret_keys() -> None:
    value = {"name": "x", "source_url": "postgresql://u:pw1@h/d", "passphrase": "p", "canary": b"\x00",
             "nested": [{"password": "z", "folder": "/a"}]}
    assert redact_value(value) == {"name": "x", "source_url": "postgresql://u:***@h/d",
                                   "nested": [{"folder": "/a"}]}


def test_setup_writes_both_files_and_masks(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "home")
    logs.setup_logging(paths)
    register_secret("passphrase-XYZ-123")
    logs.operations_logger().info("connecting to %s", "postgresql://app:VerySecret9@db/shop")
    logs.security_logger().warning("wrong passphrase passphrase-XYZ-123 for config %d", 3)
    logs.operations_logger().debug("not at INFO level")
    try:
        raise ValueError("failed for mysql://root:AlsoSecret7@h/db")
    except ValueError:
        logging.getLogger("backup_desk.engine").exception("boom")
    ops = (paths.log_dir / logs.OPERATIONS_LOG).read_text()
    sec = (paths.log_dir / logs.SECURITY_LOG).read_text()
    assert "postgresql://app:***@db/shop" in ops and "VerySecret9" not in ops
    assert "AlsoSecret7" not in ops and "mysql://root:***@h/db" in ops  # traceback masked too
    assert "not at INFO level" not in ops
    assert "wrong passphrase *** for config 3" in sec and "passphrase-XYZ-123" not in sec
    assert "wrong passphrase" not in ops  # security events stay in security.log


def test_debug_level_and_home_switch(tmp_path: Path) -> None:
    first, second = resolve_paths(tmp_path / "a"), resolve_paths(tmp_path / "b")
    logs.setup_logging(first, debug=True)
    logs.operations_logger().debug("debug line")
    logs.ensure_logging(second)  # another home: handlers move, debug level is kept
    logs.operations_logger().debug("second home")
    assert "debug line" in (first.log_dir / logs.OPERATIONS_LOG).read_text()
    assert "second home" in (second.log_dir / logs.OPERATIONS_LOG).read_text()
    assert "second home" not in (first.log_dir / logs.OPERATIONS_LOG).read_text()


def test_rotation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    paths = resolve_paths(tmp_path / "h")
    logs.setup_logging(paths)
    for i in range(200):
        logs.operations_logger().info("line %d %s", i, "x" * 50)
    rotated = sorted(p.name for p in paths.log_dir.glob(logs.OPERATIONS_LOG + "*"))
    assert logs.OPERATIONS_LOG + ".1" in rotated
    assert len(rotated) == logs.BACKUP_COUNT + 1
    assert all(p.stat().st_size <= 2200 for p in paths.log_dir.glob("*.log*"))


def test_foreign_handlers_see_masked_records(caplog: pytest.LogCaptureFixture) -> None:
    register_secret("ForeignSecret-77")
    with caplog.at_level(logging.INFO, logger="backup_desk"):
        logs.operations_logger().info("url %s", "postgresql://u:InUrl-66@h/d")
        try:
            raise RuntimeError("ForeignSecret-77 inside")
        except RuntimeError:
            logging.getLogger("backup_desk.x").exception("failed")
    text = caplog.text
    assert "InUrl-66" not in text and "ForeignSecret-77" not in text
    assert "postgresql://u:***@h/d" in text and "RuntimeError: *** inside" in text


def test_cli_debug_raises_the_level(tmp_path: Path) -> None:
    from tests.support.cli import ok, run_cli

    home = tmp_path / "cli-home"
    ok(run_cli(home, "check-backup-system"))
    log = home / "logs" / logs.OPERATIONS_LOG
    assert " INFO " in log.read_text() and " DEBUG " not in log.read_text()
    result = ok(run_cli(home, "check-backup-system", "--debug"))
    assert " DEBUG " in log.read_text() and "check catalog: ok" in log.read_text()
    assert "check catalog: ok" in result.stderr  # --debug also copies log lines to stderr
