"""Who an archive is, without a passphrase: the archive id is in the clear in the envelope header and in
the ZIP comment (read from the end record; the central directory is not parsed)."""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from backup_desk.engine.archive.envelope import HEADER_SIZE, is_envelope, parse_header
from backup_desk.engine.archive.zipfmt import parse_comment
from backup_desk.errors import ArchiveCorruptError, ArchiveTruncatedError, UnsupportedArchiveError
from backup_desk.messages import Text

_EOCD_SIG = b"PK\x05\x06"
_TAIL = 22 + 0xFFFF + 4096
_HINT = Text("The archive file was damaged or cut short; use another copy.")


@dataclass(frozen=True)
class ArchiveIdentity:
    archive_id: str
    encrypted: bool
    format_version: int


def plain_identity(f: BinaryIO, display_name: str) -> ArchiveIdentity:
    """From a plain ZIP's end record, which must end the file exactly (truncation, appended bytes)."""
    size = f.seek(0, os.SEEK_END)
    f.seek(max(0, size - _TAIL))
    tail = f.read()
    at = tail.rfind(_EOCD_SIG)
    while at >= 0:
        if len(tail) - at >= 22:
            (comment_len,) = struct.unpack_from("<H", tail, at + 20)
            end = at + 22 + comment_len
            ident = parse_comment(tail[at + 22 : end])
            if ident is not None and end < len(tail):
                raise ArchiveCorruptError(
                    Text("{0} has {1} unexpected bytes after its ZIP end "
                         "record.", display_name, len(tail) - end), _HINT
                )
            if ident is not None and end == len(tail):
                return ArchiveIdentity(ident[1], False, ident[0])
            if end == len(tail):
                raise UnsupportedArchiveError(
                    Text("{0} is a ZIP file but not a Backup Desk archive.", display_name),
                    Text("Choose an archive made by Backup Desk."),
                )
        at = tail.rfind(_EOCD_SIG, 0, at)
    raise ArchiveTruncatedError(Text("{0} ends early: its ZIP end record is missing.", display_name), _HINT)


def read_identity(path: Path) -> ArchiveIdentity:
    """Raises UnsupportedArchiveError (not ours), ArchiveCorruptError/ArchiveTruncatedError (damaged)."""
    with open(path, "rb") as f:
        head = f.read(HEADER_SIZE)
        if is_envelope(head):
            header = parse_header(head)
            return ArchiveIdentity(header.archive_id.hex(), True, header.version)
        if head[:2] != b"PK":
            raise UnsupportedArchiveError(
                Text("{0} is not a Backup Desk archive.", Path(path).name),
                Text("Choose a .zip or .bdarc file made by Backup Desk."),
            )
        return plain_identity(f, Path(path).name)
