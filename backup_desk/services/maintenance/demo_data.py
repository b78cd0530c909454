"""The demo source: a small shop database (SQLite) and a folder of files, generated deterministically.

Four related tables (customers, products, orders, order_lines) with foreign keys, a few hundred rows and
the types a real application has (integers, text with accents, decimals, floats, booleans, dates,
datetimes, JSON, binary, NULLs). The folder has subfolders, unicode names, an empty folder and a file big
enough for compression to matter. Everything is written through a `.bdtmp` name and renamed into place.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    create_engine,
    inspect,
)

from backup_desk.paths import TEMP_SUFFIX

DEMO_TABLES = ("customers", "products", "orders", "order_lines")
_SEED = 20261124
_FIRST = ("Amélie", "Bruno", "Chloé", "Dmitri", "Élodie", "François", "Grace", "Hiroshi", "Inès", "José",
          "Katarzyna", "Léa", "Mohammed", "Nadia", "Oskar", "Priya", "Quentin", "Renée", "Søren", "Zoë")
_LAST = ("Martin", "Bernard", "Dubois", "Nguyen", "O'Brien", "Müller", "García", "Kowalski", "Rossi",
         "Yamamoto", "Fontaine", "Lefèvre", "Ødegaard", "Silva", "Smith")
_CITIES = ("Paris", "Lyon", "Montréal", "Genève", "Bruxelles", "Québec", "Nantes", "Zürich", "Köln")
_PRODUCTS = ("Câble USB-C", "Clavier AZERTY", "Écran 27\"", "Souris sans fil", "Casque audio", "Webcam HD",
             "Disque SSD 1 To", "Clé USB 64 Go", "Hub 7 ports", "Lampe de bureau", "Chaise ergonomique",
             "Tapis de souris", "Imprimante laser", "Cartouche d'encre", "Routeur Wi-Fi 6", "Onduleur 600 VA",
             "Support d'écran", "Station d'accueil", "Micro USB", "Enceinte Bluetooth")

metadata = MetaData()
customers = Table(
    "customers", metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(120), nullable=False),
    Column("email", String(200), nullable=False, unique=True),
    Column("city", String(80)),
    Column("is_vip", Boolean, nullable=False, default=False),
    Column("birth_date", Date),
    Column("created_at", DateTime, nullable=False),
    Column("notes", Text),
)
products = Table(
    "products", metadata,
    Column("id", Integer, primary_key=True),
    Column("sku", String(20), nullable=False, unique=True),
    Column("label", String(200), nullable=False),
    Column("price", Numeric(10, 2), nullable=False),
    Column("weight_kg", Float),
    Column("attributes", JSON),
    Column("thumbnail", LargeBinary),
    Column("in_stock", Boolean, nullable=False, default=True),
)
orders = Table(
    "orders", metadata,
    Column("id", Integer, primary_key=True),
    Column("customer_id", Integer, ForeignKey("customers.id"), nullable=False, index=True),
    Column("ordered_at", DateTime, nullable=False),
    Column("status", String(20), nullable=False),
    Column("total", Numeric(12, 2), nullable=False),
    Column("shipping_address", Text),
)
order_lines = Table(
    "order_lines", metadata,
    Column("id", Integer, primary_key=True),
    Column("order_id", Integer, ForeignKey("orders.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("product_id", Integer, ForeignKey("products.id"), nullable=False),
    Column("quantity", Integer, nullable=False),
    Column("unit_price", Numeric(10, 2), nullable=False),
    Column("discount", Float, nullable=True),
)


@dataclass(frozen=True)
class DemoSourceReport:
    database_path: Path
    database_created: bool
    rows: int
    folder_path: Path
    files_created: int


def demo_database_ok(path: Path) -> bool:
    if not path.is_file():
        return False
    engine = create_engine(f"sqlite:///{path}")
    try:
        return set(DEMO_TABLES) <= set(inspect(engine).get_table_names())
    except Exception:  # a damaged file: it is rebuilt
        return False
    finally:
        engine.dispose()


def create_demo_database(path: Path) -> int:
    """Writes the database at `path` (atomically); returns the number of rows."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(path.name + TEMP_SUFFIX)
    temp.unlink(missing_ok=True)
    rng = random.Random(_SEED)
    engine = create_engine(f"sqlite:///{temp}")
    try:
        metadata.create_all(engine)
        with engine.begin() as conn:
            rows = _fill(conn, rng)
    finally:
        engine.dispose()
    temp.replace(path)
    return rows


