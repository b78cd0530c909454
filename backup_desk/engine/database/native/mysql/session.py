"""A raw PyMySQL session on the target, and running the section's statements in it exactly."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

from backup_desk.engine.database.native.mysql import layout
from backup_desk.engine.database.native.mysql.catalog import Program, quote
from backup_desk.engine.progress import CancelToken, ProgressReporter
from backup_desk.errors import UserInputError
from backup_desk.messages import Text


class Session:
    """Statements through the driver with no parameter processing (the SQL is run as written)."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.cur = raw.cursor()

    def run(self, sql: str | bytes) -> None:
        self.cur.execute(sql)

    def rows(self, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        self.cur.execute(sql, args) if args else self.cur.execute(sql)
        return list(self.cur.fetchall())

    def reset(self) -> None:
        for s in layout.SESSION:
            self.run(s)

    def use(self, database: str) -> None:
        self.run(f"USE {quote(database)}")

    def database(self) -> str:
        db = self.rows("SELECT DATABASE()")[0][0]
        if not db:
            raise UserInputError(
                Text("The MySQL URL names no database."), Text("Add the database name to the URL: …/dbname.")
            )
        return str(db)

    def create_program(self, p: Program, keep_definer: bool) -> None:
        for s in layout.program_session(p):
            self.run(s)
        try:
            self.run(layout.program_statement(p, keep_definer).encode("utf-8"))
        finally:
            self.reset()


def run_data_entry(
    s: Session,
    stream: IO[bytes],
    *,
    rows: int,
    size: int,
    table: str,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
    on_statement: Callable[[], None] | None = None,
) -> None:
    """Every statement of a data file (one per line), as written."""
    per_byte = rows / size if size else 0.0
    for line in stream:
        if cancel is not None:
            cancel.check()
        if not line.strip() or line.startswith(b"--"):
            continue
        s.run(line.rstrip(b"\r\n"))
        if reporter is not None:
            reporter.advance(nbytes=len(line), items=int(len(line) * per_byte), detail=table)
        if on_statement is not None:
            on_statement()
