"""The benchmark harness: its measurements, its verdicts, and one real run of Backup Desk through it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bench.measure import CommandFailed, measure
from bench.results import RunResult, ToolSummary, bar, summarise
from bench.verify import check_restore, fingerprint

REPO = Path(__file__).resolve().parent.parent


def test_measure_sees_memory_and_cpu_of_the_child_only() -> None:
    touch = "b = bytearray(150 * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1"
    big = measure([sys.executable, "-c", touch])
    assert big.returncode == 0 and big.peak_rss_mb >= 150
    # A fresh wrapper per command: the previous child's peak does not leak into the next measurement.
    small = measure([sys.executable, "-c", "pass"])
    assert small.peak_rss_mb < 100
    spin = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass"
    busy = measure([sys.executable, "-c", spin])
    assert busy.cpu_s >= 0.25 and busy.wall_s >= busy.cpu_s * 0.8
    with pytest.raises(CommandFailed, match="exit 3"):
        measure([sys.executable, "-c", "import sys; print('boom', file=sys.stderr); sys.exit(3)"])


def _summary(tool: str, backup: float, restore: float, size: float, rss: float) -> ToolSummary:
    return ToolSummary(tool, tool, 3, 0, backup, backup, 1.0, rss, restore, restore, 1.0, rss, size)


def test_bar_verdicts_and_margins() -> None:
    summaries = {
        "backup-desk": _summary("backup-desk", backup=10.0, restore=12.0, size=102.0, rss=250),
        "restic": _summary("restic", backup=10.0, restore=9.0, size=110.0, rss=90),
        "tar-zstd-age": _summary("tar-zstd-age", backup=8.0, restore=5.0, size=100.0, rss=60),
    }
    items = bar(summaries, kdf_rss_mb=140)
    verdicts = [(i.limit, i.measured, i.passed) for i in items]
    assert verdicts == [
        ("≤ 1.00× restic", "1.00×", True),
        ("≤ 1.30× tar|zstd|age", "1.25×", True),
        ("≤ 1.00× restic", "1.33×", False),
        ("≤ 1.02× tar|zstd|age", "1.02×", True),
        ("≤ 240 MB (key derivation alone: 140 MB, + 100)", "250 MB", False),
    ]
    assert "over" in items[2].margin and items[4].margin == "10 MB over"
    assert bar(summaries)[4].passed is None  # the key derivation not measured: no verdict on memory
    del summaries["restic"]
    assert bar(summaries)[0].passed is None  # a missing peer is "not measured", never a pass


def test_medians_ignore_failed_runs() -> None:
    from bench.measure import Measurement

    def m(wall: float) -> Measurement:
        return Measurement(wall, wall / 2, 0.0, 50.0, 0)

    runs = [RunResult("x", 1, m(1.0), m(2.0), 10), RunResult("x", 2, m(3.0), m(4.0), 30),
            RunResult("x", 3, m(100.0), None, None, error="exit 1: broken")]
    s = summarise("x", "X", runs)
    assert (s.runs_ok, s.runs_failed, s.backup_wall, s.archive_bytes) == (2, 1, 2.0, 20.0)
    assert s.errors == ["exit 1: broken"]


def test_restore_check_finds_a_missing_file(tmp_path: Path) -> None:
    from bench import dataset

    src = dataset.generate(tmp_path / "src", scale=0.003, jobs=1).root
    copy = tmp_path / "restored" / "deep" / "path"
    copy.parent.mkdir(parents=True)
    subprocess.run(["cp", "-a", str(src), str(copy)], check=True)
    expected = fingerprint(src)
    assert check_restore(tmp_path / "restored", expected, logical_db=False) == "ok"
    victim = next(p for p in (copy / "files").rglob("*") if p.is_file())
    victim.unlink()
    assert "entries" in check_restore(tmp_path / "restored", expected, logical_db=False)


def test_restore_check_knows_names_that_collide_once_case_folded(tmp_path: Path) -> None:
    """Backup Desk skips (with a warning) a name that equals a sibling's once case-folded; the check of
    its restore expects the tree without it, the other tools' the whole tree."""
    from bench import dataset

    src = dataset.generate(tmp_path / "src", scale=0.003, jobs=1).root
    (src / "files" / "Docs" / "x").mkdir(parents=True)
    (src / "files" / "Docs" / "x" / "a.txt").write_text("kept")
    (src / "files" / "docs").mkdir()
    (src / "files" / "docs" / "b.txt").write_text("skipped with its folder")
    copy = tmp_path / "restored" / "r"
    copy.parent.mkdir(parents=True)
    subprocess.run(["cp", "-a", str(src), str(copy)], check=True)
    expected = fingerprint(src)
    assert check_restore(tmp_path / "restored", expected, logical_db=False) == "ok"
    assert "entries" in check_restore(tmp_path / "restored", expected, logical_db=False, portable=True)
    subprocess.run(["rm", "-r", str(copy / "files" / "docs")], check=True)
    assert check_restore(tmp_path / "restored", expected, logical_db=False, portable=True) == "ok"
    assert "entries" in check_restore(tmp_path / "restored", expected, logical_db=False)


@pytest.mark.slow
def test_backup_desk_through_the_harness(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    cmd = [sys.executable, "-m", "bench.run_bench", "--scale", "0.003", "--runs", "1",
           "--tools", "backup-desk", "--data", str(tmp_path / "data"), "--work", str(tmp_path / "work"),
           "--no-report"]
    done = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    row = next(line for line in done.stdout.splitlines() if line.startswith("| Backup Desk | 1 |"))
    assert row.rstrip().endswith("| ok |"), row
    assert "| 1/1 |" in done.stdout
    assert not any(p.name.startswith("scale-") for p in (tmp_path / "work").iterdir())  # cleaned up


def test_report_rewrite_keeps_the_gui_section(tmp_path: Path) -> None:
    from bench.run_bench import KEPT_MARKER, kept_sections

    report = tmp_path / "benchmarks.md"
    assert kept_sections(report) == ""
    report.write_text(f"# old peers table\n\n{KEPT_MARKER}\n## GUI\n\nopen history 20 ms\n")
    assert kept_sections(report) == f"\n{KEPT_MARKER}\n## GUI\n\nopen history 20 ms\n"
    report.write_text("# peers only\n")
    assert kept_sections(report) == ""
