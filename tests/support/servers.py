"""Throwaway PostgreSQL and MariaDB servers for tests, from Debian's packages, in temporary folders.

Each server listens on 127.0.0.1 on a free port with trust (PostgreSQL) or password-less root (MariaDB)
authentication, and is stopped and deleted by `stop()` (the session fixtures always call it; an atexit hook
catches interpreter exits). PostgreSQL's initdb refuses to run as root, so as root the server runs as
`nobody` on a folder that user owns. Missing binaries raise ServerUnavailable saying what to install.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import pwd
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

PG_BIN = Path(os.environ.get("BACKUP_DESK_PG_BIN", "/usr/lib/postgresql/15/bin"))
MARIADB_BIN = Path(os.environ.get("BACKUP_DESK_MARIADB_BIN", "/usr/sbin"))
START_TIMEOUT = 60.0


class ServerUnavailable(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent() -> None:
    """In the child before exec: the server gets SIGTERM if the test process is killed outright."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _scratch(prefix: str) -> Path:
    # Short path under /tmp: socket paths are limited to ~107 bytes, and `nobody` must reach the folder.
    return Path(tempfile.mkdtemp(prefix=prefix, suffix=".bdtmp", dir="/tmp"))


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise ServerUnavailable(
            f"{Path(cmd[0]).name} failed ({proc.returncode}):\n{proc.stdout[-1500:]}\n{proc.stderr[-1500:]}"
        )


class PostgresServer:
    """`server()` returns the URL of a new empty database; `server.admin_url` is the `postgres` database."""

    def __init__(self) -> None:
        initdb = PG_BIN / "initdb"
        if not initdb.exists():
            raise ServerUnavailable(
                f"PostgreSQL server binaries not found in {PG_BIN}: install the Debian package "
                "'postgresql' (CI installs it), or set BACKUP_DESK_PG_BIN."
            )
        self.root = _scratch("bdpg")
        self.data = self.root / "data"
        self.port = 0
        self._as: list[str] = []
        if os.geteuid() == 0:
            nobody = pwd.getpwnam("nobody")
            os.chown(self.root, nobody.pw_uid, nobody.pw_gid)
            self._as = ["runuser", "-u", "nobody", "--"]
        atexit.register(self.stop)
        _run(
            [
                *self._as,
                str(initdb),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
                "--no-instructions",
            ]
        )
        for attempt in range(3):  # a free port can be taken between probing and binding
            self.port = free_port()
            opts = (
                f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
                "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"
            )
            proc = subprocess.run(
                [
                    *self._as,
                    str(PG_BIN / "pg_ctl"),
                    "-D",
                    str(self.data),
                    "-l",
                    str(self.root / "log"),
                    "-o",
                    opts,
                    "-w",
                    "-t",
                    str(int(START_TIMEOUT)),
                    "start",
                ],
                capture_output=True,
                text=True,
            )
            if proc.returncode == 0:
                break
            if attempt == 2:
                log = (self.root / "log").read_text(errors="replace")[-2000:]
                raise ServerUnavailable(f"PostgreSQL did not start: {proc.stderr}\n{log}")
        self.admin_url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def __call__(self, prefix: str = "t") -> str:
        import psycopg

        name = f"{prefix}_{secrets.token_hex(6)}"
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname="postgres", autocommit=True
        ) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.data.exists() and (self.data / "postmaster.pid").exists():
            subprocess.run(
                [*self._as, str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
            )
        shutil.rmtree(self.root, ignore_errors=True)


class MariaDBServer:
    """`server()` returns the URL of a new empty database (user root, no password, over TCP)."""

    def __init__(self) -> None:
        mariadbd = MARIADB_BIN / "mariadbd"
        install = shutil.which("mariadb-install-db")
        if not mariadbd.exists() or install is None:
            raise ServerUnavailable(
                f"MariaDB server binaries not found ({mariadbd}, mariadb-install-db): install "
                "the Debian package 'mariadb-server' (CI installs it)."
            )
        self.root = _scratch("bdmy")
        self.data = self.root / "data"
        self.socket = self.root / "sock"
        # A temporary folder of its own: two bootstraps sharing /tmp (two test workers starting at once)
        # lost each other's temporary tables ("Can't find file '/tmp/#sql-temptable-….MAI'", "Unknown table
        # 'mysql.tmp_user_sys'"): about 1 start in 18; none in 45 with a folder each.
        self.tmp = self.root / "tmp"
        self.tmp.mkdir()
        self.proc: subprocess.Popen[bytes] | None = None
        atexit.register(self.stop)
        user = ["--user=root"] if os.geteuid() == 0 else []
        _run(
            [
                install,
                "--no-defaults",
                f"--datadir={self.data}",
                f"--tmpdir={self.tmp}",
                *user,
                "--auth-root-authentication-method=normal",
                "--skip-test-db",
                "--skip-name-resolve",
            ]
        )
        self.port = free_port()
        log = open(self.root / "log", "wb")  # noqa: SIM115 (kept open for the server's lifetime)
        self.proc = subprocess.Popen(
            [
                str(mariadbd),
                "--no-defaults",
                f"--datadir={self.data}",
                f"--tmpdir={self.tmp}",
                *user,
                f"--port={self.port}",
                "--bind-address=127.0.0.1",
                f"--socket={self.socket}",
                f"--pid-file={self.root / 'pid'}",
                "--skip-name-resolve",
                "--innodb-buffer-pool-size=64M",
                "--innodb-log-file-size=48M",
                "--innodb-flush-log-at-trx-commit=0",
                "--skip-log-bin",
                "--max-connections=50",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_bin",
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,
        )
        log.close()
        self._wait_ready()
        self._admin(
            "CREATE USER IF NOT EXISTS 'root'@'127.0.0.1'; "
            "GRANT ALL PRIVILEGES ON *.* TO 'root'@'127.0.0.1' WITH GRANT OPTION"
        )

    def _connect(self, **kw: object):  # type: ignore[no-untyped-def]
        import pymysql

        return pymysql.connect(unix_socket=str(self.socket), user="root", autocommit=True, **kw)

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            assert self.proc is not None
            if self.proc.poll() is not None:
                log = (self.root / "log").read_text(errors="replace")[-2000:]
                raise ServerUnavailable(f"MariaDB exited at start (code {self.proc.returncode}):\n{log}")
            try:
                self._connect().close()
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise ServerUnavailable("MariaDB did not become ready in time") from None
                time.sleep(0.1)

    def _admin(self, sql: str) -> None:
        conn = self._connect()
        try:
            with conn.cursor() as cur:
                for stmt in sql.split(";"):
                    if stmt.strip():
                        cur.execute(stmt)
        finally:
            conn.close()

    def __call__(self, prefix: str = "t") -> str:
        name = f"{prefix}_{secrets.token_hex(6)}"
        self._admin(f"CREATE DATABASE `{name}`")
        return f"mysql+pymysql://root@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            subprocess.run(
                [
                    shutil.which("mariadb-admin") or "mariadb-admin",
                    "--no-defaults",
                    f"--socket={self.socket}",
                    "-uroot",
                    "shutdown",
                ],
                capture_output=True,
                timeout=30,
            )
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        with contextlib.suppress(Exception):
            shutil.rmtree(self.root, ignore_errors=True)
