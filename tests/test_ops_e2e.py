"""The OPS bar, end to end through real `backup-desk` subprocesses on a fresh home.

demo configs -> back up every active one -> verify -> restore into a new database and folder; sample
history; a backup killed with SIGKILL (stuck row + leftover temporary file, reported then cleaned); the
archives folder moved, then found again by archive id.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pytest

from tests.support.cli import ok, run_cli, start_cli

pytestmark = pytest.mark.slow
ACTIVE = ("Daily full backup", "Weekly metadata", "Monthly archive")


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0]
                for t in ("customers", "products", "orders", "order_lines")}


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_demo_backup_verify_restore(home: Path, tmp_path: Path) -> None:
    demo = ok(run_cli(home, "create-default-configs", "--json")).json()
    assert len(demo["created_configs"]) == 4 and demo["database_created"]
    again = ok(run_cli(home, "create-default-configs", "--json")).json()
    assert again["created_configs"] == [] and len(again["existing_configs"]) == 4
    configs = {c["name"]: c for c in ok(run_cli(home, "config", "list", "--json")).json()["items"]}
    assert [n for n in configs if not configs[n]["is_active"]] == ["Development backup"]

    ids = {}
    for name in ACTIVE:
        row = ok(run_cli(home, "backup", name, "--json", "-q")).json()
        assert row["status"] == "completed", row
        ids[name] = row["id"]
    for backup_id in ids.values():
        assert ok(run_cli(home, "verify", str(backup_id), "--json", "-q")).json()["ok"] is True

    source = Path(demo["database_path"])
    for name in ("Daily full backup", "Monthly archive"):  # database + files, into new places
        restored_db, restored_files = tmp_path / f"{ids[name]}.sqlite3", tmp_path / f"files-{ids[name]}"
        ok(run_cli(home, "restore", str(ids[name]), "--to-url", f"sqlite:///{restored_db}",
                   "--to-folder", str(restored_files), "-q"))
        assert _counts(restored_db) == _counts(source)
        [label] = [p for p in restored_files.iterdir() if p.is_dir()]
        assert _files(label) == _files(Path(demo["folder_path"]))
        assert (label / "Archives" / "dossier vide").is_dir()  # empty folders come back too
    schema_db = tmp_path / "schema.sqlite3"
    ok(run_cli(home, "restore", str(ids["Weekly metadata"]), "--to-url", f"sqlite:///{schema_db}", "-q"))
    assert _counts(schema_db) == dict.fromkeys(_counts(source), 0)

    samples = ok(run_cli(home, "create-sample-backups", "--count=30", "--seed", "7", "--json")).json()
    assert samples["created"] == 30 and set(samples["by_status"]) == {"completed", "failed"}
    oldest, newest = (datetime.fromisoformat(samples[k]) for k in ("oldest", "newest"))
    assert 80 <= (newest - oldest).days <= 90
    health = run_cli(home, "check-backup-system", "--json")
    # Sample rows have no archive and are not reported missing; their failures are (until a success).
    levels = {c["name"]: c["level"] for c in health.json()["checks"]}
    assert {n for n, level in levels.items() if level not in ("ok", "info")} <= {"schedules"}, health
    assert health.code == (1 if levels["schedules"] == "warning" else 0), health


def _slow_source(root: Path) -> Path:
    """~60 MB of text-like data: deflate needs a couple of seconds, long enough to kill the job."""
    folder = root / "big"
    folder.mkdir()
    words = [os.urandom(3).hex() for _ in range(4000)]
    import random

    rng = random.Random(1)
    block = " ".join(rng.choices(words, k=180_000)).encode()  # ~1.26 MB
    with open(folder / "big.txt", "wb") as fh:
        for i in range(48):
            fh.write(str(i).encode() + block)
    return folder


def test_killed_backup_is_reported_then_cleaned(home: Path, tmp_path: Path) -> None:
    folder = _slow_source(tmp_path)
    ok(run_cli(home, "config", "add", "--name", "Big", "--type", "full", "--folder", str(folder),
               "--compression", "deflate"))
    child = start_cli(home, "backup", "Big", "-q")
    backups = home / "data" / "backups"
    deadline = time.monotonic() + 60
    while not list(backups.glob("*.bdtmp")):
        assert child.poll() is None and time.monotonic() < deadline, "backup ended before it could be killed"
        time.sleep(0.02)
    time.sleep(0.2)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    [temp] = list(backups.glob("*.bdtmp"))

    before = run_cli(home, "check-backup-system", "--json")
    assert before.code == 1, before
    report = before.json()
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["stuck_operations"]["level"] == "warning" and checks["stuck_operations"]["count"] == 1
    assert checks["temp_files"]["level"] == "warning" and checks["temp_files"]["count"] == 1
    assert str(temp) in " ".join(checks["temp_files"]["details"])

    removed = ok(run_cli(home, "cleanup-temp-files", "--json")).json()
    assert [e["path"] for e in removed["removed"]] == [str(temp)] and not temp.exists()
    closed = ok(run_cli(home, "cleanup-stuck-operations", "--json")).json()
    assert [r["reason"] for r in closed["closed"]] == ["process-dead"]

    after = run_cli(home, "check-backup-system", "--json")
    # Repaired; what is left is the truth: that configuration's last run failed (until a later success).
    checks = {c["name"]: c for c in after.json()["checks"]}
    assert after.code == 1 and [n for n, c in checks.items() if c["level"] not in ("ok", "info")] == [
        "schedules"], after
    assert checks["schedules"]["count"] == 1 and "last run failed" in checks["schedules"]["details"][0]
    checks = {c["name"]: c for c in after.json()["checks"]}
    assert checks["stuck_operations"]["count"] == 0 and checks["temp_files"]["count"] == 0
    history = ok(run_cli(home, "list", "--json")).json()["items"]
    [row] = [r for r in history if r["backup_name"].startswith("Big")]
    assert row["status"] == "failed" and row["error_message"].startswith("Interrupted")


def test_moved_archives_are_found_by_identity(home: Path, tmp_path: Path) -> None:
    ok(run_cli(home, "create-default-configs"))
    ids = [ok(run_cli(home, "backup", name, "--json", "-q")).json()["id"] for name in ACTIVE]
    backups = home / "data" / "backups"
    moved = tmp_path / "moved" / "archives"
    moved.parent.mkdir()
    shutil.move(str(backups), str(moved))
    # A file that only has the right name must not be taken for the archive.
    backups.mkdir()
    impostor = backups / next(p.name for p in moved.iterdir())
    impostor.write_bytes(b"PK not really an archive")

    health = run_cli(home, "check-backup-system", "--json")
    assert health.code == 2 and {c["name"]: c for c in health.json()["checks"]}["archives"]["count"] == 2
    scan = ("rebuild-backup-paths", "--scan-dir", str(tmp_path / "moved"), "--json")
    assert len(ok(run_cli(home, *scan, "--dry-run")).json()["repointed"]) == 3
    report = ok(run_cli(home, *scan)).json()
    assert sorted(r["backup_id"] for r in report["repointed"]) == sorted(ids)
    assert all(Path(r["new_path"]).parent == moved for r in report["repointed"])
    for backup_id in ids:
        assert ok(run_cli(home, "verify", str(backup_id), "--json", "-q")).json()["ok"] is True
    assert run_cli(home, "check-backup-system").code == 0
