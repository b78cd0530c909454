"""The benchmark's folder tree: many tiny files, text, code, CSV, JSON (compressible), photo- and archive-like
random bytes (incompressible), PDF-like mixed files, nested folders up to depth 9 with unicode names, and
three large files (random video, text log, mixed disk image). About 20,000 files / 640 MB at scale 1."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.dataset_content import CATEGORY_CONTENT, write_large
from bench.dataset_text import Text, loguniform, scaled

BASE_MTIME = 1_700_000_000  # 2023-11-14: fixed, so archives of the same dataset are comparable

# Top folders and which file categories land in them.
ROOTS: dict[str, list[str]] = {
    "Documents": ["docs", "csv", "json", "pdf", "tiny"],
    "Notes": ["docs", "tiny"],
    "Projects": ["code", "json", "tiny", "csv"],
    "Photos": ["photo"],
    "Фотографии": ["photo"],
    "写真 2023": ["photo", "tiny"],
    "Downloads": ["archive", "pdf", "photo", "csv", "json"],
    "Desktop": ["docs", "tiny", "photo"],
    ".config": ["tiny", "json"],
    "Été 2023 — vacances": ["photo", "docs"],
    "📁 Misc": ["tiny", "archive", "docs"],
    "Archive (old)": ["archive", "csv", "docs", "pdf"],
}
UNICODE_DIRS = ["Rechnungen Ä-Ö", "Отчёты", "資料", "Ελληνικά", "naïve café", "résumé drafts",
                "🎵 playlists", "Ünïcödé", "e\u0301tudes (NFD)", "日本語のメモ", "Zürich trip", "ação"]
UNICODE_STEMS = ["résumé", "Отчёт", "報告書", "🎉party", "Ελληνικά", "naïve café", "Straße", "データ",
                 "façade", "ñandú"]


@dataclass(frozen=True)
class Category:
    count: int  # at scale 1
    min_size: int
    max_size: int
    extensions: tuple[str, ...]
    kind: str  # compressible | incompressible | mixed


CATEGORIES: dict[str, Category] = {
    "tiny": Category(13_000, 0, 2048, ("txt", "ini", "cfg", "yaml", "md", "json", "toml", "gitkeep"),
                     "compressible"),
    "docs": Category(2_400, 2_000, 60_000, ("txt", "md", "md", "txt", "rtf"), "compressible"),
    "code": Category(1_600, 1_000, 40_000, ("py", "js", "c", "h", "html"), "compressible"),
    "csv": Category(700, 4_000, 250_000, ("csv",), "compressible"),
    "json": Category(1_200, 2_000, 100_000, ("json",), "compressible"),
    "photo": Category(750, 40_000, 600_000, ("jpg", "jpg", "jpeg", "png", "heic"), "incompressible"),
    "archive": Category(180, 10_000, 500_000, ("zip", "gz", "7z", "xz"), "incompressible"),
    "pdf": Category(167, 20_000, 400_000, ("pdf",), "mixed"),
}
# (key, relative path, content kind, compressibility); 100 MiB each at scale 1, at least 1 MiB.
LARGE_FILES = [
    ("large_video", "Videos/2023/GX010042 — Drone über den Alpen.MP4", "video", "incompressible"),
    ("large_log", "Projects/server/logs/server-2023.log", "log", "compressible"),
    ("large_disk", "Downloads/VMs/debian-test.img", "disk", "mixed"),
]
MiB = 1024 * 1024


@dataclass(frozen=True)
class CategoryTotals:
    files: int
    bytes: int
    kind: str


def make_tree(root: Path, scale: float, seed: int, text: Text) -> dict[str, list[tuple[str, int]]]:
    """Create the folders; returns, per top folder, its (relative path, depth) list."""
    rng = random.Random(f"{seed}:dirs")
    n_dirs = scaled(1_200, scale, minimum=40)
    tops = list(ROOTS)
    dirs: dict[str, list[tuple[str, int]]] = {t: [(t, 1)] for t in tops}
    children: dict[str, set[str]] = {}
    for i in range(n_dirs - len(tops)):
        # Every top folder gets a few children first, then growth is random (some trees get deep).
        top = tops[i % len(tops)] if i < 4 * len(tops) else rng.choice(tops)
        parent, depth = rng.choice(dirs[top])
        if depth >= 9:
            parent, depth = dirs[top][0]
        r = rng.random()
        if r < 0.08:
            name = rng.choice(UNICODE_DIRS)
        elif r < 0.25:
            name = str(rng.randint(2008, 2024))
        elif r < 0.35:
            name = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d} " + rng.choice(text.words[:400])
        else:
            name = " ".join(text.words_n(rng, rng.randint(1, 3))).replace("'", "")
            if rng.random() < 0.3:
                name = name.title()
        name = name.replace("/", "_")
        used = children.setdefault(parent, set())
        base, k = name, 2
        while name in used:
            name = f"{base} ({k})"
            k += 1
        used.add(name)
        dirs[top].append((f"{parent}/{name}", depth + 1))
    for top in tops:
        for rel, _ in dirs[top]:
            (root / rel).mkdir(parents=True, exist_ok=True)
    return dirs


def make_small_files(root: Path, dirs: dict[str, list[tuple[str, int]]], scale: float, seed: int, text: Text,
                     log: Callable[[str], None]) -> dict[str, CategoryTotals]:
    by_cat: dict[str, list[str]] = {}
    for top, cats in ROOTS.items():
        for c in cats:
            by_cat.setdefault(c, []).extend(rel for rel, _ in dirs[top])
    all_dirs = [rel for top in ROOTS for rel, _ in dirs[top]]
    mtime_rng = random.Random(f"{seed}:mtime")
    used_paths: set[tuple[str, str]] = set()
    totals: dict[str, CategoryTotals] = {}
    for cat, spec in CATEGORIES.items():
        rng = random.Random(f"{seed}:files:{cat}")
        content = CATEGORY_CONTENT[cat]
        n = scaled(spec.count, scale)
        nbytes = 0
        for i in range(n):
            # 10% of files land anywhere, so every folder type holds a few strays.
            d = rng.choice(by_cat[cat]) if rng.random() < 0.9 else rng.choice(all_dirs)
            ext = rng.choice(spec.extensions)
            if rng.random() < 0.06:
                stem = f"{rng.choice(UNICODE_STEMS)} {i}"
            else:
                words = text.words_n(rng, rng.randint(1, 3))
                stem = "_".join(words).replace("'", "").replace("/", "_") + f"_{i}"
            name = ".gitkeep" if ext == "gitkeep" else f"{stem}.{ext}"
            if (d, name) in used_paths:
                name = f"{stem}_{cat}.{ext}" if ext != "gitkeep" else f"{stem}.keep"
            used_paths.add((d, name))
            if cat == "tiny":
                size = 0 if rng.random() < 0.08 else rng.randint(1, spec.max_size)
            else:
                size = loguniform(rng, spec.min_size, spec.max_size)
            data = content(rng, text, ext, size)
            path = os.path.join(root, d, name)
            with open(path, "wb") as f:
                f.write(data)
            mt = BASE_MTIME - mtime_rng.randint(0, 5 * 365 * 86400)
            os.utime(path, (mt, mt))
            nbytes += len(data)
        totals[cat] = CategoryTotals(n, nbytes, spec.kind)
        log(f"  files: {cat:11s} {n:>6,d} files {nbytes / MiB:8.1f} MiB")
    return totals


def large_file_size(scale: float) -> int:
    return max(MiB, round(100 * MiB * scale))


def make_large_file(root: Path, key: str, scale: float, seed: int, text: Text) -> CategoryTotals:
    rel, content_kind, kind = next((r, c, k) for name, r, c, k in LARGE_FILES if name == key)
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"{seed}:files:{key}")
    written = write_large(path, rng, text, content_kind, large_file_size(scale))
    os.utime(path, (BASE_MTIME, BASE_MTIME))
    return CategoryTotals(1, written, kind)


def fix_dir_mtimes(root: Path) -> None:
    """Folder mtimes change as files are added: set them all at the end, deepest first."""
    for dirpath, _dirs, _files in sorted(os.walk(root), key=lambda x: -x[0].count(os.sep)):
        os.utime(dirpath, (BASE_MTIME, BASE_MTIME))
