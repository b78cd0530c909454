"""Writing safely: temp file beside the destination, atomic rename, full disk, cancel, exceptions."""

from __future__ import annotations

import hashlib
import os
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from backup_desk.engine.archive import ArchiveReader, ArchiveWriter, FileJob, Manifest
from backup_desk.engine.progress import CancelToken
from backup_desk.errors import CancelledError, InsufficientSpaceError
from backup_desk.paths import TEMP_SUFFIX
from tests.test_archive_support import CHEAP_KDF, PASS, make_tree, write_archive


def _manifest(aid: str) -> Manifest:
    return Manifest(
        archive_id=aid, name="n", backup_type="full", compression="zstd", created_at="2026-11-24T10:00:00Z"
    )


@pytest.mark.parametrize("passphrase", [None, PASS])
def test_full_disk_fails_cleanly_and_keeps_older_archives(
    small_disk: Path, tmp_path: Path, passphrase: str | None
) -> None:
    folder = make_tree(tmp_path / "docs")
    older, _ = write_archive(small_disk / "older.zip", folder, passphrase=passphrase)
    older_bytes = older.path.read_bytes()
    (tmp_path / "big.bin").write_bytes(os.urandom(5 << 20))  # incompressible: cannot fit in what is left
    aid = uuid.uuid4().hex
    dst = small_disk / "new.zip"
    with (
        pytest.raises(InsufficientSpaceError, match="Not enough free space to write the archive") as info,
        ArchiveWriter(dst, compression="zstd", passphrase=passphrase, archive_id=aid, kdf=CHEAP_KDF) as w,
    ):
        list(w.add_files([FileJob("files/docs/big.bin", tmp_path / "big.bin")]))
        w.commit(_manifest(aid))
    assert "older archives were left untouched" in info.value.hint
    assert sorted(p.name for p in small_disk.iterdir()) == ["older.zip"]  # temp file removed, no new archive
    assert older.path.read_bytes() == older_bytes
    with ArchiveReader(older.path, passphrase=passphrase) as r:
        r.verify_integrity()


def test_free_space_is_checked_before_anything_is_written(small_disk: Path) -> None:
    with pytest.raises(InsufficientSpaceError, match="about 1024 MiB are needed"):
        ArchiveWriter(
            small_disk / "a.zip",
            compression="zstd",
            passphrase=None,
            archive_id="a" * 32,
            expected_size=1 << 30,
        )
    assert list(small_disk.iterdir()) == []


def test_temp_file_beside_destination_and_atomic_rename(tmp_path: Path) -> None:
    dst = tmp_path / "out" / "a.zip"
    dst.parent.mkdir()
    aid = uuid.uuid4().hex
    with ArchiveWriter(dst, compression="zstd", passphrase=None, archive_id=aid) as w:
        assert w.temp_path.parent == dst.parent and w.temp_path.name.endswith(TEMP_SUFFIX)
        with w.open_entry("db/x") as f:
            f.write(b"data" * 1000)
        assert w.temp_path.exists() and not dst.exists()
        committed = w.commit(_manifest(aid))
    assert committed.path == dst and dst.exists()
    assert [p.name for p in dst.parent.iterdir()] == ["a.zip"]


def test_an_existing_destination_is_never_overwritten(tmp_path: Path) -> None:
    dst = tmp_path / "a.zip"
    dst.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        ArchiveWriter(dst, compression="zstd", passphrase=None, archive_id="a" * 32)
    assert dst.read_bytes() == b"precious" and list(tmp_path.iterdir()) == [dst]


@pytest.mark.parametrize("when", ["while feeding", "while consuming"])
def test_cancel_during_add_files_leaves_no_temp_file(tmp_path: Path, when: str) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for i in range(400):
        (src / f"f{i}.txt").write_bytes(b"line\n" * (i + 1))
    cancel = CancelToken()

    def jobs() -> Iterator[FileJob]:
        for i in range(400):
            if i == 250 and when == "while feeding":
                cancel.cancel()  # as the GUI's Cancel button does, from another thread
            yield FileJob(f"files/src/f{i}.txt", src / f"f{i}.txt")

    out = tmp_path / "out"
    out.mkdir()
    aid = uuid.uuid4().hex
    seen = 0
    with (
        pytest.raises(CancelledError),
        ArchiveWriter(
            out / "a.zip", compression="zstd", passphrase=PASS, archive_id=aid, kdf=CHEAP_KDF, cancel=cancel
        ) as w,
    ):
        for _ in w.add_files(jobs()):
            seen += 1
            if seen == 50 and when == "while consuming":
                cancel.cancel()
        w.commit(_manifest(aid))
    assert seen < 400 and (seen >= 50 or when == "while feeding")
    assert list(out.iterdir()) == []


def test_cancel_during_a_large_stream_leaves_no_temp_file(tmp_path: Path) -> None:
    cancel = CancelToken()
    aid = uuid.uuid4().hex
    with (
        pytest.raises(CancelledError),
        ArchiveWriter(
            tmp_path / "a.zip", compression="deflate", passphrase=None, archive_id=aid, cancel=cancel
        ) as w,
        w.open_entry("db/rows") as f,
    ):
        for i in range(100):
            f.write(os.urandom(1 << 19))
            if i == 10:
                cancel.cancel()
    assert list(tmp_path.iterdir()) == []


