"""Read an entry ahead in a thread: decryption and decompression of the next chunk overlap with sending
the current one to the server."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import IO


def prefetched(stream: IO[bytes], size: int, chunk: int, depth: int = 4) -> Iterator[bytes]:
    """`size` bytes of `stream` in chunks of up to `chunk` bytes; raises EOFError when it ends early."""
    q: queue.Queue[bytes | BaseException | None] = queue.Queue(maxsize=depth)  # None: the end
    stop = threading.Event()

    def run() -> None:
        left = size
        try:
            while left > 0 and not stop.is_set():
                data = stream.read(min(left, chunk))
                if not data:
                    raise EOFError("the entry ends early")
                left -= len(data)
                q.put(data)
            q.put(None)
        except BaseException as exc:  # handed to the consumer
            q.put(exc)

    thread = threading.Thread(target=run, name="db-restore-reader", daemon=True)
    thread.start()
    try:
        while True:
            item = q.get()
            if item is None:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()
        while thread.is_alive():  # unblock a reader waiting on a full queue
            try:
                q.get_nowait()
            except queue.Empty:
                thread.join(0.01)
