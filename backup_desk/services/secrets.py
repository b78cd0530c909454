"""Secrets in the OS keyring: source-database passwords and archive passphrases.

Where no keyring is available (or it is locked), interactive runs prompt and do not save; scheduled runs
fail closed, and the app says so when the configuration is saved. Never a silent plaintext fallback: only
when the person explicitly chooses it is a configuration's passphrase kept in a file readable only by them
(`<config dir>/secrets/config-<id>-passphrase`, mode 0600 in a 0700 folder). The trade-off, documented in
docs/cli.md: anyone who can read that account's files (a backup of the home folder, an administrator, a
program running as the user) can read the passphrase, where a keyring encrypts it with the login.
`BACKUP_DESK_PASSPHRASE` and `--passphrase-file` override for scripts.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import ModuleType

from backup_desk.errors import PassphraseError
from backup_desk.messages import Text

SERVICE = "backup-desk"
NO_KEYRING_HINT = (
    Text("No system keyring is available on this machine. Set BACKUP_DESK_PASSPHRASE or use "
         "--passphrase-file for passphrases, or start a keyring service (Secret Service, macOS Keychain, "
         "Windows Credential Locker).")
)


def _keyring() -> ModuleType:
    """`keyring`, imported when a secret is first looked at: the import (and its backends' discovery) takes
    about 0.1 s that commands given their passphrase by the environment or a file never need."""
    import keyring

    return keyring


def _source_key(config_id: int) -> str:
    return f"config-{config_id}-source-password"


def _passphrase_key(config_id: int) -> str:
    return f"config-{config_id}-passphrase"


def _kept_key(ref: str) -> str:
    """A passphrase that older archives still need after their configuration's changed (see passphrase
    keeping in services/passphrase_change.py)."""
    return f"retired-passphrase-{ref}"


class SecretStore:
    """Thin wrapper over `keyring` keyed by configuration id; raises PassphraseError with a hint when the
    keyring is unavailable for a write."""

    def __init__(self, file_dir: Path | None = None) -> None:
        self._file_dir = file_dir  # where passphrases go when the person chose a file (None: never)

    def available(self) -> bool:
        from keyring.errors import NoKeyringError

        backend = _keyring().get_keyring()
        # The `fail` backend (and chainers holding nothing usable) report a priority of 0 or less.
        try:
            priority = float(backend.priority)
        except NoKeyringError:
            return False
        except Exception:
            return False
        return type(backend).__module__ != "keyring.backends.fail" and priority > 0

    def _get(self, key: str) -> str | None:
        if not self.available():
            return None
        from keyring.errors import KeyringError

        try:
            return _keyring().get_password(SERVICE, key)
        except KeyringError:
            return None

    def _set(self, key: str, value: str | None, what: str) -> None:
        if value is None:
            self._delete(key)
            return
        if not self.available():
            raise PassphraseError(Text("Cannot store the {0}: no keyring is "
                                       "available.", what), NO_KEYRING_HINT)
        from keyring.errors import KeyringError

        try:
            _keyring().set_password(SERVICE, key, value)
        except KeyringError as exc:
            raise PassphraseError(
                Text("Cannot store the {0} in the keyring ({1}).", what, type(exc).__name__), NO_KEYRING_HINT
            ) from None

    def _delete(self, key: str) -> None:
        if not self.available():
            return
        from keyring.errors import KeyringError, PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError, KeyringError):  # nothing stored / nothing removable
            _keyring().delete_password(SERVICE, key)

    def get_source_password(self, config_id: int) -> str | None:
        return self._get(_source_key(config_id))

    def set_source_password(self, config_id: int, password: str | None) -> None:
        self._set(_source_key(config_id), password, "source database password")

    def get_passphrase(self, config_id: int) -> str | None:
        return self._get(_passphrase_key(config_id)) or self._read_file(config_id)

    def set_passphrase(self, config_id: int, passphrase: str | None) -> None:
        """In the keyring (PassphraseError when there is none); removes any file copy."""
        self._set(_passphrase_key(config_id), passphrase, "archive passphrase")
        self._remove_file(config_id)

    def set_passphrase_in_file(self, config_id: int, passphrase: str) -> Path:
        """The person's explicit choice: a 0600 file in a 0700 folder, written atomically."""
        if self._file_dir is None:
            raise PassphraseError(Text("Passphrases cannot be kept in a file here."), NO_KEYRING_HINT)
        self._file_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self._file_dir, 0o700)
        target = self._file_path(config_id)
        tmp = target.with_name(target.name + ".new")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(passphrase)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
        self._delete(_passphrase_key(config_id))  # one place only
        return target

    def _file_path(self, config_id: int) -> Path:
        assert self._file_dir is not None
        return self._file_dir / f"config-{config_id}-passphrase"

    def _read_file(self, config_id: int) -> str | None:
        if self._file_dir is None:
            return None
        try:
            return self._file_path(config_id).read_text(encoding="utf-8") or None
        except OSError:
            return None

    def _remove_file(self, config_id: int) -> None:
        if self._file_dir is not None:
            self._file_path(config_id).unlink(missing_ok=True)

    def get_kept_passphrase(self, ref: str) -> str | None:
        return self._get(_kept_key(ref))

    def set_kept_passphrase(self, ref: str, passphrase: str | None) -> None:
        self._set(_kept_key(ref), passphrase, "previous archive passphrase")

    def delete_all(self, config_id: int) -> None:
        self._delete(_source_key(config_id))
        self._delete(_passphrase_key(config_id))
        self._remove_file(config_id)
