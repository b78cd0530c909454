"""The escape hatch: turn an encrypted archive back into the plain ZIP any tool opens (7-Zip, bsdtar;
Info-ZIP unzip when the archive uses Deflate). Streams chunk by chunk, authenticating each; atomic."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import BinaryIO

from backup_desk.engine import tempwatch
from backup_desk.engine.archive.chunked import DecryptedView
from backup_desk.engine.archive.envelope import HEADER_SIZE, is_envelope, payload_key, unlock
from backup_desk.engine.archive.identity import read_identity
from backup_desk.engine.archive.output import is_space_error, space_error
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.engine.safe_files import create_private, fsync_dir, place, private_temp_name
from backup_desk.errors import InsufficientSpaceError
from backup_desk.messages import Text

COPY_BLOCK = 4 << 20


def decrypt_archive(
    src: Path,
    dst_zip: Path,
    passphrase: str,
    reporter: ProgressReporter | None = None,
    cancel: CancelToken | None = None,
    *,
    overwrite: bool = False,
) -> Path:
    """Writes the plain ZIP inside `src` to `dst_zip` (temp file beside it, 0600, fsync, rename). A plain
    archive is copied as is. Nothing is left behind on failure or cancel. An existing `dst_zip` (file or
    link) is replaced only with `overwrite` (FileExistsError otherwise, checked before any work)."""
    src, dst_zip = Path(src), Path(dst_zip)
    read_identity(src)  # refuses files that are not ours before asking for any work
    if not overwrite and os.path.lexists(dst_zip):
        raise FileExistsError(f"{dst_zip} already exists")
    tmp = private_temp_name(dst_zip)
    with open(src, "rb") as f:
        head = f.read(HEADER_SIZE)
        source: DecryptedView | BinaryIO
        if is_envelope(head):
            header, file_key, _ = unlock(head, passphrase)
            source = DecryptedView(
                f, payload_key(file_key, header.payload_salt), header.chunk_size, HEADER_SIZE
            )
            total = source.length
        else:
            f.seek(0)
            source, total = f, os.fstat(f.fileno()).st_size
        if shutil.disk_usage(dst_zip.parent).free < total:
            raise InsufficientSpaceError(
                Text("Not enough free space in {0} for {1} MiB.", dst_zip.parent, total // 2**20),
                Text("Free some space or choose another folder."),
            )
        if reporter is not None:
            reporter.phase("decrypt", bytes_total=total)
        tempwatch.announce(tmp, "decrypt")
        try:
            # Plaintext: 0600 and exclusive (never through a planted symlink), like the archive it comes from.
            with os.fdopen(create_private(tmp), "wb") as out:
                while block := source.read(COPY_BLOCK):
                    if cancel is not None:
                        cancel.check()
                    out.write(block)
                    if reporter is not None:
                        reporter.advance(len(block))
                out.flush()
                os.fsync(out.fileno())
            place(tmp, dst_zip, overwrite=overwrite)
            tempwatch.released(tmp)
        except BaseException as exc:
            tmp.unlink(missing_ok=True)
            tempwatch.released(tmp)
            if is_space_error(exc):
                raise space_error(dst_zip, exc if isinstance(exc, OSError) else None) from exc
            raise
    fsync_dir(dst_zip.parent)
    return dst_zip
