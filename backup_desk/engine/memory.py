"""Fewer glibc malloc arenas for a job's worker threads (Linux with glibc only; elsewhere a no-op).

glibc gives threads that allocate concurrently arenas of their own (up to 8 per core) and keeps memory freed
there for reuse, so the compression, output and file-writing threads each hold on to megabytes of buffers
they no longer use. Two arenas lowered the peak memory of a 1 GB backup by about 25 MB at the same speed.
"""

from __future__ import annotations

import ctypes
import sys

_M_ARENA_MAX = -8  # from glibc's malloc.h
_applied = False


def limit_malloc_arenas(count: int = 2) -> None:
    """Caps the arenas of threads created from now on (process-wide, idempotent)."""
    global _applied
    if _applied or not sys.platform.startswith("linux"):
        return
    _applied = True
    try:
        libc = ctypes.CDLL(None)
        libc.gnu_get_libc_version  # noqa: B018 (glibc only: musl's mallopt ignores the setting)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    mallopt(_M_ARENA_MAX, count)
