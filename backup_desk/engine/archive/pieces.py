"""Bytes waiting to be passed on, kept as a list of pieces and joined once when taken.

Growing a bytearray piece by piece and copying it out again held the GIL for every reallocation and copy:
0.4 s in the archive output and 0.25 s in the encryption sink of a 500 MB backup.
"""

from __future__ import annotations


class Pieces:
    __slots__ = ("_parts", "size")

    def __init__(self) -> None:
        self._parts: list[bytes] = []
        self.size = 0  # bytes held

    def add(self, data: bytes | bytearray | memoryview) -> int:
        """Keep `data` (copied unless it is bytes: a caller may reuse its buffer); its length."""
        n = len(data)
        if n:
            self._parts.append(data if isinstance(data, bytes) else bytes(data))
            self.size += n
        return n

    def take(self) -> bytes:
        """Everything held, as one bytes object; the buffer is empty after."""
        parts = self._parts
        out = parts[0] if len(parts) == 1 else b"".join(parts)
        self._parts, self.size = [], 0
        return out
