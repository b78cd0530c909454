"""Questions asked on the terminal: confirmations and passphrases. Never asked without a TTY, so a
script gets a clear refusal instead of hanging on a prompt."""

from __future__ import annotations

import getpass
import sys

from backup_desk.errors import UserInputError
from backup_desk.messages import Text

LOST_PASSPHRASE_WARNING = (
    "Warning: the passphrase cannot be recovered. If you lose it, the encrypted backups made with it\n"
    "cannot be restored by anyone, including you."
)
MIN_PASSPHRASE_LENGTH = 8


def interactive() -> bool:
    return sys.stdin.isatty()


def confirm(question: str, *, assume_yes: bool) -> bool:
    """True when the person answers yes (or --yes was given). Without a TTY and without --yes: refuse."""
    if assume_yes:
        return True
    if not interactive():
        raise UserInputError(Text("Confirmation needed, and there is no terminal to ask it on."),
                             Text("Add --yes to confirm from a script."))
    print(f"{question} [y/N] ", end="", file=sys.stderr, flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes")


def ask_new_passphrase() -> str:
    """Asks twice (with the warning that a lost passphrase means lost backups)."""
    if not interactive():
        raise UserInputError(
            Text("Encryption needs a passphrase, and there is no terminal to ask it on."),
            Text("Give it with --passphrase-file FILE or the BACKUP_DESK_PASSPHRASE environment variable."),
        )
    print(LOST_PASSPHRASE_WARNING, file=sys.stderr, flush=True)
    for _ in range(3):
        first = getpass.getpass("New passphrase: ")
        if len(first) < MIN_PASSPHRASE_LENGTH:
            print(f"The passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters.", file=sys.stderr)
            continue
        if getpass.getpass("Repeat the passphrase: ") == first:
            return first
        print("The two passphrases differ; try again.", file=sys.stderr)
    raise UserInputError(Text("No passphrase was set."),
                         Text("Run the command again and type the same passphrase twice."))


def ask_passphrase(what: str) -> str | None:
    """One prompt for an existing passphrase; None without a TTY (the caller then reports what to do)."""
    if not interactive():
        return None
    value = getpass.getpass(f"Passphrase for {what}: ")
    return value or None


def ask_password(what: str) -> str:
    """One prompt for a database password (--ask-password); refused without a TTY."""
    if not interactive():
        raise UserInputError(Text("--ask-password needs a terminal to ask for the password of {0}.", what),
                             Text("Use --password-file FILE in scripts."))
    return getpass.getpass(f"Password for {what}: ")
