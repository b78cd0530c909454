"""Restoring the files of an archive: plan, staging folder, then move into place.

Each folder label is written into a staging folder beside its destination (same file system, so the final
move is a rename) whose name ends with TEMP_SUFFIX. Nothing touches the destination until every file of
every chosen folder has been written and checked against the manifest's hash; a failure or a cancel removes
the staging folders and leaves the destination as it was. Permissions are masked to 0o777 and never
chowned; a symlink is only re-created when it points inside its restored folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from backup_desk.engine.archive.manifest import FileRecord
from backup_desk.engine.archive.reader import ArchiveReader
from backup_desk.engine.contracts import PlannedWrite
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import (
    ArchiveCorruptError,
    InsufficientSpaceError,
    TargetNotEmptyError,
    UnsafeArchiveError,
    UserInputError,
)
from backup_desk.paths import TEMP_SUFFIX

CHUNK = 1 << 20
_OPEN_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)


@dataclass
class FilesRestoreResult:
    files: int = 0
    bytes: int = 0
    warnings: list[str] = field(default_factory=list)


def _safe_parts(rel: str) -> list[str]:
    parts = rel.split("/")
    for p in parts:
        if p in ("", ".", "..") or "\\" in p or "\0" in p or (len(p) >= 2 and p[1] == ":"):
            raise UnsafeArchiveError(
                f"The archive lists an unsafe file path ({rel!r}); nothing was restored.",
                "This archive may have been tampered with; restore from another backup.",
            )
    return parts


def resolve_destinations(labels: Sequence[str], *, to_folder: Path | None,
                         original_folders: dict[str, Path] | None,
                         chosen: Iterable[str] | None) -> dict[str, Path]:
    """label -> destination folder: `to_folder/<label>`, else the folder given for that label."""
    wanted = list(labels) if chosen is None else list(chosen)
    unknown = [w for w in wanted if w not in labels]
    if unknown:
        raise UserInputError(f"The archive holds no folder named {', '.join(unknown)}.",
                             f"Folders in this archive: {', '.join(labels) or 'none'}.")
    dests: dict[str, Path] = {}
    for label in wanted:
        _safe_parts(label)
        if to_folder is not None:
            dests[label] = Path(to_folder) / label
        elif original_folders and label in original_folders:
            dests[label] = Path(original_folders[label])
        else:
            raise UserInputError(f"No place was given to restore the folder {label}.",
                                 "Choose a destination folder, or only the folders you want back.")
    return dests


def _is_nonempty(path: Path) -> bool:
    if not os.path.lexists(path):
        return False
    if not path.is_dir() or path.is_symlink():
        return True
    with os.scandir(path) as it:
        return any(True for _ in it)


def check_targets(dests: dict[str, Path], *, replace: bool) -> None:
    """Refuses before anything is written when a destination already holds data and replace is off."""
    busy = [str(d) for d in dests.values() if _is_nonempty(d)]
    if busy and not replace:
        raise TargetNotEmptyError(
            f"The folder {busy[0]} is not empty"
            + (f" (and {len(busy) - 1} more)." if len(busy) > 1 else "."),
            "Choose an empty or new folder, or ask to replace what is there.",
        )
    for d in dests.values():
        if os.path.lexists(d) and (d.is_symlink() or not d.is_dir()):
            raise TargetNotEmptyError(f"{d} exists and is not a folder.",
                                      "Choose another destination folder.")


def plan_files(records: Sequence[FileRecord], dests: dict[str, Path]) -> list[PlannedWrite]:
    plans: list[PlannedWrite] = []
    for label, dest in dests.items():
        dest_exists = dest.exists()
        plans.append(PlannedWrite(kind="folder", target=str(dest), exists=_is_nonempty(dest)))
        for rec in records:
            if rec.label != label:
                continue
            target = dest.joinpath(*_safe_parts(rec.path))
            exists = dest_exists and os.path.lexists(target)
            if rec.kind == "dir":
                plans.append(PlannedWrite(kind="folder", target=str(target), exists=exists))
            else:
                size = rec.size if rec.kind == "file" else None
                plans.append(PlannedWrite(kind="file", target=str(target), size=size, exists=exists))
    return plans


def _free_space(path: Path) -> int:
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    return shutil.disk_usage(probe).free


def _link_is_inside(rel: str, target: str) -> bool:
    if not target or os.path.isabs(target) or target.startswith(("/", "\\")) or "\0" in target:
        return False
    joined = os.path.normpath(os.path.join(os.path.dirname(rel), target))
    return joined != ".." and not joined.startswith("../") and not os.path.isabs(joined)


def _write_file(reader: ArchiveReader, rec: FileRecord, dst: Path, reporter: ProgressReporter,
                cancel: CancelToken) -> int:
    digest = hashlib.sha256()
    written = 0
    fd = os.open(dst, _OPEN_FLAGS, 0o600)
    with os.fdopen(fd, "wb") as out, reader.open_entry(rec.entry) as src:
        while chunk := src.read(CHUNK):
            cancel.check()
            digest.update(chunk)
            out.write(chunk)
            written += len(chunk)
            reporter.advance(len(chunk))
    if rec.sha256 and digest.hexdigest() != rec.sha256:
        raise ArchiveCorruptError(f"The file {rec.label}/{rec.path} does not match its recorded hash.",
                                  "The archive was damaged or altered; restore from another backup.")
    os.chmod(dst, rec.mode & 0o777)
    os.utime(dst, (rec.mtime, rec.mtime))
    return written


def _stage_label(reader: ArchiveReader, records: list[FileRecord], staging: Path, result: FilesRestoreResult,
                 reporter: ProgressReporter, cancel: CancelToken) -> None:
    staging.mkdir(mode=0o700)
    links = []
    for rec in records:  # folders and files first, links last: a link can never redirect a later write
        cancel.check()
        dst = staging.joinpath(*_safe_parts(rec.path))
        if rec.kind == "dir":
            dst.mkdir(parents=True, exist_ok=True)
        elif rec.kind == "file":
            dst.parent.mkdir(parents=True, exist_ok=True)
            result.bytes += _write_file(reader, rec, dst, reporter, cancel)
            result.files += 1
            reporter.advance(items=1, detail=f"{rec.label}/{rec.path}")
        elif rec.kind == "symlink":
            links.append(rec)
    created = []
    for rec in links:
        target = rec.link_target or ""
        if not _link_is_inside(rec.path, target):
            result.warnings.append(f"{rec.label}/{rec.path}: link not restored, its target {target!r} is "
                                   "outside the restored folder.")
            continue
        dst = staging.joinpath(*_safe_parts(rec.path))
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.symlink(target, dst)
        except OSError as exc:
            result.warnings.append(f"{rec.label}/{rec.path}: link not restored ({exc.strerror or exc}).")
            continue
        with contextlib.suppress(OSError, NotImplementedError):
            os.utime(dst, (rec.mtime, rec.mtime), follow_symlinks=False)
        created.append((rec, dst))
    # Links that chain through other links can escape even when each looks inside on its own.
    root = os.path.realpath(staging)
    changed = True
    while changed:
        changed = False
        for rec, dst in list(created):
            real = os.path.realpath(dst)
            if real != root and not real.startswith(root + os.sep):
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
        path = dest.joinpath(*_safe_parts(rec.path))
        with contextlib.suppress(OSError):
            os.chmod(path, rec.mode & 0o777)
            os.utime(path, (rec.mtime, rec.mtime))


def restore_files(reader: ArchiveReader, records: Sequence[FileRecord], dests: dict[str, Path], *,
                  replace: bool, reporter: ProgressReporter, cancel: CancelToken) -> FilesRestoreResult:
    check_targets(dests, replace=replace)
    by_label: dict[str, list[FileRecord]] = {label: [] for label in dests}
    for rec in records:
        if rec.label in by_label:
            by_label[rec.label].append(rec)
    needed = sum(r.size for recs in by_label.values() for r in recs if r.kind == "file")
    for dest in dests.values():
        if _free_space(dest.parent) < needed:
            raise InsufficientSpaceError(
                f"Not enough free space in {dest.parent} to restore {needed / 1e6:.1f} MB of files.",
                "Free some space or choose another destination folder.")
    result = FilesRestoreResult()
    stagings: dict[str, Path] = {}
    try:
        for label, dest in dests.items():
            dest.parent.mkdir(parents=True, exist_ok=True)
            stagings[label] = dest.parent / f".{dest.name}.restore-{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
            _stage_label(reader, by_label[label], stagings[label], result, reporter, cancel)
        cancel.check()
        for label, dest in dests.items():
            staging = stagings[label]
            if os.path.isdir(dest) and not _is_nonempty(dest):
                os.rmdir(dest)
            if not os.path.lexists(dest):
                os.rename(staging, dest)
            else:
                _merge(staging, dest)
            _apply_dir_metadata(by_label[label], dest)
    finally:
        for staging in stagings.values():
            if os.path.lexists(staging):
                shutil.rmtree(staging, ignore_errors=True)
    return result
