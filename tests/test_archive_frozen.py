"""Every release must still read the archives earlier releases wrote (tests/data/archives, README there)."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
from pathlib import Path

import pytest

from backup_desk.engine.archive import ArchiveReader, decrypt_archive, read_identity
from backup_desk.errors import WrongPassphraseError

SAMPLES = Path(__file__).parent / "data" / "archives"
PASSPHRASE = "frozen sample passphrase"
EXPECTED_FILES = {
    "files/docs/hello.txt": (33, "aed78bcc320ac81a19d9a5cafd38b0d2a319a56b1175040df4746dcc2b66b9ba"),
    "files/docs/random.bin": (40000, "af7bdedf1dd8fcbf8263b8e3d084bb1d6e0c046858966f8182398d8c136321ae"),
    "files/docs/sub/data.csv": (36427, "f44e7773fd1d1b007dd69c7ce35ee276a46d16f849bcf7f06bb6c5068790dbf0"),
    "files/docs/sub/résumé.txt": (13, "f682a5ef26796a5f98678d3a028d07c8853e6c5fc01005b55bd95852d00fc917"),
}
DB_ENTRY = ("db/table-0001.rows", 186074, "2ae5196f200d5726025e536e3411db35ed702a77f7b40d915c9169a9d1fb64cd")
NAMES = [
    "db/table-0001.rows",
    "files/docs/empty/",
    "files/docs/sub/",
    "files/docs/hello.txt",
    "files/docs/random.bin",
    "files/docs/sub/data.csv",
    "files/docs/sub/résumé.txt",
    "files/docs/link",
    "manifest.json",
]
CASES = [
    ("format1-plain-zstd.zip", "1" * 32, False, "zstd"),
    ("format1-plain-deflate.zip", "2" * 32, False, "deflate"),
    ("format1-encrypted-argon2id-cheap.bdarc", "3" * 32, True, "zstd"),
    ("format1-encrypted-scrypt-cheap.bdarc", "4" * 32, True, "deflate"),
    ("format1-encrypted-argon2id-default.bdarc", "5" * 32, True, "zstd"),
]


@pytest.mark.parametrize(("name", "archive_id", "encrypted", "compression"), CASES)
def test_frozen_sample_reads_exactly(name: str, archive_id: str, encrypted: bool, compression: str) -> None:
    path = SAMPLES / name
    ident = read_identity(path)
    assert (ident.archive_id, ident.encrypted, ident.format_version) == (archive_id, encrypted, 1)
    with ArchiveReader(path, passphrase=PASSPHRASE if encrypted else None) as r:
        r.check_entries()
        m = r.manifest
        assert (m.format_version, m.archive_id, m.name, m.backup_type, m.compression) == (
            1,
            archive_id,
            "Frozen sample",
            "full",
            compression,
        )
        assert m.created_at == "2026-01-01T00:00:00Z" and m.tool_version == "0.1.0"
        assert m.database == {
            "dialect": "sqlite",
            "tables": [{"name": "t", "rows": 8000, "entry": DB_ENTRY[0]}],
        }
        assert [(f.label, f.original_path) for f in m.folders] == [("docs", "/home/demo/docs")]
        assert m.warnings == ["sample warning"]
        assert (m.totals.files, m.totals.tables, m.totals.rows) == (4, 1, 8000)
        assert r.names() == NAMES
        by_entry = {f.entry: f for f in m.files}
        assert (
            by_entry["files/docs/link"].kind == "symlink"
            and by_entry["files/docs/link"].link_target == "hello.txt"
        )
        assert by_entry["files/docs/empty/"].kind == "dir"
        for entry, (size, sha) in EXPECTED_FILES.items():
            assert (by_entry[entry].size, by_entry[entry].sha256, by_entry[entry].mtime) == (
                size,
                sha,
                1767225600.0,
            )
            with r.open_entry(entry) as f:
                assert hashlib.sha256(f.read()).hexdigest() == sha
        with r.open_entry(DB_ENTRY[0]) as f:
            data = f.read()
        assert (len(data), hashlib.sha256(data).hexdigest()) == DB_ENTRY[1:]
        report = r.verify_integrity()
        assert report.entries_checked == len(NAMES) - 1
        assert (report.chunks_checked == 1) is encrypted


def test_frozen_encrypted_sample_refuses_a_wrong_passphrase() -> None:
    with pytest.raises(WrongPassphraseError):
        ArchiveReader(SAMPLES / "format1-encrypted-argon2id-cheap.bdarc", passphrase="wrong")


def test_frozen_encrypted_sample_decrypts_to_a_zip_7zip_accepts(tmp_path: Path) -> None:
    out = decrypt_archive(
        SAMPLES / "format1-encrypted-scrypt-cheap.bdarc", tmp_path / "plain.zip", PASSPHRASE
    )
    with ArchiveReader(out, passphrase=None) as r:
        r.check_entries()
        assert r.archive_id == "4" * 32
    if shutil.which("7zz") is None:
        pytest.skip("7zz is not installed")
    done = subprocess.run(["7zz", "t", str(out)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and "Everything is Ok" in done.stdout
