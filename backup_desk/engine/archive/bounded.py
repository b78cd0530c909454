"""A thread pool whose queue is bounded by the memory its pending tasks hold.

The reading thread hands each task the bytes it needs (a small entry's compressed payload, a file's
content); `submit` waits for the oldest task while the total held would pass the bound, so memory stays
small however many entries there are, and the first failure is re-raised on the submitting thread.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

MAX_PENDING_TASKS = 256


class BoundedPool:
    def __init__(self, workers: int, max_bytes: int, name: str) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._pending: deque[tuple[int, Future[None]]] = deque()
        self._bytes = 0
        self._max = max_bytes

    def submit(self, nbytes: int, work: Callable[..., None], *args: object) -> None:
        """Runs `work(*args)` on a worker; `nbytes` is the memory it holds until done."""
        while self._pending and (self._bytes + nbytes > self._max or len(self._pending) >= MAX_PENDING_TASKS):
            self._wait_one()
        self._pending.append((nbytes, self._pool.submit(work, *args)))
        self._bytes += nbytes

    def _wait_one(self) -> None:
        size, fut = self._pending.popleft()
        self._bytes -= size
        fut.result()

    def close(self) -> None:
        """Waits for every task; raises the first error."""
        try:
            while self._pending:
                self._wait_one()
        finally:
            self.abandon()

    def abandon(self) -> None:
        """Stops: drops queued tasks, waits for running ones (so nothing runs after the caller cleans up)."""
        for _, fut in self._pending:
            fut.cancel()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pending.clear()
