"""Create tables and stream rows into them on one connection (the caller owns the transaction)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import IO, Any, Protocol

import sqlalchemy as sa
from sqlalchemy.schema import CreateIndex

from backup_desk.engine.database.codec import iter_batches
from backup_desk.engine.database.convert import convert_rows, converters
from backup_desk.engine.database.failures import restore_step
from backup_desk.engine.database.metadata import TargetTables
from backup_desk.engine.database.schema import PortableSchema, TableSchema
from backup_desk.engine.database.section import DatabaseSection
from backup_desk.engine.database.snapshot import unparametrized
from backup_desk.engine.progress import CancelToken, ProgressReporter


class EntrySource(Protocol):
    """What restoring needs from `ArchiveReader` (kept narrow so tests can also use plain files)."""

    def open_entry(self, name: str) -> IO[bytes]: ...


RowBatches = Iterable[Sequence[Sequence[Any]]]  # batches of rows, values of the portable kinds (codec.py)


class RowFeed(Protocol):
    """Where the loader takes each table's rows from: the portable msgpack entries (`EntryRows`) or a
    native section read back through its format's `iter_rows` (native/feed.py)."""

    def holds_rows(self, table: str) -> bool: ...

    def open_rows(self, table: str) -> AbstractContextManager[RowBatches]: ...

    def size_hint(self, table: str) -> tuple[int, int]:
        """(rows, bytes) the archive records for the table, for progress."""
        ...


class EntryRows:
    """Rows of a portable section: one msgpack entry per table."""

    def __init__(self, source: EntrySource, section: DatabaseSection) -> None:
        self.source = source
        self.section = section

    def holds_rows(self, table: str) -> bool:
        return self.section.table(table).entry is not None

    @contextmanager
    def open_rows(self, table: str) -> Iterator[RowBatches]:
        entry = self.section.table(table).entry
        assert entry is not None
        with self.source.open_entry(entry) as stream:
            yield iter_batches(stream, 2000)

    def size_hint(self, table: str) -> tuple[int, int]:
        rec = self.section.table(table)
        return rec.rows, rec.size


def insert_sql(conn: sa.Connection, table: sa.Table, columns: Sequence[str]) -> str:
    """A positional INSERT for the raw driver cursor; identifiers quoted by SQLAlchemy."""
    params: dict[str, Any] = {c: sa.bindparam(f"p{i}") for i, c in enumerate(columns)}
    stmt = sa.insert(table).values(params)
    dialect = conn.dialect
    if dialect.paramstyle not in ("qmark", "format"):
        # %s placeholders (identifiers' % escaped to %%); SQLAlchemy's stub declares no Dialect() arguments
        dialect = type(dialect)(paramstyle="format")  # type: ignore[call-arg]
    compiled = stmt.compile(dialect=dialect)
    assert compiled.positiontup == [f"p{i}" for i in range(len(columns))]
    return compiled.string


def copy_sql(conn: sa.Connection, table: sa.Table, columns: Sequence[str]) -> str:
    prep = conn.dialect.identifier_preparer
    cols = ", ".join(prep.format_column(table.c[c]) for c in columns)
    return unparametrized(f"COPY {prep.format_table(table)} ({cols}) FROM STDIN", conn.dialect)


