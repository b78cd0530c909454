"""The stats widget's numbers, checked against a hand-made history."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from backup_desk.catalog.models import Backup
from backup_desk.services.stats import compute_stats

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def _add(ctx, rows) -> None:  # type: ignore[no-untyped-def]
    with ctx.catalog.write() as s:
        for status, btype, days_ago, size, duration in rows:
            s.add(Backup(backup_name="b", backup_type=btype, status=status, file_size=size,
                         duration_seconds=duration, created_at=NOW - timedelta(days=days_ago)))


def test_empty_history(ctx) -> None:  # type: ignore[no-untyped-def]
    st = compute_stats(ctx, NOW)
    assert st.total == 0 and st.success_rate is None and st.mean_duration_seconds is None
    assert st.trend_percent is None and st.total_size == 0
    assert [(t.backup_type, t.count) for t in st.by_type] == [("full", 0), ("metadata", 0), ("data", 0)]


def test_metrics(ctx) -> None:  # type: ignore[no-untyped-def]
    _add(ctx, [
        ("completed", "full", 1, 1000, 10.0),
        ("completed", "full", 2, 3000, 20.0),
        ("completed", "metadata", 3, 500, 30.0),
        ("failed", "data", 4, None, 5.0),
        ("running", "full", 0.01, None, None),
        ("pending", "data", 0.02, None, None),
        ("completed", "full", 8, 100, 60.0),   # previous week
        ("failed", "full", 13, None, 1.0),     # previous week
        ("completed", "data", 20, 7, 2.0),     # older than both windows
    ])
    st = compute_stats(ctx, NOW)
    assert (st.total, st.completed, st.failed, st.running) == (9, 5, 2, 2)
    assert st.success_rate == pytest.approx(5 / 7 * 100)
    assert st.total_size == 1000 + 3000 + 500 + 100 + 7  # completed backups only
    assert st.mean_duration_seconds == pytest.approx((10 + 20 + 30 + 60 + 2) / 5)  # completed only
    assert (st.last_7_days, st.previous_7_days) == (6, 2)
    assert st.trend_percent == pytest.approx(200.0)
    assert {t.backup_type: t.count for t in st.by_type} == {"full": 5, "metadata": 1, "data": 3}
