"""`backup-desk run-due` runs what the schedule says is due, once, and fails closed without a passphrase."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import ok, run_cli


def _folder(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text("hello\n")
    return src


def age_configurations(home: Path, days: int) -> None:
    """As if the configurations had been created `days` ago (their first planned runs have passed)."""
    import sqlite3

    db = sqlite3.connect(home / "data" / "catalog.sqlite3")
    with db:
        db.execute("UPDATE configurations SET created_at = datetime(created_at, ?)", (f"-{days} days",))
    db.close()


def test_due_configurations_run_once(home: Path, tmp_path: Path) -> None:
    src = _folder(tmp_path)
    ok(run_cli(home, "config", "add", "--name", "Daily", "--type", "full", "--folder", str(src),
               "--frequency", "daily", "--time", "03:15"))
    ok(run_cli(home, "config", "add", "--name", "Manual", "--type", "full", "--folder", str(src)))
    assert ok(run_cli(home, "run-due", "--json")).json()["runs"] == []  # first planned run: tonight
    age_configurations(home, 3)
    first = ok(run_cli(home, "run-due", "--json")).json()["runs"]
    assert [(r["configuration_name"], r["status"]) for r in first] == [("Daily", "completed")]
    # Just ran: nothing is due any more, and the manual configuration never is.
    assert ok(run_cli(home, "run-due", "--json")).json()["runs"] == []
    assert "No scheduled backup is due." in ok(run_cli(home, "run-due")).stdout
    history = ok(run_cli(home, "list", "--json")).json()
    assert history["total"] == 1 and history["items"][0]["status"] == "completed"


def test_encrypted_schedule_without_passphrase_fails_visibly(home: Path, tmp_path: Path) -> None:
    src = _folder(tmp_path)
    secret = tmp_path / "pass.txt"
    secret.write_text("correct horse battery staple\n")
    ok(run_cli(home, "config", "add", "--name", "Secret", "--type", "full", "--folder", str(src),
               "--frequency", "daily", "--encrypt", "--passphrase-file", str(secret)))
    # The passphrase went to the test keyring; take it away, as on a machine without a keyring entry.
    import keyring

    from backup_desk.services.secrets import SERVICE

    age_configurations(home, 2)
    removed = [key for key in _keys() if "passphrase" in key]
    assert removed
    for key in removed:
        keyring.delete_password(SERVICE, key)
    result = run_cli(home, "run-due", "--json")
    assert result.code == 1, result
    runs = result.json()["runs"]
    assert runs[0]["status"] == "failed" and "passphrase" in runs[0]["message"].lower()
    assert not list((home / "data" / "backups").glob("*.zip"))  # never an unencrypted archive


def _keys() -> list[str]:
    import json
    import os

    data = json.loads(Path(os.environ["BACKUP_DESK_TEST_KEYRING"]).read_text())
    return [k.split("\x00", 1)[1] for k in data]
