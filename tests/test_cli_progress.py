"""The CLI's progress rendering (a real ProgressReporter driving the real view into a text stream)."""

from __future__ import annotations

import io
import time

from backup_desk.cli.progress_view import ProgressView, describe, fmt_eta
from backup_desk.engine.progress import Progress, ProgressReporter


def test_describe_has_phase_bytes_rate_eta() -> None:
    text = describe(Progress(phase="files", bytes_done=50_000_000, bytes_total=200_000_000, items_done=3,
                             items_total=10, rate_bytes_per_s=25_000_000, eta_seconds=6.2, detail="a/b.txt"))
    assert text.startswith("Files")
    for part in ("50.0 MB / 200.0 MB", "25%", "3/10 items", "25.0 MB/s", "ETA 00:06", "a/b.txt"):
        assert part in text
    assert "ETA --:--" in describe(Progress(phase="database"))
    assert fmt_eta(3725) == "1:02:05"


def test_tty_redraws_one_line() -> None:
    out = io.StringIO()
    view = ProgressView(out, tty=True)
    reporter = ProgressReporter(view, min_interval=0)
    reporter.phase("files", bytes_total=1000)
    for _ in range(3):
        time.sleep(0.11)
        reporter.advance(100)
    view.close()
    text = out.getvalue()
    assert text.count("\r") >= 3 and text.count("\n") == 1  # redrawn in place, one newline at the end
    assert "\x1b[K" in text and "300 B / 1.0 kB  30%" in text


def test_non_tty_prints_phase_changes_and_periodic_lines() -> None:
    out = io.StringIO()
    view = ProgressView(out, tty=False, interval=0.2)
    reporter = ProgressReporter(view, min_interval=0)
    reporter.phase("database")
    for _ in range(50):
        reporter.advance(10)  # far more updates than lines printed
    reporter.phase("files", bytes_total=100)
    time.sleep(0.25)
    reporter.advance(50)
    view.close()
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue()
    assert [line.split()[0] for line in lines] == ["Database", "Files", "Files"]
    assert "50%" in lines[-1]


def test_disabled_view_prints_nothing() -> None:
    out = io.StringIO()
    view = ProgressView(out, enabled=False, tty=True)
    view(Progress(phase="files"))
    view.close()
    assert out.getvalue() == ""
