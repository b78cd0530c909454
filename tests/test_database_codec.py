"""Row codec, canonical hashing and URL helpers: exact round trips through plain streams and real SQLite."""

from __future__ import annotations

import datetime as dt
import io
import math
import sqlite3
import struct
import uuid
from decimal import Decimal

import pytest

from backup_desk.engine.database.canon import TableHasher
from backup_desk.engine.database.codec import RowPacker, iter_rows
from backup_desk.engine.database.convert import convert_rows, converters
from backup_desk.engine.database.section import DatabaseSection, TableRecord
from backup_desk.engine.database.urls import redact_url, split_password, with_password
from backup_desk.errors import ArchiveCorruptError, UserInputError

TZ = dt.timezone(dt.timedelta(hours=-3, minutes=-30))
VALUES = [
    None,
    True,
    False,
    0,
    1,
    -1,
    2**63 - 1,
    -(2**63),
    2**64 - 1,
    2**64,
    -(2**200),
    10**400,
    0.0,
    -0.0,
    1.5,
    math.inf,
    -math.inf,
    math.nan,
    5e-324,
    1.7976931348623157e308,
    Decimal("0"),
    Decimal("-0.00"),
    Decimal("12.50"),
    Decimal("1E+30"),
    Decimal("NaN"),
    Decimal("-Infinity"),
    Decimal("123456789012345678901234567890.123456789012345678901234567890"),
    "",
    "é東京🎉",
    "nul\x00inside",
    "x" * 100_000,
    b"",
    b"\x00\xff" * 50_000,
    bytearray(b"ab"),
    memoryview(b"cd"),
    dt.date(1, 1, 1),
    dt.date(9999, 12, 31),
    dt.time(0, 0),
    dt.time(23, 59, 59, 999999),
    dt.time(12, 0, tzinfo=dt.UTC),
    dt.datetime(2024, 2, 29, 1, 2, 3, 4),
    dt.datetime(2024, 2, 29, 1, 2, 3, tzinfo=TZ),
    dt.timedelta(days=-3, seconds=5, microseconds=7),
    uuid.UUID(int=2**128 - 1),
]


