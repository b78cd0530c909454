"""Ctrl-C on a running `backup-desk backup`: a clean cancellation, recorded, with nothing left behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.support.cli import ok, run_cli, start_cli


def make_large_source(root: Path) -> tuple[Path, Path]:
    """Big enough that a backup lasts several seconds on a busy 2-core machine: ~200 MB of random files
    (incompressible, hashed and encrypted) and a database of 1,000,000 rows (dumped first)."""
    files = root / "big"
    files.mkdir(parents=True)
    block = os.urandom(1 << 20)
    for i in range(40):
        with (files / f"part-{i:02d}.bin").open("wb") as f:
            for j in range(5):
                f.write(block[j:] + block[:j] + i.to_bytes(4, "big"))
    db = root / "big.db"
    con = sqlite3.connect(db)
    with con:
        con.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, kind TEXT, payload TEXT)")
        con.executemany("INSERT INTO events (kind, payload) VALUES (?, ?)",
                        ((f"k{i % 17}", f"payload {i} " * 3) for i in range(1_000_000)))
    con.close()
    return db, files


def interrupt_after_progress(proc: subprocess.Popen[str]) -> tuple[int, str, str]:
    """Sends SIGINT once the job has printed progress and is still running; (exit code, stderr, stdout)."""
    lines: list[str] = []
    progress_seen = threading.Event()

    def read_stderr() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if line.startswith(("Database", "Files")):  # the job is inside its long phases
                progress_seen.set()

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    try:
        assert progress_seen.wait(60), "no progress line on stderr:\n" + "".join(lines)
        time.sleep(0.1)
        assert proc.poll() is None, "the job finished before it could be cancelled:\n" + "".join(lines)
        proc.send_signal(signal.SIGINT)
        code = proc.wait(60)
    finally:
        if proc.poll() is None:
            proc.kill()
    reader.join(10)
    assert proc.stdout is not None
    return code, "".join(lines), proc.stdout.read()


@pytest.mark.slow
def test_ctrl_c_cancels_cleanly(home: Path, tmp_path: Path) -> None:
    db, files = make_large_source(tmp_path / "src")
    dest = tmp_path / "archives"
    ok(run_cli(home, "config", "add", "--name", "Big", "--type", "full", "--source-url", f"sqlite:///{db}",
               "--folder", str(files), "--dest", str(dest), "--encrypt", passphrase="cancel me please"))

    code, stderr, stdout = interrupt_after_progress(start_cli(home, "backup", "Big"))
    assert code == 130, stderr
    assert "Cancelled" in stderr and "Traceback" not in stderr
    assert stdout == ""

    rows = ok(run_cli(home, "list", "--json")).json()["items"]
    assert len(rows) == 1, rows
    assert rows[0]["status"] == "failed" and "Cancelled" in rows[0]["error_message"]
    leftovers = [p for p in [*dest.rglob("*"), *home.rglob("*")] if p.name.endswith(".bdtmp")]
    assert leftovers == []
    assert not [p for p in dest.rglob("*") if p.is_file()]  # no archive either


@pytest.mark.slow
def test_ctrl_c_cancels_a_restore_writing_nothing(home: Path, tmp_path: Path) -> None:
    db, files = make_large_source(tmp_path / "src")
    ok(run_cli(home, "config", "add", "--name", "Big", "--type", "full", "--source-url", f"sqlite:///{db}",
               "--folder", str(files), "--no-compression"))
    row = ok(run_cli(home, "backup", "Big", "--json", "-q")).json()
    target_db, target_dir = tmp_path / "restored.db", tmp_path / "restored"
    code, stderr, stdout = interrupt_after_progress(start_cli(
        home, "restore", str(row["id"]), "--to-url", f"sqlite:///{target_db}",
        "--to-folder", str(target_dir)))
    assert code == 130 and stdout == "", stderr
    assert "error:" in stderr and "Traceback" not in stderr
    assert not (target_dir / files.name).exists()
    assert not [p for p in tmp_path.rglob("*") if p.name.endswith(".bdtmp")]
    if target_db.exists():  # SQLite may create the file on connect; the transaction was rolled back
        con = sqlite3.connect(target_db)
        assert con.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()[0] == 0
        con.close()
