"""Human-readable sizes, durations, dates and labels (all through Qt's translator)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from backup_desk.messages import CONTEXT
from backup_desk.sizes import format_size
from backup_desk.vocabulary import BackupStatus, BackupType, Frequency

_LABELS = {  # progress phases
    "prepare": QT_TRANSLATE_NOOP("Labels", "Preparing"),
    "database": QT_TRANSLATE_NOOP("Labels", "Database"),
    "files": QT_TRANSLATE_NOOP("Labels", "Files"),
    "finalize": QT_TRANSLATE_NOOP("Labels", "Finishing"),
    "restore": QT_TRANSLATE_NOOP("Labels", "Restoring"),
    "verify": QT_TRANSLATE_NOOP("Labels", "Verifying"),
    "copy": QT_TRANSLATE_NOOP("Labels", "Copying"),
    "decrypt": QT_TRANSLATE_NOOP("Labels", "Decrypting"),
}


def tr(text: object) -> str:
    """Translates a source marked with QT_TRANSLATE_NOOP("Labels", ...) (so lupdate finds it)."""
    return QCoreApplication.translate("Labels", str(text))


def label(key: str) -> str:
    """Translated label of a progress phase (the key if unknown)."""
    source = _LABELS.get(key)
    return tr(source) if source else key  # source came through QT_TRANSLATE_NOOP above


def word(value: BackupType | BackupStatus | Frequency) -> str:
    """A backup type, status or frequency in the chosen language: the member's label (the one English
    word of backup_desk.vocabulary, shared with the CLI) translated in the "Messages" context."""
    return value.label.render(lambda template: QCoreApplication.translate(CONTEXT, template))


def human_size(n: int | None) -> str:
    """The product's size convention (backup_desk.sizes), with translated units and the locale's separator."""
    units = (
        tr(QT_TRANSLATE_NOOP("Labels", "B")),
        tr(QT_TRANSLATE_NOOP("Labels", "kB")),
        tr(QT_TRANSLATE_NOOP("Labels", "MB")),
        tr(QT_TRANSLATE_NOOP("Labels", "GB")),
        tr(QT_TRANSLATE_NOOP("Labels", "TB")),
    )
    return format_size(n, units=units, decimal_point=QLocale().decimalPoint(), unknown="—")


def human_duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    s = round(seconds)
    if seconds < 10:
        return tr(QT_TRANSLATE_NOOP("Labels", "{0} s")).format(QLocale().toString(float(seconds), "f", 1))
    if s < 60:
        return tr(QT_TRANSLATE_NOOP("Labels", "{0} s")).format(s)
    if s < 3600:
        return tr(QT_TRANSLATE_NOOP("Labels", "{0} min {1} s")).format(s // 60, f"{s % 60:02d}")
    return tr(QT_TRANSLATE_NOOP("Labels", "{0} h {1} min")).format(s // 3600, f"{(s % 3600) // 60:02d}")


def human_rate(bytes_per_s: float) -> str:
    return tr(QT_TRANSLATE_NOOP("Labels", "{0}/s")).format(human_size(int(bytes_per_s)))


def human_datetime(dt: datetime | None) -> str:
    """Local date and time in the current locale's short format; '—' when missing."""
    if dt is None:
        return "—"
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    qdt = QDateTime.fromSecsSinceEpoch(int(dt.timestamp()))
    return QLocale().toString(qdt, f"{date_format()} {QLocale().timeFormat(QLocale.FormatType.ShortFormat)}")


def date_format() -> str:
    """The locale's short date with a four-digit year: the one date format of the whole window (tables,
    details and the history's date pickers alike)."""
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def relative_to_now(dt: datetime | None, now: datetime | None = None) -> str:
    """'in 3 h', '2 days ago', 'just now' (rounded; for glanceable dashboard lines)."""
    if dt is None:
        return "—"
    now = now or datetime.now(UTC)
    delta = (dt - now).total_seconds()
    future = delta > 0
    d = abs(delta)
    if d < 60:
        return tr(QT_TRANSLATE_NOOP("Labels", "just now"))
    if d < 3600:
        amount = tr(QT_TRANSLATE_NOOP("Labels", "{0} min")).format(int(d // 60))
    elif d < 86400 * 2:
        amount = tr(QT_TRANSLATE_NOOP("Labels", "{0} h")).format(int(d // 3600))
    else:
        amount = tr(QT_TRANSLATE_NOOP("Labels", "{0} days")).format(int(d // 86400))
    return (
        tr(QT_TRANSLATE_NOOP("Labels", "in {0}")) if future else tr(QT_TRANSLATE_NOOP("Labels", "{0} ago"))
    ).format(amount)


def human_percent(value: float | None) -> str:
    if value is None:
        return "—"
    return tr(QT_TRANSLATE_NOOP("Labels", "{0} %")).format(QLocale().toString(value, "f", 1))
