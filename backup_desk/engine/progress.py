"""Progress reporting and cancellation shared by every engine job (no Qt here).

The engine calls `ProgressReporter.update(...)` as it goes; the reporter rate-limits, computes rate and ETA
and hands a `Progress` snapshot to a sink (the CLI prints it, the Qt job wrapper turns it into a signal).
Long loops call `cancel.check()` so that cancelling takes effect within one chunk of work.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from backup_desk.errors import CancelledError
from backup_desk.messages import Text
from backup_desk.testpoints import stop_point


@dataclass(frozen=True)
class Progress:
    phase: str  # machine name: "prepare", "database", "files", "finalize", "restore", "verify", ...
    bytes_done: int = 0
    bytes_total: int | None = None
    items_done: int = 0
    items_total: int | None = None
    rate_bytes_per_s: float = 0.0
    eta_seconds: float | None = None
    detail: str = ""  # current table or file (no secrets)


ProgressSink = Callable[[Progress], None]


class CancelToken:
    """Thread-safe cancellation flag; `check()` raises CancelledError once cancelled."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Blocks until cancelled (True) or the timeout passed (False)."""
        return self._event.wait(timeout)

    def check(self) -> None:
        if self._event.is_set():
            raise CancelledError(Text("The job was cancelled."),
                                 Text("Nothing was written; start it again when ready."))


class LinkedCancel(CancelToken):
    """Cancelled when its own flag is set or when the parent token is (the person's cancel)."""

    def __init__(self, parent: CancelToken) -> None:
        super().__init__()
        self._parent = parent

    @property
    def cancelled(self) -> bool:
        return super().cancelled or self._parent.cancelled

    def check(self) -> None:
        self._parent.check()
        super().check()


class ProgressReporter:
    """Accumulates counters and emits at most every `min_interval` seconds (phase changes emit at once).

    `advance` runs once per file or chunk (tens of thousands of times in a backup of many small files), so
    it only adds to counters; the `Progress` snapshot (rate, ETA) is built when it is emitted or asked for.
    """

    def __init__(self, sink: ProgressSink | None = None, min_interval: float = 0.1) -> None:
        self._sink = sink
        self._min_interval = min_interval
        self._lock = threading.Lock()
        self._phase = "prepare"
        self._stop_name = "during-prepare"
        self._bytes_total: int | None = None
        self._items_total: int | None = None
        self._bytes_done = 0
        self._items_done = 0
        self._detail = ""
        self._phase_started = time.monotonic()
        self._last_emit = 0.0

    @property
    def state(self) -> Progress:
        with self._lock:
            return self._snapshot(time.monotonic())

    def _snapshot(self, now: float) -> Progress:
        done = self._bytes_done
        rate = done / max(now - self._phase_started, 1e-6)
        eta = max(self._bytes_total - done, 0) / rate if self._bytes_total and rate > 0 else None
        return Progress(phase=self._phase, bytes_done=done, bytes_total=self._bytes_total,
                        items_done=self._items_done, items_total=self._items_total, rate_bytes_per_s=rate,
                        eta_seconds=eta, detail=self._detail)

    def phase(self, name: str, bytes_total: int | None = None, items_total: int | None = None) -> None:
        with self._lock:
            self._phase, self._stop_name = name, f"during-{name}"
            self._bytes_total, self._items_total = bytes_total, items_total
            self._bytes_done = self._items_done = 0
            self._detail = ""
            self._phase_started = time.monotonic()
        self._emit(force=True)

    def advance(self, nbytes: int = 0, items: int = 0, detail: str | None = None) -> None:
        with self._lock:
            self._bytes_done += nbytes
            self._items_done += items
            if detail is not None:
                self._detail = detail
            stop_name = self._stop_name
        self._emit()
        stop_point(stop_name)  # crash tests: "during-database", "during-files", "during-restore"

    def _emit(self, force: bool = False) -> None:
        if self._sink is None:
            return
        now = time.monotonic()
        if not force and now - self._last_emit < self._min_interval:
            return
        self._last_emit = now
        with self._lock:
            snapshot = self._snapshot(now)
        self._sink(snapshot)
