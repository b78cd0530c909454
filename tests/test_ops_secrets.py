"""No secret ever reaches a log, the catalog, an audit row, an error message or a JSON output.

A full session of real `backup-desk` commands uses a PostgreSQL and a MariaDB URL carrying passwords
(servers that do not answer: every failure path prints and logs the URL) and an encrypted configuration
(backup, verify, restore, wrong passphrase); then every byte written anywhere is searched.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.support.cli import CliResult, run_cli

pytestmark = pytest.mark.slow
PG_PASSWORD = "Pg-Pa55word-Zebra-913"
MY_PASSWORD = "My%40Secret-Kiwi-207"  # percent-encoded "@" in the URL; the decoded form must not leak either
MY_DECODED = "My@Secret-Kiwi-207"
PASSPHRASE = "correct horse battery staple 4417"
SECRETS = (PG_PASSWORD, MY_PASSWORD, MY_DECODED, PASSPHRASE)


def test_no_secret_anywhere(home: Path, tmp_path: Path) -> None:
    outputs: list[CliResult] = []

    def cli(*args: str, passphrase: str | None = None, expect: int | None = 0) -> CliResult:
        result = run_cli(home, *args, passphrase=passphrase)
        outputs.append(result)
        if expect is not None:
            assert result.code == expect, str(result)
        return result

    cli("create-default-configs", "--json")
    pg = f"postgresql+psycopg://app:{PG_PASSWORD}@127.0.0.1:9/shop"
    my = f"mysql+pymysql://root:{MY_PASSWORD}@127.0.0.1:9/shop"
    cli("config", "add", "--name", "Pg shop", "--type", "full", "--source-url", pg, "--json")
    cli("config", "add", "--name", "My shop", "--type", "data", "--source-url", my, "--json")
    demo_db = home / "data" / "demo" / "demo-shop.sqlite3"
    cli("config", "add", "--name", "Secret demo", "--type", "full", "--source-url", f"sqlite:///{demo_db}",
        "--encrypt", "--json", passphrase=PASSPHRASE)
    cli("config", "edit", "Pg shop", "--retention-days", "12", "--json")
    cli("config", "show", "Pg shop", "--json")
    cli("config", "list", "--json")
    failed = cli("backup", "Pg shop", "--json", "-q", expect=None)
    assert failed.code != 0 or '"failed"' in failed.stdout
    cli("backup", "My shop", "--json", "-q", expect=None)
    ok_run = cli("backup", "Secret demo", "--json", "-q", passphrase=PASSPHRASE).json()
    assert ok_run["status"] == "completed" and ok_run["encrypted"] is True
    backup_id = str(ok_run["id"])
    cli("verify", backup_id, "--json", "-q", passphrase="not the passphrase", expect=None)
    cli("verify", backup_id, "--json", "-q", passphrase=PASSPHRASE, expect=None)
    cli("restore", backup_id, "--to-url", f"sqlite:///{tmp_path / 'r.sqlite3'}", "--json", "-q",
        passphrase=PASSPHRASE, expect=None)
    cli("list", "--json")
    cli("show", backup_id, "--json", expect=None)
    cli("stats", "--json", expect=None)
    cli("check-backup-system", "--json", "--deep", expect=None)
    cli("check-backup-system", "--deep", expect=None)
    cli("cleanup-stuck-operations", "--json")
    cli("cleanup-temp-files", "--json")
    cli("rebuild-backup-paths", "--json", expect=None)
    cli("audit", "--json")
    cli("audit")
    cli("config", "delete", "My shop", "--yes", expect=None)
    cli("delete", backup_id, "--yes", expect=None)

    # The secrets really went somewhere: the test keyring file (outside the home) holds them.
    keyring_file = Path(os.environ["BACKUP_DESK_TEST_KEYRING"]).read_text()
    assert PG_PASSWORD in keyring_file and PASSPHRASE in keyring_file

    leaks = []
    for result in outputs:
        for secret in SECRETS:
            if secret in result.stdout or secret in result.stderr:
                leaks.append(f"{' '.join(result.args)}: {secret!r}")
    files = [p for p in home.rglob("*") if p.is_file() and "keyring" not in p.name]
    for path in files:
        data = path.read_bytes()
        for secret in SECRETS:
            if secret.encode() in data:
                leaks.append(f"{path}: {secret!r}")
    assert not leaks, "\n".join(leaks)

    logs = home / "logs"
    assert (logs / "backup_operations.log").stat().st_size > 0
    security = (logs / "security.log").read_text()
    assert "config.create" in security and "config.update" in security
    with sqlite3.connect(home / "data" / "catalog.sqlite3") as conn:
        actions = {a for (a,) in conn.execute("SELECT action FROM audit_events")}
        audit_text = " ".join(str(v) for row in conn.execute("SELECT * FROM audit_events") for v in row)
    assert {"config.create", "config.update"} <= actions
    assert not any(s in audit_text for s in SECRETS)
