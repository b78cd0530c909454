"""Secrets in the OS keyring: source-database passwords and archive passphrases.

Where no keyring is available, interactive runs prompt and do not save; scheduled runs fail closed.
Never a plaintext fallback. `BACKUP_DESK_PASSPHRASE` and `--passphrase-file` override for scripts.
"""

from __future__ import annotations

import contextlib

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from backup_desk.errors import PassphraseError

SERVICE = "backup-desk"
NO_KEYRING_HINT = (
    "No system keyring is available on this machine. Set BACKUP_DESK_PASSPHRASE or use --passphrase-file "
    "for passphrases, or start a keyring service (Secret Service, macOS Keychain, Windows Credential Locker)."
)


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

    def available(self) -> bool:
        backend = keyring.get_keyring()
        # The `fail` backend (and chainers holding nothing usable) report a priority of 0 or less.
        try:
            priority = float(backend.priority)  # type: ignore[arg-type]
        except NoKeyringError:
            return False
        except Exception:
            return False
        return type(backend).__module__ != "keyring.backends.fail" and priority > 0

    def _get(self, key: str) -> str | None:
        if not self.available():
            return None
        try:
            return keyring.get_password(SERVICE, key)
        except KeyringError:
            return None

    def _set(self, key: str, value: str | None, what: str) -> None:
        if value is None:
            self._delete(key)
            return
        if not self.available():
            raise PassphraseError(f"Cannot store the {what}: no keyring is available.", NO_KEYRING_HINT)
        try:
            keyring.set_password(SERVICE, key, value)
        except KeyringError as exc:
            raise PassphraseError(
                f"Cannot store the {what} in the keyring ({type(exc).__name__}).", NO_KEYRING_HINT
            ) from None

    def _delete(self, key: str) -> None:
        if not self.available():
            return
        with contextlib.suppress(PasswordDeleteError, KeyringError):  # nothing stored / nothing removable
            keyring.delete_password(SERVICE, key)

    def get_source_password(self, config_id: int) -> str | None:
        return self._get(_source_key(config_id))

    def set_source_password(self, config_id: int, password: str | None) -> None:
        self._set(_source_key(config_id), password, "source database password")

    def get_passphrase(self, config_id: int) -> str | None:
        return self._get(_passphrase_key(config_id))

    def set_passphrase(self, config_id: int, passphrase: str | None) -> None:
        self._set(_passphrase_key(config_id), passphrase, "archive passphrase")

    def get_kept_passphrase(self, ref: str) -> str | None:
        return self._get(_kept_key(ref))

    def set_kept_passphrase(self, ref: str, passphrase: str | None) -> None:
        self._set(_kept_key(ref), passphrase, "previous archive passphrase")

    def delete_all(self, config_id: int) -> None:
        self._delete(_source_key(config_id))
        self._delete(_passphrase_key(config_id))
