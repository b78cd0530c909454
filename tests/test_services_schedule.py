"""Next run and overdue computation."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from backup_desk.services.schedule import add_period, is_due, is_overdue, next_run_at

T = datetime(2026, 1, 31, 9, 0, tzinfo=UTC)


def test_periods() -> None:
    assert add_period(T, "daily") == T + timedelta(days=1)
    assert add_period(T, "weekly") == T + timedelta(days=7)
    assert add_period(T, "monthly") == datetime(2026, 2, 28, 9, 0, tzinfo=UTC)
    assert add_period(datetime(2026, 12, 15, tzinfo=UTC), "monthly") == datetime(2027, 1, 15, tzinfo=UTC)


def test_next_run_and_overdue() -> None:
    created = T - timedelta(days=30)
    assert next_run_at("manual", True, created, None) is None
    assert next_run_at("daily", False, created, T) is None
    assert next_run_at("daily", True, created, None) == created  # never succeeded: due at once
    nxt = next_run_at("daily", True, created, T)
    assert nxt == T + timedelta(days=1)
    assert not is_due(nxt, T + timedelta(hours=23)) and is_due(nxt, T + timedelta(days=1))
    assert not is_overdue("daily", nxt, T + timedelta(days=1, hours=1))
    assert is_overdue("daily", nxt, T + timedelta(days=1, hours=3))
    assert not is_overdue("weekly", None, T)
