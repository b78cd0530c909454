"""Folder labels and the folder walk that feeds a backup.

The walk stats every entry once (os.scandir, never following links) and keeps only metadata in memory; file
contents are read later, streamed, by the archive writer. Anything that cannot be read becomes a warning on
the backup instead of failing it: a person would rather have 9,999 files saved than none.
"""

from __future__ import annotations

import os
import stat
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from backup_desk.engine.archive.safety import fold_key
from backup_desk.engine.progress import CancelToken
from backup_desk.errors import SourceError
from backup_desk.messages import Text
from backup_desk.testpoints import stop_point

EntryKind = Literal["file", "dir", "symlink"]

# Characters that are legal in POSIX names but that a Windows restore, or the archive's entry-name safety
# rules (drive letters, UNC paths), would refuse; a label is built from a basename, so we replace them.
_LABEL_FORBIDDEN = set('\\/:*?"<>|')


@dataclass(frozen=True)
class FolderSource:
    label: str  # name of the folder inside the archive: files/<label>/...
    path: Path  # the folder on this machine


@dataclass(frozen=True, slots=True)
class WalkEntry:
    kind: EntryKind
    rel: str  # posix path relative to the folder
    abs_path: str
    size: int
    mode: int
    mtime: float
    link_target: str | None = None


@dataclass
class FolderScan:
    source: FolderSource
    entries: list[WalkEntry] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    file_bytes: int = 0
    file_count: int = 0


def _clean_label(name: str) -> str:
    name = unicodedata.normalize("NFC", name)
    cleaned = "".join("_" if (c in _LABEL_FORBIDDEN or ord(c) < 32) else c for c in name)
    return cleaned.strip(" .") or "folder"


def folder_labels(folders: Iterable[Path]) -> list[FolderSource]:
    """One label per folder, from its basename, unique even after case-folding ("Docs", "docs-2").

    Stable: the same list of folders always gives the same labels, so archives of one configuration can be
    compared and restored folder by folder."""
    used: set[str] = set()
    sources: list[FolderSource] = []
    for folder in folders:
        base = _clean_label(Path(folder).name)
        label, n = base, 1
        while label.casefold() in used:
            n += 1
            label = f"{base}-{n}"
        used.add(label.casefold())
        sources.append(FolderSource(label=label, path=Path(folder)))
    return sources


def _name_problem(name: str) -> str | None:
    """Why a file name cannot be stored portably, or None."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return "its name is not valid UTF-8"
    if "\\" in name:
        return "its name contains a backslash"
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "its name contains a control character"
    return None


def folder_id(path: Path) -> tuple[int, int] | None:
    """(device, inode) of a folder, to recognise it inside a walk whatever path leads to it."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def scan_folder(source: FolderSource, cancel: CancelToken | None = None,
                exclude: frozenset[tuple[int, int]] = frozenset()) -> FolderScan:
    """Walks one folder depth-first (sorted, so archives are reproducible). Raises SourceError only when the
    folder itself is missing or is excluded; everything below it that fails becomes a warning. `exclude`
    holds (device, inode) of folders to leave out: the archive destination, so that a destination inside a
    backed-up folder does not swallow earlier archives."""
    root = source.path
    try:
        st = os.stat(root)
    except OSError as exc:
        raise SourceError(
            Text("The folder {0} cannot be read ({1}).", root, exc.strerror or exc),
            Text("Check that the folder exists and that this account may read it, or remove it from the "
                 "configuration."),
        ) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise SourceError(Text("{0} is not a folder.", root),
                          Text("Choose a folder, not a file, in the configuration."))
    if (st.st_dev, st.st_ino) in exclude:
        raise SourceError(Text("The folder {0} is also where the archives are written.", root),
                          Text("Choose another destination folder, or remove this folder from the "
                               "configuration."))
    scan = FolderScan(source=source)
    prefix = source.label
    # Names equal after case-folding / NFC would make the archive refuse to restore (safety rule): keep the
    # first, warn about the others.
    folded: dict[str, str] = {}
    stack: list[tuple[str, str]] = [(str(root), "")]
    while stack:
        if cancel is not None:
            cancel.check()
        dir_abs, dir_rel = stack.pop()
        try:
            with os.scandir(dir_abs) as it:
                children = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            scan.warnings.append(f"{prefix}/{dir_rel or '.'}: folder skipped, it cannot be read "
                                 f"({exc.strerror or exc}).")
            continue
        stop_point("folder-walk")
        subdirs: list[tuple[str, str]] = []
        for entry in children:
            rel = f"{dir_rel}/{entry.name}" if dir_rel else entry.name
            problem = _name_problem(entry.name)
            if problem:
                shown = rel.encode("utf-8", "backslashreplace").decode("utf-8")
                scan.warnings.append(f"{prefix}/{shown}: skipped, {problem}.")
                continue
            key = fold_key(rel)
            if key in folded:
                scan.warnings.append(f"{prefix}/{rel}: skipped, its name differs only by letter case or "
                                     f"accents from {prefix}/{folded[key]}, which a restore could not keep "
                                     "apart.")
                continue
            folded[key] = rel
            try:
                est = entry.stat(follow_symlinks=False)
            except OSError as exc:
                scan.warnings.append(f"{prefix}/{rel}: skipped, it cannot be read ({exc.strerror or exc}).")
                continue
            mode = est.st_mode
            if stat.S_ISLNK(mode):
                try:
                    target = os.readlink(entry.path)
                except OSError as exc:
                    scan.warnings.append(f"{prefix}/{rel}: link skipped ({exc.strerror or exc}).")
                    continue
                scan.entries.append(WalkEntry("symlink", rel, entry.path, 0, stat.S_IMODE(mode),
                                              est.st_mtime, target))
            elif stat.S_ISDIR(mode):
                if (est.st_dev, est.st_ino) in exclude:
                    scan.warnings.append(f"{prefix}/{rel}: skipped, the archives are written there.")
                    continue
                scan.entries.append(WalkEntry("dir", rel, entry.path, 0, stat.S_IMODE(mode), est.st_mtime))
                subdirs.append((entry.path, rel))
            elif stat.S_ISREG(mode):
                scan.entries.append(WalkEntry("file", rel, entry.path, est.st_size, stat.S_IMODE(mode),
                                              est.st_mtime))
                scan.file_bytes += est.st_size
                scan.file_count += 1
            else:
                scan.warnings.append(f"{prefix}/{rel}: skipped, it is a {_special_kind(mode)}, not a file.")
        # Reverse so the stack pops subfolders in sorted order.
        stack.extend(reversed(subdirs))
    return scan


def _special_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISSOCK(mode):
        return "socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    return "special file"


def scan_folders(folders: Sequence[Path], cancel: CancelToken | None = None,
                 exclude: Sequence[Path] = ()) -> list[FolderScan]:
    ids = frozenset(i for i in (folder_id(p) for p in exclude) if i is not None)
    return [scan_folder(src, cancel, ids) for src in folder_labels(folders)]
