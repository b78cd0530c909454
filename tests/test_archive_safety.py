"""Restore safety rules: hostile entry names, collisions, unlisted entries, duplicates, zip bombs.

Each hostile archive is a real ZIP written with the standard library (names taken as given, or patched in
bytes where zipfile would refuse them). A restore stand-in checks entries first and writes afterwards, so
every test also proves that nothing reached the target folder.
"""

from __future__ import annotations

import re
import shutil
import struct
import uuid
import warnings
import zipfile
from pathlib import Path

import pytest

from backup_desk.engine.archive import ArchiveReader, ArchiveWriter, FileRecord, Manifest
from backup_desk.errors import ArchiveCorruptError, UnsafeArchiveError
from tests.test_archive_support import craft_zip


def restore_everything(archive: Path, target: Path) -> None:
    """What a restore does with an archive: check every rule, then write entries below `target`."""
    with ArchiveReader(archive, passphrase=None) as r:
        r.check_entries()
        for rec in r.manifest.entries:
            out = target / rec.name
            out.parent.mkdir(parents=True, exist_ok=True)
            with r.open_entry(rec.name) as src, open(out, "wb") as dst:
                shutil.copyfileobj(src, dst)


def assert_refused(archive: Path, tmp_path: Path, message: str) -> None:
    target = tmp_path / "restore-target"
    target.mkdir()
    with pytest.raises(UnsafeArchiveError, match=message) as info:
        restore_everything(archive, target)
    assert info.value.hint.startswith("Nothing was restored")
    assert list(target.iterdir()) == []  # refused before anything was written
    assert not (tmp_path / "evil.txt").exists()


def test_a_well_formed_crafted_archive_restores(tmp_path: Path) -> None:
    archive = tmp_path / "ok.zip"
    craft_zip(archive, [("files/docs/a.txt", b"a"), ("db/t.rows", b"rows")])
    restore_everything(archive, tmp_path / "t")
    assert (tmp_path / "t" / "files" / "docs" / "a.txt").read_bytes() == b"a"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("../evil.txt", "a '..' component"),
        ("files/docs/../../../evil.txt", "a '..' component"),
        ("files/docs/..", "a '..' component"),
        ("/tmp/evil.txt", "an absolute path"),
        ("C:/Windows/evil.txt", "a drive letter"),
        ("c:evil.txt", "a drive letter"),
        ("//server/share/evil.txt", "a UNC path"),
        ("\\\\server\\share\\evil.txt", "a backslash"),
        ("files/docs\\..\\..\\evil.txt", "a backslash"),
        ("files/docs/bell\x07.txt", "a control character"),
        ("files//docs/evil.txt", "an empty or '.' component"),
        ("files/./evil.txt", "an empty or '.' component"),
        ("evil.txt", "a name outside files/ and db/"),
    ],
)
def test_hostile_names_are_refused(tmp_path: Path, name: str, problem: str) -> None:
    archive = tmp_path / "hostile.zip"
    craft_zip(archive, [("files/docs/fine.txt", b"fine"), (name, b"evil")])
    assert_refused(archive, tmp_path, re.escape(f"entry {name!r} has {problem}"))


def test_nul_in_a_name_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "nul.zip"
    craft_zip(archive, [("files/docs/fine.txt", b"fine"), ("files/docs/NULxHERE.txt", b"evil")])
    data = archive.read_bytes()
    assert data.count(b"NULxHERE") == 2  # local header + central directory (the manifest is compressed)
    archive.write_bytes(data.replace(b"NULxHERE", b"NUL\x00HERE"))
    assert_refused(archive, tmp_path, "has a NUL character")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("files/docs/Readme.txt", "files/docs/README.TXT"),  # case-folding
        ("files/docs/Straße.txt", "files/docs/STRASSE.txt"),  # full case-folding
        ("files/docs/caf\u00e9.txt", "files/docs/cafe\u0301.txt"),  # NFC vs NFD
        ("files/docs/x", "files/docs/x/"),  # a file and a folder of the same name
    ],
)
def test_colliding_names_are_refused(tmp_path: Path, first: str, second: str) -> None:
    archive = tmp_path / "collide.zip"
    craft_zip(archive, [(first, b"1"), (second, b"" if second.endswith("/") else b"2")])
    assert_refused(archive, tmp_path, "collide \\(same name after case-folding or Unicode normalisation\\)")


def test_duplicates_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "dup.zip"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns about the duplicate it writes
        craft_zip(archive, [("files/docs/a.txt", b"one"), ("files/docs/a.txt", b"two")])
    assert_refused(archive, tmp_path, "entry 'files/docs/a.txt' appears twice")


