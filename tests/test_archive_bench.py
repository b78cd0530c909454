"""Archive writer throughput: a micro-benchmark (run as a script) plus a small smoke test of the same code.

    PYTHONPATH=. python tests/test_archive_bench.py micro        # MB/s per compression and data kind
    PYTHONPATH=. python tests/test_archive_bench.py product DIR  # the ~1 GB product scenario (DIR built once)

The product scenario: a 330 MB database dump streamed through open_entry (text-like rows, as the
database engine writes them) + 20,000 files / ~640 MB (many tiny files, compressible text, random data,
three 100 MB files: text, random, half and half), written plain and encrypted (default Argon2id), then
verified. Wall time on a shared machine is noisy: CPU seconds (all threads) are printed too.
"""

from __future__ import annotations

import os
import random
import sys
import time
import uuid
from pathlib import Path

from backup_desk.engine.archive import ArchiveReader, ArchiveWriter, FileJob, KdfParams, Manifest
from backup_desk.engine.contracts import Compression

MiB = 1 << 20


def text_bytes(size: int, seed: int = 1) -> bytes:
    rnd = random.Random(seed)
    words = [
        bytes(rnd.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(2, 10)))
        for _ in range(5000)
    ]
    out, n = [], 0
    while n < size:
        line = b" ".join(rnd.choice(words) for _ in range(10)) + b" %d\n" % rnd.randint(0, 10**9)
        out.append(line)
        n += len(line)
    return b"".join(out)[:size]


def make_dataset(root: Path, scale: float = 1.0) -> None:
    rnd = random.Random(42)
    big = int(100 * MiB * scale)
    text = text_bytes(big)
    (root / "big").mkdir(parents=True, exist_ok=True)
    (root / "big" / "text.log").write_bytes(text)
    (root / "big" / "random.bin").write_bytes(os.urandom(big))
    (root / "big" / "mixed.dat").write_bytes(text[: big // 2] + os.urandom(big - big // 2))
    budget = int(340 * MiB * scale)
    pool = text_bytes(max(MiB, int(8 * MiB * scale)), seed=2)
    count = max(10, int(19_997 * scale))
    for i in range(count):
        d = root / f"d{i // 500:03d}"
        d.mkdir(exist_ok=True)
        size = min(
            rnd.choice([50, 300, 2000, 8000, 30000]) if i % 50 else rnd.randint(100_000, 400_000), budget
        )
        budget -= size
        off = rnd.randint(0, len(pool) - size - 1)
        data = os.urandom(size) if i % 4 == 3 else pool[off : off + size]
        (d / f"f{i}.{'bin' if i % 4 == 3 else 'txt'}").write_bytes(data)


def dataset_jobs(root: Path) -> list[FileJob]:
    jobs = []
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath) / name
            st = p.stat()
            jobs.append(
                FileJob(f"files/data/{p.relative_to(root).as_posix()}", p, st.st_mtime, 0o644, st.st_size)
            )
    return jobs


def run_product(
    root: Path,
    compression: Compression,
    passphrase: str | None,
    dump: int = 330 * MiB,
    kdf: KdfParams | None = None,
) -> str:
    jobs = dataset_jobs(root)
    rows = text_bytes(4 * MiB, seed=7)
    dst = root.parent / f"bench-{compression}-{passphrase is not None}.bdtmp.zip"
    dst.unlink(missing_ok=True)
    aid = uuid.uuid4().hex
    wall, cpu = time.perf_counter(), time.process_time()
    raw = 0
    with ArchiveWriter(dst, compression=compression, passphrase=passphrase, archive_id=aid, kdf=kdf) as w:
        with w.open_entry("db/dump.rows") as f:
            while raw < dump:
                f.write(rows[: min(len(rows), dump - raw)])
                raw += min(len(rows), dump - raw)
        for r in w.add_files(jobs):
            assert r.error is None
            raw += r.size
        committed = w.commit(
            Manifest(
                archive_id=aid,
                name="bench",
                backup_type="full",
                compression=compression,
                created_at="2026-11-24T10:00:00Z",
            )
        )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    t0 = time.perf_counter()
    with ArchiveReader(dst, passphrase=passphrase) as reader:
        reader.check_entries()
        reader.verify_integrity()
    verify = time.perf_counter() - t0
    dst.unlink()
    return (
        f"{compression:8s} encrypted={passphrase is not None!s:5s} {raw / MiB:6.0f} MiB -> "
        f"{committed.size / MiB:4.0f} MiB in {wall:5.2f} s wall ({raw / MiB / wall:4.0f} MiB/s), "
        f"{cpu:5.2f} s CPU; verify {verify:4.2f} s"
    )


def run_micro(tmp: Path, size: int = 256 * MiB, block: int = 16 * MiB) -> list[str]:
    data = {"text": text_bytes(block), "random": os.urandom(block)}
    lines = []
    for compression in ("zstd", "deflate", "store"):
        for kind, block in data.items():
            dst = tmp / f"micro-{compression}-{kind}.zip"
            dst.unlink(missing_ok=True)
            aid = uuid.uuid4().hex
            wall, cpu = time.perf_counter(), time.process_time()
            with ArchiveWriter(dst, compression=compression, passphrase=None, archive_id=aid) as w:  # type: ignore[arg-type]
                with w.open_entry("db/x") as f:
                    for _ in range(size // len(block)):
                        f.write(block)
                committed = w.commit(
                    Manifest(
                        archive_id=aid,
                        name="m",
                        backup_type="full",
                        compression=compression,
                        created_at="2026-11-24T10:00:00Z",
                    )
                )
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            dst.unlink()
            lines.append(
                f"{compression:8s} {kind:7s} {size / MiB / wall:6.0f} MiB/s wall, "
                f"{size / MiB / cpu:6.0f} MiB per CPU-second, ratio {committed.size / size:.3f}"
            )
    return lines


def test_benchmark_code_runs_on_a_small_dataset(tmp_path: Path) -> None:
    make_dataset(tmp_path / "data", scale=0.01)
    for compression in ("zstd", "deflate"):
        cheap = KdfParams(memory_kib=64, iterations=1, lanes=1)
        line = run_product(tmp_path / "data", compression, "bench", dump=3 * MiB, kdf=cheap)  # type: ignore[arg-type]
        assert "MiB/s" in line
    assert len(run_micro(tmp_path, size=4 * MiB, block=MiB)) == 6
    assert not list(tmp_path.glob("*.zip"))


if __name__ == "__main__":
    if sys.argv[1:2] == ["micro"]:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            print("\n".join(run_micro(Path(tmp))))
    elif sys.argv[1:2] == ["product"]:
        root = Path(sys.argv[2])
        if not root.exists():
            make_dataset(root)
        for comp in ("zstd", "deflate"):
            print(run_product(root, comp, None))  # type: ignore[arg-type]
            print(run_product(root, comp, "bench passphrase"))  # type: ignore[arg-type]
    else:
        print(__doc__)
