"""Plain-text rendering for people: tables, dates, durations, key/value blocks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from backup_desk.vocabulary import BackupStatus, BackupType, Frequency


def fmt_dt(value: datetime | None) -> str:
    """Local time to the minute (the catalog stores UTC; people read their own clock)."""
    if value is None:
        return "-"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def fmt_duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    if seconds < 10:
        return f"{seconds:.1f} s"
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}" if minutes else f"{secs} s"


def fmt_bool(value: bool | None) -> str:
    return "-" if value is None else ("yes" if value else "no")


def fmt_count(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"


def fmt_value(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return fmt_bool(value)
    if isinstance(value, BackupType | BackupStatus | Frequency):
        return str(value.label)  # the word people read (the window shows the same one, translated)
    if isinstance(value, datetime):
        return fmt_dt(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return ", ".join(str(v) for v in value) if value else "-"
    text = str(value)
    return text if text else "-"


def render_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Columns padded to their widest cell; numbers right-aligned."""
    cells = [[fmt_value(v) for v in row] for row in rows]
    numeric = [all(isinstance(row[i], int | float) and not isinstance(row[i], bool) for row in rows)
               for i in range(len(headers))] if rows else [False] * len(headers)
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    out = [line(list(headers)), line(["-" * w for w in widths])]
    out.extend(line(r) for r in cells)
    return "\n".join(out)


def render_fields(pairs: Sequence[tuple[str, object]]) -> str:
    """`label: value` lines with the values aligned."""
    width = max((len(k) for k, _ in pairs), default=0)
    return "\n".join(f"{k + ':':<{width + 1}} {fmt_value(v)}" for k, v in pairs)
