"""The small-entry fast path of restore and verify (engine/archive/raw_entries.py): whole entries read raw on
the reading thread, decoded and checked on worker threads.

Every compression and both envelopes give back the exact bytes; damage, a lying central directory and a
local header naming another file are refused naming the entry, with nothing restored; reading raw entries
while another thread streams a large entry of the same archive returns the right bytes (they share one
file position).
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
import threading
import zipfile
import zlib
from pathlib import Path

import pytest

from backup_desk.engine.archive import ArchiveReader
from backup_desk.engine.archive.compress import ZSTD_TRAILER, compress_whole
from backup_desk.engine.archive.raw_entries import EXTRA_GUESS, RAW_LIMIT, RawEntry, decode, read_raw
from backup_desk.engine.archive.zipfmt import METHOD_STORED, METHOD_ZSTD
from backup_desk.engine.contracts import RestoreRequest
from backup_desk.engine.restore import run_restore
from backup_desk.errors import ArchiveCorruptError
from tests.test_archive_support import PASS, craft_zip, flip_byte, make_tree, write_archive


def _files_of(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.is_symlink()}


@pytest.mark.parametrize("compression", ["zstd", "deflate", "store"])
@pytest.mark.parametrize("encrypted", [False, True])
def test_every_small_entry_decodes_to_its_bytes(tmp_path: Path, compression: str, encrypted: bool) -> None:
    folder = make_tree(tmp_path / "docs", big=RAW_LIMIT + 5)  # two files just past the fast path
    archive = tmp_path / ("a.bdarc" if encrypted else "a.zip")
    _, manifest = write_archive(archive, folder, compression=compression,  # type: ignore[arg-type]
                                passphrase=PASS if encrypted else None)
    with ArchiveReader(archive, passphrase=PASS if encrypted else None) as r:
        small = [f for f in manifest.files if f.kind == "file" and f.size <= RAW_LIMIT]
        assert len(small) == 5
        for rec in small:
            data = decode(r.read_raw(rec.entry))
            assert hashlib.sha256(data).hexdigest() == rec.sha256
        large = next(f for f in manifest.files if f.size > RAW_LIMIT)
        with pytest.raises(ValueError, match="larger than RAW_LIMIT"):
            r.read_raw(large.entry)
        assert r.verify_integrity().entries_checked == len(r.manifest.entries) > 8
    target = tmp_path / "out"
    run_restore(RestoreRequest(archive_path=archive, passphrase=PASS if encrypted else None, to_url=None,
                               to_folder=target))
    assert _files_of(target / "docs") == _files_of(folder)


def test_zstd_frames_and_the_skippable_trailer_decode() -> None:
    content = b"".join(b"row %d\n" % i for i in range(60_000))  # > 128 KiB: the writer adds the trailer
    method, payload = compress_whole(content, "zstd", 3)
    assert method == METHOD_ZSTD and payload.endswith(ZSTD_TRAILER)
    entry = RawEntry("files/x/a.txt", METHOD_ZSTD, len(content), zlib.crc32(content), payload)
    assert decode(entry) == content
    half = len(content) // 2  # two data frames one after the other (another writer may cut frames)
    two = compress_whole(content[:half], "zstd", 3)[1] + compress_whole(content[half:], "zstd", 3)[1]
    assert decode(RawEntry("two", METHOD_ZSTD, len(content), entry.crc32, two)) == content
    with pytest.raises(ArchiveCorruptError, match=re.escape("Entry 'files/x/a.txt' is damaged")):
        decode(RawEntry(entry.name, METHOD_ZSTD, len(content), entry.crc32, payload[: len(payload) // 2]))
    with pytest.raises(ArchiveCorruptError, match="more data than the 1000 bytes declared"):
        decode(RawEntry(entry.name, METHOD_ZSTD, 1000, entry.crc32, payload))


def test_damaged_small_file_fails_the_restore_and_places_nothing(tmp_path: Path) -> None:
    folder = make_tree(tmp_path / "docs")
    archive = tmp_path / "a.zip"
    write_archive(archive, folder, compression="deflate")
    with zipfile.ZipFile(archive) as zf:
        zi = zf.getinfo("files/docs/sub/data.csv")
    with open(archive, "rb") as f:
        f.seek(zi.header_offset + 26)
        name_len, extra_len = struct.unpack("<HH", f.read(4))
    flip_byte(archive, zi.header_offset + 30 + name_len + extra_len + 200)
    target = tmp_path / "out"
    with pytest.raises(ArchiveCorruptError, match=re.escape("Entry 'files/docs/sub/data.csv' is damaged")):
        run_restore(RestoreRequest(archive_path=archive, passphrase=None, to_url=None, to_folder=target))
    assert not target.exists() or list(target.iterdir()) == []  # no staging folder, no partial folder


def test_a_lying_central_directory_inflates_no_further_than_declared(tmp_path: Path) -> None:
    bomb = b"\0" * (50 << 20)
    archive = tmp_path / "liar.zip"
    craft_zip(archive, [("db/t.rows", bomb)], manifest_sizes={"db/t.rows": 100})
    data = bytearray(archive.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at + 24 : at + 28] = struct.pack("<I", 100)  # the central directory agrees with the manifest
    archive.write_bytes(bytes(data))
    with ArchiveReader(archive, passphrase=None) as r:
        r.check_entries()
        raw = r.read_raw("db/t.rows")
        with pytest.raises(ArchiveCorruptError, match="more data than the 100 bytes declared"):
            decode(raw)


def test_a_local_header_naming_another_file_is_damage(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    craft_zip(archive, [("files/d/aaaa.txt", b"x" * 500), ("files/d/bbbb.txt", b"y" * 500)])
    data = bytearray(archive.read_bytes())
    first = data.find(b"PK\x03\x04")
    name_at = first + 30
    assert data[name_at : name_at + 16] == b"files/d/aaaa.txt"
    data[name_at + 8 : name_at + 12] = b"zzzz"  # only the local header changes; the directory is intact
    archive.write_bytes(bytes(data))
    with ArchiveReader(archive, passphrase=None) as r:
        r.check_entries()
        with pytest.raises(ArchiveCorruptError, match="file name in directory and header differ"):
            r.read_raw("files/d/aaaa.txt")


def test_raw_reads_beside_a_stream_on_another_thread(tmp_path: Path) -> None:
    folder = make_tree(tmp_path / "docs", big=6 << 20)
    archive = tmp_path / "a.bdarc"
    _, manifest = write_archive(archive, folder, passphrase=PASS)
    small = [f for f in manifest.files if f.kind == "file" and f.size <= RAW_LIMIT]
    large = next(f for f in manifest.files if f.path == "big-random.bin")
    with ArchiveReader(archive, passphrase=PASS) as r:
        streamed = hashlib.sha256()
        failures: list[BaseException] = []

        def stream() -> None:
            try:
                with r.open_entry(large.entry) as src:
                    while block := src.read(4096):  # many small reads: many chances to interleave
                        streamed.update(block)
            except BaseException as exc:  # reported by the assertion below
                failures.append(exc)

        reader_thread = threading.Thread(target=stream)
        reader_thread.start()
        rounds = 0
        while reader_thread.is_alive() or rounds < 3:
            for rec in small:
                assert hashlib.sha256(decode(r.read_raw(rec.entry))).hexdigest() == rec.sha256
            rounds += 1
        reader_thread.join()
        assert failures == []
        assert streamed.hexdigest() == large.sha256


def test_local_extra_fields_longer_than_the_guess_and_cut_data() -> None:
    payload, name = b"z" * 300, "files/d/a.txt"
    crc = zlib.crc32(payload)

    def local(extra: bytes) -> bytes:
        size = len(payload)
        head = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0x800, 0, 0, 0, crc, size, size, len(name),
                           len(extra))
        return head + name.encode() + extra

    def read(archive: bytes) -> RawEntry:
        return read_raw(io.BytesIO(archive), name, 4, len(payload), METHOD_STORED, len(payload), crc)

    for extra in (b"", b"\0" * 9, b"\0" * (EXTRA_GUESS + 200)):  # read in one go, and in two
        assert decode(read(b"junk" + local(extra) + payload + b"PK\x03\x04 the next entry")) == payload
    for extra in (b"", b"\0" * (EXTRA_GUESS + 200)):
        with pytest.raises(ArchiveCorruptError, match="truncated data"):  # the archive ends a byte early
            read(b"junk" + local(extra) + payload[:-1])
    with pytest.raises(ArchiveCorruptError, match="truncated local header"):
        read(b"junk" + local(b"")[:20])
