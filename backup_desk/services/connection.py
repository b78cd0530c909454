"""A database named by plain fields (kind, file or host/port/database/user/password), never a typed URL.

The GUI's connection fields hand a `ConnectionFields` here; this module builds the SQLAlchemy URL, reads
a stored URL back into fields, turns what a person may type in the "advanced" URL box (a plain file path,
`sqlite:///tmp/x` meaning /tmp/x) into a working URL, and tests the connection. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import URL, make_url

from backup_desk.messages import Text

DatabaseKind = Literal["sqlite", "postgresql", "mariadb", "url"]
KINDS: tuple[DatabaseKind, ...] = ("sqlite", "postgresql", "mariadb", "url")
DEFAULT_PORTS = {"postgresql": 5432, "mariadb": 3306}
DRIVERS = {"postgresql": "postgresql+psycopg", "mariadb": "mysql+pymysql"}
MASK = "***"  # a stored password the form does not show (the service puts the keyring's back)


@dataclass(frozen=True)
class ConnectionFields:
    kind: DatabaseKind = "sqlite"
    path: str = ""  # sqlite: the database file
    host: str = "localhost"
    port: int = 0  # 0: the kind's default port
    database: str = ""
    user: str = ""
    password: str = ""
    url: str = ""  # kind "url": the advanced box, as typed

    def with_kind(self, kind: DatabaseKind) -> ConnectionFields:
        return replace(self, kind=kind)


Problem = Literal["file", "address", "not_a_url", "server", "database", "user"]


@dataclass(frozen=True)
class BuiltUrl:
    url: str | None  # None when something required is missing
    problem: Problem | None = None  # what is missing or wrong (the GUI words it, translated)


def build_url(fields: ConnectionFields) -> BuiltUrl:
    """The URL for `fields`, or what is missing. The password is part of it: the configuration service
    moves it to the keyring and keeps the URL without it."""
    if fields.kind == "url":
        return normalize_url(fields.url)
    if fields.kind == "sqlite":
        if not fields.path.strip():
            return BuiltUrl(None, "file")
        return BuiltUrl(sqlite_url(fields.path))
    required: tuple[tuple[Problem, str], ...] = (
        ("server", fields.host), ("database", fields.database), ("user", fields.user))
    for problem, value in required:
        if not value.strip():
            return BuiltUrl(None, problem)
    url = URL.create(
        DRIVERS[fields.kind], username=fields.user.strip(), password=fields.password or None,
        host=fields.host.strip(), port=fields.port or DEFAULT_PORTS[fields.kind],
        database=fields.database.strip(),
    )
    # The stored password stays a literal *** (escaping it would make it an actual password).
    return BuiltUrl(url.render_as_string(hide_password=fields.password == MASK))


def sqlite_url(path: str | Path) -> str:
    """sqlite:/// plus the absolute path (four slashes on POSIX: the URL's own three, then the path's)."""
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def normalize_url(text: str) -> BuiltUrl:
    """What the advanced box holds, made usable: a plain path becomes an SQLite URL; a relative SQLite path
    that only exists as an absolute one (`sqlite:///tmp/x` for /tmp/x) is read as the absolute one."""
    text = text.strip()
    if not text:
        return BuiltUrl(None, "address")
    if "://" not in text and ":" not in text.split("/", 1)[0][1:]:
        return BuiltUrl(sqlite_url(text))  # a file path (C:\... has its colon in the first part)
    try:
        url = make_url(text)
    except Exception:
        return BuiltUrl(None, "not_a_url")
    if url.get_backend_name() == "sqlite":
        db = url.database or ""
        if db and db != ":memory:" and not Path(db).is_absolute():
            relative, absolute = Path(db).expanduser(), Path("/" + db)
            if not relative.exists() and absolute.exists():
                return BuiltUrl(sqlite_url(absolute))
            return BuiltUrl(sqlite_url(relative))
    return BuiltUrl(text)


def fields_from_url(url: str | None) -> ConnectionFields:
    """The fields for a stored URL (the edit form); anything the fields cannot show stays an advanced URL.
    A stored password is not known here: `password` is MASK when the URL says one is set."""
    if not url:
        return ConnectionFields()
    try:
        parsed = make_url(url)
    except Exception:
        return ConnectionFields(kind="url", url=url)
    backend, driver = parsed.get_backend_name(), parsed.get_driver_name()
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:" and not parsed.query:
        return ConnectionFields(kind="sqlite", path=parsed.database)
    kinds: dict[str, DatabaseKind] = {"postgresql": "postgresql", "mysql": "mariadb", "mariadb": "mariadb"}
    kind = kinds.get(backend)
    plain = kind is not None and not parsed.query and f"{backend}+{driver}" in (
        "postgresql+psycopg", "mysql+pymysql")
    if kind is None or not plain:
        return ConnectionFields(kind="url", url=url)
    return ConnectionFields(
        kind=kind, host=parsed.host or "localhost", port=parsed.port or 0, database=parsed.database or "",
        user=parsed.username or "", password=MASK if parsed.password else "",
    )


def test_connection(url: str, timeout_s: float = 5.0) -> Text | None:
    """None when the database answers, else one sentence saying why not (never the password)."""
    from backup_desk.services.source_check import test_source

    return test_source(url, timeout_s)
