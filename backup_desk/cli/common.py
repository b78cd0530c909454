"""What every CLI command shares: the opened context, JSON/text output, passphrase sources, errors."""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import Any

from backup_desk.errors import UserInputError
from backup_desk.messages import Text
from backup_desk.services.context import AppContext

PASSPHRASE_ENV = "BACKUP_DESK_PASSPHRASE"


@dataclass
class CliContext:
    args: argparse.Namespace
    _app: AppContext | None = None
    _warned_url_password: bool = False

    @property
    def app(self) -> AppContext:
        if self._app is None:
            from backup_desk.ops.logs import set_debug, setup_logging

            if self.debug:
                set_debug(True)
            self._app = AppContext.open(self.args.home)
            if self.debug:  # also copy log lines to stderr, where a person running --debug looks
                setup_logging(self._app.paths, True, console=True)
        return self._app

    @property
    def debug(self) -> bool:
        return bool(getattr(self.args, "debug", False))

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    def out(self, text: str = "") -> None:
        print(text, flush=True)

    def err(self, text: str = "") -> None:
        try:
            print(text, file=sys.stderr, flush=True)
        except (OSError, ValueError):  # stderr closed: the exit status still tells the outcome
            from backup_desk.cli.progress_view import drop_closed_stderr

            drop_closed_stderr()

    def report_error(self, message: str, hint: str = "") -> None:
        """The one way errors reach the person: stderr, a sentence, then what to do. Known secrets
        (passwords and passphrases resolved in this process) are masked, should one slip into a message."""
        from backup_desk.ops.redaction import redact

        self.err(redact(f"error: {message}"))
        if hint:
            self.err(redact(f"hint: {hint}"))

    def emit_json(self, value: Any) -> None:
        json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2, sort_keys=False)
        sys.stdout.write("\n")
        sys.stdout.flush()

    def passphrase(self) -> str | None:
        """--passphrase-file, then BACKUP_DESK_PASSPHRASE; None lets the service try the keyring."""
        from backup_desk.ops.redaction import register_secret

        pf = getattr(self.args, "passphrase_file", None)
        value = _read_secret_file(pf, "passphrase") if pf else os.environ.get(PASSPHRASE_ENV, "")
        register_secret(value or None)  # masked in every log line from now on
        return value or None

    def db_url(self, url: str | None, *, what: str = "the database") -> str | None:
        """`url` with its password from --password-file or --ask-password (a prompt), so it never has to
        be on the command line where `ps` shows it; a password left in the URL still works, with a warning.
        No password anywhere: returned as is (the service may find one in the keyring)."""
        from backup_desk.engine.database.urls import split_password, with_password
        from backup_desk.ops.redaction import register_secret

        if not url:
            return None
        bare, in_url = split_password(url)
        register_secret(in_url)
        source = getattr(self.args, "password_file", None)
        if source:
            password = _read_secret_file(source, "database password")
        elif getattr(self.args, "ask_password", False):
            from backup_desk.cli.prompts import ask_password

            password = ask_password(what)
        else:
            if in_url and not self._warned_url_password:
                self._warned_url_password = True
                self.err("warning: a password inside the URL is visible to other users of this machine "
                         "(ps); prefer --password-file FILE or --ask-password.")
            return url
        register_secret(password)
        return with_password(bare, password) if password else bare

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def _read_secret_file(path: str, what: str) -> str:
    """The content of `path` (a file only its owner should read), without its final line ending."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UserInputError(Text("Cannot read the {0} file {1}: {2}.", what, path, exc.strerror),
                             Text("Check the path and its permissions.")) from None
    return text.rstrip("\r\n")


def add_db_password_flags(parser: argparse.ArgumentParser, url_option: str) -> None:
    """--password-file / --ask-password: the password of the database of `url_option`, kept off the
    command line (`ps` shows every argument to every user of the machine)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--password-file", metavar="FILE",
                       help=f"read the password of the {url_option} database from FILE")
    group.add_argument("--ask-password", action="store_true",
                       help=f"ask for the password of the {url_option} database on the terminal")


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a machine-readable JSON result")


def add_passphrase_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the archive passphrase from FILE (else ${PASSPHRASE_ENV}, "
                             "else the keyring)")


def to_jsonable(value: Any) -> Any:
    """Dataclasses, paths, datetimes, enums and texts to plain JSON values (stable key order = field
    order)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bytes):
        return value.hex()
    if isinstance(value, Text):  # e.g. a failed backup's error_text: template and arguments
        return value.to_json()
    return value
