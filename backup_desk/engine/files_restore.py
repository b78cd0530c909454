"""Restoring the files of an archive: plan, staging folder, then move into place.

Each folder label is written into a staging folder beside its destination (same file system, so the final
move is a rename) whose name ends with TEMP_SUFFIX. Nothing touches the destination until every file of
every chosen folder has been written and checked against the manifest's hash; a failure or a cancel removes
the staging folders and leaves the destination as it was. Permissions are masked to 0o777 and never
chowned; a symlink is only re-created when it points inside its restored folder.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import shutil
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from backup_desk.engine import tempwatch
from backup_desk.engine.archive.manifest import FileRecord
from backup_desk.engine.archive.raw_entries import RawEntry, decode
from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.files_output import (
    BATCH_BYTES,
    BATCH_FILES,
    SMALL_FILE,
    ParallelFileWriter,
    stream_to,
    write_small,
)
from backup_desk.engine.files_plan import (
    check_targets,
    free_space,
    is_nonempty,
    local_path,
    safe_parts,
)
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import ArchiveCorruptError, BackupDeskError, InsufficientSpaceError
from backup_desk.messages import Text
from backup_desk.paths import TEMP_SUFFIX


@dataclass
class FilesRestoreResult:
    files: int = 0
    bytes: int = 0
    warnings: list[str] = field(default_factory=list)


def _link_is_inside(rel: str, target: str) -> bool:
    if not target or os.path.isabs(target) or target.startswith(("/", "\\")) or "\0" in target:
        return False
    joined = os.path.normpath(os.path.join(os.path.dirname(rel), target))
    return joined != ".." and not joined.startswith("../") and not os.path.isabs(joined)


def _makedirs(path: str, made: set[str]) -> None:
    if path not in made:
        os.makedirs(path, exist_ok=True)
        made.add(path)


def _check_hash(rec: FileRecord, digest: str) -> None:
    if rec.sha256 and digest != rec.sha256:
        raise ArchiveCorruptError(Text("The file {0}/{1} does not match its recorded "
                                       "hash.", rec.label, rec.path),
                                  Text("The archive was damaged or altered; restore from another backup."))


def _decode_check_write(batch: list[tuple[RawEntry, FileRecord, str]]) -> None:
    """On a writer thread: for each small file, decompress (bounded), check CRC and SHA-256, write."""
    for raw, rec, dst in batch:
        data = decode(raw)
        _check_hash(rec, hashlib.sha256(data).hexdigest())
        write_small(dst, data, rec.mode, rec.mtime)


class _SmallFiles:
    """Small files handed to the writer threads in batches (one task per file cost more in thread
    hand-offs than the file's own work)."""

    def __init__(self, out: ParallelFileWriter) -> None:
        self._out = out
        self._batch: list[tuple[RawEntry, FileRecord, str]] = []
        self._bytes = 0

    def add(self, raw: RawEntry, rec: FileRecord, dst: str) -> None:
        self._batch.append((raw, rec, dst))
        self._bytes += rec.size + len(raw.payload)
        if len(self._batch) >= BATCH_FILES or self._bytes >= BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        if self._batch:
            self._out.submit(self._bytes, _decode_check_write, self._batch)
            self._batch, self._bytes = [], 0


def _restore_file(reader: ArchiveReader, rec: FileRecord, dst: str, small: _SmallFiles,
                  reporter: ProgressReporter, cancel: CancelToken) -> int:
    detail = f"{rec.label}/{rec.path}"
    if rec.size <= SMALL_FILE:  # read here, decoded and written on the writer threads
        small.add(reader.read_raw(rec.entry), rec, dst)
        reporter.advance(rec.size, items=1, detail=detail)  # one call per small file: there are thousands
        return rec.size
    with reader.open_entry(rec.entry) as src:
        size, digest = stream_to(dst, src, rec.mode, rec.mtime, cancel, lambda n: reporter.advance(n))
    _check_hash(rec, digest)
    reporter.advance(items=1, detail=detail)
    return size


def _stage_label(reader: ArchiveReader, records: list[FileRecord], staging: Path, result: FilesRestoreResult,
                 reporter: ProgressReporter, cancel: CancelToken) -> None:
    tempwatch.announce(staging, "restore-staging")  # beside the destination: cleanup must know it
    os.mkdir(staging, 0o700)
    root = str(staging)
    made = {root}
    links = []
    out = ParallelFileWriter()
    small = _SmallFiles(out)
    try:
        for rec in records:  # folders and files first, links last: a link can never redirect a later write
            cancel.check()
            dst = local_path(root, rec.path)
            if rec.kind == "dir":
                _makedirs(dst, made)
            elif rec.kind == "file":
                _makedirs(os.path.dirname(dst), made)
                result.bytes += _restore_file(reader, rec, dst, small, reporter, cancel)
                result.files += 1
            elif rec.kind == "symlink":
                links.append(rec)
        small.flush()
        out.close()
    finally:
        out.abandon()
    created = []
    for rec in links:
        target = rec.link_target or ""
        if not _link_is_inside(rec.path, target):
            result.warnings.append(f"{rec.label}/{rec.path}: link not restored, its target {target!r} is "
                                   "outside the restored folder.")
            continue
        dst = local_path(root, rec.path)
        _makedirs(os.path.dirname(dst), made)
        try:
            os.symlink(target, dst)
        except OSError as exc:
            result.warnings.append(f"{rec.label}/{rec.path}: link not restored ({exc.strerror or exc}).")
            continue
        with contextlib.suppress(OSError, NotImplementedError):
            os.utime(dst, (rec.mtime, rec.mtime), follow_symlinks=False)
        created.append((rec, dst))
    # Links that chain through other links can escape even when each looks inside on its own.
    real_root = os.path.realpath(staging)
    changed = True
    while changed:
        changed = False
        for rec, dst in list(created):
            real = os.path.realpath(dst)
            if real != real_root and not real.startswith(real_root + os.sep):
                os.unlink(dst)
                created.remove((rec, dst))
                result.warnings.append(f"{rec.label}/{rec.path}: link not restored, it resolves outside the "
                                       "restored folder.")
                changed = True


def _merge(src: Path, dst: Path) -> None:
    """Moves the staged tree into an existing folder, replacing what has the same name."""
    with os.scandir(src) as it:
        children = list(it)
    for child in children:
        target = dst / child.name
        if child.is_dir(follow_symlinks=False) and target.is_dir() and not target.is_symlink():
            _merge(Path(child.path), target)
            continue
        if os.path.lexists(target):
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            else:
                os.unlink(target)
        os.rename(child.path, target)


def _apply_dir_metadata(records: list[FileRecord], dest: Path) -> None:
    dirs = [r for r in records if r.kind == "dir"]
    for rec in sorted(dirs, key=lambda r: r.path.count("/"), reverse=True):  # deepest first
        path = dest.joinpath(*safe_parts(rec.path))
        with contextlib.suppress(OSError):
            os.chmod(path, rec.mode & 0o777)
            os.utime(path, (rec.mtime, rec.mtime))


@dataclass
class StagedFiles:
    """Files written and checked in staging folders, not yet in place."""

    dests: dict[str, Path]
    by_label: dict[str, list[FileRecord]]
    stagings: dict[str, Path] = field(default_factory=dict)
    created: list[Path] = field(default_factory=list)  # folders we made to hold the stagings
    result: FilesRestoreResult = field(default_factory=FilesRestoreResult)


def _make_parent(folder: Path, created: list[Path]) -> None:
    missing = []
    probe = folder
    while not os.path.lexists(probe) and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True)
    created.extend(missing)  # deepest first, the order to remove them in


