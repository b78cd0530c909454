"""Turning any exception into plain words (message + what to do), with the technical part kept aside."""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from backup_desk.errors import BackupDeskError


@dataclass(frozen=True)
class Explained:
    message: str
    hint: str
    details: str  # traceback or repr; shown only behind a "Details" button


def explain(exc: BaseException, tb: str | None = None) -> Explained:
    details = tb or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, BackupDeskError):
        return Explained(exc.message, exc.hint, details)
    if isinstance(exc, OSError):
        return Explained(
            QCoreApplication.translate("Errors", "A file or folder could not be used: {0}.").format(
                exc.strerror or type(exc).__name__
            ),
            QCoreApplication.translate(
                "Errors", "Check that the location exists, is writable and has free space."
            ),
            details,
        )
    return Explained(
        QCoreApplication.translate("Errors", "Something unexpected went wrong."),
        QCoreApplication.translate(
            "Errors", "Try again. If it keeps happening, send the details to your administrator."
        ),
        details,
    )


def one_line(exc: BaseException) -> str:
    e = explain(exc)
    return f"{e.message} {e.hint}".strip()
