"""The passphrase canary: a small token sealed with AES-256-GCM under a key derived from the passphrase.

Stored in the catalog when a configuration's passphrase is set, so a stale or mistyped passphrase is caught
in a fraction of a second instead of after a long backup. scrypt makes guessing from the catalog slow.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

MAGIC = b"BDC1"
PLAINTEXT = b"backup-desk passphrase canary v1"
_SALT_LEN = 16
_NONCE_LEN = 12
_SCRYPT_N = 2**15  # ~32 MiB, ~0.1 s: slow for guessing, quick enough before a run


def _key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=8, p=1).derive(passphrase.encode("utf-8"))


def make_canary(passphrase: str) -> bytes:
    salt = os.urandom(_SALT_LEN)
    nonce = os.urandom(_NONCE_LEN)
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, PLAINTEXT, MAGIC)
    return MAGIC + salt + nonce + sealed


def check_canary(canary: bytes, passphrase: str) -> bool:
    """True when `passphrase` opens the canary (False for a wrong passphrase or an unreadable canary)."""
    if not canary.startswith(MAGIC) or len(canary) < len(MAGIC) + _SALT_LEN + _NONCE_LEN + 16:
        return False
    body = canary[len(MAGIC):]
    salt, rest = body[:_SALT_LEN], body[_SALT_LEN:]
    nonce, sealed = rest[:_NONCE_LEN], rest[_NONCE_LEN:]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, MAGIC) == PLAINTEXT
    except InvalidTag:
        return False
