"""The round-trip bar, through the CLI: encrypted + compressed backup, verify, restore elsewhere, decrypt to a
standard ZIP; and damaged archives (flipped byte, truncation, wrong passphrase) refused without writing."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.support.cli import failed, ok, run_cli
from tests.support.cli_sources import db_snapshot, make_folder_tree, make_sqlite_source, tree_snapshot

PASSPHRASE = "correct horse battery staple"
ENVELOPE_MAGIC = bytes.fromhex("89 42 44 4B 0D 0A 1A 0A")


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, Path]:
    return make_sqlite_source(tmp_path / "app.db"), make_folder_tree(tmp_path / "files")


def backup(home: Path, db: Path, tree: Path, *extra: str) -> dict:
    ok(run_cli(home, "config", "add", "--name", "RT", "--type", "full", "--source-url", f"sqlite:///{db}",
               "--folder", str(tree), "--encrypt", *extra, passphrase=PASSPHRASE))
    row = ok(run_cli(home, "backup", "RT", "--json", "-q")).json()
    assert row["status"] == "completed" and row["encrypted"] is True
    return row


def test_encrypted_round_trip(home: Path, source: tuple[Path, Path], tmp_path: Path) -> None:
    db, tree = source
    row = backup(home, db, tree)
    archive = Path(row["file_path"])
    assert archive.read_bytes()[:8] == ENVELOPE_MAGIC
    assert PASSPHRASE.encode() not in archive.read_bytes()

    verified = ok(run_cli(home, "verify", str(row["id"]), "--json")).json()
    assert verified["ok"] is True and verified["tables_checked"] == 4 and verified["entries_checked"] > 15
    shown = ok(run_cli(home, "show", str(row["id"]), "--json")).json()
    assert shown["verify_ok"] is True and shown["verified_at"]

    target_db, target_dir = tmp_path / "restored.db", tmp_path / "restored"
    plan = ok(run_cli(home, "restore", str(row["id"]), "--to-url", f"sqlite:///{target_db}",
                      "--to-folder", str(target_dir), "--dry-run"))
    assert "Dry run" in plan.stdout and "customers" in plan.stdout and "readme.txt" in plan.stdout
    assert not target_db.exists() and not target_dir.exists()  # a dry run writes nothing
    plan_json = ok(run_cli(home, "restore", str(row["id"]), "--to-url", f"sqlite:///{target_db}",
                           "--to-folder", str(target_dir), "--dry-run", "--json")).json()
    assert plan_json["dry_run"] is True and {w["kind"] for w in plan_json["planned"]} >= {"table", "file"}

    restored = ok(run_cli(home, "restore", str(row["id"]), "--to-url", f"sqlite:///{target_db}",
                          "--to-folder", str(target_dir), "--json", "-q")).json()
    assert restored["tables_restored"] == 4 and restored["files_restored"] >= 15
    assert db_snapshot(target_db) == db_snapshot(db)
    assert tree_snapshot(target_dir / tree.name) == tree_snapshot(tree)

    # Again into the same, now non-empty, targets: refused without --replace, nothing changed.
    before = (db_snapshot(target_db), tree_snapshot(target_dir))
    again = run_cli(home, "restore", str(row["id"]), "--to-url", f"sqlite:///{target_db}",
                    "--to-folder", str(target_dir))
    assert again.code == 1 and "--replace" in again.stderr, str(again)
    assert (db_snapshot(target_db), tree_snapshot(target_dir)) == before
    ok(run_cli(home, "restore", str(row["id"]), "--to-url", f"sqlite:///{target_db}",
               "--to-folder", str(target_dir), "--replace", "-q"))
    assert db_snapshot(target_db) == db_snapshot(db)


def test_archive_restores_without_its_catalog(home: Path, source: tuple[Path, Path], tmp_path: Path) -> None:
    db, tree = source
    archive = Path(backup(home, db, tree)["file_path"])
    other_home = tmp_path / "other-home"  # a fresh machine: no catalog, no keyring entry
    target_db, target_dir = tmp_path / "r.db", tmp_path / "r"
    needs = run_cli(other_home, "restore", str(archive), "--to-url", f"sqlite:///{target_db}")
    assert needs.code != 0 and "passphrase" in needs.stderr.lower() and not target_db.exists(), str(needs)
    ok(run_cli(other_home, "restore", str(archive), "--to-url", f"sqlite:///{target_db}",
               "--to-folder", str(target_dir), "--tables", "customers,products", "--folders", tree.name, "-q",
               passphrase=PASSPHRASE))
    restored = db_snapshot(target_db)
    assert set(restored) == {"customers", "products"}
    assert restored["customers"] == db_snapshot(db)["customers"]
    assert tree_snapshot(target_dir / tree.name) == tree_snapshot(tree)
    unknown = run_cli(other_home, "restore", str(archive), "--to-folder", str(tmp_path / "x"),
                      "--folders", "nope", passphrase=PASSPHRASE)
    assert unknown.code != 0 and "nope" in unknown.stderr and not (tmp_path / "x").exists(), str(unknown)
    assert ok(run_cli(other_home, "verify", str(archive), passphrase=PASSPHRASE)).stdout.startswith("OK")


def test_schema_only_restore(home: Path, source: tuple[Path, Path], tmp_path: Path) -> None:
    db, tree = source
    row = backup(home, db, tree)
    target_db = tmp_path / "schema.db"
    ok(run_cli(home, "restore", str(row["id"]), "--to-url", f"sqlite:///{target_db}", "--schema-only", "-q"))
    snap = db_snapshot(target_db)
    assert set(snap) == {"customers", "products", "orders", "order_items"}
    assert all(rows == [] for rows in snap.values())


@pytest.mark.parametrize("method", ["deflate", "zstd"])
def test_decrypt_gives_a_zip_standard_tools_read(home: Path, source: tuple[Path, Path], tmp_path: Path,
                                                 method: str) -> None:
    db, tree = source
    row = backup(home, db, tree, "--compression", method)
    out = tmp_path / "plain.zip"
    ok(run_cli(home, "decrypt", row["file_path"], str(out), passphrase=PASSPHRASE))
    assert out.read_bytes()[:4] == b"PK\x03\x04"
    failed(run_cli(home, "decrypt", row["file_path"], str(out), passphrase=PASSPHRASE), 2, "--overwrite")
    tools = [["7zz", "t", str(out)], ["bsdtar", "-tf", str(out)]]
    if method == "deflate":
        tools.append(["unzip", "-t", str(out)])
    for tool in tools:
        if shutil.which(tool[0]) is None:
            pytest.fail(f"{tool[0]} is not installed (the brief lists it as provided)")
        proc = subprocess.run(tool, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, f"{tool}: {proc.stdout}\n{proc.stderr}"
        if tool[0] == "bsdtar":
            assert "manifest.json" in proc.stdout and "readme.txt" in proc.stdout
    listing = subprocess.run(["bsdtar", "-xOf", str(out), f"files/{tree.name}/docs/readme.txt"],
                             capture_output=True, timeout=60)
    assert listing.stdout == (tree / "docs" / "readme.txt").read_bytes()


def _flip(path: Path) -> None:
    with path.open("r+b") as f:
        f.seek(path.stat().st_size // 2)
        b = f.read(1)
        f.seek(-1, 1)
        f.write(bytes([b[0] ^ 0x01]))


def _truncate(path: Path) -> None:
    with path.open("r+b") as f:
        f.truncate(path.stat().st_size - 777)


@pytest.mark.parametrize("damage", ["flipped-byte", "truncated", "wrong-passphrase"])
def test_damaged_archive_fails_verify_and_restore_writing_nothing(
        home: Path, source: tuple[Path, Path], tmp_path: Path, damage: str) -> None:
    db, tree = source
    row = backup(home, db, tree)
    archive = Path(row["file_path"])
    passphrase = PASSPHRASE
    if damage == "flipped-byte":
        _flip(archive)
    elif damage == "truncated":
        _truncate(archive)
    else:
        passphrase = "the wrong passphrase"
    words = {"flipped-byte": ("damaged", "corrupt", "altered", "chunk"),
             "truncated": ("truncated", "ends early", "incomplete", "missing"),
             "wrong-passphrase": ("passphrase",)}[damage]

    # Targets that already hold data, with --replace: a failure must still leave them exactly as they were.
    target_db, target_dir = tmp_path / "target.db", tmp_path / "target"
    make_sqlite_source(target_db, customers=3, seed=99)
    make_folder_tree(target_dir, seed=5, big_bytes=1000)
    before = (db_snapshot(target_db), tree_snapshot(target_dir))

    for ref in (str(row["id"]), str(archive)):
        verify = run_cli(home, "verify", ref, passphrase=passphrase)
        assert verify.code == 1 and verify.stdout == "", str(verify)
        assert any(w in verify.stderr.lower() for w in words), str(verify)
        assert "hint:" in verify.stderr and "Traceback" not in verify.stderr
        assert passphrase not in verify.stderr

        restore = run_cli(home, "restore", ref, "--to-url", f"sqlite:///{target_db}",
                          "--to-folder", str(target_dir), "--replace", passphrase=passphrase)
        assert restore.code == 1 and restore.stdout == "", str(restore)
        assert any(w in restore.stderr.lower() for w in words), str(restore)
        assert (db_snapshot(target_db), tree_snapshot(target_dir)) == before
        assert not list(tmp_path.glob("**/*.bdtmp"))

    if damage != "wrong-passphrase":  # damage is recorded on the history row
        shown = ok(run_cli(home, "show", str(row["id"]), "--json")).json()
        assert shown["verify_ok"] is False and shown["verify_message"]


def test_unreachable_target_error_hides_the_password(home: Path, source: tuple[Path, Path]) -> None:
    db, tree = source
    row = backup(home, db, tree)
    secret = "Hunter2-Secret"
    result = run_cli(home, "restore", str(row["id"]), "--to-url",
                     f"postgresql+psycopg://admin:{secret}@127.0.0.1:1/nowhere", "--replace")
    assert result.code != 0 and "error:" in result.stderr and "hint:" in result.stderr, str(result)
    assert secret not in result.stdout + result.stderr
    for log in (home / "logs").glob("*.log"):
        assert secret not in log.read_text(encoding="utf-8")


def test_restore_in_place_after_a_safety_backup(home: Path, source: tuple[Path, Path]) -> None:
    db, tree = source
    original = (db_snapshot(db), tree_snapshot(tree))
    row = backup(home, db, tree)
    con = sqlite3.connect(db)
    with con:
        con.execute("DELETE FROM order_items")
        con.execute("UPDATE customers SET name = 'changed'")
    con.close()
    (tree / "docs" / "readme.txt").write_text("overwritten by mistake")
    (tree / "big.bin").unlink()
    damaged = (db_snapshot(db), tree_snapshot(tree))

    # No target and no --replace, in a script: refused before anything happens.
    failed(run_cli(home, "restore", str(row["id"])), 2, "--replace")
    plan = ok(run_cli(home, "restore", str(row["id"]), "--dry-run"))
    assert "Dry run" in plan.stdout and "customers" in plan.stdout
    assert (db_snapshot(db), tree_snapshot(tree)) == damaged
    assert ok(run_cli(home, "list", "--json")).json()["total"] == 1  # no safety backup for a dry run

    ok(run_cli(home, "restore", str(row["id"]), "--replace", "-q"))
    assert (db_snapshot(db), tree_snapshot(tree)) == original
    rows = ok(run_cli(home, "list", "--json")).json()["items"]
    safety = [r for r in rows if r["id"] != row["id"]]
    assert len(safety) == 1 and safety[0]["status"] == "completed" and "Safety" in safety[0]["backup_name"]
