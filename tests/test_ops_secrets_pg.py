"""A real PostgreSQL source whose URL carries a password, backed up, verified and restored through the
CLI: the password appears in no log, catalog file, audit row, JSON output, stderr or archive entry."""

from __future__ import annotations

import secrets
from pathlib import Path

import psycopg
import pytest
from backports.zstd import zipfile

from tests.support.cli import CliResult, run_cli

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def _database_with_password(pg_server, password: str) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """(source URL, empty restore-target URL), both for a role that has `password`."""
    role = f"shop_{secrets.token_hex(4)}"
    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        conn.execute(f'CREATE DATABASE "{role}_src" OWNER {role}')
        conn.execute(f'CREATE DATABASE "{role}_dst" OWNER {role}')
    with psycopg.connect(host="127.0.0.1", port=pg_server.port, user=role, password=password,
                         dbname=f"{role}_src", autocommit=True) as conn:
        conn.execute("CREATE TABLE clients (id serial PRIMARY KEY, name text NOT NULL, note text)")
        conn.execute("INSERT INTO clients (name, note) "
                     "SELECT 'client ' || g, 'n' FROM generate_series(1, 250) g")
    base = f"postgresql+psycopg://{role}:{password}@127.0.0.1:{pg_server.port}"
    return f"{base}/{role}_src", f"{base}/{role}_dst"


def test_password_of_a_live_postgres_source_never_leaks(home: Path, pg_server) -> None:  # type: ignore[no-untyped-def]
    password = f"Live-Pg-{secrets.token_hex(8)}"
    source, target = _database_with_password(pg_server, password)
    outputs: list[CliResult] = []

    def cli(*args: str) -> CliResult:
        result = run_cli(home, *args)
        outputs.append(result)
        assert result.code == 0, str(result)
        return result

    added = cli("config", "add", "--name", "Live PG", "--type", "full", "--source-url", source, "--json")
    assert "visible to other users" in added.stderr and "--password-file" in added.stderr
    row = cli("backup", "Live PG", "--json", "-q").json()
    assert row["status"] == "completed" and row["records_count"] == 250
    assert cli("verify", str(row["id"]), "--json", "-q").json()["ok"] is True
    cli("restore", str(row["id"]), "--to-url", target, "--json", "-q")
    with psycopg.connect(target.replace("postgresql+psycopg", "postgresql")) as conn:
        assert conn.execute("SELECT count(*) FROM clients").fetchone() == (250,)
    health = cli("check-backup-system", "--deep", "--json").json()
    assert {c["name"]: c["level"] for c in health["checks"]}["sources"] == "ok"
    for args in (("config", "show", "Live PG", "--json"), ("config", "list", "--json"), ("list", "--json"),
                 ("show", str(row["id"]), "--json"), ("audit", "--json"), ("stats", "--json")):
        cli(*args)

    leaks = [" ".join(r.args) for r in outputs if password in r.stdout + r.stderr]
    for path in home.rglob("*"):
        if path.is_file() and password.encode() in path.read_bytes():
            leaks.append(str(path))
    with zipfile.ZipFile(row["file_path"]) as archive:  # entries decompressed: manifest, schema, rows
        for name in archive.namelist():
            if password.encode() in archive.read(name):
                leaks.append(f"archive entry {name}")
    assert not leaks, leaks


def test_password_from_a_file_never_reaches_the_command_line(home: Path, pg_server,  # type: ignore[no-untyped-def]
                                                             tmp_path: Path) -> None:
    """--password-file for the source (then the keyring) and for the restore target: the password is in
    no argument any process shows in `ps`, nor in logs, the catalog, outputs or exports."""
    password = f"File-Pg-{secrets.token_hex(8)}"
    source, target = _database_with_password(pg_server, password)
    bare_source, bare_target = (u.replace(f":{password}@", "@") for u in (source, target))
    secret_file = tmp_path / "pg-password"
    secret_file.write_text(password + "\n")
    secret_file.chmod(0o600)
    outputs: list[CliResult] = []

    def cli(*args: str) -> CliResult:
        result = run_cli(home, *args)
        outputs.append(result)
        assert result.code == 0, str(result)
        return result

    cli("config", "add", "--name", "File PG", "--type", "full", "--source-url", bare_source,
        "--password-file", str(secret_file), "--json")
    row = cli("backup", "File PG", "--json", "-q").json()  # the password comes from the keyring
    assert row["status"] == "completed" and row["records_count"] == 250
    cli("restore", str(row["id"]), "--to-url", bare_target, "--password-file", str(secret_file),
        "--json", "-q")
    # Into the configuration's own source: the keyring has its password, nothing to give at all.
    cli("restore", str(row["id"]), "--to-url", bare_source, "--replace", "--json", "-q")
    with psycopg.connect(target.replace("postgresql+psycopg", "postgresql")) as conn:
        assert conn.execute("SELECT count(*) FROM clients").fetchone() == (250,)
    for args in (("config", "list", "--json"), ("list", "--json"), ("audit", "--json"), ("stats", "--json")):
        cli(*args)

    assert not [r.args for r in outputs if any(password in a for a in r.args)]  # what `ps` would show
    leaks = [" ".join(r.args) for r in outputs if password in r.stdout + r.stderr]
    leaks += [str(p) for p in home.rglob("*") if p.is_file() and password.encode() in p.read_bytes()]
    assert not leaks, leaks
    assert not any("visible to other users" in r.stderr for r in outputs)  # no URL carried a password
