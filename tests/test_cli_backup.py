"""`backup`, `quick-backup`, `list`, `show`, `delete`, `stats` end to end (real subprocesses and archives)."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.support.cli import failed, ok, run_cli
from tests.support.cli_sources import make_folder_tree, make_sqlite_source

PASSPHRASE = "correct horse battery staple"
ENVELOPE_MAGIC = bytes.fromhex("89 42 44 4B 0D 0A 1A 0A")


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, Path]:
    return (make_sqlite_source(tmp_path / "app.db", customers=20),
            make_folder_tree(tmp_path / "files", big_bytes=50_000))


def make_config(home: Path, name: str, db: Path, *extra: str, passphrase: str | None = None) -> dict:
    return ok(run_cli(home, "config", "add", "--name", name, "--type", "full", "--source-url", f"sqlite:///{db}",
                      *extra, "--json", passphrase=passphrase)).json()


def test_backup_by_name_and_id_json_and_text(home: Path, source: tuple[Path, Path]) -> None:
    db, tree = source
    cfg = make_config(home, "Main", db, "--folder", str(tree))
    row = ok(run_cli(home, "backup", "Main", "--json")).json()
    assert row["status"] == "completed" and row["configuration_id"] == cfg["id"]
    assert row["tables_count"] == 4 and row["records_count"] > 100 and row["files_count"] >= 15
    archive = Path(row["file_path"])
    assert archive.is_file() and archive.stat().st_size == row["file_size"]
    assert archive.suffix == ".zip" and archive.read_bytes()[:4] == b"PK\x03\x04"
    assert row["encrypted"] is False and len(row["archive_sha256"]) == 64

    text = ok(run_cli(home, "backup", str(cfg["id"])))
    assert "completed" in text.stdout and "Archive:" in text.stdout
    assert "Database" in text.stderr or "Files" in text.stderr  # progress lines went to stderr
    assert not list(archive.parent.glob("*.bdtmp"))


def test_encrypted_backup_uses_keyring_then_env(home: Path, source: tuple[Path, Path],
                                                _test_keyring: Path) -> None:
    db, _ = source
    make_config(home, "Enc", db, "--encrypt", passphrase=PASSPHRASE)
    row = ok(run_cli(home, "backup", "Enc", "--json")).json()  # passphrase from the keyring
    assert row["encrypted"] is True and row["file_path"].endswith(".bdarc")
    assert Path(row["file_path"]).read_bytes()[:8] == ENVELOPE_MAGIC

    _test_keyring.unlink()  # the keyring lost it: no terminal, no env -> a clear refusal, no row running
    missing = run_cli(home, "backup", "Enc")
    assert missing.code != 0 and missing.stdout == ""
    assert "passphrase" in missing.stderr.lower() and "BACKUP_DESK_PASSPHRASE" in missing.stderr
    assert "hint:" in missing.stderr

    wrong = run_cli(home, "backup", "Enc", passphrase="not the passphrase")
    assert wrong.code != 0 and "passphrase" in wrong.stderr.lower()
    assert "not the passphrase" not in wrong.stderr
    ok(run_cli(home, "backup", "Enc", passphrase=PASSPHRASE))
    statuses = {r["status"] for r in ok(run_cli(home, "list", "--json")).json()["items"]}
    assert "running" not in statuses and "pending" not in statuses


def test_quick_backup(home: Path, source: tuple[Path, Path]) -> None:
    db, tree = source
    row = ok(run_cli(home, "quick-backup", "--type", "metadata", "--name", "Manual one",
                     "--source-url", f"sqlite:///{db}", "--json")).json()
    assert row["status"] == "completed" and row["backup_type"] == "metadata"
    assert row["backup_name"].startswith("Manual one") and row["configuration_id"] is None
    assert row["records_count"] in (0, None) and row["tables_count"] == 4
    files_only = ok(run_cli(home, "quick-backup", "--type", "full", "--name", "Just files",
                            "--folder", str(tree), "--json")).json()
    assert files_only["status"] == "completed" and files_only["files_count"] >= 15


def test_failed_backup_is_exit_1_with_reason(home: Path, source: tuple[Path, Path], tmp_path: Path) -> None:
    db, tree = source
    make_config(home, "Gone", db, "--folder", str(tree))
    shutil.rmtree(tree)  # the folder disappeared since the configuration was made
    result = run_cli(home, "backup", "Gone")
    assert result.code == 1 and "error:" in result.stderr and "hint:" in result.stderr, str(result)
    assert "Traceback" not in result.stderr
    rows = ok(run_cli(home, "list", "--json")).json()["items"]
    assert all(r["status"] == "failed" and r["error_message"] for r in rows)
    assert not list((home / "data" / "backups").glob("*"))


def test_list_filters_paging_and_json_shape(home: Path, source: tuple[Path, Path]) -> None:
    db, _ = source
    make_config(home, "Alpha", db)
    ok(run_cli(home, "config", "add", "--name", "Beta", "--type", "metadata", "--source-url", f"sqlite:///{db}"))
    for _ in range(2):
        ok(run_cli(home, "backup", "Alpha", "-q"))
    ok(run_cli(home, "backup", "Beta", "-q"))

    page = ok(run_cli(home, "list", "--json")).json()
    assert set(page) == {"items", "total", "page", "page_size", "page_count"}
    assert page["total"] == 3 and page["page"] == 1 and page["page_count"] == 1
    ids = [r["id"] for r in page["items"]]
    assert ids == sorted(ids, reverse=True)  # newest first
    item = page["items"][0]
    for key in ("id", "backup_name", "backup_type", "status", "file_size", "file_path", "duration_seconds",
                "started_at", "completed_at", "tables_count", "records_count", "files_count", "error_message",
                "created_at", "configuration_name"):
        assert key in item

    assert ok(run_cli(home, "list", "--json", "--type", "metadata")).json()["total"] == 1
    assert ok(run_cli(home, "list", "--json", "--search", "alph")).json()["total"] == 2
    assert ok(run_cli(home, "list", "--json", "--status", "failed")).json()["total"] == 0
    today = date.today()
    assert ok(run_cli(home, "list", "--json", "--from", str(today - timedelta(days=1)),
                      "--to", str(today + timedelta(days=1)))).json()["total"] == 3
    assert ok(run_cli(home, "list", "--json", "--to", str(today - timedelta(days=2)))).json()["total"] == 0
    paged = ok(run_cli(home, "list", "--json", "--page-size", "2", "--page", "2")).json()
    assert paged["page"] == 2 and paged["page_count"] == 2 and len(paged["items"]) == 1

    text = ok(run_cli(home, "list")).stdout
    assert "Alpha" in text and "Beta" in text and "Page 1 of 1" in text
    failed(run_cli(home, "list", "--from", "31/12/2026"), 2, "YYYY-MM-DD")
    failed(run_cli(home, "list", "--page-size", "0"), 2, "page-size")


def test_show_delete_and_stats(home: Path, source: tuple[Path, Path]) -> None:
    db, _ = source
    make_config(home, "Solo", db)
    row = ok(run_cli(home, "backup", "Solo", "--json", "-q")).json()
    shown = ok(run_cli(home, "show", str(row["id"]), "--json")).json()
    assert shown["id"] == row["id"] and shown["file_exists"] is True
    text = ok(run_cli(home, "show", str(row["id"]))).stdout
    assert "Solo" in text and "present" in text and row["archive_sha256"] in text

    stats = ok(run_cli(home, "stats", "--json")).json()
    assert stats["total"] == 1 and stats["completed"] == 1 and stats["success_rate"] == 100.0
    assert stats["total_size"] == row["file_size"] and stats["last_7_days"] == 1
    assert {t["backup_type"]: t["count"] for t in stats["by_type"]}.get("full") == 1
    assert "Success rate" in ok(run_cli(home, "stats")).stdout

    failed(run_cli(home, "delete", str(row["id"])), 2, "--yes")  # no TTY, no --yes
    assert Path(row["file_path"]).exists()
    # The only good backup of "Solo": --yes answers the first question, not the second.
    failed(run_cli(home, "delete", str(row["id"]), "--yes"), 2, "--last-good-too")
    assert Path(row["file_path"]).exists()
    ok(run_cli(home, "delete", str(row["id"]), "--yes", "--last-good-too"))
    assert not Path(row["file_path"]).exists()
    assert ok(run_cli(home, "list", "--json")).json()["total"] == 0


@pytest.mark.parametrize("args", [("show", "999"), ("delete", "999", "--yes"), ("verify", "999"),
                                  ("restore", "999", "--dry-run")])
def test_unknown_backup_is_exit_2(home: Path, args: tuple[str, ...]) -> None:
    failed(run_cli(home, *args), 2, "999")


def test_not_a_backup_id(home: Path) -> None:
    failed(run_cli(home, "show", "yesterday"), 2, "list")
