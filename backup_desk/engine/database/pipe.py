"""Write an entry from a helper thread so encoding the next rows overlaps compressing the previous ones."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from types import TracebackType
from typing import IO


class BackgroundWriter:
    """`write()` hands bytes to a thread that writes them to `out` (and to `tap`) in order; the queue is
    bounded (`depth` batches of a few MiB), so memory stays flat.

    Errors raised by `out.write` (disk full, cancellation) surface at the next `write()` or at `close()`.
    """

    def __init__(
        self, out: IO[bytes], depth: int = 6, tap: Callable[[bytes | memoryview], None] | None = None
    ) -> None:
        self._out, self._tap = out, tap
        self._queue: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=depth)  # None: stop
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="db-dump-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            if self._error is None:
                try:
                    self._out.write(item)
                    if self._tap is not None:
                        self._tap(item)
                except BaseException as exc:  # re-raised in the caller's thread
                    self._error = exc

    def _raise(self) -> None:
        if self._error is not None:
            raise self._error

    def write(self, data: bytes | memoryview) -> None:
        self._raise()
        self._queue.put(data)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        self._raise()

    def __enter__(self) -> BackgroundWriter:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        if et is None:
            self.close()
        else:  # stop the thread, keep the original exception
            self._queue.put(None)
            self._thread.join()
