"""Cross-engine reading of PostgreSQL sections: COPY text into portable values (pure), and the rental
archive's portable schema, rows and listed losses (real server)."""

from __future__ import annotations

import datetime as dt
import io
import json
import uuid
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from backup_desk.engine.database.native.postgresql import POSTGRESQL_FORMAT
from backup_desk.engine.database.native.postgresql.copytext import (
    iter_copy_rows,
    parse_array,
    unescape,
    value_reader,
)
from backup_desk.errors import UserInputError
from tests.support.db_fixtures import open_archive
from tests.support.pg_native import native_dump, run_sql
from tests.support.pg_rental import RENTAL_SQL


def test_unescape_copy_text() -> None:
    assert unescape(b"a\\tb\\nc\\\\d") == "a\tb\nc\\d"
    assert unescape(b"\\303\\251t\\xc3\\xa9") == "été"
    assert unescape("東京".encode()) == "東京"


@pytest.mark.parametrize(
    ("reader", "text", "value"),
    [
        ("int", "-42", -42),
        ("float", "NaN", None),
        ("float", "-Infinity", float("-inf")),
        ("numeric", "12.500", Decimal("12.500")),
        ("bool", "t", True),
        ("bytea", "\\x00ff10", b"\x00\xff\x10"),
        ("date", "2020-02-29", dt.date(2020, 2, 29)),
        ("time", "08:30:00.25", dt.time(8, 30, 0, 250000)),
        ("timestamp", "2024-01-02 03:04:05.5", dt.datetime(2024, 1, 2, 3, 4, 5, 500000)),
        ("timestamptz", "2024-01-02 03:04:05+02", dt.datetime(2024, 1, 2, 1, 4, 5, tzinfo=dt.UTC)),
        ("interval", "3 days 02:00:03.5", dt.timedelta(days=3, hours=2, seconds=3.5)),
        ("interval", "-1 days +02:00:00", dt.timedelta(days=-1, hours=2)),
        ("interval", "-00:00:01", dt.timedelta(seconds=-1)),
        ("uuid", "c4ca4238-a0b9-3382-8dcc-509a6f75849b", uuid.UUID("c4ca4238-a0b9-3382-8dcc-509a6f75849b")),
        ("json", '{"a": [1, 2.50]}', '{"a": [1, 2.50]}'),
        ("text", "[1,5)", "[1,5)"),
    ],
)
def test_readers(reader: str, text: str, value: Any) -> None:
    got = value_reader(reader)(text)
    if value is None:
        assert got != got  # NaN
    else:
        assert got == value and type(got) is type(value)


def test_values_without_portable_equivalent_are_refused() -> None:
    with pytest.raises(ValueError, match="months"):
        value_reader("interval")("1 mon 2 days")
    with pytest.raises(ValueError):
        value_reader("date")("infinity")


def test_arrays_become_json() -> None:
    assert json.loads(parse_array('{Trailers,"a,b","say \\"hi\\"",NULL}', "text")) == [
        "Trailers",
        "a,b",
        'say "hi"',
        None,
    ]
    assert json.loads(parse_array("{{1,2},{3,NULL}}", "int")) == [[1, 2], [3, None]]
    assert json.loads(parse_array("[0:1]={t,f}", "bool")) == [True, False]
    assert parse_array("{1.50,NaN}", "numeric") == '[1.50,"NaN"]'


def test_copy_rows_split_on_lines_and_tabs() -> None:
    data = b"1\thello\\tworld\t\\N\n2\t\\\\x\tline\\nbreak\n"
    readers = [value_reader("int"), value_reader("text"), value_reader("text")]
    rows = [r for batch in iter_copy_rows(io.BytesIO(data), len(data), readers, batch=1) for r in batch]
    assert rows == [[1, "hello\tworld", None], [2, "\\x", "line\nbreak"]]
    with pytest.raises(ValueError, match="ends inside a row"):
        list(iter_copy_rows(io.BytesIO(data[:-1]), len(data) - 1, readers))