def stage_files(reader: ArchiveReader, records: Sequence[FileRecord], dests: dict[str, Path], *,
                replace: bool, reporter: ProgressReporter, cancel: CancelToken) -> StagedFiles:
    """Writes every chosen folder into its staging folder; on failure removes everything it made."""
    check_targets(dests, replace=replace)
    staged = StagedFiles(dests=dests, by_label={label: [] for label in dests})
    for rec in records:
        if rec.label in staged.by_label:
            staged.by_label[rec.label].append(rec)
    needed = sum(r.size for recs in staged.by_label.values() for r in recs if r.kind == "file")
    for dest in dests.values():
        if free_space(dest.parent) < needed:
            raise InsufficientSpaceError(
                Text("Not enough free space in {0} to restore {1:.1f} MB of "
                     "files.", dest.parent, needed / 1e6),
                Text("Free some space or choose another destination folder."))
    current: Path | None = None
    try:
        for label, dest in dests.items():
            current = dest
            _make_parent(dest.parent, staged.created)
            staging = dest.parent / f".{dest.name}.restore-{uuid.uuid4().hex}{TEMP_SUFFIX}"
            staged.stagings[label] = staging
            _stage_label(reader, staged.by_label[label], staging, staged.result, reporter, cancel)
    except OSError as exc:
        discard_staged(staged)
        raise _write_error(exc, current) from exc
    except BaseException:
        discard_staged(staged)
        raise
    return staged


def _write_error(exc: OSError, dest: Path | None) -> BackupDeskError:
    where = dest.parent if dest is not None else "the destination"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return InsufficientSpaceError(Text("The disk holding {0} became full during the restore.", where),
                                      Text("Free some space or choose another destination folder; nothing "
                                           "was moved into place."))
    return BackupDeskError(Text("Files cannot be written to {0} ({1}).", where, exc.strerror or exc),
                           Text("Choose a destination folder this account may write to; nothing was moved "
                                "into place."))


def place_staged(staged: StagedFiles) -> FilesRestoreResult:
    """Moves the staged folders into place (renames; merges into an existing folder when replacing)."""
    try:
        for label, dest in staged.dests.items():
            staging = staged.stagings[label]
            if os.path.isdir(dest) and not is_nonempty(dest):
                os.rmdir(dest)
            if not os.path.lexists(dest):
                os.rename(staging, dest)
            else:
                _merge(staging, dest)
            _apply_dir_metadata(staged.by_label[label], dest)
        staged.created.clear()  # they hold restored files now
    finally:
        discard_staged(staged)
    return staged.result


def discard_staged(staged: StagedFiles) -> None:
    """Removes what is left of the staging folders, and the folders made only to hold them (idempotent)."""
    for staging in staged.stagings.values():
        if os.path.lexists(staging):
            shutil.rmtree(staging, ignore_errors=True)
        if not os.path.lexists(staging):
            tempwatch.released(staging)
    for folder in staged.created:
        with contextlib.suppress(OSError):
            os.rmdir(folder)  # only when empty
    staged.created.clear()


def restore_files(reader: ArchiveReader, records: Sequence[FileRecord], dests: dict[str, Path], *,
                  replace: bool, reporter: ProgressReporter, cancel: CancelToken) -> FilesRestoreResult:
    staged = stage_files(reader, records, dests, replace=replace, reporter=reporter, cancel=cancel)
    try:
        cancel.check()  # the last moment a cancel leaves the destination untouched
    except BaseException:
        discard_staged(staged)
        raise
    return place_staged(staged)
