"""Turning any exception into plain words (message + what to do), with the technical part kept aside."""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from backup_desk.errors import BackupDeskError
from backup_desk.messages import CONTEXT, Text, as_text
from backup_desk.services.models import BackupView


def tr_text(text: Text) -> str:
    """A service or engine text in the chosen language: the template translated first, then filled."""
    return text.render(lambda template: QCoreApplication.translate(CONTEXT, template))


def failure_reason(view: BackupView) -> str:
    """Why a backup failed, translated; rows from before translatable texts were stored show their English
    text (translated still when it is one of the fixed sentences)."""
    if view.error_text is not None:
        return tr_text(view.error_text)
    return tr_text(as_text(view.error_message)) if view.error_message else ""


@dataclass(frozen=True)
class Explained:
    message: str
    hint: str
    details: str  # traceback or repr; shown only behind a "Details" button


def explain(exc: BaseException, tb: str | None = None) -> Explained:
    details = tb or "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    if isinstance(exc, BackupDeskError):
        return Explained(tr_text(exc.text), tr_text(exc.hint_text), details)
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
