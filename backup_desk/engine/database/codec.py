"""The typed row encoding of `db/tables/NNNN.rows` (format "msgpack-rows/1").

An entry is a plain concatenation of MessagePack arrays, one per row, columns in the order of the table in
`db/schema.json`. MessagePack's own types carry NULL, booleans, integers up to 64 bits, doubles (NaN and
infinities included, bit for bit), text (UTF-8 `str`) and bytes (`bin`). Other values use extension types
whose payload is ASCII text so a person can read them:

  1 decimal   str(Decimal)                   e.g. "-12.500"  (exact, scale kept; "NaN", "Infinity")
  2 date      date.isoformat()               "2024-02-29"
  3 time      time.isoformat()               "13:45:00.123456" (offset appended when aware)
  4 datetime  datetime.isoformat()           "2024-02-29T13:45:00.000001" (naive datetimes)
  5 interval  "days,seconds,microseconds"    a timedelta
  6 integer   decimal digits                 integers beyond 64 bits
  7 uuid      the 16 raw bytes
Datetimes with a time zone are instants: MessagePack's own Timestamp (extension -1, UTC seconds and
nanoseconds), packed and unpacked in C; they read back in UTC (PostgreSQL keeps no offset either).
Packing a whole fetchmany() batch is one C call; the array header in front of the batch is cut off so the
entry (and its hash) does not depend on how rows were batched.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import IO, Any

import msgpack

from backup_desk.errors import ArchiveCorruptError
from backup_desk.messages import Text

EXT_DECIMAL, EXT_DATE, EXT_TIME, EXT_DATETIME, EXT_INTERVAL, EXT_BIGINT, EXT_UUID = range(1, 8)
_HINT = Text("The archive is damaged; verify it, and restore from another backup if it fails.")
MAX_VALUE_BYTES = 1 << 31  # one value (a large BLOB) may be up to 2 GiB; only one row is held at a time


def _ext(code: int, data: bytes) -> msgpack.ExtType:
    # ExtType's own constructor re-checks its arguments in Python: too slow for millions of values.
    return tuple.__new__(msgpack.ExtType, (code, data))


def _default(v: Any) -> Any:
    if isinstance(v, Decimal):
        return _ext(EXT_DECIMAL, str(v).encode("ascii"))
    if isinstance(v, dt.datetime):
        return _ext(EXT_DATETIME, v.isoformat().encode("ascii"))
    if isinstance(v, dt.date):
        return _ext(EXT_DATE, v.isoformat().encode("ascii"))
    if isinstance(v, dt.time):
        return _ext(EXT_TIME, v.isoformat().encode("ascii"))
    if isinstance(v, dt.timedelta):
        return _ext(EXT_INTERVAL, f"{v.days},{v.seconds},{v.microseconds}".encode("ascii"))
    if isinstance(v, int):  # only called for integers msgpack cannot hold in 64 bits
        return _ext(EXT_BIGINT, str(v).encode("ascii"))
    if isinstance(v, uuid.UUID):
        return _ext(EXT_UUID, v.bytes)
    if isinstance(v, memoryview | bytearray):
        return bytes(v)
    return str(v)  # driver-specific objects (network addresses, ranges...) are kept as their text form


def _ext_hook(code: int, data: bytes) -> Any:
    if code == EXT_DECIMAL:
        return Decimal(data.decode("ascii"))
    if code == EXT_DATETIME:
        return dt.datetime.fromisoformat(data.decode("ascii"))
    if code == EXT_DATE:
        return dt.date.fromisoformat(data.decode("ascii"))
    if code == EXT_TIME:
        return dt.time.fromisoformat(data.decode("ascii"))
    if code == EXT_INTERVAL:
        d, s, us = (int(x) for x in data.split(b","))
        return dt.timedelta(days=d, seconds=s, microseconds=us)
    if code == EXT_BIGINT:
        return int(data)
    if code == EXT_UUID:
        return uuid.UUID(bytes=data)
    return msgpack.ExtType(code, data)


class RowPacker:
    """Encodes batches of rows (sequences of column values) into the entry's byte format."""

    def __init__(self) -> None:
        self._packer = msgpack.Packer(default=_default, use_bin_type=True, autoreset=True, datetime=True)

    def pack_rows(self, rows: Sequence[Sequence[Any]]) -> memoryview:
        """The rows' encoding (a view: slicing off the array header must not copy a batch of BLOBs)."""
        if not rows:
            return memoryview(b"")
        data = self._packer.pack(rows if isinstance(rows, list) else list(rows))
        first = data[0]
        header = 1 if 0x90 <= first <= 0x9F else 3 if first == 0xDC else 5
        return memoryview(data)[header:]

    def pack_row(self, row: Sequence[Any]) -> bytes:
        return self._packer.pack(row)


class _Counting:
    def __init__(self, stream: IO[bytes]) -> None:
        self._stream, self.total = stream, 0

    def read(self, n: int = -1) -> bytes:
        data = self._stream.read(n)
        self.total += len(data)
        return data


def _unpacker(source: _Counting, read_size: int) -> msgpack.Unpacker:
    return msgpack.Unpacker(
        source,
        read_size=read_size,
        ext_hook=_ext_hook,
        timestamp=3,  # Timestamp extension -> aware datetime in UTC
        use_list=False,
        raw=False,
        strict_map_key=False,
        max_buffer_size=MAX_VALUE_BYTES,
    )


def iter_rows(stream: IO[bytes], read_size: int = 1 << 20) -> Iterator[tuple[Any, ...]]:
    """Decode rows one at a time from a readable binary stream (never the whole entry in memory).

    Raises ArchiveCorruptError when the data is not a sequence of rows or ends inside a row.
    """
    counting = _Counting(stream)
    unpacker = _unpacker(counting, read_size)
    try:
        for row in unpacker:
            if not isinstance(row, tuple):
                raise ValueError("a row is not an array")
            yield row
    except (ValueError, msgpack.UnpackException) as exc:
        raise ArchiveCorruptError(Text("The archive's table rows cannot be decoded "
                                       "({0}).", exc), _HINT) from exc
    if unpacker.tell() != counting.total:
        raise ArchiveCorruptError(Text("The archive's table rows end in the middle of a row."), _HINT)


def iter_batches(stream: IO[bytes], size: int = 5000) -> Iterator[list[tuple[Any, ...]]]:
    """Like iter_rows, `size` rows at a time (decoded in C, without a Python step per row)."""
    counting = _Counting(stream)
    unpacker = _unpacker(counting, 1 << 20)
    try:
        while batch := list(itertools.islice(unpacker, size)):
            if set(map(type, batch)) != {tuple}:
                raise ValueError("a row is not an array")
            yield batch
    except (ValueError, msgpack.UnpackException) as exc:
        raise ArchiveCorruptError(Text("The archive's table rows cannot be decoded "
                                       "({0}).", exc), _HINT) from exc
    if unpacker.tell() != counting.total:
        raise ArchiveCorruptError(Text("The archive's table rows end in the middle of a row."), _HINT)
