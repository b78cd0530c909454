"""Benchmark results: one record per tool and run, medians per tool, and the bar Backup Desk must meet."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bench.measure import Measurement


@dataclass
class RunResult:
    tool: str
    run: int
    backup: Measurement | None = None
    restore: Measurement | None = None
    archive_bytes: int | None = None
    verified: str = ""  # "ok" or what differs
    error: str = ""
    backup_sync_s: float = 0.0
    restore_sync_s: float = 0.0
    load_before: float = 0.0
    load_after: float = 0.0


@dataclass(frozen=True)
class ToolSummary:
    tool: str
    label: str
    runs_ok: int
    runs_failed: int
    backup_wall: float | None
    backup_durable: float | None  # wall + the sync that followed
    backup_cpu: float | None
    backup_rss: float | None
    restore_wall: float | None
    restore_durable: float | None
    restore_cpu: float | None
    restore_rss: float | None
    archive_bytes: float | None
    errors: list[str] = field(default_factory=list)


def _median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def summarise(tool: str, label: str, results: Sequence[RunResult]) -> ToolSummary:
    mine = [r for r in results if r.tool == tool]
    ok = [r for r in mine if not r.error and r.backup and r.restore]

    def med(get: Callable[[RunResult], float | None]) -> float | None:
        return _median([v for r in ok if (v := get(r)) is not None])

    return ToolSummary(
        tool=tool, label=label, runs_ok=len(ok), runs_failed=len(mine) - len(ok),
        backup_wall=med(lambda r: r.backup.wall_s if r.backup else None),
        backup_durable=med(lambda r: r.backup.wall_s + r.backup_sync_s if r.backup else None),
        backup_cpu=med(lambda r: r.backup.cpu_s if r.backup else None),
        backup_rss=med(lambda r: r.backup.peak_rss_mb if r.backup else None),
        restore_wall=med(lambda r: r.restore.wall_s if r.restore else None),
        restore_durable=med(lambda r: r.restore.wall_s + r.restore_sync_s if r.restore else None),
        restore_cpu=med(lambda r: r.restore.cpu_s if r.restore else None),
        restore_rss=med(lambda r: r.restore.peak_rss_mb if r.restore else None),
        archive_bytes=med(lambda r: float(r.archive_bytes) if r.archive_bytes is not None else None),
        errors=[r.error for r in mine if r.error])


@dataclass(frozen=True)
class BarItem:
    what: str
    limit: str
    measured: str
    passed: bool | None  # None: could not be measured
    margin: str


def _ratio_item(what: str, ours: float | None, ref: float | None, limit: float, ref_name: str) -> BarItem:
    if ours is None or ref is None or ref <= 0:
        return BarItem(what, f"≤ {limit:.2f}× {ref_name}", "not measured", None, "")
    ratio = ours / ref
    passed = ratio <= limit
    # How far from the limit, as a share of the limit: positive = headroom, negative = over.
    margin = (limit - ratio) / limit * 100
    text = f"{margin:.0f}% under the limit" if passed else f"{-margin:.0f}% over the limit"
    return BarItem(what, f"≤ {limit:.2f}× {ref_name}", f"{ratio:.2f}×", passed, text)


def bar(summaries: dict[str, ToolSummary], kdf_rss_mb: float | None = None) -> list[BarItem]:
    """The criteria of issue 7: backup ≤ 1.0× restic and ≤ 1.3× tar|zstd|age, restore ≤ 1.0× restic, archive
    ≤ 1.02× tar|zstd|age, peak RSS ≤ the key derivation's own peak (a process doing only that, measured in
    the same run) + 100 MB."""
    ours = summaries.get("backup-desk")
    restic = summaries.get("restic")
    tza = summaries.get("tar-zstd-age")

    def get(s: ToolSummary | None, name: str) -> float | None:
        return getattr(s, name) if s else None

    items = [
        _ratio_item("encrypted full backup, wall", get(ours, "backup_wall"), get(restic, "backup_wall"), 1.0,
                    "restic"),
        _ratio_item("encrypted full backup, wall", get(ours, "backup_wall"), get(tza, "backup_wall"), 1.3,
                    "tar|zstd|age"),
        _ratio_item("restore, wall", get(ours, "restore_wall"), get(restic, "restore_wall"), 1.0, "restic"),
        _ratio_item("archive size", get(ours, "archive_bytes"), get(tza, "archive_bytes"), 1.02,
                    "tar|zstd|age"),
    ]
    peak = [v for v in (get(ours, "backup_rss"), get(ours, "restore_rss")) if v is not None]
    label = "peak RSS (backup or restore)"
    if not peak or kdf_rss_mb is None:
        items.append(BarItem(label, "≤ key derivation + 100 MB", "not measured", None, ""))
        return items
    worst, limit = max(peak), kdf_rss_mb + 100
    passed = worst <= limit
    margin = f"{limit - worst:.0f} MB under" if passed else f"{worst - limit:.0f} MB over"
    items.append(BarItem(label, f"≤ {limit:.0f} MB (key derivation alone: {kdf_rss_mb:.0f} MB, + 100)",
                         f"{worst:.0f} MB", passed, margin))
    return items
