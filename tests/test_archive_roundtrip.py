"""Write then read archives: every compression, plain and encrypted, checked with our reader AND with the
real third-party tools (7-Zip, bsdtar, Info-ZIP unzip) the format promises to stay compatible with."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from backup_desk.engine.archive import (
    ArchiveReader,
    ArchiveWriter,
    FileJob,
    Manifest,
    decrypt_archive,
    read_identity,
    rewrap_passphrase,
)
from backup_desk.engine.archive.envelope import HEADER_SIZE
from backup_desk.engine.archive.kdf import DEFAULT_KDF
from backup_desk.errors import WrongPassphraseError
from tests.test_archive_support import CHEAP_KDF, PASS, make_tree, write_archive

DB = b"".join(b"%d|name %d|%f\n" % (i, i, i / 7) for i in range(120_000))  # ~2.5 MB: streamed in blocks


def _tree_digest(root: Path) -> dict[str, str]:
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        if p.is_symlink():
            out[rel] = "link:" + os.readlink(p)
        elif p.is_dir():
            out[rel] = "dir"
        else:
            out[rel] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _tool(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    if shutil.which(args[0]) is None:
        pytest.skip(f"{args[0]} is not installed")
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("compression", ["zstd", "deflate", "store"])
@pytest.mark.parametrize("encrypted", [False, True])
def test_roundtrip_with_our_reader(tmp_path: Path, compression: str, encrypted: bool) -> None:
    folder = make_tree(tmp_path / "docs", big=3 << 20)
    dst = tmp_path / ("a.bdarc" if encrypted else "a.zip")
    pw = PASS if encrypted else None
    committed, manifest = write_archive(dst, folder, compression=compression, passphrase=pw, db_payload=DB)  # type: ignore[arg-type]
    assert committed.size == dst.stat().st_size
    assert committed.sha256 == hashlib.sha256(dst.read_bytes()).hexdigest()
    assert not list(tmp_path.glob("*.bdtmp"))
    assert read_identity(dst).archive_id == manifest.archive_id
    assert read_identity(dst).encrypted is encrypted
    with ArchiveReader(dst, passphrase=pw) as r:
        r.check_entries()
        assert r.encrypted is encrypted
        assert r.manifest.archive_id == manifest.archive_id
        assert [f.entry for f in r.manifest.files] == [f.entry for f in manifest.files]
        with r.open_entry("db/table-0001.rows") as f:
            assert f.read() == DB
        for rec in manifest.files:
            if rec.kind == "file":
                with r.open_entry(rec.entry) as f:
                    assert hashlib.sha256(f.read()).hexdigest() == rec.sha256
        report = r.verify_integrity()
        assert report.entries_checked == len(r.manifest.entries)
        assert (report.chunks_checked > 0) is encrypted


@pytest.mark.parametrize("compression", ["zstd", "deflate"])
def test_third_party_tools_read_and_extract(tmp_path: Path, compression: str) -> None:
    folder = make_tree(tmp_path / "docs", big=2 << 20)
    # Sizes that are exact multiples of 128 KiB once tripped libarchive's zstd reader (see compress.py).
    for size in (128 << 10, 1 << 20, 6 << 20):
        (folder / f"exact-{size}.txt").write_bytes((b"%07d\n" % 1 * (size // 8 + 1))[:size])
    before = _tree_digest(folder)
    plain = tmp_path / "plain.zip"
    write_archive(plain, folder, compression=compression, db_payload=DB)  # type: ignore[arg-type]
    enc = tmp_path / "enc.bdarc"
    write_archive(enc, folder, compression=compression, passphrase=PASS, db_payload=DB)  # type: ignore[arg-type]
    decrypted = decrypt_archive(enc, tmp_path / "decrypted.zip", PASS)
    for archive in (plain, decrypted):
        seven = _tool("7zz", "t", str(archive))
        assert seven.returncode == 0 and "Everything is Ok" in seven.stdout, seven.stdout + seven.stderr
        listing = _tool("bsdtar", "-tf", str(archive))
        assert listing.returncode == 0, listing.stderr
        assert "files/docs/sub/deeper/café ünïcode.txt" in listing.stdout.splitlines()
        out = tmp_path / f"x-{archive.stem}"
        out.mkdir()
        extract = _tool("bsdtar", "-xf", str(archive), cwd=out)
        assert extract.returncode == 0, extract.stderr
        assert _tree_digest(out / "files" / "docs") == before
        assert (out / "db" / "table-0001.rows").read_bytes() == DB
    if compression == "deflate":
        test = _tool("unzip", "-t", str(plain))
        assert test.returncode == 0 and "No errors detected" in test.stdout, test.stdout
    assert not list(tmp_path.glob("*.bdtmp"))


def test_large_streams_incompressible_data_is_stored(tmp_path: Path) -> None:
    rnd = os.urandom(5 << 20)
    text = b"the same sentence over and over\n" * 200_000
    dst = tmp_path / "s.zip"
    aid = "0" * 31 + "1"
    with ArchiveWriter(dst, compression="zstd", passphrase=None, archive_id=aid) as w:
        with w.open_entry("db/random") as f:
            f.write(rnd)
        with w.open_entry("db/text") as f:
            for i in range(0, len(text), 65536):
                f.write(text[i : i + 65536])
        w.commit(
            Manifest(
                archive_id=aid,
                name="n",
                backup_type="full",
                compression="zstd",
                created_at="2026-11-24T10:00:00Z",
            )
        )
    import zipfile

    with zipfile.ZipFile(dst) as zf:
        assert zf.getinfo("db/random").compress_type == zipfile.ZIP_STORED
        assert zf.getinfo("db/text").compress_size < len(text) // 20
    with ArchiveReader(dst, passphrase=None) as r:
        with r.open_entry("db/random") as f:
            assert f.read() == rnd
        with r.open_entry("db/text") as f:
            assert f.read() == text


def test_add_files_keeps_order_and_reports_unreadable_files(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    good = []
    for i in range(300):
        p = src / f"f{i:03d}.txt"
        p.write_bytes(b"x%d\n" % i * (i + 1))
        good.append(p)
    (src / "dangling").symlink_to("nowhere")  # a symlink swapped in: never followed
    jobs = [FileJob(f"files/src/{p.name}", p) for p in good[:150]]
    jobs += [FileJob("files/src/missing", src / "missing"), FileJob("files/src/dangling", src / "dangling")]
    jobs += [FileJob(f"files/src/{p.name}", p) for p in good[150:]]
    aid = "a" * 32
    with ArchiveWriter(tmp_path / "o.zip", compression="zstd", passphrase=None, archive_id=aid) as w:
        results = list(w.add_files(jobs))
        w.commit(
            Manifest(
                archive_id=aid,
                name="n",
                backup_type="full",
                compression="zstd",
                created_at="2026-11-24T10:00:00Z",
            )
        )
    assert [r.job for r in results] == jobs
    errors = {r.job.name: r.error for r in results if r.error}
    assert set(errors) == {"files/src/missing", "files/src/dangling"}
    assert "No such file" in (errors["files/src/missing"] or "")
    ok = [r for r in results if r.error is None]
    assert all(
        r.mtime == r.job.src.stat().st_mtime and r.sha256 and r.size == r.job.src.stat().st_size for r in ok
    )
    with ArchiveReader(tmp_path / "o.zip", passphrase=None) as r:
        assert "files/src/missing" not in r.names() and "files/src/dangling" not in r.names()
        assert len([n for n in r.names() if n.startswith("files/")]) == 300


def test_rewrap_rewrites_only_the_header(tmp_path: Path) -> None:
    import hashlib
    import os

    folder = make_tree(tmp_path / "docs")
    dst = tmp_path / "a.bdarc"
    write_archive(dst, folder, passphrase="old passphrase")
    before = dst.read_bytes()
    inode = os.stat(dst).st_ino
    done = rewrap_passphrase(dst, "old passphrase", "new passphrase")
    after = dst.read_bytes()
    assert after[HEADER_SIZE:] == before[HEADER_SIZE:] and after[:HEADER_SIZE] != before[:HEADER_SIZE]
    assert done.size == len(after) and done.sha256 == hashlib.sha256(after).hexdigest()
    assert os.stat(dst).st_ino != inode  # a new file renamed over the old one, not an overwrite in place
    assert oct(os.stat(dst).st_mode & 0o777) == "0o600"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".bdtmp")] == []
    with pytest.raises(WrongPassphraseError):
        ArchiveReader(dst, passphrase="old passphrase")
    with ArchiveReader(dst, passphrase="new passphrase") as r:
        r.verify_integrity()
    with pytest.raises(WrongPassphraseError):
        rewrap_passphrase(dst, "old passphrase", "third")
    assert dst.read_bytes() == after


def test_default_kdf_parameters(tmp_path: Path) -> None:
    assert (DEFAULT_KDF.kind, DEFAULT_KDF.memory_kib, DEFAULT_KDF.iterations, DEFAULT_KDF.lanes) == (
        "argon2id",
        256 * 1024,
        3,
        4,
    )
    folder = make_tree(tmp_path / "docs")
    dst = tmp_path / "a.bdarc"
    write_archive(dst, folder, passphrase=PASS, kdf=None)  # None = the product defaults
    t0 = time.monotonic()
    with ArchiveReader(dst, passphrase=PASS) as r:
        r.check_entries()
        assert r.manifest.files
    assert time.monotonic() - t0 < 30
    with pytest.raises(WrongPassphraseError):
        ArchiveReader(dst, passphrase=PASS + "!")


def test_scrypt_archives_open(tmp_path: Path) -> None:
    from backup_desk.engine.archive import KdfParams

    folder = make_tree(tmp_path / "docs")
    dst = tmp_path / "a.bdarc"
    write_archive(dst, folder, passphrase=PASS, kdf=KdfParams(kind="scrypt", log2_n=10, r=8, p=1))
    with ArchiveReader(dst, passphrase=PASS) as r:
        assert r.verify_integrity().chunks_checked >= 1


def test_empty_archive_and_exact_chunk_multiple(tmp_path: Path) -> None:
    # A payload whose plaintext is an exact multiple of the chunk size ends with a full final chunk.
    for i, payload in enumerate([b"", b"z" * 10]):
        aid = f"{i:032x}"
        dst = tmp_path / f"e{i}.bdarc"
        with ArchiveWriter(dst, compression="store", passphrase=PASS, archive_id=aid, kdf=CHEAP_KDF) as w:
            if payload:
                with w.open_entry("db/x") as f:
                    f.write(payload)
            w.commit(
                Manifest(
                    archive_id=aid,
                    name="n",
                    backup_type="full",
                    compression="store",
                    created_at="2026-11-24T10:00:00Z",
                )
            )
        with ArchiveReader(dst, passphrase=PASS) as r:
            r.check_entries()
            r.verify_integrity()
    from backup_desk.engine.archive.chunked import DecryptedView, EncryptingSink

    class Sink:
        def __init__(self) -> None:
            self.data = bytearray()

        def write(self, b: bytes) -> int:
            self.data += b
            return len(b)

    import io

    key = b"k" * 32
    for length in (0, 1, 65536, 2 * 65536, 2 * 65536 + 1):
        sink = Sink()
        enc = EncryptingSink(sink, key, 65536)
        plain = os.urandom(length)
        enc.write(plain)
        enc.close()
        view = DecryptedView(io.BytesIO(bytes(sink.data)), key, 65536, 0)  # type: ignore[arg-type]
        assert view.length == length and view.read() == plain
        assert view.n_chunks == max(1, -(-length // 65536))


def test_decrypt_archive_is_atomic_and_refuses_a_wrong_passphrase(tmp_path: Path) -> None:
    folder = make_tree(tmp_path / "docs")
    enc = tmp_path / "a.bdarc"
    write_archive(enc, folder, passphrase=PASS)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(WrongPassphraseError):
        decrypt_archive(enc, out / "plain.zip", "wrong")
    assert list(out.iterdir()) == []
    plain = decrypt_archive(enc, out / "plain.zip", PASS)
    assert [p.name for p in out.iterdir()] == ["plain.zip"]
    with ArchiveReader(plain, passphrase=None) as r:
        assert not r.encrypted and r.archive_id == read_identity(enc).archive_id
        r.verify_integrity()
    # A plain archive is copied as is.
    copy = decrypt_archive(plain, out / "copy.zip", PASS)
    assert copy.read_bytes() == plain.read_bytes()


def test_verify_integrity_can_be_cancelled(tmp_path: Path) -> None:
    from backup_desk.engine.progress import CancelToken
    from backup_desk.errors import CancelledError

    folder = make_tree(tmp_path / "docs")
    dst = tmp_path / "a.bdarc"
    write_archive(dst, folder, passphrase=PASS)
    cancel = CancelToken()
    cancel.cancel()
    with ArchiveReader(dst, passphrase=PASS) as r, pytest.raises(CancelledError):
        r.verify_integrity(cancel=cancel)
