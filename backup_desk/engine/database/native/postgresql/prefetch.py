"""Read an entry ahead in a thread: decryption and decompression of the next chunk overlap with sending
the current one to the server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO

from backup_desk.engine.database.pipe import read_ahead


def _chunks(stream: IO[bytes], size: int, chunk: int) -> Iterator[bytes]:
    left = size
    while left > 0:
        data = stream.read(min(left, chunk))
        if not data:
            raise EOFError("the entry ends early")
        left -= len(data)
        yield data


def prefetched(stream: IO[bytes], size: int, chunk: int, depth: int = 4) -> Iterator[bytes]:
    """`size` bytes of `stream` in chunks of up to `chunk` bytes; raises EOFError when it ends early."""
    return read_ahead(_chunks(stream, size, chunk), depth, name="db-restore-reader")
