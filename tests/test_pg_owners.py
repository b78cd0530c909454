"""Owners and privileges of a PostgreSQL database: recorded by every backup, restored only when asked (like
pg_dump with and without --no-owner --no-privileges), roles checked before anything is written."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from backup_desk.engine.database.native import RestoreOptions
from backup_desk.engine.database.native.postgresql import POSTGRESQL_FORMAT
from backup_desk.errors import UserInputError
from tests.support.cli import ok, run_cli
from tests.support.db_fixtures import open_archive
from tests.support.pg_native import (
    archived_database,
    native_dump,
    native_restore,
    psql_file,
    run_sql,
    scalar,
    schema_dump,
    table_hashes,
    unpacked_section,
)

PASS = "owners and grants"

ROLES_SQL = """
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd_app') THEN CREATE ROLE bd_app; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd clerk') THEN CREATE ROLE "bd clerk"; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'bd_auditor') THEN CREATE ROLE bd_auditor; END IF;
END $$;
"""

# A small shop whose objects belong to an application role, with the grants a real deployment has:
# table, column, sequence, function, type, schema and partition privileges, some WITH GRANT OPTION, and
# default privileges (for the role, and in one schema).
SHOP_SQL = """
CREATE SCHEMA shop AUTHORIZATION bd_app;
CREATE TYPE shop.state AS ENUM ('new', 'paid', 'shipped');
CREATE DOMAIN shop.money_amount AS numeric(10, 2) CHECK (VALUE >= 0);
CREATE TABLE shop.customer (
    customer_id serial PRIMARY KEY,
    name text NOT NULL,
    email text,
    card_hint text
);
CREATE TABLE shop.orders (
    order_id bigint GENERATED ALWAYS AS IDENTITY,
    placed date NOT NULL,
    customer_id int REFERENCES shop.customer,
    state shop.state NOT NULL DEFAULT 'new',
    total shop.money_amount,
    PRIMARY KEY (order_id, placed)
) PARTITION BY RANGE (placed);
CREATE TABLE shop.orders_2025 PARTITION OF shop.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE shop.orders_rest PARTITION OF shop.orders DEFAULT;
CREATE SEQUENCE shop.invoice_no START 1000;
CREATE VIEW shop.customer_names AS SELECT customer_id, name FROM shop.customer;
CREATE MATERIALIZED VIEW shop.totals AS SELECT customer_id, sum(total) AS spent FROM shop.orders GROUP BY 1;
CREATE FUNCTION shop.next_invoice() RETURNS bigint LANGUAGE sql AS $f$ SELECT nextval('shop.invoice_no') $f$;
CREATE PROCEDURE shop.touch() LANGUAGE sql AS $f$ SELECT 1 $f$;
ALTER TYPE shop.state OWNER TO bd_app;
ALTER DOMAIN shop.money_amount OWNER TO bd_app;
ALTER TABLE shop.customer OWNER TO bd_app;
ALTER TABLE shop.orders OWNER TO bd_app;
ALTER TABLE shop.orders_2025 OWNER TO bd_app;
ALTER TABLE shop.orders_rest OWNER TO bd_auditor;
ALTER SEQUENCE shop.invoice_no OWNER TO bd_app;
ALTER VIEW shop.customer_names OWNER TO "bd clerk";
ALTER MATERIALIZED VIEW shop.totals OWNER TO bd_app;
ALTER FUNCTION shop.next_invoice() OWNER TO bd_app;
ALTER PROCEDURE shop.touch() OWNER TO bd_app;
GRANT USAGE ON SCHEMA shop TO "bd clerk", bd_auditor;
GRANT SELECT, INSERT, UPDATE ON shop.customer TO "bd clerk";
GRANT SELECT ON shop.customer TO bd_auditor WITH GRANT OPTION;
GRANT SELECT (name, email), UPDATE (email) ON shop.customer TO bd_auditor;
GRANT SELECT (placed, total) ON shop.orders_2025 TO bd_auditor;
GRANT SELECT ON shop.orders TO "bd clerk";
GRANT USAGE ON SEQUENCE shop.invoice_no TO "bd clerk";
GRANT USAGE, SELECT ON SEQUENCE shop.customer_customer_id_seq TO "bd clerk";
REVOKE EXECUTE ON FUNCTION shop.next_invoice() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION shop.next_invoice() TO "bd clerk";
REVOKE USAGE ON TYPE shop.state FROM PUBLIC;
GRANT USAGE ON TYPE shop.state TO "bd clerk";
GRANT SELECT ON shop.totals TO bd_auditor;
REVOKE ALL ON shop.customer_names FROM "bd clerk";
GRANT SELECT ON shop.customer_names TO "bd clerk";
GRANT CREATE ON SCHEMA public TO bd_auditor;
ALTER DEFAULT PRIVILEGES FOR ROLE bd_app IN SCHEMA shop GRANT SELECT ON TABLES TO bd_auditor;
ALTER DEFAULT PRIVILEGES FOR ROLE bd_app REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE bd_app GRANT EXECUTE ON FUNCTIONS TO "bd clerk";
INSERT INTO shop.customer (name, email) VALUES ('Ada', 'ada@example.org'), ('Brian', NULL);
INSERT INTO shop.orders (placed, customer_id, state, total) VALUES
    ('2025-03-01', 1, 'paid', 12.50), ('2026-01-02', 2, 'new', 3.00);
