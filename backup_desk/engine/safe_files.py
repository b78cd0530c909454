"""Creating and placing files that may hold plaintext (decrypted ZIPs, copies, staged data).

`create_private` opens a new file 0600, exclusively, never through a symlink; names come from the caller
with enough randomness (`private_temp_name`) that nobody can plant a file or link in advance.
`place` moves a finished temporary file onto its final name: without `overwrite` it never replaces
anything (hard link, so an existing file or symlink makes it fail); with it, an atomic rename, which
replaces a symlink itself and never writes through it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from backup_desk.paths import TEMP_SUFFIX

PRIVATE_MODE = 0o600


def private_temp_name(final: Path) -> Path:
    """`.<final name>.<32 random hex>.bdtmp` beside `final` (cleanup-temp-files recognises the suffix)."""
    return final.parent / f".{final.name}.{secrets.token_hex(16)}{TEMP_SUFFIX}"


def create_private(path: Path) -> int:
    """A new file, mode 0600 whatever the umask, O_EXCL | O_NOFOLLOW; returns the descriptor."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, PRIVATE_MODE)  # the umask can only remove bits from 0600


def place(tmp: Path, dst: Path, *, overwrite: bool) -> None:
    """Renames `tmp` to `dst`. FileExistsError when `dst` exists (a file, folder or link) and not
    `overwrite`. A folder at `dst` is never replaced."""
    if os.path.isdir(dst) and not os.path.islink(dst):
        raise IsADirectoryError(f"{dst} is a folder")
    if overwrite:
        os.replace(tmp, dst)
        return
    try:
        os.link(tmp, dst, follow_symlinks=False)  # fails with FileExistsError instead of replacing
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network shares): check, then rename
        if os.path.lexists(dst):
            raise FileExistsError(f"{dst} already exists") from None
        os.replace(tmp, dst)
        return
    tmp.unlink()


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
