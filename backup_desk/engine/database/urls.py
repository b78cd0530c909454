"""Database URL helpers: keep passwords out of logs, the catalog and error messages."""

from __future__ import annotations

from sqlalchemy.engine import URL, make_url

from backup_desk.errors import UserInputError
from backup_desk.messages import Text

REDACTED = "***"


def parse_url(url: str | URL) -> URL:
    """A SQLAlchemy URL, or UserInputError that does not echo the (possibly secret-holding) text."""
    if isinstance(url, URL):
        return url
    try:
        return make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError; never echo the URL (it may hold a password)
        raise UserInputError(
            Text("The database URL is not valid."),
            Text("Use a SQLAlchemy URL such as sqlite:///path/app.db or postgresql+psycopg://user@host/db."),
        ) from exc


def redact_url(url: str | URL) -> str:
    """The URL as text with its password replaced by ***; unparseable text is hidden entirely."""
    try:
        u = parse_url(url)
    except UserInputError:
        return REDACTED
    return u.render_as_string(hide_password=True)


def split_password(url: str | URL) -> tuple[str, str | None]:
    """(URL without its password, the password or None) — the password goes to the keyring."""
    u = parse_url(url)
    # URL.set() ignores None, so replace the field directly.
    return u._replace(password=None).render_as_string(hide_password=False), u.password


def with_password(url: str | URL, password: str | None) -> str:
    """The URL with `password` put back (None leaves it without one)."""
    u = parse_url(url)
    return u._replace(password=password).render_as_string(hide_password=False)


def display_name(url: str | URL) -> str:
    """Short description for plans and messages: dialect and database, no credentials."""
    try:
        u = parse_url(url)
    except UserInputError:
        return REDACTED
    return (
        f"{u.get_backend_name()}:{u.database or ''}"
        if u.get_backend_name() == "sqlite"
        else (
            f"{u.get_backend_name()}://{u.host or 'localhost'}"
            f"{':' + str(u.port) if u.port else ''}/{u.database or ''}"
        )
    )
