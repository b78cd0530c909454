"""Errors that reach a person: each carries what went wrong and what to do about it.

The GUI shows `message` and `hint`; the CLI prints both to stderr and exits with `exit_code`.
Never put a secret (password, passphrase) in either.
"""

from __future__ import annotations


class BackupDeskError(Exception):
    """Base class: a failure explained in plain words."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class UserInputError(BackupDeskError):
    """A value given by the person is invalid (bad option, unknown name, out of range)."""

    exit_code = 2


class DependentObjectsError(UserInputError):
    """A restore would replace tables that objects outside the restore set depend on (views, foreign keys,
    triggers…); nothing was written. `dependents` names them, as "kind name (on table)"."""

    def __init__(self, message: str, hint: str = "", dependents: tuple[str, ...] = ()) -> None:
        super().__init__(message, hint)
        self.dependents = dependents


class NotFoundError(UserInputError):
    """A configuration, backup or archive that was named does not exist."""


class CatalogUnavailableError(BackupDeskError):
    """The catalog file exists but cannot be opened or migrated (damaged, not a database, locked)."""

    def __init__(self, message: str, hint: str = "", cause: str = "") -> None:
        super().__init__(message, hint)
        self.cause = cause


class SourceError(BackupDeskError):
    """The source database or folder cannot be read."""


class TargetNotEmptyError(BackupDeskError):
    """A restore target already holds data and --replace was not given."""


class InsufficientSpaceError(BackupDeskError):
    """Not enough free space for the archive or the restore."""


class CancelledError(BackupDeskError):
    """The person cancelled the job."""

    exit_code = 130


class PassphraseError(BackupDeskError):
    """A passphrase is needed and none is available, or it is wrong."""


class WrongPassphraseError(PassphraseError):
    """The passphrase does not open this archive (the header's key commitment failed)."""


class ArchiveError(BackupDeskError):
    """The archive cannot be read safely."""


class ArchiveCorruptError(ArchiveError):
    """A checksum, tag or structure check failed: the archive was damaged or altered."""


class ArchiveTruncatedError(ArchiveCorruptError):
    """The archive ends early (missing final chunk or central directory)."""


class UnsafeArchiveError(ArchiveError):
    """The archive holds entries that would write outside the target or exhaust the machine."""


class UnsupportedArchiveError(ArchiveError):
    """The archive uses a format version or algorithm this release does not know."""
