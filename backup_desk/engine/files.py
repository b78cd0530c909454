"""Folders in a backup: labels and walk (files_walk), writing into the archive (here), restore
(files_restore).

Regular files go through one `ArchiveWriter.add_files` stream for all folders, so compression keeps every
core busy without per-folder pauses; folders and links (no content) are written first.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from backup_desk.engine.archive.manifest import FileRecord, FolderRecord, file_entry_name
from backup_desk.engine.archive.writer import ArchiveWriter, FileJob
from backup_desk.engine.files_plan import check_targets, plan_files, resolve_destinations
from backup_desk.engine.files_restore import (
    FilesRestoreResult,
    StagedFiles,
    discard_staged,
    place_staged,
    restore_files,
    stage_files,
)
from backup_desk.engine.files_walk import (
    FolderScan,
    FolderSource,
    WalkEntry,
    folder_labels,
    scan_folder,
    scan_folders,
)
from backup_desk.engine.progress import CancelToken, ProgressReporter

__all__ = [
    "FilesRestoreResult",
    "FilesWritten",
    "FolderScan",
    "FolderSource",
    "StagedFiles",
    "WalkEntry",
    "check_targets",
    "discard_staged",
    "folder_labels",
    "place_staged",
    "plan_files",
    "resolve_destinations",
    "restore_files",
    "scan_folder",
    "scan_folders",
    "stage_files",
    "write_folders",
]


@dataclass
class FilesWritten:
    folders: list[FolderRecord] = field(default_factory=list)
    records: list[FileRecord] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    files: int = 0
    file_bytes: int = 0


def write_folders(writer: ArchiveWriter, scans: Sequence[FolderScan], reporter: ProgressReporter,
                  cancel: CancelToken) -> FilesWritten:
    """Writes the walked folders into the archive; a file that cannot be read becomes a warning."""
    out = FilesWritten()
    for scan in scans:
        label = scan.source.label
        out.folders.append(FolderRecord(label=label, original_path=os.path.abspath(scan.source.path)))
        out.warnings.extend(scan.warnings)
        for e in scan.entries:
            if e.kind == "dir":
                cancel.check()
                name = file_entry_name(label, e.rel, "dir")
                writer.add_directory(name, mtime=e.mtime, mode=e.mode)
                out.records.append(FileRecord(label, e.rel, name, "dir", 0, e.mode, e.mtime))
            elif e.kind == "symlink":
                cancel.check()
                name = file_entry_name(label, e.rel, "symlink")
                writer.add_symlink(name, e.link_target or "", mtime=e.mtime)
                out.records.append(FileRecord(label, e.rel, name, "symlink", 0, e.mode, e.mtime,
                                              link_target=e.link_target))

    pending: deque[tuple[str, WalkEntry]] = deque()  # given to add_files, result not yet seen

    def feed() -> Iterator[FileJob]:
        for scan in scans:
            for e in scan.entries:
                if e.kind == "file":
                    pending.append((scan.source.label, e))
                    yield FileJob(name=file_entry_name(scan.source.label, e.rel), src=Path(e.abs_path),
                                  mtime=e.mtime, mode=e.mode, size_hint=e.size)

    for res in writer.add_files(feed()):
        cancel.check()
        label, e = pending.popleft()  # results come in the order the jobs were fed
        if res.error is not None:
            out.warnings.append(f"{label}/{e.rel}: skipped, it could not be read ({res.error}).")
            reporter.advance(e.size, items=1)
            continue
        out.records.append(FileRecord(label, e.rel, res.job.name, "file", res.size, e.mode, e.mtime,
                                      sha256=res.sha256))
        out.files += 1
        out.file_bytes += res.size
        reporter.advance(res.size, items=1, detail=f"{label}/{e.rel}")
    return out

