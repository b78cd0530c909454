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
from backup_desk.services.context import AppContext

PASSPHRASE_ENV = "BACKUP_DESK_PASSPHRASE"


@dataclass
class CliContext:
    args: argparse.Namespace
    _app: AppContext | None = None

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
        if pf:
            try:
                value = Path(pf).read_text(encoding="utf-8").rstrip("\r\n")
            except OSError as exc:
                raise UserInputError(
                    f"Cannot read the passphrase file {pf}: {exc.strerror}.",
                    "Check the path and its permissions.",
                ) from None
        else:
            value = os.environ.get(PASSPHRASE_ENV, "")
        register_secret(value or None)  # masked in every log line from now on
        return value or None

    def close(self) -> None:
        if self._app is not None:
            self._app.close()


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print a machine-readable JSON result")


def add_passphrase_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=f"read the archive passphrase from FILE (else ${PASSPHRASE_ENV}, "
                             "else the keyring)")


def to_jsonable(value: Any) -> Any:
    """Dataclasses, paths, datetimes and enums to plain JSON values (stable key order = field order)."""
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
    return value


def human_size(n: int | None) -> str:
    if n is None:
        return "-"
    size = float(n)
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if size < 1000 or unit == "TB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000
    return f"{size:.1f} TB"
