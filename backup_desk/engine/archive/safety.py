"""Restore safety rules on ZIP entry names, checked against the manifest before anything is written.

Refused: absolute paths, drive letters, UNC paths, `..` or `.` components, empty components, NUL and other
control characters, backslashes, names that collide after case-folding or Unicode NFC normalisation,
duplicates, entries the manifest does not list, sizes that differ from the manifest (a zip bomb declares
small and inflates big; `BoundedReader` stops it while reading, too).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import BinaryIO

from backup_desk.engine.archive.manifest import DB_PREFIX, FILES_PREFIX, MANIFEST_ENTRY, Manifest
from backup_desk.engine.archive.zipfmt import METHOD_DEFLATE, METHOD_STORED, METHOD_ZSTD
from backup_desk.errors import UnsafeArchiveError
from backup_desk.messages import Text

_DRIVE = re.compile(r"^[A-Za-z]:")
_BAD_CHAR = re.compile(r"[\x00-\x1f\x7f\\]")
_HINT = Text("Nothing was restored. The archive was not made by Backup Desk or was altered; do not use it.")
KNOWN_METHODS = {METHOD_STORED, METHOD_DEFLATE, METHOD_ZSTD}


@dataclass(frozen=True)
class ZipEntryInfo:
    """What the reader's central directory says about one entry."""

    name: str
    size: int
    method: int
    flags: int


def name_problem(name: str) -> str | None:
    """Why `name` is unsafe to restore, or None when it is acceptable."""
    if not name:
        return "an empty name"
    bad = _BAD_CHAR.search(name)
    if bad is not None:
        c = bad.group()
        return "a NUL character" if c == "\x00" else "a backslash" if c == "\\" else "a control character"
    if name.startswith("//"):
        return "a UNC path"
    if name.startswith("/"):
        return "an absolute path"
    if _DRIVE.match(name):
        return "a drive letter"
    parts = name[:-1].split("/") if name.endswith("/") else name.split("/")
    if ".." in parts:
        return "a '..' component"
    if "." in parts or "" in parts:
        return "an empty or '.' component"
    if name != MANIFEST_ENTRY and not name.startswith((FILES_PREFIX, DB_PREFIX)):
        return "a name outside files/ and db/"
    return None


def fold_key(name: str) -> str:
    """Two names with the same key would land on the same file on a case-insensitive or normalising disk."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", name).casefold()).rstrip("/")


def _refuse(problem: Text) -> UnsafeArchiveError:
    return UnsafeArchiveError(Text("The archive is unsafe to restore: {0}.", problem), _HINT)


def check_entries(entries: Iterable[ZipEntryInfo], manifest: Manifest) -> None:
    """Raises UnsafeArchiveError naming the first problem; returns when every rule holds."""
    index = manifest.entry_index()
    discarded = set(manifest.discarded_entries)
    seen: dict[str, str] = {}
    folded: dict[str, str] = {}
    for e in entries:
        problem = name_problem(e.name)
        if problem is not None:
            raise _refuse(Text("entry {0!r} has {1}", e.name, problem))
        if e.name in seen:
            raise _refuse(Text("entry {0!r} appears twice", e.name))
        seen[e.name] = e.name
        key = fold_key(e.name)
        other = folded.get(key)
        if other is not None:
            raise _refuse(
                Text("entries {0!r} and {1!r} collide (same name after case-folding or Unicode "
                     "normalisation)", other, e.name)
            )
        folded[key] = e.name
        if e.method not in KNOWN_METHODS or e.flags & 0x1:
            raise _refuse(
                Text("entry {0!r} uses an unknown compression method ({1}) or ZIP "
                     "encryption", e.name, e.method)
            )
        if e.name == MANIFEST_ENTRY:
            continue
        record = index.get(e.name)
        if record is None:
            raise _refuse(Text("entry {0!r} is not listed in the manifest", e.name))
        if record.size != e.size:
            raise _refuse(Text("entry {0!r} declares {1} bytes but the manifest says "
                               "{2}", e.name, e.size, record.size))
    for f in manifest.files:
        if f.entry not in seen or f.entry in discarded:
            raise _refuse(Text("the manifest lists {0!r} but the archive does not hold it", f.entry))
        if f.entry not in index:
            raise _refuse(Text("the manifest's file {0!r} is missing from its entry index", f.entry))
    for name in index:
        if name not in seen:
            raise _refuse(Text("the manifest lists {0!r} but the archive does not hold it", name))


class BoundedReader(io.RawIOBase):
    """Counts decompressed bytes and refuses to go past the size the manifest declared (zip bomb)."""

    def __init__(self, inner: BinaryIO, limit: int, name: str) -> None:
        super().__init__()
        self._inner, self._limit, self._name = inner, limit, name
        self.count = 0

    def readable(self) -> bool:
        return True

    # typeshed's readinto takes any writable buffer; callers here pass one of these two
    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        view = memoryview(b).cast("B")
        # Ask for one byte more than allowed so an oversized entry is caught, not silently cut.
        want = min(len(view), self._limit - self.count + 1)
        data = self._inner.read(want) if want > 0 else b""
        self.count += len(data)
        if self.count > self._limit:
            raise UnsafeArchiveError(
                Text("The archive is unsafe to restore: entry {0!r} decompresses to more than the {1} bytes "
                     "its manifest declares.", self._name, self._limit),
                _HINT,
            )
        view[: len(data)] = data
        return len(data)

    def close(self) -> None:
        self._inner.close()
        super().close()
