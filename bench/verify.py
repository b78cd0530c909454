"""Check a restore against the source: same paths (folders included) and sizes, same database."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import unicodedata
from collections import deque
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Fingerprint:
    entries: int
    file_bytes: int
    tree_sha256: str  # over sorted (path, size) of files and folders under files/
    db_sha256: str
    rows: dict[str, int]
    # The same tree without the names Backup Desk's archive format cannot carry: in each folder, a name equal
    # to an earlier one (sorted) after NFC normalisation and case-folding is skipped, with what it holds.
    portable: tuple[int, int, str] = (0, 0, "")


def _without_case_collisions(dirs: list[str], names: list[str]) -> None:
    """Drops, in place, the names an earlier sibling (sorted) already holds once case-folded."""
    seen: set[str] = set()
    dropped: set[str] = set()
    for n in sorted([*dirs, *names]):
        key = unicodedata.normalize("NFC", n).casefold()
        if key in seen:
            dropped.add(n)
        seen.add(key)
    dirs[:] = [n for n in dirs if n not in dropped]  # os.walk does not descend into them
    names[:] = [n for n in names if n not in dropped]


def _tree(files_root: Path, *, portable: bool = False) -> tuple[int, int, str]:
    items: list[str] = []
    total = 0
    for d, dirs, names in os.walk(files_root):
        if portable:
            _without_case_collisions(dirs, names)
        rel = os.path.relpath(d, files_root)
        items.extend(f"{rel}/{n}/" for n in dirs)
        for n in names:
            size = os.lstat(os.path.join(d, n)).st_size
            total += size
            items.append(f"{rel}/{n}\t{size}")
    h = hashlib.sha256()
    for item in sorted(items):
        h.update(item.encode("utf-8", "surrogateescape") + b"\n")
    return len(items), total, h.hexdigest()


def _file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _rows(db: Path) -> dict[str, int]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        names = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {n: con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}
    finally:
        con.close()


def fingerprint(root: Path) -> Fingerprint:
    entries, nbytes, digest = _tree(root / "files")
    db = root / "app.db"
    return Fingerprint(entries, nbytes, digest, _file_sha256(db), _rows(db),
                       portable=_tree(root / "files", portable=True))


def locate_root(target: Path, max_depth: int = 12) -> Path | None:
    """The folder holding the restored `files/` (restic restores under the source's absolute path)."""
    queue = deque([(target, 0)])
    while queue:
        d, depth = queue.popleft()
        if (d / "files").is_dir():
            return d
        if depth < max_depth:
            queue.extend((c, depth + 1) for c in sorted(d.iterdir()) if c.is_dir() and not c.is_symlink())
    return None


def check_restore(target: Path, expected: Fingerprint, *, logical_db: bool, portable: bool = False) -> str:
    """'ok', or what differs. logical_db: the database was restored row by row (not a file copy);
    portable: names that collide once case-folded were skipped by the backup (Backup Desk's format)."""
    root = locate_root(target)
    if root is None:
        return "no files/ folder in the restore"
    entries, nbytes, digest = _tree(root / "files")
    want = expected.portable if portable else (expected.entries, expected.file_bytes, expected.tree_sha256)
    problems = []
    if (entries, nbytes) != want[:2]:
        problems.append(f"files: {entries} entries / {nbytes} B, expected {want[0]} / {want[1]}")
    elif digest != want[2]:
        problems.append("file paths or sizes differ")
    db = root / "app.db" if (root / "app.db").exists() else target / "app.db"
    if not db.exists():
        problems.append("no app.db restored")
    elif logical_db:
        rows = _rows(db)
        if rows != expected.rows:
            problems.append(f"row counts differ: {rows} vs {expected.rows}")
    elif _file_sha256(db) != expected.db_sha256:
        problems.append("app.db differs")
    return "; ".join(problems) or "ok"
