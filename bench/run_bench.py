"""Backup and restore of the benchmark dataset with Backup Desk and its peers; writes docs/benchmarks.md.

    python -m bench.run_bench [--scale 1] [--runs 3] [--tools backup-desk,restic,...] [--keep]

Peers that are not installed are skipped (and named in the report). Every run's output stays on disk
until all runs are done, then the work folder is removed (unless --keep).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import shutil
import sys
import time
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

from bench import dataset
from bench.measure import CommandFailed, Measurement, measure
from bench.peers import ALL_TOOLS, REPO_ROOT, Command, Tool
from bench.report import Conditions, filesystem_of, machine_cpu, machine_memory_gb, render
from bench.results import RunResult, bar, summarise
from bench.verify import Fingerprint, check_restore, fingerprint

WORK_MARKER = ".backup-desk-bench-work"


def _log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def _run(cmd: Command, timeout: float) -> Measurement:
    env = {**os.environ, **cmd.env}
    os.sync()  # flush the previous step's writes so they are not charged to this one
    return measure(cmd.argv, cwd=cmd.cwd, env=env, timeout=timeout)


def _timed_sync() -> float:
    """How long writing out what the command left in the page cache takes (a tool that fsyncs its
    output has paid this inside its own wall time; one that does not, has not)."""
    started = time.monotonic()
    os.sync()
    return time.monotonic() - started


def _warm_cache(root: Path) -> None:
    """Read the dataset once so every tool starts with the same (warm) page cache."""
    for d, _, files in os.walk(root):
        for name in files:
            with open(os.path.join(d, name), "rb") as f:
                while f.read(1 << 20):
                    pass


def _kdf_alone_rss() -> float | None:
    """Peak RSS of a process that only derives an archive key with the default settings (the floor every
    encrypted backup and restore pays; the memory bar is this + 100 MB)."""
    code = "from backup_desk.engine.archive.kdf import DEFAULT_KDF; DEFAULT_KDF.derive('x', bytes(16))"
    try:
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        return measure([sys.executable, "-c", code], cwd=REPO_ROOT, env=env, timeout=300).peak_rss_mb
    except CommandFailed:
        return None


def _new_work(parent: Path, scale: float) -> Path:
    """A new, uniquely named work folder (deleting an old one first would slow the runs that follow)."""
    work = parent / f"scale-{scale:g}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}"
    work.mkdir(parents=True)
    (work / WORK_MARKER).write_text("scratch space of bench/run_bench.py; deleted after the benchmark\n")
    return work.resolve()


def _remove_old_work(parent: Path) -> None:
    """Delete this and earlier benchmarks' work folders (only folders carrying our marker)."""
    for d in sorted(parent.iterdir()):
        if d.is_dir() and (d / WORK_MARKER).exists():
            _log(f"removing {d}")
            shutil.rmtree(d, ignore_errors=True)


def _one_run(tool: Tool, src: Path, run_dir: Path, index: int, expected: Fingerprint,
             timeout: float) -> RunResult:
    result = RunResult(tool=tool.key, run=index, load_before=os.getloadavg()[0])
    try:
        run_dir.mkdir(parents=True)
        tool.prepare(run_dir)
        result.backup = _run(tool.backup(src, run_dir), timeout)
        result.backup_sync_s = _timed_sync()
        result.archive_bytes = tool.archive_bytes(run_dir)
        target = run_dir / "restored"
        target.mkdir()
        result.restore = _run(tool.restore(run_dir, target), timeout)
        result.restore_sync_s = _timed_sync()
        ours = tool.key == "backup-desk"
        result.verified = check_restore(target, expected, logical_db=ours, portable=ours)
    except (CommandFailed, OSError, ValueError) as exc:
        result.error = str(exc)
    result.load_after = os.getloadavg()[0]
    return result


KEPT_MARKER = "<!-- sections below are written by other benchmarks; run_bench keeps them -->"


