"""Real source data for the engine tests: an SQLite database with related tables and a folder tree with
the awkward cases (unicode names, empty folders, modes, mtimes, links inside and outside, a larger file)."""

from __future__ import annotations

import datetime as dt
import decimal
import hashlib
import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

TABLES = ("customers", "products", "orders", "order_items")


def make_source_db(path: Path, customers: int = 50) -> str:
    """Creates a small shop database (four related tables, varied types); returns its SQLAlchemy URL."""
    url = f"sqlite:///{path}"
    md = sa.MetaData()
    cust = sa.Table("customers", md,
                    sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("name", sa.String(100), nullable=False),
                    sa.Column("email", sa.String(200), unique=True),
                    sa.Column("active", sa.Boolean, nullable=False),
                    sa.Column("joined", sa.Date),
                    sa.Column("notes", sa.Text))
    prod = sa.Table("products", md,
                    sa.Column("id", sa.Integer, primary_key=True),
                    sa.Column("sku", sa.String(20), nullable=False, unique=True),
                    sa.Column("price", sa.Numeric(10, 2), nullable=False),
                    sa.Column("weight", sa.Float),
                    sa.Column("picture", sa.LargeBinary))
    orders = sa.Table("orders", md,
                      sa.Column("id", sa.Integer, primary_key=True),
                      sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
                      sa.Column("placed_at", sa.DateTime),
                      sa.Column("status", sa.String(20)))
    items = sa.Table("order_items", md,
                     sa.Column("order_id", sa.Integer, sa.ForeignKey("orders.id"), primary_key=True),
                     sa.Column("product_id", sa.Integer, sa.ForeignKey("products.id"), primary_key=True),
                     sa.Column("quantity", sa.Integer, nullable=False))
    sa.Index("ix_orders_customer", orders.c.customer_id)
    engine = sa.create_engine(url)
    md.create_all(engine)
    base = dt.datetime(2026, 1, 2, 3, 4, 5)
    with engine.begin() as conn:
        conn.execute(cust.insert(), [
            {"id": i, "name": f"Client {i} — Zoë", "email": f"c{i}@example.org", "active": i % 3 != 0,
             "joined": dt.date(2020, 1, 1) + dt.timedelta(days=i), "notes": None if i % 4 else "VIP\nline 2"}
            for i in range(1, customers + 1)])
        conn.execute(prod.insert(), [
            {"id": i, "sku": f"SKU-{i:04d}", "price": decimal.Decimal(f"{i}.{i % 100:02d}"),
             "weight": i * 0.25 if i % 5 else None, "picture": bytes(range(i % 256)) * 3}
            for i in range(1, 21)])
        conn.execute(orders.insert(), [
            {"id": i, "customer_id": 1 + i % customers, "placed_at": base + dt.timedelta(hours=i),
             "status": ("new", "paid", "shipped")[i % 3]} for i in range(1, 2 * customers + 1)])
        conn.execute(items.insert(), [
            {"order_id": o, "product_id": p, "quantity": (o * p) % 7 + 1}
            for o in range(1, 2 * customers + 1) for p in range(1, 21) if (o + p) % 4 == 0])
    engine.dispose()
    return url


def table_rows(db_path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, as stored (raw sqlite3, ordered), to compare two databases exactly."""
    out: dict[str, list[tuple[object, ...]]] = {}
    with sqlite3.connect(db_path) as conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            out[name] = list(conn.execute(f'SELECT * FROM "{name}" ORDER BY 1, 2'))
    return out


def table_columns(db_path: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db_path) as conn:
        query = "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"
        names = [n for (n,) in conn.execute(query)]
        return {n: [r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')] for n in names}


@dataclass(frozen=True)
class Node:
    kind: str
    sha256: str | None
    mode: int
    mtime: float
    link: str | None


def make_tree(root: Path, big_bytes: int = 6 * 1024 * 1024) -> Path:
    """A folder with nested and unicode names, an empty folder, modes, mtimes and links."""
    root.mkdir(parents=True)
    (root / "a" / "b" / "c").mkdir(parents=True)
    (root / "empty").mkdir()
    (root / "日本語 docs").mkdir()
    (root / "a" / "hello.txt").write_text("hello world\n" * 100)
    (root / "a" / "b" / "c" / "deep.txt").write_text("deep")
    (root / "a" / "zero.bin").write_bytes(b"")
    (root / "résumé.txt").write_text("Ça marche ✓\n", encoding="utf-8")
    (root / "日本語 docs" / "ファイル.md").write_text("# 見出し\n", encoding="utf-8")
    script = root / "run.sh"
    script.write_text("#!/bin/sh\necho hi\n")
    os.chmod(script, 0o750)
    secret = root / "a" / "private.key"
    secret.write_bytes(os.urandom(64))
    os.chmod(secret, 0o600)
    # Half random, half repetitive: exercises the compressor both ways and the multi-chunk paths.
    with open(root / "big.bin", "wb") as f:
        f.write(os.urandom(big_bytes // 2))
        f.write(b"0123456789abcdef" * (big_bytes // 32))
    os.symlink("a/hello.txt", root / "link-inside")
    os.symlink("b/c", root / "a" / "dirlink-inside")
    os.symlink("../../outside-secret.txt", root / "a" / "link-escaping")
    os.symlink("/etc/hostname", root / "link-absolute")
    os.chmod(root / "empty", 0o700)
    _set_mtimes(root)
    return root


def _set_mtimes(root: Path) -> None:
    """Distinct, exactly representable mtimes; folders last (deepest first) so writing does not bump them."""
    paths = sorted(root.rglob("*"), key=lambda p: len(p.parts), reverse=True)
    for i, p in enumerate(paths):
        t = 1_600_000_000 + i * 1000 + 0.5
        os.utime(p, (t, t), follow_symlinks=False)


def snapshot_tree(root: Path) -> dict[str, Node]:
    """rel path -> (kind, content hash, mode, mtime, link target), without following links."""
    out: dict[str, Node] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            rel = p.relative_to(root).as_posix()
            if stat.S_ISLNK(st.st_mode):
                out[rel] = Node("symlink", None, 0, st.st_mtime, os.readlink(p))
            elif stat.S_ISDIR(st.st_mode):
                out[rel] = Node("dir", None, stat.S_IMODE(st.st_mode), st.st_mtime, None)
            else:
                with open(p, "rb") as f:
                    digest = hashlib.file_digest(f, "sha256").hexdigest()
                out[rel] = Node("file", digest, stat.S_IMODE(st.st_mode), st.st_mtime, None)
    return out
