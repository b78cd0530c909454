"""Byte layout of the ZIP structures we write (PKWARE APPNOTE 6.3): always ZIP64, UTF-8 names.

Written by hand rather than through `zipfile` so that compressed data produced in parallel can be appended
as is, and many tiny entries cost a few struct packs each. Readers: 7-Zip, libarchive (bsdtar), Info-ZIP
unzip (Deflate/stored), Python's zipfile.
"""

from __future__ import annotations

import struct
import time
from dataclasses import dataclass

METHOD_STORED = 0
METHOD_DEFLATE = 8
METHOD_ZSTD = 93

FLAG_DESCRIPTOR = 0x0008  # sizes and CRC follow the data
FLAG_UTF8 = 0x0800
VERSION_MADE_BY = (3 << 8) | 63  # Unix, spec 6.3 (so external attributes carry POSIX modes)
U32 = 0xFFFFFFFF

S_IFREG, S_IFDIR, S_IFLNK = 0o100000, 0o040000, 0o120000

_LOCAL = struct.Struct("<IHHHHHIIIHH")
_CENTRAL = struct.Struct("<IHHHHHHIIIHHHHHII")
_ZIP64_LOCAL = struct.Struct("<HHQQ")
_ZIP64_CENTRAL = struct.Struct("<HHQQQ")
_UT = struct.Struct("<HHBi")  # extended timestamp: tag, size, flags (mtime present), mtime
_DESCRIPTOR = struct.Struct("<IIQQ")
_EOCD64 = struct.Struct("<IQHHIIQQQQ")
_LOCATOR64 = struct.Struct("<IIQI")
_EOCD = struct.Struct("<IHHHHIIH")


def version_needed(method: int) -> int:
    return 63 if method == METHOD_ZSTD else 45


def dos_datetime(mtime: float) -> tuple[int, int]:
    """MS-DOS (time, date) in local time, as ZIP tools expect; clamped to 1980..2107."""
    t = time.localtime(max(mtime, 0))
    if t.tm_year < 1980:
        return 0, (1 << 5) | 1  # 1980-01-01 00:00
    if t.tm_year > 2107:
        return (23 << 11) | (59 << 5) | 29, (127 << 9) | (12 << 5) | 31
    return (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2), ((t.tm_year - 1980) << 9) | (
        t.tm_mon << 5
    ) | t.tm_mday


def _ut_extra(mtime: float) -> bytes:
    return _UT.pack(0x5455, 5, 1, int(min(max(mtime, -(2**31)), 2**31 - 1)))


@dataclass(frozen=True, slots=True)
class CentralEntry:
    name: bytes
    flags: int
    method: int
    mtime: float
    dos: tuple[int, int]  # dos_datetime(mtime), computed once for both headers
    crc: int
    csize: int
    usize: int
    offset: int
    external_attr: int


def external_attr(kind: str, mode: int) -> int:
    if kind == "dir":
        return ((S_IFDIR | (mode & 0o7777)) << 16) | 0x10
    if kind == "symlink":
        return (S_IFLNK | 0o777) << 16
    return (S_IFREG | (mode & 0o7777)) << 16


def local_header(
    name: bytes,
    method: int,
    mtime: float,
    dos: tuple[int, int],
    *,
    crc: int = 0,
    csize: int = 0,
    usize: int = 0,
    descriptor: bool = False,
) -> bytes:
    """Local header with a ZIP64 extra (and sizes there, or zeros when a data descriptor follows)."""
    flags = FLAG_UTF8 | (FLAG_DESCRIPTOR if descriptor else 0)
    tm, dt = dos
    extra = _ZIP64_LOCAL.pack(1, 16, usize, csize) + _ut_extra(mtime)
    head = _LOCAL.pack(
        0x04034B50, version_needed(method), flags, method, tm, dt, crc, U32, U32, len(name), len(extra)
    )
    return head + name + extra


def data_descriptor(crc: int, csize: int, usize: int) -> bytes:
    return _DESCRIPTOR.pack(0x08074B50, crc, csize, usize)


def central_record(e: CentralEntry) -> bytes:
    tm, dt = e.dos
    extra = _ZIP64_CENTRAL.pack(1, 24, e.usize, e.csize, e.offset) + _ut_extra(e.mtime)
    head = _CENTRAL.pack(
        0x02014B50,
        VERSION_MADE_BY,
        version_needed(e.method),
        e.flags,
        e.method,
        tm,
        dt,
        e.crc,
        U32,
        U32,
        len(e.name),
        len(extra),
        0,
        0,
        0,
        e.external_attr,
        U32,
    )
    return head + e.name + extra


def end_records(count: int, cd_offset: int, cd_size: int, comment: bytes) -> bytes:
    """ZIP64 end of central directory record + locator + classic end record (with the comment)."""
    eocd64_offset = cd_offset + cd_size
    eocd64 = _EOCD64.pack(0x06064B50, 44, VERSION_MADE_BY, 45, 0, 0, count, count, cd_size, cd_offset)
    locator = _LOCATOR64.pack(0x07064B50, 0, eocd64_offset, 1)
    eocd = _EOCD.pack(0x06054B50, 0, 0, 0xFFFF, 0xFFFF, U32, U32, len(comment))
    return eocd64 + locator + eocd + comment


def archive_comment(archive_id: str) -> bytes:
    return f"Backup Desk archive format 1 id={archive_id}".encode()


def parse_comment(comment: bytes) -> tuple[int, str] | None:
    """(format version, archive id) from our ZIP comment, or None when it is not ours."""
    text = comment.decode("utf-8", "replace")
    prefix = "Backup Desk archive format "
    if not text.startswith(prefix) or " id=" not in text:
        return None
    version, _, aid = text[len(prefix) :].partition(" id=")
    return (int(version), aid) if version.isdigit() else None
