"""`backup-desk config ...` end to end, through real subprocesses and a real catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.cli import failed, ok, run_cli
from tests.support.cli_sources import make_folder_tree, make_sqlite_source

SECRET = "s3cr3t-Pa55word"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, Path]:
    db = make_sqlite_source(tmp_path / "app.db", customers=10)
    tree = make_folder_tree(tmp_path / "files", big_bytes=10_000)
    return db, tree


def add(home: Path, *args: str, passphrase: str | None = None) -> dict:
    return ok(run_cli(home, "config", "add", *args, "--json", passphrase=passphrase)).json()


def test_add_list_show_json_shape(home: Path, source: tuple[Path, Path], tmp_path: Path) -> None:
    db, tree = source
    created = add(home, "--name", "Nightly", "--type", "full", "--source-url", f"sqlite:///{db}",
                  "--folder", str(tree), "--frequency", "daily", "--retention-days", "14",
                  "--dest", str(tmp_path / "out"))
    assert created["name"] == "Nightly" and created["backup_type"] == "full"
    assert created["frequency"] == "daily" and created["retention_days"] == 14
    assert created["include_files"] is True and created["folders"] == [str(tree)]
    assert created["destination"] == str(tmp_path / "out") and created["is_active"] is True
    assert created["encryption_enabled"] is False and created["compression_enabled"] is True
    assert created["next_run_at"] is not None  # daily and active

    listing = ok(run_cli(home, "config", "list", "--json")).json()
    assert listing["total"] == 1 and [c["id"] for c in listing["items"]] == [created["id"]]
    by_name = ok(run_cli(home, "config", "show", "Nightly", "--json")).json()
    by_id = ok(run_cli(home, "config", "show", str(created["id"]), "--json")).json()
    assert by_name == by_id and by_name["source_url"] == f"sqlite:///{db}"

    text = ok(run_cli(home, "config", "list")).stdout
    assert "Nightly" in text and "Daily" in text and "NAME" in text  # the word people read
    shown = ok(run_cli(home, "config", "show", "Nightly")).stdout
    assert "Retention:" in shown and "14 days" in shown and str(tree) in shown


def test_edit_duplicate_toggle_delete(home: Path, source: tuple[Path, Path]) -> None:
    db, _ = source
    created = add(home, "--name", "Weekly meta", "--type", "metadata", "--source-url", f"sqlite:///{db}")
    edited = ok(run_cli(home, "config", "edit", "Weekly meta", "--retention-days", "90",
                        "--frequency", "weekly", "--no-compression", "--json")).json()
    assert edited["retention_days"] == 90 and edited["frequency"] == "weekly"
    assert edited["compression_enabled"] is False
    assert edited["backup_type"] == "metadata" and edited["name"] == "Weekly meta"  # untouched fields kept
    assert edited["source_url"] == f"sqlite:///{db}"

    copy = ok(run_cli(home, "config", "duplicate", str(created["id"]), "--json")).json()
    assert copy["name"] == "Weekly meta (copy)" and copy["is_active"] is False and copy["id"] != created["id"]

    toggled = ok(run_cli(home, "config", "toggle", "Weekly meta (copy)", "--json")).json()
    assert toggled["is_active"] is True
    assert "now inactive" in ok(run_cli(home, "config", "toggle", "Weekly meta (copy)")).stdout

    # No terminal and no --yes: refused, nothing deleted.
    refused = failed(run_cli(home, "config", "delete", "Weekly meta"), 2, "--yes")
    assert "confirm" in refused.stderr.lower()
    assert len(ok(run_cli(home, "config", "list", "--json")).json()["items"]) == 2
    ok(run_cli(home, "config", "delete", "Weekly meta", "--yes"))
    names = [c["name"] for c in ok(run_cli(home, "config", "list", "--json")).json()["items"]]
    assert names == ["Weekly meta (copy)"]


def test_unknown_config_is_exit_2_with_hint(home: Path) -> None:
    for args in (("config", "show", "nope"), ("config", "edit", "nope", "--retention-days", "3"),
                 ("config", "toggle", "42"), ("config", "delete", "nope", "--yes"), ("backup", "nope")):
        failed(run_cli(home, *args), 2, "nope" if "nope" in args else "42", "config list")


@pytest.mark.parametrize("days", ["0", "366", "-5"])
def test_bad_retention_is_refused(home: Path, source: tuple[Path, Path], days: str) -> None:
    db, _ = source
    result = failed(run_cli(home, "config", "add", "--name", "X", "--type", "full",
                            "--source-url", f"sqlite:///{db}", "--retention-days", days), 2, "retention")
    assert "365" in result.stderr
    assert ok(run_cli(home, "config", "list", "--json")).json()["total"] == 0


def test_not_a_number_retention_is_usage_error(home: Path) -> None:
    result = run_cli(home, "config", "add", "--name", "X", "--type", "full", "--retention-days", "ten")
    assert result.code == 2 and result.stdout == "" and "--retention-days" in result.stderr


def test_duplicate_name_refused(home: Path, source: tuple[Path, Path]) -> None:
    db, _ = source
    add(home, "--name", "Same", "--type", "full", "--source-url", f"sqlite:///{db}")
    failed(run_cli(home, "config", "add", "--name", "Same", "--type", "data", "--source-url", f"sqlite:///{db}"),
           2, "name")


def test_encrypt_needs_a_passphrase_without_terminal(home: Path, source: tuple[Path, Path]) -> None:
    db, _ = source
    failed(run_cli(home, "config", "add", "--name", "Enc", "--type", "full", "--source-url", f"sqlite:///{db}",
                   "--encrypt"), 2, "passphrase", "BACKUP_DESK_PASSPHRASE")
    assert ok(run_cli(home, "config", "list", "--json")).json()["total"] == 0


def test_encrypt_with_passphrase_file_stores_it_in_keyring(home: Path, source: tuple[Path, Path],
                                                           tmp_path: Path, _test_keyring: Path) -> None:
    db, _ = source
    pf = tmp_path / "pass.txt"
    pf.write_text(PASSPHRASE + "\n")
    created = add(home, "--name", "Enc", "--type", "full", "--source-url", f"sqlite:///{db}", "--encrypt",
                  "--passphrase-file", str(pf))
    assert created["encryption_enabled"] is True and created["has_passphrase"] is True
    assert PASSPHRASE in _test_keyring.read_text()  # the keyring holds it ...
    catalog = home / "data" / "catalog.sqlite3"
    assert PASSPHRASE.encode() not in catalog.read_bytes()  # ... the catalog never does
    missing = failed(run_cli(home, "config", "add", "--name", "Enc2", "--type", "full", "--encrypt",
                             "--source-url", f"sqlite:///{db}", "--passphrase-file", str(tmp_path / "none")),
                     2, "passphrase file")
    assert PASSPHRASE not in missing.stderr


def test_source_password_is_never_printed(home: Path, _test_keyring: Path) -> None:
    url = f"postgresql+psycopg://app:{SECRET}@127.0.0.1:1/appdb"
    created = ok(run_cli(home, "config", "add", "--name", "PG", "--type", "full", "--source-url", url,
                         "--json"))
    assert SECRET not in created.stdout + created.stderr
    # Masked or left out: either way the password is not there, and the rest of the URL is.
    assert created.json()["source_url"] in ("postgresql+psycopg://app:***@127.0.0.1:1/appdb",
                                            "postgresql+psycopg://app@127.0.0.1:1/appdb")
    for args in (("config", "show", "PG"), ("config", "show", "PG", "--json"), ("config", "list", "--json")):
        result = ok(run_cli(home, *args))
        assert SECRET not in result.stdout + result.stderr
    assert SECRET in _test_keyring.read_text()
    # Editing something else keeps the stored password (the masked URL is not taken literally).
    ok(run_cli(home, "config", "edit", "PG", "--retention-days", "7"))
    assert SECRET in _test_keyring.read_text()
    for log in (home / "logs").glob("*.log"):
        assert SECRET not in log.read_text(encoding="utf-8")
    assert SECRET.encode() not in (home / "data" / "catalog.sqlite3").read_bytes()


def test_help_documents_exit_codes() -> None:
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "backup_desk", "--help"], capture_output=True, text=True,
                         check=True).stdout
    for code in ("0 ", "1 ", "2 ", "130"):
        assert code in out
    assert "exit status" in out