def _same(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return struct.pack("<d", a) == struct.pack("<d", b)  # NaN, -0.0: bit for bit
    if isinstance(a, bytearray | memoryview):
        return bytes(a) == b and type(b) is bytes
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return str(a) == str(b)  # scale kept: 12.50 stays 12.50
    if isinstance(a, dt.datetime) and a.tzinfo is not None:  # an instant, read back in UTC
        return a == b and b.utcoffset() == dt.timedelta(0)  # type: ignore[union-attr]
    if isinstance(a, dt.time) and a.tzinfo is not None:
        return a == b and a.utcoffset() == b.utcoffset()  # type: ignore[union-attr]
    return type(a) is type(b) and a == b


def test_every_value_round_trips_exactly_and_batching_does_not_change_bytes() -> None:
    rows = [(i, v) for i, v in enumerate(VALUES)]
    packer = RowPacker()
    whole = bytes(packer.pack_rows(rows))
    pieces = b"".join(bytes(packer.pack_rows(rows[i : i + 7])) for i in range(0, len(rows), 7))
    one_by_one = b"".join(packer.pack_row(r) for r in rows)
    assert whole == pieces == one_by_one
    back = list(iter_rows(io.BytesIO(whole), read_size=4096))
    assert len(back) == len(rows)
    for (i, v), got in zip(rows, back, strict=True):
        assert got[0] == i and _same(v, got[1]), (v, got[1])


def test_truncated_stream_is_an_error() -> None:
    data = bytes(RowPacker().pack_rows([(1, "abcdef" * 100)]))
    with pytest.raises(ArchiveCorruptError, match="middle of a row"):
        list(iter_rows(io.BytesIO(data[:-10])))
    with pytest.raises(ArchiveCorruptError):
        list(iter_rows(io.BytesIO(b"\x01\x02")))  # integers, not rows


SQLITE_CASES = {  # kind -> (declared SQLite type, values that must come back equal after canonicalisation)
    "integer": ("INTEGER", [0, -(2**63), 2**63 - 1, 2**64 - 1, 10**30]),
    "float": ("REAL", [0.1, -0.0, math.inf, -math.inf, math.nan, 5e-324]),
    "decimal": (
        "NUMERIC(40, 20)",
        [
            Decimal("12.50"),
            Decimal("0.1"),
            Decimal("100"),
            Decimal("-0"),
            Decimal("12345678901234567890.12345678901234567890"),
            Decimal("NaN"),
            Decimal("1E+40"),
            1234.56,
        ],
    ),
    "boolean": ("BOOLEAN", [True, False]),
    "date": ("DATE", [dt.date(2024, 2, 29)]),
    "time": ("TIME", [dt.time(1, 2, 3, 4), dt.time(0, 0)]),
    "datetime": ("DATETIME", [dt.datetime(2024, 2, 29, 1, 2, 3, 4), dt.datetime(1, 1, 1)]),
    "datetime_tz": (
        "DATETIME",
        [dt.datetime(2024, 2, 29, 1, 2, 3, tzinfo=TZ), dt.datetime(2000, 1, 1, tzinfo=dt.UTC)],
    ),
    "json": ("JSON", ['{"b": 1, "a": [1.5, "é"]}', "123", '"s"', "1.50", "null"]),
    "uuid": ("VARCHAR(36)", [uuid.UUID(int=7)]),
    "interval": ("VARCHAR(64)", [dt.timedelta(days=-1, microseconds=1)]),
}


@pytest.mark.parametrize("kind", sorted(SQLITE_CASES))
def test_sqlite_storage_hashes_like_the_source(kind: str) -> None:
    """What restore writes into a real SQLite column reads back to the same hash (verify needs it)."""
    declared, values = SQLITE_CASES[kind]
    rows = [(v,) for v in values] + [(None,)]
    con = sqlite3.connect(":memory:")
    con.execute(f"CREATE TABLE t (c {declared})")
    con.executemany("INSERT INTO t VALUES (?)", convert_rows(rows, converters([kind], "sqlite"), [kind]))  # type: ignore[arg-type]
    back = con.execute("SELECT c FROM t ORDER BY rowid").fetchall()
    source, readback = TableHasher([kind]), TableHasher([kind], readback=True)
    source.update(rows, RowPacker().pack_rows(rows))
    readback.update(back)
    assert readback.hexdigest() == source.hexdigest(), back


def test_hash_detects_a_changed_value() -> None:
    a, b = TableHasher(["text"]), TableHasher(["text"])
    a.update([("x",)], RowPacker().pack_rows([("x",)]))
    b.update([("y",)], RowPacker().pack_rows([("y",)]))
    assert a.hexdigest() != b.hexdigest()


def test_section_json_round_trip() -> None:
    section = DatabaseSection(
        "postgresql",
        "full",
        [TableRecord('a"b', 3, "ab" * 32, "db/tables/0001.rows", 99)],
        server_version="15.1",
    )
    again = DatabaseSection.from_json(section.to_json())
    assert again == section and section.to_json()["totals"] == {"tables": 1, "rows": 3, "bytes": 99}


def test_url_helpers_keep_passwords_out() -> None:
    url = "postgresql+psycopg://alice:p%40ss%2Fw0rd@db.example:5432/app"
    assert redact_url(url) == "postgresql+psycopg://alice:***@db.example:5432/app"
    bare, password = split_password(url)
    assert password == "p@ss/w0rd" and bare == "postgresql+psycopg://alice@db.example:5432/app"
    assert with_password(bare, password) == url
    assert with_password(url, None) == bare
    assert split_password("sqlite:///tmp/x.db") == ("sqlite:///tmp/x.db", None)
    assert redact_url("not a url ::: secret") == "***"
    with pytest.raises(UserInputError) as err:
        split_password("nope://::secret")
    assert "secret" not in str(err.value)


def test_sqlite_conversion_is_skipped_only_for_batches_that_need_none() -> None:
    kinds = ["integer", "float", "date"]
    convs = converters(kinds, "sqlite")
    plain = [(1, 0.5, "2024-01-01"), (None, None, None), (-(2**63), 1e300, "x")]
    assert convert_rows(plain, convs, kinds) is plain  # nothing to convert: the batch is passed through
    for odd in [(2**63, 0.5, None), (1, math.nan, None), (1, -0.0, None), (1, 0.5, dt.date(2024, 1, 1))]:
        out = convert_rows([*plain, odd], convs, kinds)
        assert out is not plain and out[-1] != list(odd)
