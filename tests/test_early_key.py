"""The archive key derived ahead of a restore/verify/decrypt command (cli/early_key.py,
envelope.derive_ahead): the command line is guessed right, the reader uses the key derived ahead exactly
once, and a wrong guess changes nothing (a wrong passphrase is still refused, the right one still opens)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from backup_desk.cli import early_key
from backup_desk.engine.archive import ArchiveReader
from backup_desk.engine.archive import envelope as envelope_module
from backup_desk.engine.archive.kdf import KdfParams
from backup_desk.errors import WrongPassphraseError
from tests.test_archive_support import CHEAP_KDF, PASS, make_tree, write_archive


@pytest.fixture
def sealed(tmp_path: Path) -> Path:
    archive = tmp_path / "a.bdarc"
    write_archive(archive, make_tree(tmp_path / "docs"), passphrase=PASS)
    return archive


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """Counts real key derivations (each still runs)."""
    seen: list[bytes] = []
    real = KdfParams.derive

    def counting(self: KdfParams, passphrase: str, salt: bytes) -> bytes:
        seen.append(salt)
        return real(self, passphrase, salt)

    monkeypatch.setattr(KdfParams, "derive", counting)
    return seen


def test_the_command_line_is_read_as_argparse_would(tmp_path: Path, sealed: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    find = early_key._command_and_archive
    line = ["--home", "h", "restore", str(sealed), "--to-folder", "out", "-q"]
    assert find(line) == ("restore", str(sealed))
    assert find(["verify", "12"]) == ("verify", "12")
    assert find(["--home", "restore", "backup", "x"]) is None  # "restore" is --home's value here
    assert find(["list"]) is None and find([]) is None
    secret = tmp_path / "pw.txt"
    secret.write_text("from the file\n")
    monkeypatch.setenv(early_key.PASSPHRASE_ENV, "from the environment")
    assert early_key._passphrase(["restore", "a", "--passphrase-file", str(secret)]) == "from the file"
    assert early_key._passphrase([f"--passphrase-file={secret}", "restore", "a"]) == "from the file"
    assert early_key._passphrase(["restore", "a"]) == "from the environment"
    monkeypatch.delenv(early_key.PASSPHRASE_ENV)
    assert early_key._passphrase(["restore", "a"]) is None
    assert early_key.start(["restore", "12"]) is None  # a backup id: nothing to guess from


def test_the_reader_uses_the_key_derived_ahead(sealed: Path, derivations: list[bytes],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(early_key.PASSPHRASE_ENV, PASS)
    thread = early_key.start(["restore", str(sealed), "--to-folder", "x"])
    assert thread is not None
    thread.join(60)
    assert len(derivations) == 1
    with ArchiveReader(sealed, passphrase=PASS) as r:  # no second derivation
        assert r.manifest.name == "test backup"
    assert len(derivations) == 1
    with ArchiveReader(sealed, passphrase=PASS):  # used once: a later open derives again
        pass
    assert len(derivations) == 2
    assert envelope_module._ahead._jobs == {}


def test_a_wrong_guess_changes_nothing(sealed: Path, derivations: list[bytes]) -> None:
    envelope_module.derive_ahead(sealed, "not the passphrase")
    with pytest.raises(WrongPassphraseError):
        ArchiveReader(sealed, passphrase="not the passphrase")  # the key derived ahead, still refused
    envelope_module.derive_ahead(sealed, "another guess")
    with ArchiveReader(sealed, passphrase=PASS) as r:  # its own derivation; the guess stays unused
        assert r.encrypted
    assert len(derivations) == 3
    envelope_module._ahead._jobs.clear()
    envelope_module.derive_ahead(sealed.with_name("missing.bdarc"), PASS)  # reported later by the command
    assert envelope_module._ahead._jobs == {}


def test_a_new_encrypted_archive_uses_the_key_derived_during_start_up(
        tmp_path: Path, derivations: list[bytes], monkeypatch: pytest.MonkeyPatch) -> None:
    line = ["--home", "h", "quick-backup", "--type", "full", "--name", "n", "--folder", "d", "--encrypt"]
    assert early_key._new_encrypted_archive(line)
    assert not early_key._new_encrypted_archive(line[:-1])  # not encrypted: nothing to derive
    assert not early_key._new_encrypted_archive(["backup", "nightly", "--encrypt"])
    envelope_module.derive_fresh_ahead(PASS, CHEAP_KDF)
    assert len(derivations) == 1
    archive = tmp_path / "new.bdarc"
    committed, _ = write_archive(archive, make_tree(tmp_path / "docs"), passphrase=PASS, kdf=CHEAP_KDF)
    assert len(derivations) == 1  # the writer derived nothing itself
    header = envelope_module.parse_header(archive.read_bytes()[: envelope_module.HEADER_SIZE])
    assert header.kdf_salt == derivations[0]
    assert committed.sha256 == hashlib.sha256(archive.read_bytes()).hexdigest()
    with ArchiveReader(archive, passphrase=PASS) as r:
        assert r.verify_integrity().entries_checked == len(r.manifest.entries)
    write_archive(tmp_path / "next.bdarc", make_tree(tmp_path / "docs2"), passphrase=PASS, kdf=CHEAP_KDF)
    assert len(derivations) == 3  # used once: the next archive derives its own (and the reader one)
