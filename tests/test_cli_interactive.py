"""Prompts on a real pseudo-terminal: the new passphrase asked twice with the lost-passphrase warning,
confirmations, the passphrase prompt when the keyring has none, and the single updating progress line."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli import ok, run_cli, run_in_pty
from tests.support.cli_sources import make_sqlite_source

PASSPHRASE = "typed on the terminal"


def test_new_passphrase_is_asked_twice_with_warning(home: Path, tmp_path: Path, _test_keyring: Path) -> None:
    db = make_sqlite_source(tmp_path / "app.db", customers=5)
    code, screen = run_in_pty(
        home, "config", "add", "--name", "Enc", "--type", "full", "--source-url", f"sqlite:///{db}",
        "--encrypt",
        dialogue=[("New passphrase:", "short"), ("New passphrase:", PASSPHRASE),
                  ("Repeat the passphrase:", "something else"),
                  ("New passphrase:", PASSPHRASE), ("Repeat the passphrase:", PASSPHRASE)])
    assert code == 0, screen
    assert "cannot be recovered" in screen and "Created configuration" in screen
    assert "at least 8" in screen and "differ" in screen
    assert PASSPHRASE not in screen  # not echoed
    assert PASSPHRASE in _test_keyring.read_text()
    cfg = ok(run_cli(home, "config", "show", "Enc", "--json")).json()
    assert cfg["encryption_enabled"] is True and cfg["has_passphrase"] is True


def test_delete_asks_for_confirmation(home: Path, tmp_path: Path) -> None:
    db = make_sqlite_source(tmp_path / "app.db", customers=5)
    ok(run_cli(home, "config", "add", "--name", "Doomed", "--type", "metadata", "--source-url", f"sqlite:///{db}"))
    code, screen = run_in_pty(home, "config", "delete", "Doomed", dialogue=[("[y/N]", "n")])
    assert code == 1 and "Nothing was deleted" in screen
    assert ok(run_cli(home, "config", "list", "--json")).json()["total"] == 1
    code, screen = run_in_pty(home, "config", "delete", "Doomed", dialogue=[("[y/N]", "y")])
    assert code == 0 and "Deleted configuration" in screen, screen
    assert ok(run_cli(home, "config", "list", "--json")).json()["total"] == 0


def test_backup_prompts_for_missing_passphrase_and_draws_one_line(home: Path, tmp_path: Path,
                                                                  _test_keyring: Path) -> None:
    db = make_sqlite_source(tmp_path / "app.db", customers=50)
    ok(run_cli(home, "config", "add", "--name", "Enc", "--type", "full", "--source-url", f"sqlite:///{db}",
               "--encrypt", passphrase=PASSPHRASE))
    _test_keyring.unlink()  # not in the keyring any more: a person at a terminal is asked
    code, screen = run_in_pty(home, "backup", "Enc", dialogue=[("Passphrase for", PASSPHRASE)])
    assert code == 0, screen
    assert "completed" in screen and PASSPHRASE not in screen
    assert "\r" in screen.split("Passphrase for", 1)[1]  # progress redrawn in place on a terminal
    rows = ok(run_cli(home, "list", "--json")).json()["items"]
    assert [r["status"] for r in rows] == ["completed"]


def test_restore_in_place_asks_on_a_terminal(home: Path, tmp_path: Path) -> None:
    db = make_sqlite_source(tmp_path / "app.db", customers=5)
    ok(run_cli(home, "config", "add", "--name", "Src", "--type", "full", "--source-url", f"sqlite:///{db}"))
    row = ok(run_cli(home, "backup", "Src", "--json", "-q")).json()
    before = db.read_bytes()
    code, screen = run_in_pty(home, "restore", str(row["id"]), dialogue=[("[y/N]", "n")])
    assert code == 1 and "Nothing was restored" in screen and "safety backup" in screen, screen
    assert db.read_bytes() == before
    assert ok(run_cli(home, "list", "--json")).json()["total"] == 1  # no safety backup either
    code, screen = run_in_pty(home, "restore", str(row["id"]), dialogue=[("[y/N]", "y")])
    assert code == 0 and "Restored 4 tables" in screen, screen
    assert ok(run_cli(home, "list", "--json")).json()["total"] == 2  # the safety backup
