"""Deriving an archive's key ahead of the command that opens it (see cli/early_key.py): light on purpose,
it runs while the rest of the program is still being imported."""

from __future__ import annotations

from pathlib import Path

from backup_desk.engine.archive.envelope import derive_ahead, derive_fresh_ahead
from backup_desk.engine.archive.kdf import DEFAULT_KDF


def derive_archive_key_ahead(archive: Path, passphrase: str) -> None:
    """The archive's key for `passphrase`, derived now and kept for the reader that opens it next."""
    derive_ahead(archive, passphrase)


def derive_new_archive_key_ahead(passphrase: str) -> None:
    """A key for the next new archive with `passphrase` (default key-derivation settings), derived now."""
    derive_fresh_ahead(passphrase, DEFAULT_KDF)
