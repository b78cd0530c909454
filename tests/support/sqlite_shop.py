"""A small shop application's SQLite database, built by hand with every object kind SQLite has: AUTOINCREMENT
(+ sqlite_sequence past the highest id), CHECK, COLLATE, WITHOUT ROWID, generated columns (virtual and
stored), expression and partial (unique) indexes, a view, triggers, an FTS5 table, user_version and
application_id, BLOBs and non-ASCII text."""

from __future__ import annotations

import sqlite3
import subprocess
from pathlib import Path

SHOP_SCHEMA = """
PRAGMA user_version = 7;
PRAGMA application_id = 1396853584;
CREATE TABLE customer (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL COLLATE NOCASE UNIQUE,
    name TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (length(name) > 0)
);
CREATE TABLE product (
    sku TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
    vat_rate REAL NOT NULL DEFAULT 0.2,
    price_with_vat REAL GENERATED ALWAYS AS (price_cents * (1 + vat_rate) / 100.0) VIRTUAL,
    slug TEXT GENERATED ALWAYS AS (lower(replace(title, ' ', '-'))) STORED,
    image BLOB,
    archived INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE "order" (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'shipped', 'cancelled')),
    placed_at TEXT NOT NULL
);
CREATE TABLE order_line (
    order_id INTEGER NOT NULL REFERENCES "order"(id) ON DELETE CASCADE,
    sku TEXT NOT NULL REFERENCES product(sku),
    qty INTEGER NOT NULL CHECK (qty > 0),
    unit_cents INTEGER NOT NULL,
    PRIMARY KEY (order_id, sku)
) WITHOUT ROWID;
CREATE TABLE audit_log (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, what TEXT NOT NULL);
CREATE INDEX order_by_customer ON "order" (customer_id, placed_at DESC);
CREATE INDEX customer_email_domain ON customer (substr(email, instr(email, '@') + 1));
CREATE UNIQUE INDEX one_open_order_per_customer ON "order" (customer_id) WHERE status = 'new';
CREATE INDEX active_products ON product (title) WHERE archived = 0;
CREATE VIEW order_totals AS
    SELECT o.id AS order_id, c.email, sum(l.qty * l.unit_cents) AS total_cents
    FROM "order" o JOIN customer c ON c.id = o.customer_id JOIN order_line l ON l.order_id = o.id
    GROUP BY o.id;
CREATE TRIGGER order_paid_audit AFTER UPDATE OF status ON "order" WHEN NEW.status = 'paid'
BEGIN
    INSERT INTO audit_log (at, what) VALUES ('2024-01-01', 'order ' || NEW.id || ' paid');
END;
CREATE TRIGGER order_line_audit AFTER INSERT ON order_line
BEGIN
    INSERT INTO audit_log (at, what) VALUES ('2024-01-01', 'line ' || NEW.order_id || '/' || NEW.sku);
END;
CREATE VIRTUAL TABLE product_search
    USING fts5(sku UNINDEXED, title, description, tokenize = 'porter unicode61');
"""

TITLES = ["Thé vert", "Café 東京", "Mug émaillé", "Tasse 🎉", "Théière fonte", "Filtre papier", "Sucre brun"]


def make_shop(path: Path) -> str:
    """Build the shop at `path` (WAL mode, like a live application) and return its URL."""
    con = sqlite3.connect(path)
    con.executescript("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;" + SHOP_SCHEMA)
    with con:
        for i in range(1, 31):
            con.execute("INSERT INTO customer (email, name, created_at) VALUES (?, ?, ?)",
                        (f"Client{i}@Example.{'fr' if i % 2 else 'com'}", f"Client n°{i}",
                         f"2024-01-{i % 28 + 1:02d}"))
        for i in range(20):
            title = f"{TITLES[i % len(TITLES)]} {i}"
            con.execute("INSERT INTO product (sku, title, price_cents, vat_rate, image, archived) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (f"SKU-{i:03d}", title, 150 + 37 * i, 0.055 if i % 3 else 0.2,
                         bytes(range(i, i + 40)) if i % 4 else None, int(i % 5 == 0)))
            con.execute("INSERT INTO product_search (sku, title, description) VALUES (?, ?, ?)",
                        (f"SKU-{i:03d}", title, f"Article {i} — livré en 48 h, qualité supérieure"))
        for i in range(1, 61):
            customer = i % 30 + 1
            con.execute('INSERT INTO "order" (customer_id, status, placed_at) VALUES (?, ?, ?)',
                        (customer, "paid" if i <= 30 else "new", f"2024-02-{i % 28 + 1:02d} 10:00:00"))
            for k in range(1 + i % 3):
                con.execute("INSERT INTO order_line VALUES (?, ?, ?, ?)",
                            (i, f"SKU-{(i + k) % 20:03d}", 1 + k, 150 + 37 * ((i + k) % 20)))
        con.execute("UPDATE \"order\" SET status = 'shipped' WHERE id % 7 = 0 AND status = 'paid'")
        con.execute("UPDATE \"order\" SET status = 'paid' WHERE id = 31")
        # Deleted ids must not come back: sqlite_sequence stays past the highest remaining id.
        con.execute("DELETE FROM customer WHERE id >= 29")
        con.execute('DELETE FROM "order" WHERE id >= 58')
        con.execute("DELETE FROM product_search WHERE sku = 'SKU-019'")
    con.close()
    return f"sqlite:///{path}"


def sqlite_cli(path: Path, *commands: str) -> str:
    """Output of the real sqlite3 shell run on `path`."""
    out = subprocess.run(["sqlite3", str(path), *commands], capture_output=True, text=True, check=True)
    return out.stdout


def pragmas(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {p: con.execute(f"PRAGMA {p}").fetchone()[0] for p in ("user_version", "application_id")}
    finally:
        con.close()
