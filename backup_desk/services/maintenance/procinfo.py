"""Is the process that owns a history row still alive? (crash detection without a daemon)

A pid alone is not enough: after a crash the pid may be reused, and a killed child stays a zombie until its
parent reaps it. On Linux /proc tells both apart; elsewhere `os.kill(pid, 0)` is the best we have.
"""

from __future__ import annotations

import os
import socket
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

# A process that started this long after the row was created cannot be the one that created it.
_PID_REUSE_SLACK = timedelta(seconds=5)


def this_host() -> str:
    """The host name recorded in backups.hostname (runs use the same function)."""
    return socket.gethostname()


def boot_id() -> str:
    """This boot's id (Linux); "" when unknown. A process registered under another boot id is gone."""
    try:
        return Path("/proc/sys/kernel/random/boot_id").read_text().strip()
    except OSError:
        return ""


def process_alive(pid: int | None, *, created_at: datetime | None = None) -> bool:
    """True when `pid` runs on this host and could be the process that created a row at `created_at`."""
    if not pid or pid <= 0:
        return False
    if sys.platform.startswith("linux"):
        return _linux_alive(pid, created_at)
    if sys.platform == "win32":
        return _windows_alive(pid)
    try:
        os.kill(pid, 0)  # POSIX only: on Windows os.kill would terminate the process
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    except OSError:
        return False
    return True


def _windows_alive(pid: int) -> bool:
    import ctypes

    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    kernel32 = getattr(ctypes, "WinDLL")("kernel32", use_last_error=True)  # noqa: B009 (Windows-only name)
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:  # access denied: it exists, owned by someone else
        return bool(getattr(ctypes, "get_last_error")() == access_denied)  # noqa: B009
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


def _linux_alive(pid: int, created_at: datetime | None) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    except OSError:
        return True
    # The command name (2nd field) may hold spaces and parentheses: split after the last ")".
    fields = stat.rsplit(")", 1)[-1].split()
    if not fields or fields[0] in ("Z", "X"):  # zombie or dead: the job is gone
        return False
    if created_at is not None and len(fields) > 19:
        started = _linux_start_time(int(fields[19]))
        if started is not None and started > created_at + _PID_REUSE_SLACK:
            return False  # the pid was reused by a newer process
    return True


def _linux_start_time(ticks_since_boot: int) -> datetime | None:
    try:
        uptime = float(Path("/proc/uptime").read_text().split()[0])
        hertz = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None
    boot = time.time() - uptime
    return datetime.fromtimestamp(boot + ticks_since_boot / hertz, UTC)


def open_paths() -> set[Path] | None:
    """Every file currently open by a process we can inspect (Linux); None when unknown."""
    proc = Path("/proc")
    if not sys.platform.startswith("linux") or not proc.is_dir():
        return None
    found: set[Path] = set()
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                found.add(Path(os.readlink(fd)))
            except OSError:
                continue
    return found