def kept_sections(report: Path) -> str:
    """What other benchmarks (bench/gui_bench.py) wrote below the marker, carried over unchanged."""
    try:
        old = report.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
    at = old.find(KEPT_MARKER)
    return "" if at < 0 else "\n" + old[at:]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run_bench",
                                 description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="dataset scale (1 = about 1 GB; 0.05 quick)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per tool (medians are quoted)")
    ap.add_argument("--seed", type=int, default=dataset.DEFAULT_SEED)
    ap.add_argument("--tools", default=",".join(t.key for t in ALL_TOOLS),
                    help="comma-separated subset of: " + ", ".join(t.key for t in ALL_TOOLS))
    ap.add_argument("--data", type=Path, default=REPO_ROOT / "bench" / "data",
                    help="where datasets are kept (one folder per scale)")
    ap.add_argument("--work", type=Path, default=REPO_ROOT / "bench" / "out" / "work",
                    help="parent of the scratch folders for archives and restores")
    ap.add_argument("--report", type=Path, default=REPO_ROOT / "docs" / "benchmarks.md")
    ap.add_argument("--no-report", action="store_true", help="print the report instead of writing it")
    ap.add_argument("--keep", action="store_true", help="keep the archives and restores at the end")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds allowed per command")
    a = ap.parse_args(argv)
    if a.runs < 1 or a.scale <= 0:
        ap.error("--runs must be ≥ 1 and --scale > 0")
    wanted = [k.strip() for k in a.tools.split(",") if k.strip()]
    unknown = set(wanted) - {t.key for t in ALL_TOOLS}
    if unknown:
        ap.error(f"unknown tools: {', '.join(sorted(unknown))}")

    load_start = os.getloadavg()
    tools: list[Tool] = []
    skipped: dict[str, str] = {}
    for t in ALL_TOOLS:
        if t.key in wanted:
            why = t.missing()
            if why:
                skipped[t.label] = why
                _log(f"skipping {t.label}: {why}")
            else:
                tools.append(t)
    if not tools:
        ap.error("no tool to run")

    data_dir = a.data / f"scale-{a.scale:g}-seed-{a.seed}"
    _log(f"dataset scale {a.scale} in {data_dir}")
    summary = dataset.ensure(data_dir, scale=a.scale, seed=a.seed, log=_log)
    src = summary.root.resolve()
    need = summary.total_bytes * 2.2 * a.runs * len(tools)  # archive + restore per run, kept till the end
    a.work.mkdir(parents=True, exist_ok=True)
    free = shutil.disk_usage(a.work).free
    if free < need:
        raise SystemExit(f"not enough free space in {a.work}: {free / 1e9:.1f} GB free, "
                         f"about {need / 1e9:.1f} GB needed")
    # One benchmark at a time per work folder: a second one would delete the first one's runs.
    lock = open(a.work / ".lock", "w")  # noqa: SIM115 (held until the process exits)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise SystemExit(f"another benchmark is using {a.work}; wait for it or pass another --work") from None
    work = _new_work(a.work, a.scale)
    expected = fingerprint(src)
    _warm_cache(src)

    results: list[RunResult] = []
    load_max = 0.0
    try:
        for i in range(a.runs):
            # Rotate the order each run so no tool always runs right after the same one.
            order = tools[i % len(tools):] + tools[:i % len(tools)]
            for tool in order:
                load_max = max(load_max, os.getloadavg()[0])
                _log(f"run {i + 1}/{a.runs}: {tool.label}")
                r = _one_run(tool, src, work / f"{tool.key}-{i + 1}", i + 1, expected, a.timeout)
                results.append(r)
                if r.error:
                    _log(f"  failed: {r.error.splitlines()[0][:200]}")
                else:
                    assert r.backup and r.restore
                    _log(f"  backup {r.backup.wall_s:.2f}s, restore {r.restore.wall_s:.2f}s, "
                         f"archive {(r.archive_bytes or 0) / 1e6:.1f} MB, check: {r.verified}")
    finally:
        raw = a.work / f"results-scale-{a.scale:g}.json"
        raw.write_text(json.dumps([asdict(r) for r in results], indent=1))

    summaries = {t.key: summarise(t.key, t.label, results) for t in tools}
    kdf_rss = _kdf_alone_rss()
    cond = Conditions(
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        command=f"python -m bench.run_bench --scale {a.scale:g} --runs {a.runs}",
        runs=a.runs, cpu=machine_cpu(), cores=os.cpu_count() or 0, memory_gb=machine_memory_gb(),
        kernel=os.uname().release, filesystem=filesystem_of(work.parent), load_start=load_start,
        load_end=os.getloadavg(), load_max=load_max, versions={t.label: t.version() for t in tools},
        skipped=skipped)
    text = render(summary, list(summaries.values()), bar(summaries, kdf_rss), results, cond)
    if a.no_report:
        print(text)
    else:
        a.report.parent.mkdir(parents=True, exist_ok=True)
        a.report.write_text(text + kept_sections(a.report), encoding="utf-8")
        _log(f"wrote {a.report}")
    if not a.keep:  # after the report: deleting many files is slow here
        _remove_old_work(a.work)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