def test_entries_missing_from_the_manifest_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "unlisted.zip"
    craft_zip(
        archive,
        [("files/docs/a.txt", b"a"), ("files/docs/stowaway.exe", b"MZ")],
        unlisted=("files/docs/stowaway.exe",),
    )
    assert_refused(archive, tmp_path, "entry 'files/docs/stowaway.exe' is not listed in the manifest")
    with ArchiveReader(archive, passphrase=None) as r, pytest.raises(UnsafeArchiveError, match="not listed"):
        r.open_entry("files/docs/stowaway.exe")


def test_manifest_files_missing_from_the_zip_are_refused(tmp_path: Path) -> None:
    archive = tmp_path / "ghost.zip"
    ghost = FileRecord("docs", "ghost.txt", "files/docs/ghost.txt", "file", 1, 0o644, 0.0, None)
    craft_zip(archive, [("files/docs/a.txt", b"a")], files=[ghost])
    assert_refused(
        archive, tmp_path, "the manifest lists 'files/docs/ghost.txt' but the archive does not hold it"
    )


def test_unknown_compression_method_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "bz.zip"
    craft_zip(archive, [("files/docs/a.txt", b"a" * 100)])
    with zipfile.ZipFile(archive, "a", zipfile.ZIP_BZIP2) as zf:
        zf.writestr("files/docs/b.txt", b"b" * 100)
    assert_refused(archive, tmp_path, "unknown compression method \\(12\\)")


BOMB = bytes(20 << 20)  # 20 MiB of zeros: deflates to about 20 KiB


def test_zip_bomb_declared_size_differs_from_manifest(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    craft_zip(archive, [("db/t.rows", BOMB)], manifest_sizes={"db/t.rows": 100})
    assert archive.stat().st_size < 100_000
    assert_refused(
        archive, tmp_path, f"entry 'db/t.rows' declares {len(BOMB)} bytes but the manifest says 100"
    )


def test_zip_bomb_reading_stops_at_the_manifest_size(tmp_path: Path) -> None:
    archive = tmp_path / "bomb.zip"
    craft_zip(archive, [("db/t.rows", BOMB)], manifest_sizes={"db/t.rows": 100})
    with ArchiveReader(archive, passphrase=None) as r:  # a caller that skipped check_entries
        stream = r.open_entry("db/t.rows")
        got = 0
        with pytest.raises(
            UnsafeArchiveError, match="decompresses to more than the 100 bytes its manifest declares"
        ):
            while block := stream.read(4096):
                got += len(block)
        assert got <= 100


def test_zip_bomb_lying_central_directory_inflates_no_further(tmp_path: Path) -> None:
    archive = tmp_path / "liar.zip"
    craft_zip(archive, [("db/t.rows", BOMB)], manifest_sizes={"db/t.rows": 100})
    data = bytearray(archive.read_bytes())
    at = data.find(b"PK\x01\x02" + b"")  # first central directory record: db/t.rows
    assert data[at + 46 : at + 46 + 9] == b"db/t.rows"
    data[at + 24 : at + 28] = struct.pack("<I", 100)  # uncompressed size: 100, as the manifest says
    archive.write_bytes(bytes(data))
    with ArchiveReader(archive, passphrase=None) as r:
        r.check_entries()  # names and sizes agree...
        with pytest.raises(
            ArchiveCorruptError, match=re.escape("Entry 'db/t.rows' is damaged")
        ):  # ...the CRC does not
            r.verify_integrity()


def test_the_writer_refuses_unsafe_and_duplicate_names(tmp_path: Path) -> None:
    aid = uuid.uuid4().hex
    with ArchiveWriter(tmp_path / "w.zip", compression="zstd", passphrase=None, archive_id=aid) as w:
        for bad in ("../x", "/abs", "files/a\\b", "C:/x", "other/x"):
            with pytest.raises(ValueError, match="entry name"):
                w.add_symlink(bad, "target")
        w.add_directory("files/docs/")
        with pytest.raises(ValueError, match="already written"):
            w.add_directory("files/docs")
        w.commit(
            Manifest(
                archive_id=aid,
                name="n",
                backup_type="full",
                compression="zstd",
                created_at="2026-11-24T10:00:00Z",
            )
        )
    with ArchiveReader(tmp_path / "w.zip", passphrase=None) as r:
        r.check_entries()
        assert r.names() == ["files/docs/", "manifest.json"]
