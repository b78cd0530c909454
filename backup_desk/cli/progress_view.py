"""Progress on stderr: one updating line on a terminal, periodic plain lines otherwise (logs, CI)."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import time
from typing import TextIO

from backup_desk.engine.progress import Progress
from backup_desk.sizes import format_size

PHASE_LABELS = {
    "prepare": "Preparing",
    "database": "Database",
    "files": "Files",
    "finalize": "Finalizing",
    "restore": "Restoring",
    "verify": "Verifying",
    "decrypt": "Decrypting",
    "safety-backup": "Safety backup",
}


def fmt_eta(seconds: float | None) -> str:
    if seconds is None:
        return "--:--"
    total = int(seconds + 0.5)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def describe(p: Progress) -> str:
    """`Files  120.4 MB / 300.0 MB  40%  85.2 MB/s  ETA 00:02  photos/a.jpg`"""
    parts = [PHASE_LABELS.get(p.phase, p.phase.replace("_", " ").replace("-", " ").capitalize())]
    if p.bytes_total:
        pct = min(100.0, 100.0 * p.bytes_done / p.bytes_total)
        parts.append(f"{format_size(p.bytes_done)} / {format_size(p.bytes_total)}  {pct:.0f}%")
    else:
        parts.append(format_size(p.bytes_done))
    if p.items_total:
        parts.append(f"{p.items_done:,}/{p.items_total:,} items")
    elif p.items_done:
        parts.append(f"{p.items_done:,} items")
    parts.append(f"{format_size(int(p.rate_bytes_per_s))}/s")
    parts.append(f"ETA {fmt_eta(p.eta_seconds)}")
    if p.detail:
        parts.append(p.detail)
    return "  ".join(parts)


def drop_closed_stderr() -> None:
    """stderr is gone: later messages go nowhere instead of raising (or making the exit status 120)."""
    with contextlib.suppress(OSError):
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 (lives as long as the process)


class ProgressView:
    """A ProgressSink. On a TTY it redraws one line (at most 10 times a second); elsewhere it prints a
    line when the phase changes and then every `interval` seconds, so a log stays readable."""

    def __init__(self, stream: TextIO | None = None, *, enabled: bool = True, interval: float = 2.0,
                 tty: bool | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._enabled = enabled
        try:
            self._tty = self._stream.isatty() if tty is None else tty
        except ValueError:  # already closed
            self._tty, self._enabled = False, False
        self._interval = 0.1 if self._tty else interval
        self._last_phase: str | None = None
        self._last_at = 0.0
        self._line_open = False

    def __call__(self, p: Progress) -> None:
        if not self._enabled:
            return
        now = time.monotonic()
        changed = p.phase != self._last_phase
        if not changed and now - self._last_at < self._interval:
            return
        self._last_phase, self._last_at = p.phase, now
        try:
            self._write(describe(p), changed)
        except (OSError, ValueError):  # stderr closed (piped into `head`, a cron mailer gone): drop it
            self._enabled = False
            if self._stream is sys.stderr:
                drop_closed_stderr()

    def _write(self, text: str, changed: bool) -> None:
        if self._tty:
            width = max(20, shutil.get_terminal_size((100, 20)).columns - 1)
            if changed and self._line_open:
                self._stream.write("\n")  # keep the finished phase's last state visible
            self._stream.write("\r" + text[:width] + "\x1b[K")
            self._line_open = True
        else:
            self._stream.write(text + "\n")
        self._stream.flush()

    def close(self) -> None:
        """Ends the updating line so that the next message starts on its own line."""
        if self._enabled and self._tty and self._line_open:
            with contextlib.suppress(OSError, ValueError):
                self._stream.write("\n")
                self._stream.flush()
        self._line_open = False
