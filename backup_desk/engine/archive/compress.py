"""Compression of entry data: whole small payloads in the worker pool, large streams on every core.

Zstandard streams use libzstd's own worker threads (one frame, so every reader handles it); Deflate
streams are cut into 1 MiB blocks compressed in the pool and joined the way pigz does (sync-flushed raw
deflate blocks, each primed with the previous block's last 32 KiB). Both release the GIL.
Incompressible data is detected cheaply (a fast probe on a sample) and stored instead.
"""

from __future__ import annotations

import os
import struct
import threading
import zlib
from collections import deque
from collections.abc import Callable
from concurrent.futures import Executor, Future

from backports import zstd
from backports.zstd import CompressionParameter

from backup_desk.engine.archive.zipfmt import METHOD_DEFLATE, METHOD_STORED, METHOD_ZSTD
from backup_desk.engine.contracts import Compression

# Deflate level 1: about twice the speed of level 6 for ~3 % larger archives (it is the compatibility choice).
DEFAULT_LEVELS: dict[Compression, int] = {"zstd": 3, "deflate": 1, "store": 0}
BLOCK = 1 << 20
PROBE = 128 << 10
ZSTD_JOB_SIZE = 4 << 20
STORE_RATIO = 0.97  # keep compressed output only when it saves at least 3 %
# libarchive (bsdtar) 3.6/3.7 fails with "Truncated zstd file body" when the frame's last output exactly fills
# its 128 KiB buffer (e.g. sizes that are multiples of 128 KiB); an empty skippable frame after the data frame
# gives it the extra call it needs. zstd readers skip it by definition (7-Zip, Python's zipfile checked).
ZSTD_TRAILER = struct.pack("<II", 0x184D2A50, 0)
ZSTD_TRAILER_FROM = 128 << 10

_local = threading.local()
Emit = Callable[[bytes], None]


def cpu_count() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def method_of(compression: Compression) -> int:
    return {"zstd": METHOD_ZSTD, "deflate": METHOD_DEFLATE, "store": METHOD_STORED}[compression]


def _zstd_compressor(level: int) -> zstd.ZstdCompressor:
    cache: dict[int, zstd.ZstdCompressor] | None = getattr(_local, "zstd", None)
    if cache is None:
        cache = _local.zstd = {}
    comp = cache.get(level)
    if comp is None:
        comp = cache[level] = zstd.ZstdCompressor(level=level)
    return comp


def compress_whole(data: bytes, compression: Compression, level: int) -> tuple[int, bytes]:
    """(method, payload) for a small entry; stored when compression would not save anything."""
    if compression == "store" or len(data) < 64:
        return METHOD_STORED, data
    if compression == "zstd":
        out = _zstd_compressor(level).compress(data, mode=zstd.ZstdCompressor.FLUSH_FRAME)
        if len(data) >= ZSTD_TRAILER_FROM:
            out += ZSTD_TRAILER
    else:
        out = zlib.compress(data, level, -15)
    if len(out) >= len(data) * STORE_RATIO:
        return METHOD_STORED, data
    return method_of(compression), out


def looks_incompressible(sample: bytes | memoryview) -> bool:
    """True when a fast zstd pass over a sample saves less than 3 % (random, already compressed data)."""
    head = bytes(sample[:PROBE])
    if len(head) < 4096:
        return False
    return (
        len(_zstd_compressor(1).compress(head, mode=zstd.ZstdCompressor.FLUSH_FRAME))
        >= len(head) * STORE_RATIO
    )


class StreamCompressor:
    """Compresses one entry's data stream; compressed bytes go to `emit` in order."""

    def __init__(self, method: int, level: int, emit: Emit, pool: Executor, workers: int) -> None:
        self.method, self._emit = method, emit
        self.compressed = 0
        self._zstd: zstd.ZstdCompressor | None = None
        self._level, self._pool, self._window = level, pool, max(2, 2 * workers)
        self._pending: deque[Future[bytes]] = deque()
        self._held: bytes | None = None  # the latest deflate block: final or not is known only later
        self._dict = b""
        if method == METHOD_ZSTD:
            opts: dict[int, int] = {CompressionParameter.compression_level: level}
            if workers > 1:
                opts[CompressionParameter.nb_workers] = workers
                opts[CompressionParameter.job_size] = ZSTD_JOB_SIZE
            self._zstd = zstd.ZstdCompressor(options=opts)

    def _out(self, data: bytes) -> None:
        if data:
            self.compressed += len(data)
            self._emit(data)

    def feed(self, data: bytes) -> None:
        if self.method == METHOD_STORED:
            self._out(data)
        elif self._zstd is not None:
            self._out(self._zstd.compress(data))
        else:
            if self._held is not None:
                self._submit(self._held, final=False)
            self._held = data

    def _submit(self, block: bytes, final: bool) -> None:
        self._pending.append(self._pool.submit(_deflate_block, block, self._dict, self._level, final))
        self._dict = block[-32768:]
        while len(self._pending) > self._window:
            self._out(self._pending.popleft().result())

    def finish(self) -> None:
        if self._zstd is not None:
            self._out(self._zstd.flush() + ZSTD_TRAILER)
        elif self.method == METHOD_DEFLATE:
            self._submit(self._held or b"", final=True)
            self._held = None
            while self._pending:
                self._out(self._pending.popleft().result())

    def cancel(self) -> None:
        for fut in self._pending:
            fut.cancel()
        self._pending.clear()


def _deflate_block(block: bytes, zdict: bytes, level: int, final: bool) -> bytes:
    if looks_incompressible(block):
        level = 0  # stored deflate blocks: random data costs a copy, not a 60 MB/s search
    comp = (
        zlib.compressobj(level, zlib.DEFLATED, -15, zdict=zdict)
        if zdict
        else zlib.compressobj(level, zlib.DEFLATED, -15)
    )
    return comp.compress(block) + comp.flush(zlib.Z_FINISH if final else zlib.Z_SYNC_FLUSH)
