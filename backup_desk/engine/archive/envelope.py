"""The envelope header: a fixed 256-byte block in front of the encrypted ZIP (docs/archive-format.md).

Opening order matters: CRC first (damage), then version/algorithm ids, then KDF bounds (before any work),
then the KDF, then the HMAC (key-committing: a wrong passphrase is told apart from damage), then the key
unwrap. `rewrap_passphrase` rewrites these 256 bytes only.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
import threading
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from backup_desk.engine import tempwatch
from backup_desk.engine.archive.kdf import KdfParams
from backup_desk.engine.safe_files import create_private, fsync_dir, private_temp_name
from backup_desk.errors import (
    ArchiveCorruptError,
    ArchiveError,
    ArchiveTruncatedError,
    PassphraseError,
    UnsupportedArchiveError,
    WrongPassphraseError,
)
from backup_desk.messages import Text
from backup_desk.testpoints import stop_point

MAGIC = bytes.fromhex("89 42 44 4B 0D 0A 1A 0A")
ENVELOPE_VERSION = 1
HEADER_SIZE = 256
AEAD_AES256GCM = 1
MIN_CHUNK_EXP, MAX_CHUNK_EXP, DEFAULT_CHUNK_EXP = 16, 20, 20
# magic, version, header size, kdf id, aead id, chunk exp, flags, kdf params(12), kdf salt, payload salt,
# archive id, wrap nonce, wrapped key (32 + tag 16)
_FIXED = struct.Struct(">8sHHBBBB12s16s32s16s12s48s")
_AAD_END = 92  # wrap AAD = bytes 0..92 (everything up to and including the archive id)
_MAC_AT = 220
_CRC_AT = 252
_DAMAGED_HINT = Text("The archive file was damaged or altered; use another copy.")
_COPY_BLOCK = 4 << 20


@dataclass(frozen=True)
class EnvelopeHeader:
    kdf: KdfParams
    chunk_exp: int
    kdf_salt: bytes
    payload_salt: bytes
    archive_id: bytes
    wrap_nonce: bytes
    wrapped_key: bytes
    version: int = ENVELOPE_VERSION
    aead_id: int = AEAD_AES256GCM

    @property
    def chunk_size(self) -> int:
        return 1 << self.chunk_exp

    def _body(self) -> bytes:
        fixed = _FIXED.pack(
            MAGIC,
            self.version,
            HEADER_SIZE,
            self.kdf.kdf_id,
            self.aead_id,
            self.chunk_exp,
            0,
            self.kdf.pack(),
            self.kdf_salt,
            self.payload_salt,
            self.archive_id,
            self.wrap_nonce,
            self.wrapped_key,
        )
        return fixed + bytes(_MAC_AT - len(fixed))

    def pack(self, mac_key: bytes) -> bytes:
        body = self._body()
        with_mac = body + hmac.new(mac_key, body, hashlib.sha256).digest()
        return with_mac + struct.pack(">I", zlib.crc32(with_mac))


def _hkdf(key: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _mac_key(kek: bytes) -> bytes:
    return _hkdf(kek, b"backup-desk v1 header mac")


def _wrap_key(kek: bytes) -> bytes:
    return _hkdf(kek, b"backup-desk v1 key wrap")


def payload_key(file_key: bytes, payload_salt: bytes) -> bytes:
    return _hkdf(file_key, b"backup-desk v1 payload", salt=payload_salt)


def _seal_file_key(file_key: bytes, kek: bytes, header: EnvelopeHeader) -> EnvelopeHeader:
    nonce = os.urandom(12)
    draft = replace(header, wrap_nonce=nonce, wrapped_key=bytes(48))
    aad = draft._body()[:_AAD_END]
    return replace(draft, wrapped_key=AESGCM(_wrap_key(kek)).encrypt(nonce, file_key, aad))


def start_header(
    passphrase: str, archive_id: str, kdf: KdfParams, chunk_exp: int = DEFAULT_CHUNK_EXP
) -> tuple[EnvelopeHeader, bytes, bytes]:
    """(unsealed header, file key, payload key) for a new archive: fresh salts and a fresh random file key.
    The payload can be encrypted at once; `seal_header` (the slow key derivation) can run meanwhile."""
    if not MIN_CHUNK_EXP <= chunk_exp <= MAX_CHUNK_EXP:
        raise ValueError(f"chunk exponent {chunk_exp} outside {MIN_CHUNK_EXP}..{MAX_CHUNK_EXP}")
    if not passphrase:
        raise PassphraseError(Text("An empty passphrase cannot protect an archive."),
                              Text("Choose a passphrase."))
    aid = bytes.fromhex(archive_id)
    if len(aid) != 16:
        raise ValueError("archive_id must be 32 hex digits (a uuid4 hex)")
    file_key = os.urandom(32)
    header = EnvelopeHeader(
        kdf=kdf,
        chunk_exp=chunk_exp,
        kdf_salt=os.urandom(16),
        payload_salt=os.urandom(32),
        archive_id=aid,
        wrap_nonce=bytes(12),
        wrapped_key=bytes(48),
    )
    return header, file_key, payload_key(file_key, header.payload_salt)


def seal_header(header: EnvelopeHeader, file_key: bytes, passphrase: str, kek: bytes | None = None) -> bytes:
    """The 256 header bytes: derives the key-encryption key (slow by design) unless given, wraps the file key,
    MACs."""
    kek = kek if kek is not None else header.kdf.derive(passphrase, header.kdf_salt)
    return _seal_file_key(file_key, kek, header).pack(_mac_key(kek))


class _KeysAhead:
    """Key derivations started before they are needed (on a spare thread while the program loads), each
    used once by whoever asks for its id, who waits for it if it is still running: never two derivations
    (and twice the memory) for one id. A failed or missing one is simply absent."""

    def __init__(self) -> None:
        self._jobs: dict[tuple[bytes, bytes], tuple[threading.Event, list[tuple[bytes, bytes]]]] = {}
        self._lock = threading.Lock()

    def derive(self, key: tuple[bytes, bytes], kdf: KdfParams, passphrase: str, salt: bytes) -> None:
        done, result = threading.Event(), list[tuple[bytes, bytes]]()
        with self._lock:
            if key in self._jobs:
                return
            self._jobs[key] = done, result
        try:
            result.append((salt, kdf.derive(passphrase, salt)))
        finally:
            done.set()

    def take(self, key: tuple[bytes, bytes]) -> tuple[bytes, bytes] | None:
        """(salt, kek) of the derivation with this id, or None."""
        with self._lock:
            job = self._jobs.pop(key, None)
        if job is None:
            return None
        job[0].wait()
        return job[1][0] if job[1] else None


_fresh = _KeysAhead()  # for new archives: a fresh salt each
_ahead = _KeysAhead()  # for existing archives: their header's salt


def _fresh_id(passphrase: str, kdf: KdfParams) -> tuple[bytes, bytes]:
    return bytes([kdf.kdf_id]) + kdf.pack(), hashlib.sha256(passphrase.encode("utf-8")).digest()


def derive_fresh_ahead(passphrase: str, kdf: KdfParams) -> None:
    """A KEK for a new archive (fresh random salt), derived now, while the program loads, for the next
    archive written with this passphrase and these parameters (`take_fresh`): the derivation then neither
    delays the backup nor holds its memory while the backup's own buffers fill."""
    _fresh.derive(_fresh_id(passphrase, kdf), kdf, passphrase, os.urandom(16))


