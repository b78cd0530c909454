"""Deterministic benchmark dataset: an SQLite database (`app.db`) and a folder tree (`files/`), about 1 GB at
scale 1 (330 MB database, 1.5 M rows; 20,000 files, 640 MB), summarised in `dataset.json`.

Everything derives from the seed through string-seeded `random.Random` streams, one per table, file
category and large file, so the same scale and seed give the same bytes on every machine (file and folder
mtimes are fixed too), and the parts can be generated in parallel processes. Scale multiplies row counts,
file counts and the size of the three large files; the size distribution of ordinary files does not change.

    python -m bench.dataset OUT [--scale 1.0] [--seed 20240601] [--force] [--jobs N] [--quiet]

`--scale 0.05` (about 50 MB, a second or two) is the size the tests use.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import shutil
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from bench import dataset_files as df
from bench.dataset_db import make_database
from bench.dataset_text import Text

DEFAULT_SEED = 20240601
SUMMARY_NAME = "dataset.json"
DB_NAME = "app.db"
FILES_DIR = "files"
_OURS = {DB_NAME, FILES_DIR, SUMMARY_NAME}


@dataclass(frozen=True)
class DatasetSummary:
    root: Path
    scale: float
    seed: int
    db_bytes: int
    rows: dict[str, int]
    file_count: int
    dir_count: int
    file_bytes: int
    categories: dict[str, df.CategoryTotals]

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def files_path(self) -> Path:
        return self.root / FILES_DIR

    @property
    def total_bytes(self) -> int:
        return self.db_bytes + self.file_bytes

    def bytes_of_kind(self, kind: str) -> int:
        return sum(c.bytes for c in self.categories.values() if c.kind == kind)

    def to_json(self) -> dict[str, object]:
        comp, incomp = self.bytes_of_kind("compressible"), self.bytes_of_kind("incompressible")
        return {
            "scale": self.scale, "seed": self.seed,
            "db": {"bytes": self.db_bytes, "rows": self.rows, "rows_total": sum(self.rows.values())},
            "files": {"count": self.file_count, "dirs": self.dir_count, "bytes": self.file_bytes,
                      "compressible_bytes": comp, "incompressible_bytes": incomp,
                      "mixed_bytes": self.file_bytes - comp - incomp,
                      "categories": {k: asdict(v) for k, v in self.categories.items()}},
        }

    @classmethod
    def load(cls, root: Path) -> DatasetSummary:
        d = json.loads((root / SUMMARY_NAME).read_text(encoding="utf-8"))
        f = d["files"]
        return cls(root=root, scale=d["scale"], seed=d["seed"], db_bytes=d["db"]["bytes"],
                   rows=d["db"]["rows"], file_count=f["count"], dir_count=f["dirs"], file_bytes=f["bytes"],
                   categories={k: df.CategoryTotals(**v) for k, v in f["categories"].items()})


Log = Callable[[str], None]


def _quiet(_msg: str) -> None:
    pass


def _stderr(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# Each part is a top-level function so a worker process can run it; each builds its own Text (~30 ms).
def _part_db(root: Path, scale: float, seed: int, log: Log) -> dict[str, int]:
    counts = make_database(root / DB_NAME, scale, seed, Text(seed), log)
    log(f"  db size {(root / DB_NAME).stat().st_size / df.MiB:.1f} MiB")
    return counts


SmallFiles = tuple[dict[str, df.CategoryTotals], int]


def _part_small_files(root: Path, scale: float, seed: int, log: Log) -> SmallFiles:
    text = Text(seed)
    dirs = df.make_tree(root / FILES_DIR, scale, seed, text)
    totals = df.make_small_files(root / FILES_DIR, dirs, scale, seed, text, log)
    return totals, sum(len(v) for v in dirs.values())


def _part_large(root: Path, key: str, scale: float, seed: int, log: Log) -> df.CategoryTotals:
    totals = df.make_large_file(root / FILES_DIR, key, scale, seed, Text(seed))
    log(f"  files: {key:11s}      1 file  {totals.bytes / df.MiB:8.1f} MiB")
    return totals


def _prepare(out: Path, force: bool) -> None:
    if out.exists() and any(out.iterdir()):
        if not force:
            raise FileExistsError(f"{out} exists and is not empty (use --force)")
        foreign = sorted(p.name for p in out.iterdir() if p.name not in _OURS)
        if foreign:  # --force replaces a dataset, never someone's folder
            names = ", ".join(foreign[:3])
            raise FileExistsError(f"{out} holds files that are not a dataset ({names}); not deleting")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def generate(out: Path, *, scale: float = 1.0, seed: int = DEFAULT_SEED, force: bool = False,
             jobs: int | None = None, log: Log = _quiet) -> DatasetSummary:
    """Build the dataset in `out`; `jobs` worker processes (default: CPU count, 1 = in this process)."""
    if scale <= 0:
        raise ValueError("scale must be > 0")
    out = Path(out)
    _prepare(out, force)
    (out / FILES_DIR).mkdir()
    jobs = max(1, min(jobs if jobs is not None else (os.cpu_count() or 1), 5))
    large_keys = [key for key, *_ in df.LARGE_FILES]
    if jobs == 1:
        rows = _part_db(out, scale, seed, log)
        small, n_dirs = _part_small_files(out, scale, seed, log)
        large = [_part_large(out, key, scale, seed, log) for key in large_keys]
    else:
        # forkserver: safe even when the caller has threads (pytest-qt, a GUI); fork is not.
        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            # Longest parts first so the pool stays busy.
            f_db = pool.submit(_part_db, out, scale, seed, log)
            f_small = pool.submit(_part_small_files, out, scale, seed, log)
            f_large = [pool.submit(_part_large, out, key, scale, seed, log) for key in large_keys]
            rows, (small, n_dirs), large = f_db.result(), f_small.result(), [f.result() for f in f_large]
    df.fix_dir_mtimes(out / FILES_DIR)
    categories = {**small, **dict(zip(large_keys, large, strict=True))}
    summary = DatasetSummary(
        root=out, scale=scale, seed=seed, db_bytes=(out / DB_NAME).stat().st_size, rows=rows,
        file_count=sum(c.files for c in categories.values()), dir_count=n_dirs,
        file_bytes=sum(c.bytes for c in categories.values()), categories=categories)
    # Written last: its presence means the dataset is complete.
    tmp = out / (SUMMARY_NAME + ".tmp")
    tmp.write_text(json.dumps(summary.to_json(), indent=2, ensure_ascii=False), encoding="utf-8")
    tmp.replace(out / SUMMARY_NAME)
    return summary


def ensure(out: Path, *, scale: float = 1.0, seed: int = DEFAULT_SEED, jobs: int | None = None,
           log: Log = _quiet) -> DatasetSummary:
    """Reuse a complete dataset with the same scale and seed in `out`, else (re)generate it."""
    try:
        existing = DatasetSummary.load(Path(out))
        if existing.scale == scale and existing.seed == seed and existing.db_path.exists():
            return existing
    except (OSError, ValueError, KeyError):
        pass
    return generate(out, scale=scale, seed=seed, force=True, jobs=jobs, log=log)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.dataset", description=(__doc__ or "").splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--scale", type=float, default=1.0, help="1.0 is about 1 GB; 0.05 for quick runs")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--force", action="store_true", help="replace an existing dataset in OUTDIR")
    ap.add_argument("--jobs", type=int, default=None, help="worker processes (default: CPU count)")
    ap.add_argument("--quiet", action="store_true")
    a = ap.parse_args(argv)
    if a.scale <= 0:
        ap.error("--scale must be > 0")
    log = _quiet if a.quiet else _stderr
    started = time.monotonic()
    log(f"dataset: scale={a.scale} seed={a.seed} -> {a.outdir}")
    try:
        s = generate(a.outdir, scale=a.scale, seed=a.seed, force=a.force, jobs=a.jobs, log=log)
    except FileExistsError as exc:
        ap.error(str(exc))
    log(f"done: db {s.db_bytes / df.MiB:.1f} MiB, {sum(s.rows.values()):,d} rows; files {s.file_count:,d} "
        f"({s.file_bytes / df.MiB:.1f} MiB, {s.dir_count} dirs) in {time.monotonic() - started:.1f}s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
