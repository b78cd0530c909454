"""Ctrl-C on a running `backup-desk backup`: a clean cancellation, recorded, with nothing left behind."""

from __future__ import annotations

import os
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from tests.support.cli import ok, run_cli, start_cli


def make_large_source(root: Path) -> tuple[Path, Path]:
    """Big enough that a backup lasts several seconds on a busy 2-core machine: ~200 MB of random files
    (incompressible, hashed and encrypted) and a database of 400,000 rows."""
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
                        ((f"k{i % 17}", f"payload {i} " * 4) for i in range(400_000)))
    con.close()
    return db, files


@pytest.mark.slow
def test_ctrl_c_cancels_cleanly(home: Path, tmp_path: Path) -> None:
    db, files = make_large_source(tmp_path / "src")
    dest = tmp_path / "archives"
    ok(run_cli(home, "config", "add", "--name", "Big", "--type", "full", "--source-url", f"sqlite:///{db}",
               "--folder", str(files), "--dest", str(dest), "--encrypt", passphrase="cancel me please"))

    proc = start_cli(home, "backup", "Big")
    assert proc.stderr is not None
    lines: list[str] = []
    progress_seen = threading.Event()

    def read_stderr() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if any(p in line for p in ("Database", "Files", "Preparing")):
                progress_seen.set()

    reader = threading.Thread(target=read_stderr, daemon=True)
    reader.start()
    assert progress_seen.wait(60), "no progress line on stderr:\n" + "".join(lines)
    time.sleep(0.3)  # well inside the job
    assert proc.poll() is None, "the backup finished before it could be cancelled:\n" + "".join(lines)
    proc.send_signal(signal.SIGINT)
    try:
        code = proc.wait(60)
    except Exception:
        proc.kill()
        raise
    reader.join(10)
    stderr = "".join(lines)
    assert code == 130, stderr
    assert "Cancelled" in stderr and "Traceback" not in stderr
    assert proc.stdout is not None and proc.stdout.read() == ""

    rows = ok(run_cli(home, "list", "--json")).json()["items"]
    assert len(rows) == 1, rows
    assert rows[0]["status"] == "failed" and "Cancelled" in rows[0]["error_message"]
    leftovers = [p for p in [*dest.rglob("*"), *home.rglob("*")] if p.name.endswith(".bdtmp")]
    assert leftovers == []
    assert not [p for p in dest.rglob("*") if p.is_file()]  # no archive either
