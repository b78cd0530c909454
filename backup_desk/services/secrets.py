"""Secrets in the OS keyring: source-database passwords and archive passphrases.

Where no keyring is available, interactive runs prompt and do not save; scheduled runs fail closed.
Never a plaintext fallback. `BACKUP_DESK_PASSPHRASE` and `--passphrase-file` override for scripts.
"""

from __future__ import annotations

SERVICE = "backup-desk"


class SecretStore:
    """Thin wrapper over `keyring` keyed by configuration id; raises PassphraseError with a hint when the
    keyring is unavailable for a write."""

    def available(self) -> bool:
        raise NotImplementedError

    def get_source_password(self, config_id: int) -> str | None:
        raise NotImplementedError

    def set_source_password(self, config_id: int, password: str | None) -> None:
        raise NotImplementedError

    def get_passphrase(self, config_id: int) -> str | None:
        raise NotImplementedError

    def set_passphrase(self, config_id: int, passphrase: str | None) -> None:
        raise NotImplementedError

    def delete_all(self, config_id: int) -> None:
        raise NotImplementedError