def test_an_exception_or_no_commit_removes_the_temp_file(tmp_path: Path) -> None:
    aid = uuid.uuid4().hex
    with (
        pytest.raises(RuntimeError, match="boom"),
        ArchiveWriter(tmp_path / "a.zip", compression="zstd", passphrase=None, archive_id=aid) as w,
    ):
        w.add_directory("files/docs/")
        raise RuntimeError("boom")
    with ArchiveWriter(tmp_path / "b.zip", compression="zstd", passphrase=None, archive_id=aid) as w:
        w.add_directory("files/docs/")  # leaving without commit: nothing is kept
    assert list(tmp_path.iterdir()) == []


def test_add_file_raises_for_unreadable_files_with_nothing_written(tmp_path: Path) -> None:
    aid = uuid.uuid4().hex
    with ArchiveWriter(tmp_path / "a.zip", compression="zstd", passphrase=None, archive_id=aid) as w:
        with pytest.raises(FileNotFoundError):
            w.add_file("files/docs/missing", tmp_path / "missing", mtime=None, mode=0o644)
        (tmp_path / "real.txt").write_text("ok")
        digest = w.add_file(
            "files/docs/missing", tmp_path / "real.txt", mtime=None, mode=0o644
        )  # name still free
        assert digest.size == 2
        w.commit(_manifest(aid))
    with ArchiveReader(tmp_path / "a.zip", passphrase=None) as r:
        assert r.names() == ["files/docs/missing", "manifest.json"]


def test_rows_written_one_by_one_through_open_entry(tmp_path: Path) -> None:
    aid = uuid.uuid4().hex
    rows = [b"%d|row number %d|%f\n" % (i, i, i / 3) for i in range(200_000)]
    with ArchiveWriter(tmp_path / "a.zip", compression="zstd", passphrase=None, archive_id=aid) as w:
        with w.open_entry("db/t.rows") as f:
            for row in rows:
                f.write(row)
        w.commit(_manifest(aid))
    with ArchiveReader(tmp_path / "a.zip", passphrase=None) as r, r.open_entry("db/t.rows") as f:
        assert f.read() == b"".join(rows)


def test_an_entry_dropped_before_any_data_leaves_the_archive_usable(tmp_path: Path) -> None:
    aid = uuid.uuid4().hex
    with ArchiveWriter(tmp_path / "a.zip", compression="zstd", passphrase=None, archive_id=aid) as w:
        with pytest.raises(ValueError, match="bad row"), w.open_entry("db/t.rows") as f:
            f.write(b"partial row")
            raise ValueError("bad row")
        with w.open_entry("db/t.rows") as f:  # the name is free again
            f.write(b"good rows")
        w.commit(_manifest(aid))
    with ArchiveReader(tmp_path / "a.zip", passphrase=None) as r, r.open_entry("db/t.rows") as f:
        assert f.read() == b"good rows"


def test_an_entry_dropped_half_written_makes_commit_refuse(tmp_path: Path) -> None:
    aid = uuid.uuid4().hex
    with ArchiveWriter(tmp_path / "a.zip", compression="zstd", passphrase=None, archive_id=aid) as w:
        with pytest.raises(ValueError, match="bad row"), w.open_entry("db/t.rows") as f:
            f.write(os.urandom(3 << 20))  # blocks already in the archive
            raise ValueError("bad row")
        with pytest.raises(RuntimeError, match="was abandoned half-written"):
            w.commit(_manifest(aid))
    assert list(tmp_path.iterdir()) == []


def test_payload_written_while_the_key_is_derived_is_hashed_after(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The header is derived on its own thread: here it is held back until every entry is written, so the
    archive's SHA-256 must catch up by reading back the payload written before the header."""
    from backup_desk.engine.archive import output

    release = threading.Event()
    real_seal = output.seal_header

    def slow_seal(*args: object) -> bytes:
        assert release.wait(60)
        return real_seal(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(output, "seal_header", slow_seal)
    folder = make_tree(tmp_path / "docs", big=3 << 20)
    dst = tmp_path / "held.bdarc"
    timer = threading.Timer(1.0, release.set)  # after the entries: add_files returns long before
    timer.start()
    try:
        committed, _ = write_archive(dst, folder, passphrase=PASS)
    finally:
        timer.cancel()
        release.set()
    assert committed.sha256 == hashlib.sha256(dst.read_bytes()).hexdigest()
    with ArchiveReader(dst, passphrase=PASS) as r:
        assert r.verify_integrity().entries_checked == len(r.manifest.entries)


def test_a_failed_key_derivation_fails_the_archive_and_leaves_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from backup_desk.engine.archive import output

    def failing_seal(*_args: object) -> bytes:
        raise MemoryError("no room for the key derivation")

    monkeypatch.setattr(output, "seal_header", failing_seal)
    folder = make_tree(tmp_path / "docs")
    with pytest.raises(MemoryError, match="no room"):
        write_archive(tmp_path / "a.bdarc", folder, passphrase=PASS)
    assert list(tmp_path.glob("*.bdarc")) == [] and list(tmp_path.glob(".*")) == []