REFRESH MATERIALIZED VIEW shop.totals;
"""


@pytest.fixture(scope="module")
def shop(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    return archived_database(pg_server, tmp_path_factory, "owned_shop", [ROLES_SQL, SHOP_SQL], PASS)


def _restore(path: Path, url: str, **options: Any) -> Any:
    return native_restore(path, url, PASS, **options)


def test_restore_with_owners_matches_pg_dump_with_owners(shop: tuple[str, Path], pg_server: Any) -> None:
    url, path = shop
    target = pg_server("owned_copy")
    _restore(path, target, keep_owners=True)
    assert schema_dump(target, owners=True) == schema_dump(url, owners=True)
    assert table_hashes(target, columns_of=url) == table_hashes(url)
    assert scalar(target, "SELECT tableowner FROM pg_tables WHERE tablename = 'orders_rest'") == "bd_auditor"
    # The owned serial sequence followed its table; a clerk may use what was granted, not the rest.
    assert scalar(target, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = "
                          "'customer_customer_id_seq'") == "bd_app"
    assert scalar(target, "SELECT has_function_privilege('bd clerk', 'shop.next_invoice()', 'EXECUTE')")
    assert not scalar(target, "SELECT has_function_privilege('bd_auditor', 'shop.next_invoice()', 'EXECUTE')")
    assert scalar(target, "SELECT has_column_privilege('bd_auditor', 'shop.customer', 'email', 'UPDATE')")
    assert not scalar(target, "SELECT has_column_privilege('bd_auditor', 'shop.customer', 'name', 'UPDATE')")


def test_default_restore_leaves_owners_and_privileges_out(shop: tuple[str, Path], pg_server: Any) -> None:
    url, path = shop
    target = pg_server("unowned_copy")
    _restore(path, target)
    assert schema_dump(target) == schema_dump(url)  # everything else is the same
    me = scalar(target, "SELECT current_user")
    assert scalar(target, "SELECT tableowner FROM pg_tables WHERE tablename = 'customer'") == me
    assert not scalar(target, "SELECT has_table_privilege('bd clerk', 'shop.customer', 'SELECT')")
    assert scalar(target, "SELECT has_function_privilege('bd_auditor', 'shop.next_invoice()', 'EXECUTE')")


def test_chosen_tables_take_their_own_owners_and_grants(shop: tuple[str, Path], pg_server: Any) -> None:
    _url, path = shop
    target = pg_server("owned_partial")
    run_sql(target, "CREATE SCHEMA shop; CREATE TYPE shop.state AS ENUM ('new', 'paid', 'shipped'); "
                    "CREATE DOMAIN shop.money_amount AS numeric(10, 2) CHECK (VALUE >= 0);")
    _restore(path, target, tables=("shop.customer",), keep_owners=True)
    assert scalar(target, "SELECT tableowner FROM pg_tables WHERE tablename = 'customer'") == "bd_app"
    assert scalar(target, "SELECT has_table_privilege('bd clerk', 'shop.customer', 'INSERT')")
    assert scalar(target, "SELECT count(*) FROM shop.customer") == 2
    me = scalar(target, "SELECT current_user")  # what the restore did not create keeps its owner
    assert scalar(target, "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'shop'") == me


def test_a_missing_role_refuses_before_anything_is_written(pg_server: Any, tmp_path: Path) -> None:
    source = pg_server("gone_role")
    run_sql(source, "CREATE ROLE bd_temp_owner; CREATE TABLE kept (id int PRIMARY KEY); "
                    "INSERT INTO kept VALUES (1); ALTER TABLE kept OWNER TO bd_temp_owner; "
                    "GRANT SELECT ON kept TO PUBLIC;")
    path = tmp_path / "gone.bdarc"
    native_dump(source, path, passphrase=PASS)
    run_sql(source, "REASSIGN OWNED BY bd_temp_owner TO CURRENT_USER; DROP OWNED BY bd_temp_owner; "
                    "DROP ROLE bd_temp_owner;")
    target = pg_server("gone_role_copy")
    reader, section = open_archive(path, passphrase=PASS)
    with reader, pytest.raises(UserInputError) as refused:
        POSTGRESQL_FORMAT.plan_restore(reader, section, target, RestoreOptions(keep_owners=True))
    assert "bd_temp_owner" in refused.value.message
    with pytest.raises(UserInputError) as refused:
        _restore(path, target, keep_owners=True)
    assert "bd_temp_owner" in refused.value.message
    assert scalar(target, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == 0
    _restore(path, target)  # without owners, the same archive restores
    assert scalar(target, "SELECT count(*) FROM kept") == 1
    assert scalar(target, "SELECT has_table_privilege('public', 'kept', 'SELECT')") is False


def test_plan_names_the_owners_and_privileges_and_their_roles(shop: tuple[str, Path], pg_server: Any) -> None:
    _url, path = shop
    target = pg_server("owned_plan")
    reader, section = open_archive(path, passphrase=PASS)
    with reader:
        plan = POSTGRESQL_FORMAT.plan_restore(reader, section, target, RestoreOptions(keep_owners=True))
    line = next(p.target for p in plan if p.target.startswith("owners and privileges"))
    assert "bd_app" in line and "bd clerk" in line and "bd_auditor" in line


def test_escape_hatch_psql_with_access_sql(shop: tuple[str, Path], pg_server: Any, tmp_path: Path) -> None:
    url, path = shop
    section = unpacked_section(path, PASS, tmp_path)
    target = pg_server("owned_psql")
    for script in ("restore.sql", "access.sql"):
        psql = psql_file(target, section / script)
        assert psql.returncode == 0, psql.stderr
    assert schema_dump(target, owners=True) == schema_dump(url, owners=True)


def test_cli_keep_owners(shop: tuple[str, Path], pg_server: Any, home: Path) -> None:
    url, _path = shop
    row = ok(run_cli(home, "quick-backup", "--type", "full", "--name", "owned", "--source-url", url,
                     "--json", "-q")).json()
    target = pg_server("owned_cli")
    args = ("restore", str(row["id"]), "--to-url", target, "--keep-owners")
    plan = ok(run_cli(home, *args, "--dry-run"))
    assert "owners and privileges of" in plan.stdout and "bd clerk" in plan.stdout
    ok(run_cli(home, *args))
    assert schema_dump(target, owners=True) == schema_dump(url, owners=True)
