"""Regenerates the frozen sample archives of format 1. Run ONLY when adding a new format version's samples:
the point of these files is that later releases must still read the ones made by earlier releases.

    PYTHONPATH=. python tests/data/archives/make_samples.py tests/data/archives
"""

from __future__ import annotations

import hashlib
import os
import random
import sys
import tempfile
from pathlib import Path

from backup_desk.engine.archive import ArchiveWriter, FileJob, FileRecord, FolderRecord, KdfParams, Manifest
from backup_desk.engine.archive.manifest import ManifestTotals

PASSPHRASE = "frozen sample passphrase"
MTIME = 1767225600.0  # 2026-01-01T00:00:00Z
SAMPLES = {
    # file name: (archive id, compression, kdf or None for a plain ZIP)
    "format1-plain-zstd.zip": ("11111111111111111111111111111111", "zstd", None),
    "format1-plain-deflate.zip": ("22222222222222222222222222222222", "deflate", None),
    "format1-encrypted-argon2id-cheap.bdarc": (
        "33333333333333333333333333333333", "zstd", KdfParams("argon2id", memory_kib=64, iterations=1, lanes=1)),
    "format1-encrypted-scrypt-cheap.bdarc": (
        "44444444444444444444444444444444", "deflate", KdfParams("scrypt", log2_n=10, r=8, p=1)),
    "format1-encrypted-argon2id-default.bdarc": ("55555555555555555555555555555555", "zstd", KdfParams()),
}
DB_ROWS = b"".join(b"%d\tname %d\t%d.25\n" % (i, i, i * 3) for i in range(8000))


def build_tree(root: Path) -> None:
    rnd = random.Random(2026)
    (root / "sub").mkdir(parents=True)
    (root / "empty").mkdir()
    (root / "hello.txt").write_text("Hello from Backup Desk format 1.\n")
    (root / "sub" / "data.csv").write_text("".join(f"{i},{i * i}\n" for i in range(3000)))
    (root / "sub" / "résumé.txt").write_text("unicode name\n")
    (root / "random.bin").write_bytes(rnd.randbytes(40_000))  # incompressible: stored
    os.symlink("hello.txt", root / "link")
    for p in [*root.rglob("*"), root]:
        os.utime(p, (MTIME, MTIME), follow_symlinks=False)


def make(out_dir: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "docs"
        build_tree(src)
        for name, (aid, compression, kdf) in SAMPLES.items():
            dst = out_dir / name
            dst.unlink(missing_ok=True)
            passphrase = PASSPHRASE if kdf is not None else None
            files: list[FileRecord] = []
            with ArchiveWriter(dst, compression=compression, passphrase=passphrase, archive_id=aid,  # type: ignore[arg-type]
                               kdf=kdf, workers=1) as w:
                with w.open_entry("db/table-0001.rows", mtime=MTIME) as f:
                    f.write(DB_ROWS)
                for d in ("empty", "sub"):
                    w.add_directory(f"files/docs/{d}/", mtime=MTIME)
                    files.append(FileRecord("docs", d, f"files/docs/{d}/", "dir", 0, 0o755, MTIME))
                rels = ["hello.txt", "random.bin", "sub/data.csv", "sub/résumé.txt"]
                jobs = [FileJob(f"files/docs/{r}", src / r, MTIME, 0o644) for r in rels]
                for r, res in zip(rels, w.add_files(jobs), strict=True):
                    assert res.error is None and res.sha256 == hashlib.sha256((src / r).read_bytes()).hexdigest()
                    files.append(FileRecord("docs", r, res.job.name, "file", res.size, 0o644, MTIME, res.sha256))
                w.add_symlink("files/docs/link", "hello.txt", mtime=MTIME)
                files.append(FileRecord("docs", "link", "files/docs/link", "symlink", 0, 0o777, MTIME, None,
                                        "hello.txt"))
                w.commit(Manifest(
                    archive_id=aid, name="Frozen sample", backup_type="full", compression=compression,
                    created_at="2026-01-01T00:00:00Z", tool_version="0.1.0",
                    config_snapshot={"name": "Frozen sample", "retention_days": 30},
                    database={"dialect": "sqlite", "tables": [{"name": "t", "rows": 8000,
                                                               "entry": "db/table-0001.rows"}]},
                    folders=[FolderRecord("docs", "/home/demo/docs")], files=files,
                    warnings=["sample warning"],
                    totals=ManifestTotals(files=4, file_bytes=sum(f.size for f in files), tables=1, rows=8000)))
            print(name, dst.stat().st_size)


if __name__ == "__main__":
    make(Path(sys.argv[1]))