@pytest.fixture(scope="module")
def rental_archive(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Path:
    url = pg_server("cross")
    run_sql(url, RENTAL_SQL)
    path = tmp_path_factory.mktemp("pgcross") / "rental.zip"
    native_dump(url, path)
    return path


def test_portable_schema_rows_and_losses(rental_archive: Path, tmp_path: Path) -> None:
    reader, section = open_archive(rental_archive)
    with reader:
        schema = POSTGRESQL_FORMAT.portable_schema(reader, section)
        names = [t.name for t in schema.tables]
        assert (
            "shop.payment" in names and "shop.payment_2024" not in names
        )  # partitions merge into the parent
        film = schema.table("shop.film")
        kinds = {c.name: c.type.kind for c in film.columns}
        assert kinds["special_features"] == "json" and kinds["tags"] == "json" and kinds["rating"] == "text"
        assert "fulltext" not in kinds  # generated: not in the COPY data
        assert film.primary_key == ["film_id"]
        assert [fk.referred_table for fk in film.foreign_keys] == ["shop.language"]
        customer = {c.name: c.type for c in schema.table("shop.customer").columns}
        assert (
            customer["uid"].kind == "uuid"
            and customer["note"].kind == "string"
            and customer["note"].length == 50
        )
        payments = [
            r for b in POSTGRESQL_FORMAT.iter_rows(reader, section, "shop.payment", tmp_path) for r in b
        ]
        assert len(payments) == 90
        assert all(isinstance(p[3], dt.datetime) and p[3].tzinfo is not None for p in payments)
        films = [r for b in POSTGRESQL_FORMAT.iter_rows(reader, section, "shop.film", tmp_path) for r in b]
        cols = [c.name for c in film.columns]
        first = dict(zip(cols, films[0], strict=True))
        assert json.loads(first["special_features"]) == ["Trailers", "a,b", 'say "hi"', None]
        assert first["description"] == "line one\nline\ttwo \\ back"
        assert first["rental_rate"] == Decimal("4.99")
        with pytest.raises(UserInputError):
            list(POSTGRESQL_FORMAT.iter_rows(reader, section, "shop.nope", tmp_path))
        losses = {(x.kind, x.name) for x in POSTGRESQL_FORMAT.cross_engine_losses(reader, section, "sqlite")}
        for expected in [
            ("view", "shop.film_list"),
            ("materialized view", "shop.sales_by_customer"),
            ("trigger", "film_last_updated"),
            ("function", "shop.double_it(integer)"),
            ("column type", "shop.film.rating"),
            ("column type", "shop.film.special_features"),
            ("generated column", "shop.film.fulltext"),
            ("policy", "customer_active"),
            ("index", "shop.film_title_lower_idx"),
            ("partition", "shop.payment_2024"),
        ]:
            assert expected in losses
        assert ("index", "shop.payment_customer_idx") not in losses  # a plain index is carried


def test_into_sqlite_through_the_portable_loader(rental_archive: Path, tmp_path: Path) -> None:
    import sqlite3

    from backup_desk.engine.database.restore import restore_database

    reader, section = open_archive(rental_archive)
    with reader:
        result = restore_database(reader, section, f"sqlite:///{tmp_path / 'x.db'}")
    con = sqlite3.connect(tmp_path / "x.db")
    try:
        counts = {
            t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in ("shop.film", "shop.payment", "shop.customer", "Audit Log.Entry")
        }
        assert counts == {"shop.film": 40, "shop.payment": 90, "shop.customer": 25, "Audit Log.Entry": 2}
        assert result.rows == sum(t.rows for t in section.tables)
        (features,) = con.execute('SELECT special_features FROM "shop.film" WHERE film_id = 10').fetchone()
        assert json.loads(features) == ["Trailers", "a,b", 'say "hi"', None]
    finally:
        con.close()
