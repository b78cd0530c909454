"""ArchiveReader: opens a plain or encrypted archive, checks it, streams entries.

An encrypted archive is read through a seekable decrypted view (one chunk at a time), so nothing is ever
decrypted whole into memory or to a temporary file. Entries are read with the standard `zipfile` (from
backports.zstd for method 93): CRC-checked, and bounded by the sizes the manifest declares.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, cast

from backports import zstd
from backports.zstd import zipfile

from backup_desk.engine.archive.bounded import BoundedPool
from backup_desk.engine.archive.chunked import DecryptedView
from backup_desk.engine.archive.compress import cpu_count
from backup_desk.engine.archive.envelope import HEADER_SIZE, is_envelope, payload_key, unlock
from backup_desk.engine.archive.identity import plain_identity
from backup_desk.engine.archive.manifest import MANIFEST_ENTRY, MAX_MANIFEST_BYTES, Manifest
from backup_desk.engine.archive.raw_entries import RAW_LIMIT, RawEntry, decode, read_raw
from backup_desk.engine.archive.safety import BoundedReader, ZipEntryInfo, check_entries
from backup_desk.engine.archive.zipfmt import parse_comment
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import (
    ArchiveCorruptError,
    ArchiveError,
    ArchiveTruncatedError,
    UnsafeArchiveError,
    UnsupportedArchiveError,
)
from backup_desk.messages import Text

_HINT = Text("The archive file was damaged or altered; use another copy.")
READ_BLOCK = 1 << 20
VERIFY_IN_FLIGHT_BYTES = 32 << 20


@dataclass(frozen=True)
class IntegrityReport:
    chunks_checked: int  # envelope chunks authenticated (0 for a plain ZIP)
    entries_checked: int  # ZIP entries read to the end with their CRC (and SHA-256 for files) checked


class _CheckedEntry(BoundedReader):
    """Maps zipfile / decompressor failures to ArchiveCorruptError naming the entry."""

    # typeshed's readinto takes any writable buffer; callers here pass one of these two
    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            return super().readinto(b)
        except ArchiveError:
            raise
        except (zipfile.BadZipFile, zstd.ZstdError, zlib.error, EOFError) as exc:
            raise ArchiveCorruptError(Text("Entry {0!r} is damaged ({1}).", self._name, exc), _HINT) from exc


def _open_zip(source: BinaryIO, encrypted: bool) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(source)
    except ArchiveError:
        raise
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        if not encrypted and "not a zip file" in str(exc):
            raise ArchiveTruncatedError(
                Text("The archive ends early or is damaged: its ZIP end record (central directory) is "
                     "missing."),
                _HINT,
            ) from exc
        raise ArchiveCorruptError(Text("The archive's ZIP directory is damaged ({0}).", exc), _HINT) from exc


class ArchiveReader:
    """Context manager; `manifest`, `check_entries()`, `open_entry(name)`, `verify_integrity(...)`."""

    def __init__(self, path: Path, *, passphrase: str | None) -> None:
        self.path = Path(path)
        self._file = open(self.path, "rb")  # noqa: SIM115 (closed by close())
        self._view: DecryptedView | None = None
        try:
            self._open(passphrase)
        except BaseException:
            self._file.close()
            raise

    def _open(self, passphrase: str | None) -> None:
        head = self._file.read(HEADER_SIZE)
        source: BinaryIO
        if is_envelope(head):
            header, file_key, _ = unlock(head, passphrase)
            self._view = DecryptedView(
                cast(BinaryIO, self._file),
                payload_key(file_key, header.payload_salt),
                header.chunk_size,
                HEADER_SIZE,
            )
            source, self.encrypted, outer_id = cast(BinaryIO, self._view), True, header.archive_id.hex()
        elif head[:2] == b"PK":
            plain_identity(cast(BinaryIO, self._file), self.path.name)  # end record ends the file exactly
            source, self.encrypted, outer_id = cast(BinaryIO, self._file), False, None
        else:
            raise UnsupportedArchiveError(
                Text("{0} is not a Backup Desk archive.", self.path.name),
                Text("Choose a .zip or .bdarc file made by Backup Desk."),
            )
        self._source = source
        self._zip = _open_zip(source, self.encrypted)
        ident = parse_comment(self._zip.comment)
        if ident is None:
            raise UnsupportedArchiveError(
                Text("{0} is a ZIP file but not a Backup Desk archive.", self.path.name),
                Text("Choose an archive made by Backup Desk."),
            )
        self.format_version, self.archive_id = ident
        if outer_id is not None and outer_id != self.archive_id:
            raise ArchiveCorruptError(Text("The archive's envelope and ZIP name different archive "
                                           "ids."), _HINT)
        try:
            info = self._zip.getinfo(MANIFEST_ENTRY)
        except KeyError:
            raise ArchiveCorruptError(Text("The archive has no manifest.json."), _HINT) from None
        if info.file_size > MAX_MANIFEST_BYTES:
            raise UnsafeArchiveError(
                Text("The archive's manifest declares {0} bytes (too large).", info.file_size),
                Text("The archive was not made by Backup Desk or was altered."),
            )
        with self._stream(MANIFEST_ENTRY, info.file_size) as f:
            self.manifest = Manifest.from_json_bytes(f.read())
        if self.manifest.archive_id != self.archive_id:
            raise ArchiveCorruptError(Text("The manifest belongs to another archive (archive id "
                                           "differs)."), _HINT)
        self._sizes = {e.name: e.size for e in self.manifest.entries}

    # context manager ------------------------------------------------------------------------------------
    def __enter__(self) -> ArchiveReader:
        return self

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        zf = getattr(self, "_zip", None)
        if zf is not None:
            zf.close()
        self._file.close()

    # entries --------------------------------------------------------------------------------------------
    def names(self) -> list[str]:
        return self._zip.namelist()

    def entry_infos(self) -> list[ZipEntryInfo]:
        return [
            ZipEntryInfo(zi.orig_filename, zi.file_size, zi.compress_type, zi.flag_bits)
            for zi in self._zip.infolist()
        ]

    def check_entries(self) -> None:
        """Every restore safety rule (docs/archive-format.md): UnsafeArchiveError before any write."""
        check_entries(self.entry_infos(), self.manifest)

    def _stream(self, name: str, limit: int) -> BinaryIO:
        try:
            inner = self._zip.open(name)
        except ArchiveError:
            raise
        except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError) as exc:
            raise ArchiveCorruptError(Text("Entry {0!r} cannot be opened ({1}).", name, exc), _HINT) from exc
        buffer = min(READ_BLOCK, max(limit + 1, 8192))  # no 1 MiB buffer for each small entry
        return cast(BinaryIO, io.BufferedReader(_CheckedEntry(cast(BinaryIO, inner), limit, name), buffer))

    def _declared_size(self, name: str) -> int:
        limit = self._sizes.get(name)
        if limit is None:
            raise UnsafeArchiveError(
                Text("The archive is unsafe to restore: entry {0!r} is not listed in the manifest.", name),
                Text("Nothing was restored."),
            )
        if name not in self._zip.NameToInfo:
            raise ArchiveCorruptError(Text("The manifest lists {0!r} but the archive does not hold "
                                           "it.", name), _HINT)
        return limit

    def open_entry(self, name: str) -> BinaryIO:
        """A readable stream of one manifest-listed entry (bounded by its declared size, CRC-checked)."""
        return self._stream(name, self._declared_size(name))

    def read_raw(self, name: str) -> RawEntry:
        """The stored bytes of a manifest-listed entry of at most RAW_LIMIT bytes, to `decode` on any
        thread (see raw_entries.py). Safe beside entry streams open on other threads."""
        limit = self._declared_size(name)
        if limit > RAW_LIMIT:
            raise ValueError(f"{name!r} is larger than RAW_LIMIT: stream it with open_entry")
        zi = self._zip.NameToInfo[name]
        # zipfile's entry streams (perhaps open on another thread) seek the same source under this lock.
        with self._zip._lock:  # type: ignore[attr-defined]  # ZipFile's own lock, not in the stubs
            return read_raw(self._source, name, zi.header_offset, zi.compress_size, zi.compress_type, limit,
                            zi.CRC)

    def verify_integrity(
        self, reporter: ProgressReporter | None = None, cancel: CancelToken | None = None
    ) -> IntegrityReport:
        """Every chunk tag, every entry's CRC, every file's SHA-256 against the manifest. Small entries are
        decoded and hashed on worker threads while this one reads on."""
        chunks = 0
        if self._view is not None:
            chunks = self._view.verify_all(lambda _i, _n: cancel.check() if cancel is not None else None)
        hashes = {f.entry: f.sha256 for f in self.manifest.files if f.sha256}
        checked = 0
        pool = BoundedPool(cpu_count(), VERIFY_IN_FLIGHT_BYTES, "verify")
        try:
            for rec in self.manifest.entries:
                if cancel is not None:
                    cancel.check()
                zi = self._zip.getinfo(rec.name)
                if rec.crc32 != zi.CRC:
                    raise ArchiveCorruptError(
                        Text("Entry {0!r} does not match the manifest (size or CRC).", rec.name), _HINT)
                if rec.size <= RAW_LIMIT:
                    raw = self.read_raw(rec.name)
                    pool.submit(rec.size + len(raw.payload), _check_raw, raw, hashes.get(rec.name))
                    if reporter is not None:
                        reporter.advance(rec.size, items=1, detail=rec.name)
                else:
                    self._check_streamed(rec.name, rec.size, hashes.get(rec.name), reporter, cancel)
                    if reporter is not None:
                        reporter.advance(items=1)
                checked += 1
            pool.close()
        finally:
            pool.abandon()
        return IntegrityReport(chunks, checked)

    def _check_streamed(self, name: str, size: int, sha256: str | None, reporter: ProgressReporter | None,
                        cancel: CancelToken | None) -> None:
        sha = hashlib.sha256() if sha256 else None
        read = 0
        with self.open_entry(name) as f:  # the stream checks the CRC at its end
            while block := f.read(READ_BLOCK):
                if cancel is not None:
                    cancel.check()
                read += len(block)
                if sha is not None:
                    sha.update(block)
                if reporter is not None:
                    reporter.advance(len(block), detail=name)
        if read != size:
            raise ArchiveCorruptError(Text("Entry {0!r} does not match the manifest (size or CRC).", name),
                                      _HINT)
        if sha is not None and sha.hexdigest() != sha256:
            raise _sha_mismatch(name)


def _sha_mismatch(name: str) -> ArchiveCorruptError:
    return ArchiveCorruptError(Text("File {0!r} does not match its SHA-256 in the manifest.", name), _HINT)


def _check_raw(raw: RawEntry, sha256: str | None) -> None:
    """On a worker: decode (size and CRC checked) and compare the SHA-256."""
    data = decode(raw)
    if sha256 and hashlib.sha256(data).hexdigest() != sha256:
        raise _sha_mismatch(raw.name)
