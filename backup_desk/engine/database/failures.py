"""Driver and SQL errors turned into errors a person can act on (no URL, no password in them)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from backup_desk.errors import BackupDeskError, DependentObjectsError, SourceError
from backup_desk.messages import Message, Text

if TYPE_CHECKING:
    from backup_desk.engine.database.native import Dependent


class DatabaseRestoreError(BackupDeskError):
    """The target database refused the restore; the transaction (or the staging database) was dropped."""


ROLLED_BACK = Text("Nothing was changed in the target database. Check the message, fix the target and try "
                   "again.")


def first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip()
    return text.splitlines()[0][:300] if text else type(orig).__name__


@contextmanager
def restore_step(what: str, hint: Message = ROLLED_BACK) -> Iterator[None]:
    """Re-raise anything but our own errors as DatabaseRestoreError naming the step (a table, the DDL)."""
    try:
        yield
    except BackupDeskError:
        raise
    except Exception as exc:
        raise DatabaseRestoreError(Text("Restoring {0} failed: {1}", what, first_line(exc)), hint) from exc


@contextmanager
def dump_step(what: str) -> Iterator[None]:
    try:
        yield
    except BackupDeskError:
        raise
    except Exception as exc:
        raise SourceError(
            Text("Reading {0} from the database failed: {1}", what, first_line(exc)),
            Text("Check that the database is reachable and readable, then run the backup again."),
        ) from exc


def dependents_error(found: Sequence[Dependent]) -> DependentObjectsError:
    """The refusal of a restore that would replace tables objects outside the restore set depend on."""
    listed = tuple(f"{d.kind} {d.name} (on {d.depends_on})" for d in found)
    return DependentObjectsError(
        Text("Objects outside the restore set depend on the tables it would replace: "
             "{0}.", ', '.join(listed)),
        Text("Add those tables to the restore, or agree to restore anyway (--allow-dependents)."), listed)
