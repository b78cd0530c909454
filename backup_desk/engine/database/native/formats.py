"""Pick an engine's native format: by dialect when backing up, by the section's format name when restoring.

Each engine's module is imported only when asked for, so a build without one of them still works for the
others (a dialect without a native module falls back to the portable section).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from backup_desk.errors import BackupDeskError, UnsupportedArchiveError
from backup_desk.messages import Text

if TYPE_CHECKING:
    from backup_desk.engine.database.native import NativeFormat
    from backup_desk.engine.database.section import DatabaseSection

# engine family -> (module in this package, the name it exports)
_MODULES = {
    "sqlite": ("sqlite", "SQLITE_FORMAT"),
    "postgresql": ("postgresql", "POSTGRESQL_FORMAT"),
    "mysql": ("mysql", "MYSQL_FORMAT"),
}


def engine_family(dialect: str) -> str:
    """SQLAlchemy backend name -> the family its native format covers (MariaDB is MySQL's)."""
    return "mysql" if dialect == "mariadb" else dialect


def _load(family: str) -> NativeFormat | None:
    module, attr = _MODULES[family]
    full = f"{__package__}.{module}"
    try:
        mod = importlib.import_module(full)
    except ModuleNotFoundError as exc:
        if exc.name == full:  # this build has no such module; any other missing import is a real error
            return None
        raise
    fmt: NativeFormat = getattr(mod, attr)
    return fmt


def native_for_dialect(dialect: str) -> NativeFormat | None:
    """The native format that dumps `dialect`, or None when this build has none (portable section then)."""
    family = engine_family(dialect)
    return _load(family) if family in _MODULES else None


def native_for_section(section: DatabaseSection) -> NativeFormat | None:
    """The format that reads `section`; None for a portable (older) section.

    Raises UnsupportedArchiveError when the section names a format this build cannot read."""
    name = section.native_format
    if not name:
        return None
    # Format names start with their family ("postgresql-sql/1"): that module first, the others only if
    # it is not the one (each import costs; psycopg alone is 50 ms).
    first = name.split("-", 1)[0]
    for family in sorted(_MODULES, key=lambda f: f != first):
        fmt = _load(family)
        if fmt is not None and fmt.format_name == name:
            return fmt
    raise UnsupportedArchiveError(
        Text("The archive's database section is in the format {0!r}, which this release cannot read.", name),
        Text("Restore it with the release of Backup Desk that wrote it, or a newer one."),
    )


def preload(url: str) -> None:
    """Import what a restore into `url` will use (its driver, its engine's native format): called while
    the archive's key is still being derived, so the imports overlap the derivation."""
    import sqlalchemy as sa

    from backup_desk.engine.database.urls import parse_url

    try:
        dialect = parse_url(url).get_dialect()
        dialect.import_dbapi()
        family = engine_family(dialect.name)
        if family in _MODULES:
            _load(family)
    except (ImportError, BackupDeskError, sa.exc.SQLAlchemyError):
        pass  # the restore itself reports what is wrong with the URL or the driver


def same_engine(fmt: NativeFormat, to_dialect: str) -> bool:
    """Whether a restore into `to_dialect` is a native (same-engine) restore of `fmt`."""
    return to_dialect in fmt.dialects or engine_family(to_dialect) in fmt.dialects
