"""Rotating logs in the user log folder: `backup_operations.log` and `security.log`.

- `operations_logger()` ("backup_desk.operations"): backups, restores, verifications, maintenance. Every other
  `backup_desk.*` logger also ends up in backup_operations.log.
- `security_logger()` ("backup_desk.security"): restores, deletions, configuration changes, failed
  passphrases, admin-lock events. Only in security.log.
Every line goes through `redact` at format time (message, arguments and tracebacks alike), so a secret that
slipped into a message or an exception never reaches the disk or the console.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import threading
import traceback
from pathlib import Path
from typing import Any

from backup_desk.ops.redaction import redact, register_secret
from backup_desk.paths import AppPaths

__all__ = [
    "OPERATIONS_LOG",
    "SECURITY_LOG",
    "ensure_logging",
    "operations_logger",
    "redact",
    "register_secret",
    "security_logger",
    "set_debug",
    "setup_logging",
]

OPERATIONS_LOG = "backup_operations.log"
SECURITY_LOG = "security.log"
MAX_BYTES = 5 * 1024 * 1024
BACKUP_COUNT = 5
_ROOT = "backup_desk"
_OPERATIONS = "backup_desk.operations"
_SECURITY = "backup_desk.security"
DEBUG_ENV = "BACKUP_DESK_DEBUG"
_FORMAT = "%(asctime)s %(levelname)-7s [%(process)d] %(name)s: %(message)s"
_lock = threading.Lock()
_installed: list[tuple[logging.Logger, logging.Handler]] = []
_state: dict[str, object] = {"log_dir": None, "debug": os.environ.get(DEBUG_ENV, "") not in ("", "0")}


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then masks secrets in the whole line (traceback included)."""

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def _install_record_factory() -> None:
    """Masks every backup_desk record when it is created, so handlers we do not own (pytest's caplog, a
    root handler, Python's last-resort stderr handler before set-up) never see a secret either."""
    current = logging.getLogRecordFactory()
    if getattr(current, "bd_redacting", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = current(*args, **kwargs)
        if record.name == _ROOT or record.name.startswith(_ROOT + "."):
            try:
                record.msg, record.args = redact(record.getMessage()), None
            except (TypeError, ValueError):  # a malformed call: leave it to logging's own error report
                return record
            if record.exc_info and record.exc_info[0] is not None:
                # Formatters reuse exc_text when set: the traceback is masked for every handler.
                record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
        return record

    factory.bd_redacting = True  # type: ignore[attr-defined]  # a mark on the function: installed once
    logging.setLogRecordFactory(factory)


_install_record_factory()


def operations_logger() -> logging.Logger:
    return logging.getLogger(_OPERATIONS)


def security_logger() -> logging.Logger:
    return logging.getLogger(_SECURITY)


def log_files(paths: AppPaths) -> tuple[Path, Path]:
    return paths.log_dir / OPERATIONS_LOG, paths.log_dir / SECURITY_LOG


def set_debug(enabled: bool = True) -> None:
    """`--debug`: DEBUG level now and for every later set-up in this process."""
    _state["debug"] = enabled
    level = logging.DEBUG if enabled else logging.INFO
    with _lock:
        for logger in (logging.getLogger(_ROOT), security_logger()):
            logger.setLevel(level)
        for _logger, handler in _installed:
            if isinstance(handler, logging.FileHandler):
                handler.setLevel(level)


def ensure_logging(paths: AppPaths) -> None:
    """Sets up logging for this home unless it already is (start-up path: AppContext.open -> recovery)."""
    if _state["log_dir"] != paths.log_dir:
        setup_logging(paths, bool(_state["debug"]))


def setup_logging(paths: AppPaths, debug: bool = False, *, console: bool = False) -> None:
    """Installs the two rotating files (idempotent: calling again, e.g. with another home, replaces them).

    `debug` (or an earlier `set_debug(True)`, or $BACKUP_DESK_DEBUG=1) lowers the level to DEBUG;
    `console` also copies WARNING and above to stderr.
    """
    debug = debug or bool(_state["debug"])
    _state["debug"] = debug  # sticky for the process: a later set-up for another home keeps DEBUG
    with _lock:
        _state["log_dir"] = paths.log_dir
        for logger, handler in _installed:
            logger.removeHandler(handler)
            handler.close()
        _installed.clear()
        paths.log_dir.mkdir(parents=True, exist_ok=True)
        ops_file, sec_file = log_files(paths)
        level = logging.DEBUG if debug else logging.INFO
        root, security = logging.getLogger(_ROOT), security_logger()
        root.setLevel(level)
        security.setLevel(level)
        security.propagate = False  # security events live in security.log only
        _install(root, _file_handler(ops_file, level))
        _install(security, _file_handler(sec_file, level))
        if console:
            stream = logging.StreamHandler()
            stream.setLevel(logging.DEBUG if debug else logging.WARNING)
            stream.setFormatter(RedactingFormatter("%(levelname)s: %(message)s"))
            _install(root, stream)


def shutdown_logging() -> None:
    """Closes our handlers (tests switch homes; Windows cannot delete an open log file)."""
    with _lock:
        for logger, handler in _installed:
            logger.removeHandler(handler)
            handler.close()
        _installed.clear()
        _state["log_dir"] = None


def _file_handler(path: Path, level: int) -> logging.Handler:
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setLevel(level)
    handler.setFormatter(RedactingFormatter(_FORMAT))
    return handler


def _install(logger: logging.Logger, handler: logging.Handler) -> None:
    logger.addHandler(handler)
    _installed.append((logger, handler))
