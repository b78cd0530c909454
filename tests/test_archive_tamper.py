"""Damaged, truncated, extended, hostile and wrongly-unlocked archives: each gives its own named error."""

from __future__ import annotations

import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest

from backup_desk.engine.archive import ArchiveReader, decrypt_archive, read_identity
from backup_desk.engine.archive.chunked import END_SIZE, TAG
from backup_desk.engine.archive.envelope import HEADER_SIZE
from backup_desk.errors import (
    ArchiveCorruptError,
    ArchiveTruncatedError,
    PassphraseError,
    UnsupportedArchiveError,
    WrongPassphraseError,
)
from tests.test_archive_support import PASS, flip_byte, make_tree, write_archive

CHUNK = 1 << 20  # the writer's default chunk size
STRIDE = CHUNK + TAG


@pytest.fixture(scope="module")
def sealed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted archive of a little more than three chunks (random data: stored, so size is known)."""
    root = tmp_path_factory.mktemp("sealed")
    folder = make_tree(root / "docs", big=3 << 20)
    dst = root / "a.bdarc"
    write_archive(dst, folder, passphrase=PASS)
    size = dst.stat().st_size
    assert (size - HEADER_SIZE - END_SIZE) > 3 * STRIDE, "the fixture must span several chunks"
    return dst


def _copy(src: Path, dst: Path, *, cut: int | None = None, append: bytes = b"") -> Path:
    data = src.read_bytes()
    dst.write_bytes((data if cut is None else data[:cut]) + append)
    return dst


def _patch_header(src: Path, dst: Path, offset: int, value: bytes) -> Path:
    """Rewrites header bytes AND fixes the header CRC, as a deliberate attacker would."""
    data = bytearray(src.read_bytes())
    data[offset : offset + len(value)] = value
    data[252:256] = struct.pack(">I", zlib.crc32(bytes(data[:252])))
    dst.write_bytes(bytes(data))
    return dst


def test_wrong_passphrase_is_not_corruption(sealed: Path) -> None:
    with pytest.raises(WrongPassphraseError, match="passphrase does not open this archive"):
        ArchiveReader(sealed, passphrase="not it")


def test_missing_passphrase(sealed: Path) -> None:
    with pytest.raises(PassphraseError, match="encrypted and no passphrase was given") as info:
        ArchiveReader(sealed, passphrase=None)
    assert not isinstance(info.value, WrongPassphraseError)


@pytest.mark.parametrize("offset", [9, 30, 60, 100, 130, 230, 253])
def test_header_damage_is_told_apart_from_a_wrong_passphrase(
    sealed: Path, tmp_path: Path, offset: int
) -> None:
    bad = _copy(sealed, tmp_path / "bad.bdarc")
    flip_byte(bad, offset)
    for pw in (PASS, "not it"):
        with pytest.raises(ArchiveCorruptError, match="encryption header is damaged"):
            ArchiveReader(bad, passphrase=pw)
    with pytest.raises(ArchiveCorruptError, match="encryption header is damaged"):
        read_identity(bad)


def test_flipped_byte_in_a_middle_chunk_names_the_chunk(sealed: Path, tmp_path: Path) -> None:
    bad = _copy(sealed, tmp_path / "bad.bdarc")
    flip_byte(bad, HEADER_SIZE + STRIDE + 1234)  # inside chunk 1
    # Opening authenticates only the final chunk; the full check finds chunk 1.
    with (
        ArchiveReader(bad, passphrase=PASS) as r,
        pytest.raises(ArchiveCorruptError, match=r"Chunk 1 of \d+ .* failed its authentication check"),
    ):
        r.verify_integrity()


def test_flipped_byte_in_the_final_chunk_fails_at_open(sealed: Path, tmp_path: Path) -> None:
    bad = _copy(sealed, tmp_path / "bad.bdarc")
    size = bad.stat().st_size
    flip_byte(bad, size - END_SIZE - 3)  # the final chunk's tag
    with pytest.raises(ArchiveCorruptError, match=r"Chunk (\d+) of \d+ .* failed its authentication check"):
        ArchiveReader(bad, passphrase=PASS)


def test_decrypt_of_a_damaged_archive_leaves_nothing(sealed: Path, tmp_path: Path) -> None:
    bad = _copy(sealed, tmp_path / "bad.bdarc")
    flip_byte(bad, HEADER_SIZE + 2 * STRIDE + 10)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ArchiveCorruptError, match="Chunk 2 of"):
        decrypt_archive(bad, out / "plain.zip", PASS)
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("cut", "message"),
    [
        (100, "ends inside its encryption header"),
        (HEADER_SIZE, "0 complete chunk"),
        (HEADER_SIZE + STRIDE, "1 complete chunk"),  # exactly at a chunk boundary
        (HEADER_SIZE + 2 * STRIDE, "2 complete chunk"),  # exactly at a chunk boundary
        (HEADER_SIZE + 2 * STRIDE + 777, "2 complete chunk"),  # inside a chunk
    ],
)
def test_truncation_is_reported_as_truncation(sealed: Path, tmp_path: Path, cut: int, message: str) -> None:
    bad = _copy(sealed, tmp_path / "cut.bdarc", cut=cut)
    with pytest.raises(ArchiveTruncatedError, match=message):
        ArchiveReader(bad, passphrase=PASS)


@pytest.mark.parametrize("missing", [END_SIZE, 5, 1, END_SIZE + 20])
def test_truncation_at_the_end(sealed: Path, tmp_path: Path, missing: int) -> None:
    size = sealed.stat().st_size
    bad = _copy(sealed, tmp_path / "cut.bdarc", cut=size - missing)
    with pytest.raises(ArchiveTruncatedError, match="final chunk and end record are missing"):
        ArchiveReader(bad, passphrase=PASS)


@pytest.mark.parametrize("extra", [b"x", b"trailing garbage", bytes(5000)])
def test_trailing_bytes_are_refused(sealed: Path, tmp_path: Path, extra: bytes) -> None:
    bad = _copy(sealed, tmp_path / "long.bdarc", append=extra)
    with pytest.raises(ArchiveCorruptError, match=f"has {len(extra)} unexpected bytes after its end"):
        ArchiveReader(bad, passphrase=PASS)


@pytest.mark.parametrize(
    ("offset", "value", "message"),
    [
        (16, struct.pack(">I", 4 * 1024 * 1024), "memory 4194304 KiB"),  # 4 GiB of Argon2 memory
        (20, struct.pack(">I", 1000), "iterations 1000"),
        (24, struct.pack(">I", 64), "lanes 64"),
        (12, bytes([2]), "log2 N"),  # scrypt with the Argon2 numbers: N = 2^262144
        (12, bytes([9]), "unknown key-derivation method"),
        (14, bytes([30]), "unsupported chunk size"),
        (13, bytes([7]), "unknown cipher"),
        (8, struct.pack(">H", 2), "envelope version 2"),
    ],
)
def test_hostile_header_parameters_are_refused_before_the_kdf(
    sealed: Path, tmp_path: Path, offset: int, value: bytes, message: str
) -> None:
    bad = _patch_header(sealed, tmp_path / "hostile.bdarc", offset, value)
    t0 = time.perf_counter()
    with pytest.raises(UnsupportedArchiveError, match=message):
        ArchiveReader(bad, passphrase=PASS)
    assert time.perf_counter() - t0 < 0.5  # the KDF never ran
    with pytest.raises(UnsupportedArchiveError, match=message):
        read_identity(bad)


def test_a_file_that_is_not_an_archive(tmp_path: Path) -> None:
    p = tmp_path / "notes.txt"
    p.write_text("just text")
    with pytest.raises(UnsupportedArchiveError, match="not a Backup Desk archive"):
        ArchiveReader(p, passphrase=None)
    with pytest.raises(UnsupportedArchiveError, match="not a Backup Desk archive"):
        read_identity(p)


@pytest.fixture(scope="module")
def plain(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plain")
    dst = root / "a.zip"
    write_archive(dst, make_tree(root / "docs"), compression="deflate")
    return dst


def _data_offset(archive: Path, name: str) -> int:
    with zipfile.ZipFile(archive) as zf:
        zi = zf.getinfo(name)
    with open(archive, "rb") as f:
        f.seek(zi.header_offset)
        local = f.read(30)
    name_len, extra_len = struct.unpack("<HH", local[26:30])
    return zi.header_offset + 30 + name_len + extra_len


@pytest.mark.parametrize(
    "entry", ["files/docs/notes.txt", "files/docs/random.bin", "files/docs/sub/data.csv"]
)
def test_flipped_byte_in_plain_zip_data_names_the_entry(plain: Path, tmp_path: Path, entry: str) -> None:
    bad = _copy(plain, tmp_path / "bad.zip")
    flip_byte(bad, _data_offset(bad, entry) + 40)
    with ArchiveReader(bad, passphrase=None) as r:
        r.check_entries()  # names and sizes are intact
        with pytest.raises(ArchiveCorruptError, match=f"Entry '{entry}' is damaged"):
            r.verify_integrity()


@pytest.mark.parametrize("cut_from_end", [1, 22, 100, 5000])
def test_truncated_plain_zip(plain: Path, tmp_path: Path, cut_from_end: int) -> None:
    bad = _copy(plain, tmp_path / "cut.zip", cut=plain.stat().st_size - cut_from_end)
    with pytest.raises(ArchiveTruncatedError, match="ZIP end record"):
        ArchiveReader(bad, passphrase=None)
    with pytest.raises(ArchiveTruncatedError, match="ZIP end record is missing"):
        read_identity(bad)


def test_trailing_bytes_after_a_plain_zip(plain: Path, tmp_path: Path) -> None:
    bad = _copy(plain, tmp_path / "long.zip", append=b"appended")
    with pytest.raises(ArchiveCorruptError, match="has 8 unexpected bytes after its ZIP end record"):
        ArchiveReader(bad, passphrase=None)
