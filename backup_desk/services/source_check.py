"""Does a source database URL connect? One sentence back, never the password."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError

from backup_desk.engine.database.urls import split_password
from backup_desk.messages import Text
from backup_desk.ops.redaction import redact, register_secret


def test_source(url: str, timeout_s: float = 5.0) -> Text | None:
    """None when the source connects, else one sentence saying why not (no password in it)."""
    register_secret(split_password(url)[1])
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        return Text("This is not a database URL (e.g. sqlite:///path/app.db).")
    connect_args: dict[str, Any] = {}
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        # Never let the check create an empty database file where the person made a typo.
        db = parsed.database or ""
        if not db or db == ":memory:" or not Path(db).expanduser().is_file():
            return Text("The SQLite file {0} does not exist.", db) if db else Text(
                "No SQLite file is named in the URL.")
        parsed = parsed.set(database=f"file:{Path(db).expanduser()}?mode=ro", query={"uri": "true"})
    elif backend in ("postgresql", "mysql", "mariadb"):
        connect_args["connect_timeout"] = max(1, int(timeout_s))
    try:
        engine = create_engine(parsed, connect_args=connect_args, poolclass=None)
    except (NoSuchModuleError, ArgumentError) as exc:
        return Text("This kind of database is not supported: {0}.", redact(str(exc)))
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except SQLAlchemyError as exc:
        text_ = str(getattr(exc, "orig", None) or exc).strip()
        detail = text_.splitlines()[0] if text_ else type(exc).__name__
        return Text("Cannot connect to the source database: {0}", redact(detail))
    finally:
        engine.dispose()
    return None
