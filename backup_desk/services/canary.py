"""The passphrase canary: a small token sealed with AES-256-GCM under a key derived from the passphrase.

Stored in the catalog when a configuration's passphrase is set, so a stale or mistyped passphrase is caught
before a long backup. Its key comes from the same KDF with the same parameters as an archive's (Argon2id,
256 MiB, 3 passes): a copy of the catalog is no cheaper a target for guessing than an archive.

Layout v2: "BDC2" ‖ KDF id (1) ‖ KDF parameters (12, as in the archive header) ‖ salt (16) ‖ nonce (12) ‖
sealed. Version 1 canaries ("BDC1", scrypt 2^15) written by earlier releases are still checked; a
configuration gets a v2 canary the next time its passphrase is set.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from backup_desk.engine.archive.kdf import DEFAULT_KDF, KdfParams
from backup_desk.errors import UnsupportedArchiveError

MAGIC = b"BDC2"
MAGIC_V1 = b"BDC1"
PLAINTEXT = b"backup-desk passphrase canary v1"
_SALT_LEN = 16
_NONCE_LEN = 12
_PARAMS_LEN = 13  # KDF id + three u32
_V1_SCRYPT_N = 2**15


def make_canary(passphrase: str, kdf: KdfParams = DEFAULT_KDF) -> bytes:
    salt = os.urandom(_SALT_LEN)
    nonce = os.urandom(_NONCE_LEN)
    params = bytes([kdf.kdf_id]) + kdf.pack()
    aad = MAGIC + params
    sealed = AESGCM(kdf.derive(passphrase, salt)).encrypt(nonce, PLAINTEXT, aad)
    return aad + salt + nonce + sealed


def canary_kdf(canary: bytes) -> KdfParams | None:
    """The KDF a v2 canary uses (None for v1 or an unreadable canary)."""
    if not canary.startswith(MAGIC) or len(canary) < len(MAGIC) + _PARAMS_LEN:
        return None
    try:
        kdf = KdfParams.unpack(canary[4], canary[5:len(MAGIC) + _PARAMS_LEN])
        kdf.check_bounds()
    except UnsupportedArchiveError:
        return None
    return kdf


def check_canary(canary: bytes, passphrase: str) -> bool:
    """True when `passphrase` opens the canary (False for a wrong passphrase or an unreadable canary)."""
    if canary.startswith(MAGIC_V1):
        return _check_v1(canary, passphrase)
    kdf = canary_kdf(canary)
    head = len(MAGIC) + _PARAMS_LEN
    if kdf is None or len(canary) < head + _SALT_LEN + _NONCE_LEN + 16:
        return False
    salt = canary[head:head + _SALT_LEN]
    nonce = canary[head + _SALT_LEN:head + _SALT_LEN + _NONCE_LEN]
    sealed = canary[head + _SALT_LEN + _NONCE_LEN:]
    try:
        return AESGCM(kdf.derive(passphrase, salt)).decrypt(nonce, sealed, canary[:head]) == PLAINTEXT
    except InvalidTag:
        return False


def _check_v1(canary: bytes, passphrase: str) -> bool:
    if len(canary) < len(MAGIC_V1) + _SALT_LEN + _NONCE_LEN + 16:
        return False
    body = canary[len(MAGIC_V1):]
    salt, rest = body[:_SALT_LEN], body[_SALT_LEN:]
    nonce, sealed = rest[:_NONCE_LEN], rest[_NONCE_LEN:]
    key = Scrypt(salt=salt, length=32, n=_V1_SCRYPT_N, r=8, p=1).derive(passphrase.encode("utf-8"))
    try:
        return AESGCM(key).decrypt(nonce, sealed, MAGIC_V1) == PLAINTEXT
    except InvalidTag:
        return False
