"""Errors that reach a person: each carries what went wrong and what to do about it.

The CLI prints `message` and `hint` (English) to stderr and exits with `exit_code`; the GUI shows `text` and
`hint_text` translated (see backup_desk/messages.py: build them as `Text("template {0}", arg)`).
Never put a secret (password, passphrase) in either.
"""

from __future__ import annotations

from backup_desk.messages import Message, Text, as_text


class BackupDeskError(Exception):
    """Base class: a failure explained in plain words."""

    exit_code = 1

    def __init__(self, message: Message, hint: Message = "") -> None:
        self.text: Text = as_text(message)
        self.hint_text: Text = as_text(hint)
        self.message: str = str(self.text)
        self.hint: str = str(self.hint_text)
        super().__init__(self.message)

    @property
    def full_text(self) -> Text:
        """Message and hint as one Text (what a failed run records)."""
        return Text("{0} {1}", self.text, self.hint_text) if self.hint else self.text

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class UserInputError(BackupDeskError):
    """A value given by the person is invalid (bad option, unknown name, out of range)."""

    exit_code = 2


class DependentObjectsError(UserInputError):
    """A restore would replace tables that objects outside the restore set depend on (views, foreign keys,
    triggers…); nothing was written. `dependents` names them, as "kind name (on table)"."""

    def __init__(self, message: Message, hint: Message = "", dependents: tuple[str, ...] = ()) -> None:
        super().__init__(message, hint)
        self.dependents = dependents


class NotFoundError(UserInputError):
    """A configuration, backup or archive that was named does not exist."""


class CatalogUnavailableError(BackupDeskError):
    """The catalog file exists but cannot be opened or migrated (damaged, not a database, locked)."""

    def __init__(self, message: Message, hint: Message = "", cause: str = "") -> None:
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
