"""The benchmark's SQLite source database: users, products, orders, order_items, events (TEXT JSON payload)
and attachments (BLOBs); about 1.5 million rows / 330 MB at scale 1."""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from bench.dataset_text import CATEGORIES, COUNTRIES, FIRST, LAST, Text, iso, loguniform, randbytes, scaled

Row = tuple[Any, ...]

SCHEMA = """
CREATE TABLE users (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, full_name TEXT NOT NULL, country TEXT,
    created_at TEXT NOT NULL, last_login REAL, is_active INTEGER NOT NULL, balance NUMERIC, bio TEXT
);
CREATE TABLE products (
    id INTEGER PRIMARY KEY, sku TEXT NOT NULL UNIQUE, name TEXT NOT NULL, category TEXT NOT NULL,
    price_cents INTEGER NOT NULL, weight_kg REAL, stock INTEGER NOT NULL, description TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE orders (
    id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), created_at TEXT NOT NULL,
    status TEXT NOT NULL, currency TEXT NOT NULL, total_cents INTEGER NOT NULL, shipping_address TEXT,
    notes TEXT
);
CREATE TABLE order_items (
    id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders(id),
    product_id INTEGER NOT NULL REFERENCES products(id), quantity INTEGER NOT NULL,
    unit_price_cents INTEGER NOT NULL, discount REAL
);
CREATE TABLE events (
    id INTEGER PRIMARY KEY, user_id INTEGER, ts REAL NOT NULL, kind TEXT NOT NULL,
    payload TEXT NOT NULL  -- JSON
);
CREATE TABLE attachments (
    id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(id), filename TEXT NOT NULL,
    mime TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL, data BLOB NOT NULL
);
"""
INDEXES = """
CREATE INDEX idx_orders_user ON orders(user_id);
CREATE INDEX idx_order_items_order ON order_items(order_id);
CREATE INDEX idx_events_user_ts ON events(user_id, ts);
CREATE INDEX idx_attachments_order ON attachments(order_id);
"""
BASE_ROWS = {"users": 60_000, "products": 12_000, "orders": 240_000, "order_items": 720_000,
             "events": 456_000, "attachments": 12_000}
T0 = 1_577_836_800  # 2020-01-01
EVENT_KINDS = ["page_view", "click", "login", "logout", "search", "add_to_cart", "checkout", "error",
               "api_call"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 "
       "Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 "
       "Safari/605.1.15",
       "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0",
       "backup_desk-sync/0.9 (+python-requests/2.31)"]
STREETS = ["Main St", "Hauptstraße", "Rue de la Paix", "Via Roma", "Calle Mayor", "Oak Avenue", "Sakura-dori"]
CITIES = ["Springfield", "München", "Lyon", "Milano", "Sevilla", "Portland", "Kyoto", "Gdańsk", "Malmö"]
STATUSES = ["new", "paid", "shipped", "delivered", "cancelled", "refunded"]
STATUS_WEIGHTS = [5, 10, 15, 60, 7, 3]


def _users(rng: random.Random, text: Text, n: int) -> Iterator[Row]:
    for i in range(1, n + 1):
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        bio = text.sentence(rng, 8, 70) if rng.random() < 0.7 else None
        created = T0 + rng.randint(0, 4 * 365 * 86400)
        tld = rng.choice(["com", "org", "de", "jp"])
        email = f"{fn.lower()}.{ln.lower().replace(chr(39), '')}{i}@example.{tld}"
        country = rng.choice(COUNTRIES)
        last_login = created + rng.random() * 86400 * 90 if rng.random() < 0.9 else None
        yield (i, email, f"{fn} {ln}", country, iso(created), last_login,
               1 if rng.random() < 0.93 else 0, round(rng.uniform(-50, 5000), 2), bio)


def _products(rng: random.Random, text: Text, n: int, prices: list[int]) -> Iterator[Row]:
    for i in range(1, n + 1):
        price = loguniform(rng, 99, 250_000)
        prices.append(price)
        sku = f"SKU-{rng.randint(0, 36**6):08X}-{i}"
        name = " ".join(text.words_n(rng, rng.randint(2, 5))).title()
        yield (i, sku, name, rng.choice(CATEGORIES), price, round(rng.uniform(0.05, 40), 3),
               rng.randint(0, 5000), text.prose(rng, rng.randint(80, 1200)).decode("utf-8", "ignore"),
               iso(T0 + rng.randint(0, 3 * 365 * 86400)))


def _orders(rng: random.Random, text: Text, n: int, n_users: int) -> Iterator[Row]:
    for i in range(1, n + 1):
        notes = text.sentence(rng, 5, 30) if rng.random() < 0.3 else None
        street = f"{rng.randint(1, 999)} {rng.choice(STREETS)}"
        addr = f"{street}, {rng.randint(10000, 99999)} {rng.choice(CITIES)}"
        yield (i, rng.randint(1, n_users), iso(T0 + rng.randint(0, 4 * 365 * 86400)),
               rng.choices(STATUSES, STATUS_WEIGHTS)[0], rng.choice(["EUR", "USD", "GBP", "JPY"]),
               rng.randint(100, 500_000), addr, notes)


