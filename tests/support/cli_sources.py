"""Real sources for CLI tests (a SQLite database with related tables, a folder tree) and exact snapshots
of them (every row of every table, the hash of every file) to compare a restore with its source."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE customers (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT UNIQUE, balance REAL, vip BOOLEAN,
    avatar BLOB, created_at TEXT);
CREATE TABLE products (id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, title TEXT, price NUMERIC(10, 2));
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers(id), placed_at TEXT,
    note TEXT);
CREATE TABLE order_items (
    order_id INTEGER NOT NULL REFERENCES orders(id), product_id INTEGER NOT NULL REFERENCES products(id),
    quantity INTEGER NOT NULL, PRIMARY KEY (order_id, product_id));
CREATE INDEX ix_orders_customer ON orders(customer_id);
"""


def make_sqlite_source(path: Path, customers: int = 60, seed: int = 7) -> Path:
    """Related tables with integers (one beyond 32 bits), floats, text (unicode, empty), blobs, NULLs."""
    rnd = random.Random(seed)
    con = sqlite3.connect(path)
    with con:
        con.executescript(SCHEMA)
        con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)", [
            (i, f"Client {i} — Zoë ñ 日本", f"c{i}@example.org" if i % 7 else None, rnd.uniform(-1e6, 1e6),
             i % 3 == 0, rnd.randbytes(rnd.randint(0, 64)) if i % 5 else None,
             f"2026-0{1 + i % 9}-1{i % 10}T08:30:00")
            for i in range(1, customers + 1)])
        con.execute("UPDATE customers SET balance = NULL, name = '' WHERE id = 2")
        con.executemany("INSERT INTO products VALUES (?, ?, ?, ?)", [
            (i, f"SKU-{i:05d}", f"Produit n°{i}", f"{rnd.randint(1, 99999) / 100:.2f}")
            for i in range(1, 31)])
        con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", [
            (i, rnd.randint(1, customers), f"2026-11-{1 + i % 28:02d}", None if i % 4 else "livrer le matin")
            for i in range(1, customers * 3)])
        con.execute("UPDATE orders SET id = 5000000000 WHERE id = 1")  # 64-bit key
        items = {(o, rnd.randint(1, 30)) for o in range(2, customers * 3) for _ in range(3)}
        con.executemany("INSERT INTO order_items VALUES (?, ?, ?)",
                        [(o, p, rnd.randint(1, 9)) for o, p in sorted(items)])
    con.close()
    return path


def make_folder_tree(root: Path, seed: int = 11, big_bytes: int = 1_500_000) -> Path:
    """Nested folders, unicode names, an empty folder, text, random bytes, one larger file, a symlink."""
    rnd = random.Random(seed)
    (root / "docs" / "deep" / "deeper" / "deepest").mkdir(parents=True)
    (root / "empty folder").mkdir()
    (root / "photos été").mkdir()
    (root / "docs" / "readme.txt").write_text("Bonjour\n" * 200, encoding="utf-8")
    (root / "docs" / "deep" / "deeper" / "deepest" / "note.md").write_text("# fond\n", encoding="utf-8")
    (root / "docs" / "empty.txt").write_bytes(b"")
    for i in range(12):
        (root / "photos été" / f"img_{i:02d}_ñ.jpg").write_bytes(rnd.randbytes(rnd.randint(1, 40_000)))
    (root / "big.bin").write_bytes(rnd.randbytes(big_bytes))
    (root / "data.csv").write_text("\n".join(f"{i},{i * i},x" for i in range(5000)), encoding="utf-8")
    os.symlink("docs/readme.txt", root / "link-to-readme")
    return root


def db_snapshot(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, sorted (a restore need not keep physical order), values typed as SQLite
    returns them."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def tree_snapshot(root: Path) -> dict[str, str]:
    """relative path -> 'dir', 'link:<target>' or the file's SHA-256 (streamed)."""
    out: dict[str, str] = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            rel = p.relative_to(root).as_posix()
            if p.is_symlink():
                out[rel] = f"link:{os.readlink(p)}"
            elif p.is_dir():
                out[rel] = "dir"
            else:
                h = hashlib.sha256()
                with p.open("rb") as f:
                    for block in iter(lambda: f.read(1 << 20), b""):
                        h.update(block)
                out[rel] = h.hexdigest()
    return out
