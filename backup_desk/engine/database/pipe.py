"""Write an entry from a helper thread so encoding the next rows overlaps compressing the previous ones."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import IO, TypeVar

_STOP = object()
T = TypeVar("T")


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


class _Failed:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc


def read_ahead(items: Iterable[T], depth: int = 2, name: str = "db-dump-reader") -> Iterator[T]:
    """`items` produced on a helper thread, up to `depth` ahead of the consumer: the server prepares the
    next chunk of rows while this thread hashes and writes the current one (or the archive is decrypted and
    decompressed while rows go to the server). The iterable must not share
    anything with the consumer meanwhile (its connection, for one). Errors re-raise in the consumer;
    leaving the loop early stops the producer at its next item."""
    q: queue.Queue[object] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def run() -> None:
        it = iter(items)
        try:
            for item in it:
                while not stop.is_set():
                    try:
                        q.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    break
            else:
                q.put(_STOP)
                return
            close = getattr(it, "close", None)  # a generator's cleanup (its cursor) runs on this thread
            if close is not None:
                close()
        except BaseException as exc:  # handed to the consumer
            q.put(_Failed(exc))

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    try:
        while True:
            got = q.get()
            if got is _STOP:
                return
            if isinstance(got, _Failed):
                raise got.exc
            yield got  # type: ignore[misc]  # every other item is one of `items`
    finally:
        stop.set()
        while thread.is_alive():  # unblock a producer waiting on a full queue, then let it finish
            try:
                q.get_nowait()
            except queue.Empty:
                thread.join(0.05)