def _order_items(rng: random.Random, n: int, n_orders: int, prices: list[int]) -> Iterator[Row]:
    discounts = [0, 0, 0, 0.05, 0.1, 0.15, 0.25]
    for i in range(1, n + 1):
        p = rng.randint(1, len(prices))
        order = rng.randint(1, n_orders)
        yield (i, order, p, rng.randint(1, 9), prices[p - 1], round(rng.choice(discounts), 2))


def _payload(rng: random.Random, text: Text, kind: str) -> dict[str, Any]:
    p: dict[str, Any] = {
        "session": f"{rng.getrandbits(64):016x}", "ua": rng.choice(UAS),
        "ip": f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"}
    if kind in ("page_view", "click"):
        p["url"] = f"/{rng.choice(CATEGORIES)}/{rng.randint(1, 12000)}"
        p["referrer"] = rng.choice([None, "https://www.example.com/",
                                    "https://search.example.org/?q=" + rng.choice(text.words)])
        p["duration_ms"] = rng.randint(5, 60_000)
    elif kind == "search":
        p["query"] = text.sentence(rng, 1, 5)
        p["results"] = rng.randint(0, 500)
    elif kind in ("add_to_cart", "checkout"):
        p["items"] = [{"product_id": rng.randint(1, 12000), "qty": rng.randint(1, 4)}
                      for _ in range(rng.randint(1, 5))]
        p["total_cents"] = rng.randint(100, 90_000)
    elif kind == "error":
        p["code"] = rng.choice([400, 401, 403, 404, 409, 500, 502, 503])
        p["message"] = text.sentence(rng, 5, 25)
        p["trace"] = [f"File app/{rng.choice(text.words)}.py, line {rng.randint(1, 900)}"
                      for _ in range(rng.randint(1, 6))]
    elif kind == "api_call":
        p["endpoint"] = f"/api/v{rng.randint(1, 3)}/{rng.choice(['orders', 'users', 'products', 'sync'])}"
        p["status"] = rng.choice([200, 200, 200, 201, 204, 400, 500])
        p["latency_ms"] = round(rng.lognormvariate(3, 1), 2)
    p["tags"] = text.words_n(rng, rng.randint(0, 4))
    return p


def _events(rng: random.Random, text: Text, n: int, n_users: int) -> Iterator[Row]:
    ts = float(T0)
    for i in range(1, n + 1):
        ts += rng.expovariate(1 / 250.0)
        kind = rng.choice(EVENT_KINDS)
        payload = json.dumps(_payload(rng, text, kind), ensure_ascii=False, separators=(",", ":"))
        yield (i, rng.randint(1, n_users) if rng.random() < 0.95 else None, round(ts, 3), kind, payload)


def _attachments(rng: random.Random, text: Text, n: int, n_orders: int) -> Iterator[Row]:
    for i in range(1, n + 1):
        size = loguniform(rng, 600, 60_000)
        r = rng.random()
        if r < 0.5:
            data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + randbytes(rng, size)
            name, mime = f"scan_{i}.jpg", "image/jpeg"
        elif r < 0.8:
            data = text.prose(rng, size)
            name, mime = f"note_{i}.txt", "text/plain"
        else:
            data = b"%PDF-1.7\n" + text.prose(rng, size // 2) + randbytes(rng, size // 2)
            name, mime = f"invoice_{i}.pdf", "application/pdf"
        yield (i, rng.randint(1, n_orders), name, mime, len(data), hashlib.sha256(data).hexdigest(), data)


def make_database(path: Path, scale: float, seed: int, text: Text,
                  log: Callable[[str], None] = lambda _m: None) -> dict[str, int]:
    """Create the database at `path` (replaced if present); returns the row count per table."""
    counts = {table: scaled(n, scale) for table, n in BASE_ROWS.items()}
    path.unlink(missing_ok=True)
    con = sqlite3.connect(path)
    try:
        # A throwaway file being generated: no journal, no fsync.
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA cache_size=-262144")
        con.executescript(SCHEMA)

        def insert(table: str, rows: Iterable[Row]) -> None:
            batch: list[Row] = []
            sql = ""
            for row in rows:
                if not sql:
                    sql = f"INSERT INTO {table} VALUES ({','.join('?' * len(row))})"
                batch.append(row)
                if len(batch) >= 20_000:
                    con.executemany(sql, batch)
                    batch.clear()
            if batch:
                con.executemany(sql, batch)
            log(f"  db: {table:12s} {counts[table]:>9,d} rows")

        def rng(table: str) -> random.Random:
            return random.Random(f"{seed}:db:{table}")

        prices: list[int] = []
        insert("users", _users(rng("users"), text, counts["users"]))
        insert("products", _products(rng("products"), text, counts["products"], prices))
        insert("orders", _orders(rng("orders"), text, counts["orders"], counts["users"]))
        items = _order_items(rng("order_items"), counts["order_items"], counts["orders"], prices)
        insert("order_items", items)
        insert("events", _events(rng("events"), text, counts["events"], counts["users"]))
        insert("attachments", _attachments(rng("attachments"), text, counts["attachments"], counts["orders"]))
        con.commit()
        con.executescript(INDEXES)
        con.commit()
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()
    return counts
