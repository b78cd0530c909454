"""Chunked AES-256-GCM payload: an encrypting sink for the writer, a seekable decrypted view for the reader.

Layout after the 256-byte header: chunk 0 .. chunk n-1, each `chunk_size` plaintext bytes + 16-byte tag
(the final one holds 0..chunk_size bytes), then a 16-byte end record (b"BDK-END1" + total plaintext
length, u64 big-endian). Nonce of chunk i = i as 11 bytes big-endian + last flag byte (1 on the final
chunk); the final chunk's associated data is the end record, so the length is authenticated too.
"""

from __future__ import annotations

import io
import struct
from collections import OrderedDict
from collections.abc import Callable
from typing import BinaryIO, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from backup_desk.engine.archive.pieces import Pieces
from backup_desk.errors import ArchiveCorruptError, ArchiveTruncatedError
from backup_desk.messages import Text

TAG = 16
END_MAGIC = b"BDK-END1"
END_SIZE = 16
_HINT = Text("The archive file was damaged, cut short or altered; use another copy.")


def nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def end_record(plaintext_length: int) -> bytes:
    return END_MAGIC + struct.pack(">Q", plaintext_length)


class ByteSink(Protocol):
    """Where sealed chunks go: a binary file, or the archive writer's hashing disk writer."""

    def write(self, data: bytes, /) -> object: ...


class EncryptingSink:
    """Write-only stream: buffers one chunk, seals every full chunk once more data follows it."""

    def __init__(self, out: ByteSink, key: bytes, chunk_size: int) -> None:
        self._out, self._aead, self._cs = out, AESGCM(key), chunk_size
        self._pending = Pieces()  # joined once per batch of chunks (see pieces.py)
        self._index = 0
        self._length = 0

    def write(self, data: bytes | bytearray | memoryview) -> int:
        n = self._pending.add(data)
        self._length += n
        cs = self._cs
        if self._pending.size > cs:
            buf = self._pending.take()
            n_full = (len(buf) - 1) // cs  # keep at least one byte: it may belong to the final chunk
            with memoryview(buf) as view:
                for k in range(n_full):
                    self._out.write(
                        self._aead.encrypt(nonce(self._index, False), view[k * cs : (k + 1) * cs], None)
                    )
                    self._index += 1
            self._pending.add(buf[n_full * cs :])
        return n

    def close(self) -> None:
        """Seals the final chunk (possibly empty) and writes the end record."""
        end = end_record(self._length)
        self._out.write(self._aead.encrypt(nonce(self._index, True), self._pending.take(), end))
        self._out.write(end)


class DecryptedView(io.RawIOBase):
    """Seekable, read-only plaintext of an encrypted payload, decrypting one chunk at a time (small LRU).

    The final chunk (and with it the declared length) is authenticated when the view is created.
    """

    def __init__(self, raw: BinaryIO, key: bytes, chunk_size: int, start: int, cache_chunks: int = 4) -> None:
        super().__init__()
        self._raw, self._aead, self._cs, self._start = raw, AESGCM(key), chunk_size, start
        self._cache: OrderedDict[int, bytes] = OrderedDict()
        self._cache_max = cache_chunks
        self._pos = 0
        self.length, self.n_chunks = self._locate_end()
        self._get(self.n_chunks - 1)  # authenticates the end record through the final chunk's tag

    def _locate_end(self) -> tuple[int, int]:
        size = self._raw.seek(0, io.SEEK_END)
        body = size - self._start
        stride = self._cs + TAG
        if body >= END_SIZE:
            self._raw.seek(size - END_SIZE)
            tail = self._raw.read(END_SIZE)
            if tail[:8] == END_MAGIC:
                (length,) = struct.unpack(">Q", tail[8:])
                n = max(1, -(-length // self._cs))
                if body == length + n * TAG + END_SIZE:
                    return length, n
                raise ArchiveCorruptError(
                    Text("The encrypted payload's size ({0} bytes) does not match its end "
                         "record.", body), _HINT
                )
            # Bytes appended after a genuine end record?
            window = min(body, 2 * stride + END_SIZE)
            self._raw.seek(size - window)
            at = self._raw.read(window).rfind(END_MAGIC)
            extra = window - at - END_SIZE
            if at >= 0 and extra > 0:
                raise ArchiveCorruptError(Text("The archive has {0} unexpected bytes after "
                                               "its end.", extra), _HINT)
        complete = max(body, 0) // stride
        raise ArchiveTruncatedError(
            Text("The archive ends early: {0} complete chunk(s) found, the final chunk and end record are "
                 "missing.", complete),
            _HINT,
        )

    def _get(self, index: int) -> bytes:
        hit = self._cache.get(index)
        if hit is not None:
            self._cache.move_to_end(index)
            return hit
        last = index == self.n_chunks - 1
        stride = self._cs + TAG
        self._raw.seek(self._start + index * stride)
        want = (self.length - index * self._cs + TAG) if last else stride
        ct = self._raw.read(want)
        aad = end_record(self.length) if last else None
        try:
            if len(ct) != want:
                raise InvalidTag
            plain = self._aead.decrypt(nonce(index, last), ct, aad)
        except InvalidTag as exc:
            raise ArchiveCorruptError(
                Text("Chunk {0} of {1} (bytes {2}..{3}) failed its authentication check.",
                     index, self.n_chunks, self._start + index * stride, self._start + index * stride + want),
                _HINT,
            ) from exc
        self._cache[index] = plain
        if len(self._cache) > self._cache_max:
            self._cache.popitem(last=False)
        return plain

    def verify_all(self, on_chunk: Callable[[int, int], None] | None = None) -> int:
        """Authenticates every chunk afresh, in order; returns the number checked."""
        for i in range(self.n_chunks):
            self._cache.pop(i, None)  # force a fresh authentication
            plain = self._get(i)
            if on_chunk is not None:
                on_chunk(i, len(plain))
        return self.n_chunks

    # io.RawIOBase protocol ------------------------------------------------------------------------------
    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._pos, io.SEEK_END: self.length}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._pos = base + offset
        return self._pos

    # typeshed's readinto takes any writable buffer; callers here pass one of these two
    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        out = memoryview(b).cast("B")
        done = 0
        while done < len(out) and self._pos < self.length:
            index, off = divmod(self._pos, self._cs)
            chunk = self._get(index)
            n = min(len(out) - done, len(chunk) - off)
            out[done : done + n] = memoryview(chunk)[off : off + n]
            done += n
            self._pos += n
        return done
