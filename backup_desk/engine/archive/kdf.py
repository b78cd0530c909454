"""Passphrase key derivation (Argon2id or scrypt), with parameters bounded before any work is done.

The parameters come from the archive header, which an attacker may have written: `check_bounds` runs
before the KDF so a hostile archive cannot make us allocate gigabytes or spin for minutes.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import Literal

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from backup_desk.errors import UnsupportedArchiveError
from backup_desk.messages import Text

KDF_ARGON2ID = 1
KDF_SCRYPT = 2
KdfKind = Literal["argon2id", "scrypt"]

MAX_MEMORY_KIB = 1024 * 1024  # 1 GiB
MAX_ITERATIONS = 10
MAX_LANES = 16
MAX_LOG2_N = 20
MAX_SCRYPT_R = 32
MAX_SCRYPT_P = 16
MAX_SCRYPT_BYTES = 1 << 30  # 128 * r * N

_PARAMS = struct.Struct(">III")  # three u32 in the header, meaning depends on the KDF id


@dataclass(frozen=True)
class KdfParams:
    kind: KdfKind = "argon2id"
    memory_kib: int = 256 * 1024  # argon2id
    iterations: int = 3  # argon2id
    lanes: int = 4  # argon2id
    log2_n: int = 18  # scrypt
    r: int = 8  # scrypt
    p: int = 1  # scrypt

    @property
    def kdf_id(self) -> int:
        return KDF_ARGON2ID if self.kind == "argon2id" else KDF_SCRYPT

    def pack(self) -> bytes:
        if self.kind == "argon2id":
            return _PARAMS.pack(self.memory_kib, self.iterations, self.lanes)
        return _PARAMS.pack(self.log2_n, self.r, self.p)

    @classmethod
    def unpack(cls, kdf_id: int, data: bytes) -> KdfParams:
        a, b, c = _PARAMS.unpack(data)
        if kdf_id == KDF_ARGON2ID:
            return cls(kind="argon2id", memory_kib=a, iterations=b, lanes=c)
        if kdf_id == KDF_SCRYPT:
            return cls(kind="scrypt", log2_n=a, r=b, p=c)
        raise UnsupportedArchiveError(
            Text("The archive uses an unknown key-derivation method (id {0}).", kdf_id),
            Text("Open it with the Backup Desk release that made it, or a newer one."),
        )

    def check_bounds(self) -> None:
        """Refuses parameters that would exhaust the machine (or that the KDF itself rejects)."""
        problems: list[str] = []
        if self.kind == "argon2id":
            if not 1 <= self.lanes <= MAX_LANES:
                problems.append(f"lanes {self.lanes} (allowed 1..{MAX_LANES})")
            if not 8 * max(self.lanes, 1) <= self.memory_kib <= MAX_MEMORY_KIB:
                problems.append(
                    f"memory {self.memory_kib} KiB (allowed {8 * max(self.lanes, 1)}..{MAX_MEMORY_KIB})"
                )
            if not 1 <= self.iterations <= MAX_ITERATIONS:
                problems.append(f"iterations {self.iterations} (allowed 1..{MAX_ITERATIONS})")
        else:
            if not 1 <= self.log2_n <= MAX_LOG2_N:
                problems.append(f"log2 N {self.log2_n} (allowed 1..{MAX_LOG2_N})")
            if not 1 <= self.r <= MAX_SCRYPT_R:
                problems.append(f"r {self.r} (allowed 1..{MAX_SCRYPT_R})")
            if not 1 <= self.p <= MAX_SCRYPT_P:
                problems.append(f"p {self.p} (allowed 1..{MAX_SCRYPT_P})")
            if not problems and 128 * self.r * (1 << self.log2_n) > MAX_SCRYPT_BYTES:
                problems.append("memory 128·r·N above 1 GiB")
        if problems:
            raise UnsupportedArchiveError(
                Text("The archive asks for key-derivation settings outside the safe limits: {0}.",
                     ", ".join(problems)),
                Text("The archive was not made by Backup Desk or was altered; it was not opened."),
            )

    def derive(self, passphrase: str, salt: bytes) -> bytes:
        """32-byte key from the passphrase (bounds are checked first, always)."""
        self.check_bounds()
        secret = passphrase.encode("utf-8")
        if self.kind == "argon2id":
            kdf = Argon2id(
                salt=salt,
                length=32,
                iterations=self.iterations,
                lanes=self.lanes,
                memory_cost=self.memory_kib,
            )
            return kdf.derive(secret)
        return Scrypt(salt=salt, length=32, n=1 << self.log2_n, r=self.r, p=self.p).derive(secret)


DEFAULT_KDF = KdfParams()
CHEAP_KDF_FOR_TESTS = KdfParams(kind="argon2id", memory_kib=64, iterations=1, lanes=1)