def take_fresh(passphrase: str, kdf: KdfParams) -> tuple[bytes, bytes] | None:
    """(salt, kek) derived ahead for these parameters and passphrase (waiting for a derivation under way:
    never two at once), used once; None when there is none."""
    return _fresh.take(_fresh_id(passphrase, kdf))


def is_envelope(prefix: bytes) -> bool:
    return prefix[:8] == MAGIC


def parse_header(data: bytes) -> EnvelopeHeader:
    """Structure checks only (no passphrase needed): CRC, version, ids, chunk size, KDF bounds."""
    if len(data) < HEADER_SIZE:
        raise ArchiveTruncatedError(
            Text("The archive ends inside its encryption header ({0} of {1} bytes).", len(data), HEADER_SIZE),
            _DAMAGED_HINT,
        )
    data = data[:HEADER_SIZE]
    if not is_envelope(data):
        raise UnsupportedArchiveError(Text("This file is not a Backup Desk encrypted archive."), "")
    (stored_crc,) = struct.unpack(">I", data[_CRC_AT:])
    if zlib.crc32(data[:_CRC_AT]) != stored_crc:
        raise ArchiveCorruptError(
            Text("The archive's encryption header is damaged (its checksum does not match)."), _DAMAGED_HINT
        )
    (
        _,
        version,
        size,
        kdf_id,
        aead_id,
        chunk_exp,
        flags,
        kdf_params,
        kdf_salt,
        payload_salt,
        aid,
        nonce,
        wrapped,
    ) = _FIXED.unpack_from(data)
    if version != ENVELOPE_VERSION or size != HEADER_SIZE:
        raise UnsupportedArchiveError(
            Text("The archive uses envelope version {0}; this release reads version "
                 "{1}.", version, ENVELOPE_VERSION),
            Text("Open it with the Backup Desk release that made it, or a newer one."),
        )
    if aead_id != AEAD_AES256GCM or flags != 0 or any(data[_FIXED.size : _MAC_AT]):
        raise UnsupportedArchiveError(
            Text("The archive uses an unknown cipher or option (AEAD id {0}).", aead_id),
            Text("Open it with a newer Backup Desk release."),
        )
    if not MIN_CHUNK_EXP <= chunk_exp <= MAX_CHUNK_EXP:
        raise UnsupportedArchiveError(
            Text("The archive declares an unsupported chunk size (2^{0}).", chunk_exp), _DAMAGED_HINT
        )
    kdf = KdfParams.unpack(kdf_id, kdf_params)
    kdf.check_bounds()  # before anyone runs the KDF
    return EnvelopeHeader(
        kdf=kdf,
        chunk_exp=chunk_exp,
        kdf_salt=kdf_salt,
        payload_salt=payload_salt,
        archive_id=aid,
        wrap_nonce=nonce,
        wrapped_key=wrapped,
        version=version,
        aead_id=aead_id,
    )


