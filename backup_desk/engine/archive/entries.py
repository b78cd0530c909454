"""The entry table: every ZIP entry as the writer lays it down (local headers, data descriptors, the
central directory at the end) and the manifest's entry index. Small data goes in with its sizes known;
streamed data (see streams.py) gets a data descriptor."""

from __future__ import annotations

from backup_desk.engine.archive.manifest import EntryRecord
from backup_desk.engine.archive.output import ArchiveOutput
from backup_desk.engine.archive.safety import name_problem
from backup_desk.engine.archive.zipfmt import (
    FLAG_DESCRIPTOR,
    FLAG_UTF8,
    CentralEntry,
    central_record,
    data_descriptor,
    dos_datetime,
    end_records,
    external_attr,
    local_header,
)


class EntryTable:
    """Every entry written so far, in order; duplicate or unsafe names are refused at write time."""

    def __init__(self) -> None:
        self._central: list[CentralEntry] = []
        self._records: list[EntryRecord] = []
        self._names: set[str] = set()
        self._discarded: list[str] = []

    def reserve(self, name: str) -> None:
        problem = name_problem(name)
        if problem is not None:
            raise ValueError(f"entry name {name!r} has {problem}")
        if name in self._names:
            raise ValueError(f"entry {name!r} was already written")
        self._names.add(name)

    def release(self, name: str) -> None:
        self._names.discard(name)

    def discard(self, name: str) -> None:
        self._discarded.append(name)

    def discarded(self) -> list[str]:
        return list(self._discarded)

    def records(self) -> list[EntryRecord]:
        return list(self._records)

    def write_known(
        self,
        out: ArchiveOutput,
        name: str,
        method: int,
        payload: bytes,
        usize: int,
        crc: int,
        mtime: float,
        kind: str,
        mode: int,
    ) -> None:
        raw_name = name.encode("utf-8")
        offset = out.position
        dos = dos_datetime(mtime)
        header = local_header(raw_name, method, mtime, dos, crc=crc, csize=len(payload), usize=usize)
        out.write(header + payload if len(payload) < 65536 else header)
        if len(payload) >= 65536:
            out.write(payload)
        self._central.append(
            CentralEntry(
                raw_name,
                FLAG_UTF8,
                method,
                mtime,
                dos,
                crc,
                len(payload),
                usize,
                offset,
                external_attr(kind, mode),
            )
        )
        self._records.append(EntryRecord(name, usize, crc))

    def begin_stream(self, out: ArchiveOutput, name: str, method: int, mtime: float) -> int:
        offset = out.position
        out.write(local_header(name.encode("utf-8"), method, mtime, dos_datetime(mtime), descriptor=True))
        return offset

    def end_stream(
        self,
        out: ArchiveOutput,
        name: str,
        method: int,
        mtime: float,
        mode: int,
        offset: int,
        crc: int,
        csize: int,
        usize: int,
    ) -> None:
        out.write(data_descriptor(crc, csize, usize))
        self._central.append(
            CentralEntry(
                name.encode("utf-8"),
                FLAG_UTF8 | FLAG_DESCRIPTOR,
                method,
                mtime,
                dos_datetime(mtime),
                crc,
                csize,
                usize,
                offset,
                external_attr("file", mode),
            )
        )
        self._records.append(EntryRecord(name, usize, crc))

    def write_central(self, out: ArchiveOutput, comment: bytes) -> None:
        start = out.position
        for i in range(0, len(self._central), 1024):
            out.write(b"".join(central_record(e) for e in self._central[i : i + 1024]))
        out.write(end_records(len(self._central), start, out.position - start, comment))
