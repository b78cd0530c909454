"""Who an archive is, without a passphrase: the archive id is in the clear in the envelope header and in
the ZIP comment (read from the end record; the central directory is not parsed)."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from backup_desk.engine.archive.envelope import HEADER_SIZE, is_envelope, parse_header
from backup_desk.engine.archive.zipfmt import parse_comment
from backup_desk.errors import ArchiveTruncatedError, UnsupportedArchiveError

_EOCD_SIG = b"PK\x05\x06"
_TAIL = 22 + 0xFFFF


@dataclass(frozen=True)
class ArchiveIdentity:
    archive_id: str
    encrypted: bool
    format_version: int


def read_identity(path: Path) -> ArchiveIdentity:
    """Raises UnsupportedArchiveError (not ours), ArchiveCorruptError/ArchiveTruncatedError (damaged)."""
    with open(path, "rb") as f:
        head = f.read(HEADER_SIZE)
        if is_envelope(head):
            header = parse_header(head)
            return ArchiveIdentity(header.archive_id.hex(), True, header.version)
        if head[:2] != b"PK":
            raise UnsupportedArchiveError(f"{Path(path).name} is not a Backup Desk archive.",
                                          "Choose a .zip or .bdarc file made by Backup Desk.")
        size = f.seek(0, os.SEEK_END)
        f.seek(max(0, size - _TAIL))
        tail = f.read()
    at = tail.rfind(_EOCD_SIG)
    while at >= 0:
        if len(tail) - at >= 22:
            (comment_len,) = struct.unpack_from("<H", tail, at + 20)
            if at + 22 + comment_len == len(tail):
                ident = parse_comment(tail[at + 22:])
                if ident is None:
                    break
                return ArchiveIdentity(ident[1], False, ident[0])
        at = tail.rfind(_EOCD_SIG, 0, at)
    if at < 0:
        raise ArchiveTruncatedError(f"{Path(path).name} ends early: its ZIP end record is missing.",
                                    "The archive file was damaged or cut short; use another copy.")
    raise UnsupportedArchiveError(f"{Path(path).name} is a ZIP file but not a Backup Desk archive.",
                                  "Choose an archive made by Backup Desk.")