def unlock(data: bytes, passphrase: str | None) -> tuple[EnvelopeHeader, bytes, bytes]:
    """(header, file key, kek) after checking everything; raises the precise error otherwise."""
    header = parse_header(data)
    if not passphrase:
        raise PassphraseError(
            Text("This archive is encrypted and no passphrase was given."),
            Text("Enter the passphrase that was set when the backup was made."),
        )
    kek = _derived(header, passphrase)
    body = data[:_MAC_AT]
    if not hmac.compare_digest(hmac.new(_mac_key(kek), body, hashlib.sha256).digest(), data[_MAC_AT:_CRC_AT]):
        raise WrongPassphraseError(
            Text("The passphrase does not open this archive."),
            Text("Check the passphrase (it is case-sensitive) and try again."),
        )
    try:
        file_key = AESGCM(_wrap_key(kek)).decrypt(header.wrap_nonce, header.wrapped_key, body[:_AAD_END])
    except InvalidTag as exc:
        raise ArchiveCorruptError(
            Text("The archive's wrapped key failed its authentication check."), _DAMAGED_HINT
        ) from exc
    return header, file_key, kek


def _ahead_key(header: EnvelopeHeader, passphrase: str) -> tuple[bytes, bytes]:
    params, digest = _fresh_id(passphrase, header.kdf)
    return params + header.kdf_salt, digest


def derive_ahead(path: Path, passphrase: str) -> None:
    """Derives the KEK of the archive at `path` for `passphrase` now (call it on a spare thread while the
    program loads), so that `unlock` with the same header and passphrase finds it ready instead of
    spending the derivation's time (and memory) then. Anything unusual (no such file, not an envelope,
    parameters out of bounds) is left for `unlock` to report."""
    try:
        with open(path, "rb") as f:
            header = parse_header(f.read(HEADER_SIZE))
    except (OSError, ArchiveError):
        return
    _ahead.derive(_ahead_key(header, passphrase), header.kdf, passphrase, header.kdf_salt)


def _derived(header: EnvelopeHeader, passphrase: str) -> bytes:
    ready = _ahead.take(_ahead_key(header, passphrase))
    return ready[1] if ready is not None else header.kdf.derive(passphrase, header.kdf_salt)


@dataclass(frozen=True)
class Rewrapped:
    size: int
    sha256: str  # of the whole new file (the catalog keeps it)


def rewrap_passphrase(path: Path, old: str, new: str, kdf: KdfParams | None = None) -> Rewrapped:
    """Lets `new` open the archive instead of `old`, crash-safely: the file is rewritten through a
    temporary copy (new header, then the untouched payload bytes), fsynced, and renamed over the original.
    At every moment one complete archive exists under the original name: the old one until the rename,
    the new one after it; the only header is never overwritten in place (docs/archive-format.md, 3.5).

    The payload key does not change, so every byte after the header is copied as is. The copy is announced
    (tempwatch) before it exists so that a crash leaves a registered leftover, never an orphan."""
    path = Path(path)
    if not new:
        raise PassphraseError(Text("An empty passphrase cannot protect an archive."),
                              Text("Choose a passphrase."))
    with open(path, "rb") as src:
        header, file_key, _ = unlock(src.read(HEADER_SIZE), old)
        params = kdf or header.kdf
        kek = params.derive(new, kdf_salt := os.urandom(16))
        fresh = _seal_file_key(file_key, kek, replace(header, kdf=params, kdf_salt=kdf_salt))
        head = fresh.pack(_mac_key(kek))
        tmp = private_temp_name(path)
        tempwatch.announce(tmp, "rewrap")
        try:
            digest = hashlib.sha256(head)
            size = len(head)
            with os.fdopen(create_private(tmp), "wb") as out:
                out.write(head)
                while block := src.read(_COPY_BLOCK):
                    out.write(block)
                    digest.update(block)
                    size += len(block)
                    stop_point("rewrap-copy")
                out.flush()
                os.fsync(out.fileno())
            mode = os.stat(path).st_mode & 0o777
            os.chmod(tmp, mode & 0o700 or 0o600)  # never wider than the owner's bits
            stop_point("rewrap-before-rename")
            os.replace(tmp, path)
            fsync_dir(path.parent)
        finally:
            tmp.unlink(missing_ok=True)
            tempwatch.released(tmp)
    return Rewrapped(size, digest.hexdigest())
