"""The key of the archive a command is about to open or write, derived while the rest of the program loads.

`backup-desk restore|verify|decrypt ARCHIVE` first loads the CLI, the catalog and the services (about half a
second), then derives the archive's key from the passphrase (Argon2id: about half a second more, by design).
When ARCHIVE is a file and the passphrase is in $BACKUP_DESK_PASSPHRASE or a --passphrase-file, the
derivation starts first, on a thread of its own (it releases the GIL), and the reader finds the key ready.
`quick-backup --encrypt` likewise gets the key of its new archive (a fresh salt) derived during start-up,
so that the derivation's 256 MiB are freed before the backup's own buffers fill.
This module reads the command line before argparse does, so it only guesses: a wrong guess costs the
thread's work and nothing else (the key is used only for that header, salt and passphrase, and the
command's own checks and messages are unchanged).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

ARCHIVE_COMMANDS = frozenset({"restore", "verify", "decrypt"})
PASSPHRASE_ENV = "BACKUP_DESK_PASSPHRASE"
_OPTIONS_WITH_VALUE = frozenset({"--home", "--passphrase-file", "--to-url", "--to-folder", "--tables",
                                 "--folders", "--password-file", "--name", "--type", "--source-url",
                                 "--folder", "--compression", "--destination"})


def _command_and_archive(argv: list[str]) -> tuple[str, str] | None:
    positional: list[str] = []
    rest = list(argv)
    while rest:
        arg = rest.pop(0)
        if arg in _OPTIONS_WITH_VALUE:
            if rest:
                rest.pop(0)
        elif not arg.startswith("-"):
            positional.append(arg)
    if len(positional) >= 2 and positional[0] in ARCHIVE_COMMANDS:
        return positional[0], positional[1]
    return None


def _option(argv: list[str], name: str) -> str | None:
    for i, arg in enumerate(argv):
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def _passphrase(argv: list[str]) -> str | None:
    """As CliContext.passphrase reads it: the file first, then the environment."""
    source = _option(argv, "--passphrase-file")
    if source is not None:
        try:
            return Path(source).read_text(encoding="utf-8").rstrip("\r\n") or None
        except (OSError, UnicodeDecodeError):
            return None  # the command reports it
    return os.environ.get(PASSPHRASE_ENV) or None


def _new_encrypted_archive(argv: list[str]) -> bool:
    """`quick-backup … --encrypt`: the command will write a new encrypted archive."""
    positional = [a for i, a in enumerate(argv)
                  if not a.startswith("-") and (i == 0 or argv[i - 1] not in _OPTIONS_WITH_VALUE)]
    return positional[:1] == ["quick-backup"] and "--encrypt" in argv


def start(argv: list[str]) -> threading.Thread | None:
    """Starts deriving the key of the archive the command opens or writes, when there is one to guess;
    returns the thread."""
    found = _command_and_archive(argv)
    archive = Path(found[1]).expanduser() if found is not None else None
    if archive is not None and not archive.is_file():  # a backup id, or a path the command will report
        archive = None
    if archive is None and not _new_encrypted_archive(argv):
        return None
    passphrase = _passphrase(argv)
    if passphrase is None:
        return None

    def derive() -> None:
        from backup_desk.services import archive_keys

        try:
            if archive is not None:
                archive_keys.derive_archive_key_ahead(archive, passphrase)
            else:
                archive_keys.derive_new_archive_key_ahead(passphrase)
        except Exception:  # a guess: the command derives again and reports any real problem
            return

    thread = threading.Thread(target=derive, name="early-archive-key", daemon=True)
    thread.start()
    return thread