def _fill(conn, rng: random.Random) -> int:
    base = datetime(2025, 1, 6, 9, 0)
    cust = []
    for i in range(1, 121):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        cust.append({
            "id": i, "name": f"{first} {last}", "email": f"client{i:03d}@exemple.fr",
            "city": rng.choice(_CITIES) if i % 17 else None, "is_vip": i % 9 == 0,
            "birth_date": date(1950, 1, 1) + timedelta(days=rng.randrange(20000)) if i % 5 else None,
            "created_at": base + timedelta(minutes=rng.randrange(500_000)),
            "notes": None if i % 4 else f"Préfère la livraison le matin — n°{i}",
        })
    conn.execute(customers.insert(), cust)
    prods = []
    for i, label in enumerate(_PRODUCTS, start=1):
        prods.append({
            "id": i, "sku": f"SKU-{1000 + i}", "label": label,
            "price": Decimal(rng.randrange(199, 89999)) / 100, "weight_kg": round(rng.uniform(0.02, 12.5), 3),
            "attributes": {"colour": rng.choice(["noir", "blanc", "gris"]),
                           "warranty_years": rng.randint(1, 3),
                           "tags": rng.sample(["bureau", "audio", "réseau", "stockage", "promo"], 2)},
            "thumbnail": rng.randbytes(rng.randrange(64, 512)) if i % 3 else None, "in_stock": i % 7 != 0,
        })
    conn.execute(products.insert(), prods)
    order_rows, line_rows, line_id = [], [], 1
    for oid in range(1, 181):
        lines: list[dict[str, Any]] = []
        for _ in range(rng.randint(1, 4)):
            p = rng.choice(prods)
            qty = rng.randint(1, 5)
            discount = rng.choice([None, None, 0.05, 0.1, 0.15])
            lines.append({"id": line_id, "order_id": oid, "product_id": p["id"], "quantity": qty,
                          "unit_price": p["price"], "discount": discount})
            line_id += 1
        total = sum(line["unit_price"] * line["quantity"] for line in lines)
        order_rows.append({
            "id": oid, "customer_id": rng.randint(1, len(cust)),
            "ordered_at": base + timedelta(minutes=rng.randrange(600_000), seconds=rng.randrange(60)),
            "status": rng.choice(["paid", "shipped", "delivered", "cancelled"]),
            "total": Decimal(total).quantize(Decimal("0.01")),
            "shipping_address": f"{rng.randint(1, 200)} rue de l'Église, {rng.choice(_CITIES)}",
        })
        line_rows.extend(lines)
    conn.execute(orders.insert(), order_rows)
    conn.execute(order_lines.insert(), line_rows)
    return len(cust) + len(prods) + len(order_rows) + len(line_rows)


def _demo_files(rng: random.Random) -> dict[str, bytes]:
    csv = ["mois;ventes;retours"] + [f"2026-{m:02d};{rng.randint(800, 5000)};{rng.randint(0, 90)}"
                                     for m in range(1, 13)]
    log_lines = "\n".join(f"2026-11-{d:02d} 08:{d:02d}:00 INFO synchronisation terminée "
                          f"({rng.randint(10, 999)} éléments)" for d in range(1, 29))
    return {
        "LISEZMOI.txt": "Dossier de démonstration de Backup Desk.\nDemo folder for Backup Desk.\n".encode(),
        "Rapports/2026/bilan-annuel.csv": ("\n".join(csv) + "\n").encode(),
        "Rapports/2026/réunion d'équipe — notes.md": "# Réunion\n\n- Sauvegardes : OK ✅\n".encode(),
        "Photos/été à Montréal/photo-001.jpg": b"\xff\xd8\xff\xe0" + rng.randbytes(24_000),
        "Photos/été à Montréal/photo-002.jpg": b"\xff\xd8\xff\xe0" + rng.randbytes(31_000),
        "Документы/заметка.txt": "Резервное копирование работает.\n".encode(),
        "日本語/メモ.txt": "バックアップのテスト\n".encode(),
        "journaux/synchronisation.log": ((log_lines + "\n") * 400).encode(),  # compresses well
        "Archives/vide/.keep": b"",
    }


def create_demo_files(folder: Path) -> int:
    """Creates the missing demo files (existing ones are left as they are); returns how many were made."""
    created = 0
    for rel, content in _demo_files(random.Random(_SEED)).items():
        target = folder / rel
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temp = target.with_name(target.name + TEMP_SUFFIX)
        temp.write_bytes(content)
        temp.replace(target)
        created += 1
    (folder / "Archives" / "dossier vide").mkdir(parents=True, exist_ok=True)
    return created


def ensure_demo_source(demo_dir: Path) -> DemoSourceReport:
    db_path = demo_dir / "demo-shop.sqlite3"
    created, rows = False, 0
    if not demo_database_ok(db_path):
        rows, created = create_demo_database(db_path), True
    files = create_demo_files(demo_dir / "files")
    return DemoSourceReport(db_path, created, rows, demo_dir / "files", files)
