"""The benchmark dataset (bench/dataset.py, scale 0.05) through the CLI, encrypted and compressed: every
table's rows and every file's hash come back identical."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import REPO_ROOT, cli_env, ok, run_cli
from tests.support.cli_sources import db_snapshot, tree_snapshot

PASSPHRASE = "bench passphrase 2026"
ENVELOPE_MAGIC = bytes.fromhex("89 42 44 4B 0D 0A 1A 0A")


@pytest.mark.slow
def test_bench_dataset_round_trip(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "dataset"
    subprocess.run([sys.executable, "-m", "bench.dataset", str(data), "--scale", "0.05", "--quiet"],
                   cwd=REPO_ROOT, env=cli_env(), check=True, timeout=600)
    db, files = data / "app.db", data / "files"
    assert db.is_file() and files.is_dir()

    ok(run_cli(home, "config", "add", "--name", "Bench", "--type", "full", "--source-url", f"sqlite:///{db}",
               "--folder", str(files), "--encrypt", "--compression", "zstd", passphrase=PASSPHRASE))
    row = ok(run_cli(home, "backup", "Bench", "--json", "-q", timeout=900)).json()
    assert row["status"] == "completed" and row["encrypted"] is True and row["compression"] == "zstd"
    archive = Path(row["file_path"])
    with archive.open("rb") as f:
        assert f.read(8) == ENVELOPE_MAGIC

    target_db, target_dir = tmp_path / "restored.db", tmp_path / "restored"
    ok(run_cli(home, "restore", str(row["id"]), "--to-url", f"sqlite:///{target_db}",
               "--to-folder", str(target_dir), "-q", timeout=900))

    source_rows, restored_rows = db_snapshot(db), db_snapshot(target_db)
    assert set(restored_rows) == set(source_rows)
    for table, rows in source_rows.items():
        assert len(restored_rows[table]) == len(rows), table
        assert restored_rows[table] == rows, f"rows of {table} differ"
    source_tree, restored_tree = tree_snapshot(files), tree_snapshot(target_dir / files.name)
    assert len(restored_tree) == len(source_tree)
    assert restored_tree == source_tree
