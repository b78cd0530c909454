"""A second, independent reader written only from docs/archive-format.md (offsets, key schedule, chunking),
using nothing from backup_desk.engine.archive: if the document and the implementation drift apart, this fails.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import struct
import zlib
from pathlib import Path

from backports.zstd import zipfile
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from backup_desk.engine.archive import decrypt_archive
from tests.test_archive_support import CHEAP_KDF, PASS, make_tree, write_archive


def _hkdf(ikm: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def decrypt_per_spec(path: Path, passphrase: str) -> tuple[bytes, str]:
    data = path.read_bytes()
    h = data[:256]
    assert h[:8] == bytes.fromhex("89 42 44 4B 0D 0A 1A 0A")
    assert struct.unpack(">I", h[252:256])[0] == zlib.crc32(h[:252])
    version, size = struct.unpack(">HH", h[8:12])
    kdf_id, aead_id, exp, flags = h[12], h[13], h[14], h[15]
    assert (version, size, kdf_id, aead_id, flags) == (1, 256, 1, 1, 0) and 16 <= exp <= 20
    memory, iterations, lanes = struct.unpack(">III", h[16:28])
    kdf_salt, payload_salt, archive_id = h[28:44], h[44:76], h[76:92]
    wrap_nonce, wrapped = h[92:104], h[104:152]
    assert h[152:220] == bytes(68)
    kek = Argon2id(salt=kdf_salt, length=32, iterations=iterations, lanes=lanes, memory_cost=memory).derive(
        passphrase.encode()
    )
    mac = hmac.new(_hkdf(kek, b"backup-desk v1 header mac"), h[:220], hashlib.sha256).digest()
    assert hmac.compare_digest(mac, h[220:252])
    file_key = AESGCM(_hkdf(kek, b"backup-desk v1 key wrap")).decrypt(wrap_nonce, wrapped, h[:92])
    key = AESGCM(_hkdf(file_key, b"backup-desk v1 payload", salt=payload_salt))
    end = data[-16:]
    assert end[:8] == b"BDK-END1"
    (length,) = struct.unpack(">Q", end[8:])
    chunk = 1 << exp
    n = max(1, -(-length // chunk))
    assert len(data) == 256 + length + 16 * n + 16
    out = bytearray()
    pos = 256
    for i in range(n):
        last = i == n - 1
        ct_len = (length - i * chunk if last else chunk) + 16
        nonce = i.to_bytes(11, "big") + (b"\x01" if last else b"\x00")
        out += key.decrypt(nonce, data[pos : pos + ct_len], end if last else None)
        pos += ct_len
    return bytes(out), archive_id.hex()


def test_second_reader_from_the_document(tmp_path: Path) -> None:
    folder = make_tree(tmp_path / "docs", big=3 << 20)  # more than one 1 MiB chunk
    archive = tmp_path / "a.bdarc"
    _, manifest = write_archive(archive, folder, passphrase=PASS, kdf=CHEAP_KDF)
    plain, archive_id = decrypt_per_spec(archive, PASS)
    assert archive_id == manifest.archive_id
    assert plain == decrypt_archive(archive, tmp_path / "plain.zip", PASS).read_bytes()
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        assert zf.comment == f"Backup Desk archive format 1 id={archive_id}".encode()
        assert zf.infolist()[-1].filename == "manifest.json"
        assert zf.testzip() is None
        for zi in zf.infolist():
            assert zi.create_system == 3 and zi.flag_bits & 0x800
            kind = {0o100000: "file", 0o040000: "dir", 0o120000: "symlink"}[
                (zi.external_attr >> 16) & 0o170000
            ]
            assert kind == ("dir" if zi.filename.endswith("/") else kind)
        by_entry = {f.entry: f for f in manifest.files}
        link = by_entry["files/docs/link-to-notes"]
        assert zf.read(link.entry) == b"notes.txt"
        assert (zf.getinfo(link.entry).external_attr >> 16) == 0o120777
