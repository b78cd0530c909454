"""The benchmark dataset generator: deterministic, composed as documented, and careful with --force."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bench import dataset
from bench.dataset_files import BASE_MTIME

SCALE = 0.02


def _tree_digest(root: Path) -> str:
    h = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            p = Path(dirpath, name)
            h.update(str(p.relative_to(root)).encode("utf-8", "surrogateescape"))
            h.update(p.read_bytes())
            h.update(str(p.stat().st_mtime_ns).encode())
    return h.hexdigest()


def _rows_digest(db: Path) -> str:
    h = hashlib.sha256()
    with sqlite3.connect(db) as con:
        query = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        tables = [r[0] for r in con.execute(query)]
        for t in tables:
            for row in con.execute(f"SELECT * FROM {t} ORDER BY id"):
                h.update(repr(row).encode())
    return h.hexdigest()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dataset.DatasetSummary:
    return dataset.generate(tmp_path_factory.mktemp("ds") / "a", scale=SCALE, jobs=1)


def test_same_seed_gives_same_bytes_in_parallel_or_not(built: dataset.DatasetSummary, tmp_path: Path) -> None:
    again = dataset.generate(tmp_path / "b", scale=SCALE, jobs=3)
    assert _tree_digest(again.files_path) == _tree_digest(built.files_path)
    assert _rows_digest(again.db_path) == _rows_digest(built.db_path)
    other_seed = dataset.generate(tmp_path / "c", scale=SCALE, seed=7, jobs=1)
    assert _rows_digest(other_seed.db_path) != _rows_digest(built.db_path)


def test_summary_matches_what_is_on_disk(built: dataset.DatasetSummary) -> None:
    files = [Path(d, f) for d, _, fs in os.walk(built.files_path) for f in fs]
    assert len(files) == built.file_count
    assert sum(p.stat().st_size for p in files) == built.file_bytes
    assert built.db_path.stat().st_size == built.db_bytes
    on_disk = json.loads((built.root / "dataset.json").read_text(encoding="utf-8"))
    assert on_disk == built.to_json()
    assert dataset.DatasetSummary.load(built.root) == built
    with sqlite3.connect(built.db_path) as con:
        for table, n in built.rows.items():
            assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n


def test_composition(built: dataset.DatasetSummary) -> None:
    with sqlite3.connect(built.db_path) as con:
        for (payload,) in con.execute("SELECT payload FROM events LIMIT 200"):
            assert "session" in json.loads(payload)
        for sha, data in con.execute("SELECT sha256, data FROM attachments"):
            assert hashlib.sha256(data).hexdigest() == sha
    names = [p for p in built.files_path.rglob("*")]
    assert any(not p.name.isascii() for p in names), "unicode names expected"
    assert max(len(p.relative_to(built.files_path).parts) for p in names) >= 5, "nested folders expected"
    assert any(p.is_file() and p.stat().st_size == 0 for p in names), "empty files expected"
    large = [built.categories[k] for k in ("large_video", "large_log", "large_disk")]
    assert all(c.files == 1 and c.bytes >= 1024 * 1024 for c in large)
    assert {c.kind for c in built.categories.values()} == {"compressible", "incompressible", "mixed"}
    assert all(p.stat().st_mtime <= BASE_MTIME for p in names)
    assert built.files_path.stat().st_mtime == BASE_MTIME


def test_force_replaces_a_dataset_but_never_a_foreign_folder(tmp_path: Path) -> None:
    out = tmp_path / "ds"
    dataset.generate(out, scale=0.005, jobs=1)
    with pytest.raises(FileExistsError):
        dataset.generate(out, scale=0.005, jobs=1)
    dataset.generate(out, scale=0.005, jobs=1, force=True)
    (out / "precious.txt").write_text("keep me")
    with pytest.raises(FileExistsError, match="not a dataset"):
        dataset.generate(out, scale=0.005, jobs=1, force=True)
    assert (out / "precious.txt").read_text() == "keep me"


def test_ensure_reuses_a_complete_dataset(tmp_path: Path) -> None:
    first = dataset.ensure(tmp_path / "ds", scale=0.005, jobs=1)
    marker = first.db_path.stat().st_mtime_ns
    assert dataset.ensure(tmp_path / "ds", scale=0.005, jobs=1) == first
    assert first.db_path.stat().st_mtime_ns == marker
    assert dataset.ensure(tmp_path / "ds", scale=0.006, jobs=1).scale == 0.006


def test_command_line(tmp_path: Path) -> None:
    repo = Path(__file__).resolve().parent.parent
    out = tmp_path / "cli"
    cmd = [sys.executable, "-m", "bench.dataset", str(out), "--scale", "0.005", "--quiet"]
    done = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads((out / "dataset.json").read_text(encoding="utf-8"))["scale"] == 0.005
    refused = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, timeout=120)
    assert refused.returncode == 2 and "--force" in refused.stderr
