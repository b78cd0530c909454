"""Helpers shared by the archive tests (real files, real ZIPs; cheap KDF parameters for speed)."""

from __future__ import annotations

import os
import random
import uuid
import zipfile as std_zipfile
import zlib
from pathlib import Path

from backup_desk.engine.archive import (
    ArchiveWriter,
    CommittedArchive,
    EntryRecord,
    FileJob,
    FileRecord,
    FolderRecord,
    KdfParams,
    Manifest,
    file_entry_name,
)
from backup_desk.engine.archive.manifest import ManifestTotals
from backup_desk.engine.archive.zipfmt import archive_comment
from backup_desk.engine.contracts import Compression

CHEAP_KDF = KdfParams(kind="argon2id", memory_kib=64, iterations=1, lanes=1)
PASS = "correct horse battery staple"


def make_tree(root: Path, *, big: int = 0) -> Path:
    """A folder with text, random, empty and nested files, a unicode name, an empty dir and a symlink."""
    rnd = random.Random(1234)
    root.mkdir(parents=True, exist_ok=True)
    (root / "notes.txt").write_text("hello backup desk\n" * 500)
    (root / "random.bin").write_bytes(rnd.randbytes(300_000))
    (root / "empty.dat").write_bytes(b"")
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "sub" / "deeper" / "café ünïcode.txt").write_text("naïve\n" * 100)
    (root / "sub" / "data.csv").write_text("".join(f"{i},{i * i},row {i}\n" for i in range(20_000)))
    (root / "empty-dir").mkdir()
    os.symlink("notes.txt", root / "link-to-notes")
    if big:
        (root / "big-text.log").write_bytes(b"".join(b"log line %d ok\n" % i for i in range(big // 16))[:big])
        (root / "big-random.bin").write_bytes(rnd.randbytes(big))
    return root


def tree_jobs(folder: Path, label: str) -> tuple[list[FileJob], list[Path], list[Path]]:
    """(file jobs, dirs, symlinks) for a folder, sorted (a stand-in for the engine's walk)."""
    jobs, dirs, links = [], [], []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_symlink():
            links.append(p)
        elif p.is_dir():
            dirs.append(p)
        else:
            st = p.stat()
            jobs.append(FileJob(file_entry_name(label, rel), p, st.st_mtime, st.st_mode & 0o777, st.st_size))
    return jobs, dirs, links


def write_archive(
    dst: Path,
    folder: Path,
    *,
    compression: Compression = "zstd",
    passphrase: str | None = None,
    kdf: KdfParams | None = CHEAP_KDF,
    db_payload: bytes = b"",
    archive_id: str | None = None,
) -> tuple[CommittedArchive, Manifest]:
    label = folder.name
    aid = archive_id or uuid.uuid4().hex
    files: list[FileRecord] = []
    jobs, dirs, links = tree_jobs(folder, label)
    with ArchiveWriter(dst, compression=compression, passphrase=passphrase, archive_id=aid, kdf=kdf) as w:
        if db_payload:
            with w.open_entry("db/table-0001.rows") as f:
                view = memoryview(db_payload)
                for i in range(0, len(view), 100_000):
                    f.write(view[i : i + 100_000])
        for d in dirs:
            rel = d.relative_to(folder).as_posix()
            name = file_entry_name(label, rel, "dir")
            w.add_directory(name, mtime=d.stat().st_mtime)
            files.append(FileRecord(label, rel, name, "dir", 0, 0o755, d.stat().st_mtime))
        for r in w.add_files(jobs):
            assert r.error is None, r.error
            rel = r.job.src.relative_to(folder).as_posix()
            files.append(
                FileRecord(label, rel, r.job.name, "file", r.size, r.job.mode, r.job.mtime or 0.0, r.sha256)
            )
        for link in links:
            rel = link.relative_to(folder).as_posix()
            target = os.readlink(link)
            w.add_symlink(file_entry_name(label, rel), target)
            files.append(
                FileRecord(label, rel, file_entry_name(label, rel), "symlink", 0, 0o777, 0.0, None, target)
            )
        manifest = Manifest(
            archive_id=aid,
            name="test backup",
            backup_type="full",
            compression=compression,
            created_at="2026-11-24T10:00:00Z",
            config_snapshot={"name": "test"},
            folders=[FolderRecord(label, str(folder))],
            files=files,
            totals=ManifestTotals(files=len(files), file_bytes=sum(f.size for f in files)),
        )
        committed = w.commit(manifest)
    return committed, manifest


def craft_zip(
    path: Path,
    entries: list[tuple[str, bytes]],
    *,
    manifest_sizes: dict[str, int] | None = None,
    unlisted: tuple[str, ...] = (),
    files: list[FileRecord] | None = None,
) -> str:
    """A hostile-or-not plain archive written with the stdlib zipfile (names are taken as given).

    The manifest indexes every entry with its real size unless `manifest_sizes` overrides it, and leaves out
    the names in `unlisted`. Returns the archive id.
    """
    aid = uuid.uuid4().hex
    index = [
        EntryRecord(name, (manifest_sizes or {}).get(name, len(data)), zlib.crc32(data))
        for name, data in entries
        if name not in unlisted
    ]
    manifest = Manifest(
        archive_id=aid,
        name="crafted",
        backup_type="full",
        compression="deflate",
        created_at="2026-11-24T10:00:00Z",
        files=files or [],
        entries=index,
    )
    with std_zipfile.ZipFile(path, "w", std_zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            info = std_zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
            info.compress_type = std_zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
        zf.writestr("manifest.json", manifest.to_json_bytes())
        zf.comment = archive_comment(aid)
    return aid


def flip_byte(path: Path, offset: int) -> None:
    with open(path, "r+b") as f:
        f.seek(offset)
        b = f.read(1)
        f.seek(offset)
        f.write(bytes([b[0] ^ 0x40]))


def test_make_tree_and_archive_helpers(tmp_path: Path) -> None:
    folder = make_tree(tmp_path / "docs")
    committed, manifest = write_archive(tmp_path / "a.zip", folder)
    assert committed.path.exists()
    assert {f.kind for f in manifest.files} == {"file", "dir", "symlink"}