def load_table(
    conn: sa.Connection,
    table: sa.Table,
    tschema: TableSchema,
    rows_in: RowBatches,
    *,
    expected_rows: int,
    entry_size: int,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> int:
    """Stream one table's row batches into `table`; returns the number of rows written."""
    dialect = conn.dialect.name
    columns = tschema.column_names
    kinds = [c.type.kind for c in tschema.columns]
    convs = converters(kinds, dialect)
    per_row = entry_size / expected_rows if expected_rows else 0.0
    done = 0

    def batches() -> Iterator[Sequence[Any]]:
        nonlocal done
        for batch in rows_in:
            if cancel is not None:
                cancel.check()
            yield convert_rows(batch, convs, kinds if dialect == "sqlite" else ())
            done += len(batch)
            if reporter is not None:
                reporter.advance(nbytes=int(per_row * len(batch)), items=len(batch), detail=tschema.name)

    driver = conn.connection.driver_connection
    assert driver is not None  # a live connection (checked out from the pool) always has one
    cur: Any = driver.cursor()
    try:
        if dialect == "postgresql":  # COPY is several times faster than INSERT
            with cur.copy(copy_sql(conn, table, columns)) as copy:
                for rows in batches():
                    for row in rows:
                        copy.write_row(row)
        else:
            sql = insert_sql(conn, table, columns)
            for rows in batches():
                cur.executemany(sql, rows)
    finally:
        cur.close()
    return done


def create_tables(conn: sa.Connection, tt: TargetTables) -> None:
    """CREATE TABLE in dependency order; SQLite gets its FKs inline (it cannot add them later)."""
    inline = conn.dialect.name == "sqlite"
    for name in tt.load_order():
        with restore_step(f"the definition of table {name!r}"):
            conn.execute(tt.create_table_ddl(name, with_fks=inline))


def finish_tables(conn: sa.Connection, tt: TargetTables, schema: PortableSchema) -> None:
    """Indexes and FKs after loading (faster, and cycles need no ordering); sequences past the loaded ids."""
    for name, table in tt.tables.items():
        for ix in sorted(table.indexes, key=lambda i: str(i.name)):
            with restore_step(f"index {ix.name!r} of table {name!r}"):
                conn.execute(CreateIndex(ix))
    if conn.dialect.name != "sqlite":
        for add in tt.fk_ddl():
            with restore_step(f"a foreign key of table {add.element.table.name!r}"):
                conn.execute(add)
    reset_sequences(conn, tt, schema)


def reset_sequences(conn: sa.Connection, tt: TargetTables, schema: PortableSchema) -> None:
    """PostgreSQL: move serial/identity sequences past the loaded ids (MySQL and SQLite do it themselves)."""
    if conn.dialect.name != "postgresql":
        return
    prep = conn.dialect.identifier_preparer
    for name, table in tt.tables.items():
        t = schema.table(name)
        for col in t.columns:
            if col.autoincrement and t.primary_key == [col.name]:
                c = table.c[col.name]
                seq = sa.func.pg_get_serial_sequence(prep.format_table(table), col.name)
                # setval(NULL, ...) is NULL: columns without a sequence are left alone.
                conn.execute(sa.select(sa.func.setval(seq, sa.func.coalesce(sa.func.max(c), 0) + 1, False)))


def load_all(
    conn: sa.Connection,
    tt: TargetTables,
    schema: PortableSchema,
    feed: RowFeed,
    *,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> int:
    """Load every table of `tt` that has rows in the archive, parents first; returns the rows written."""
    total = 0
    for name in tt.load_order():
        if not feed.holds_rows(name):
            continue
        rows, size = feed.size_hint(name)
        with restore_step(f"table {name!r}"), feed.open_rows(name) as batches:
            total += load_table(
                conn,
                tt.tables[name],
                schema.table(name),
                batches,
                expected_rows=rows,
                entry_size=size,
                reporter=reporter,
                cancel=cancel,
            )
    return total


def build_and_load(
    conn: sa.Connection,
    tt: TargetTables,
    schema: PortableSchema,
    feed: RowFeed,
    *,
    with_rows: bool,
    reporter: ProgressReporter | None,
    cancel: CancelToken | None,
) -> int:
    """Creates the tables, loads their rows (unless schema only), then adds indexes, FKs and sequences;
    returns the rows written. Shared by the in-place restore and MySQL's staging database."""
    create_tables(conn, tt)
    rows = load_all(conn, tt, schema, feed, reporter=reporter, cancel=cancel) if with_rows else 0
    finish_tables(conn, tt, schema)
    return rows
