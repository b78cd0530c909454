"""Tell the service layer about temporary files and staging folders before they exist.

The engine knows no catalog. Code that creates a temporary path calls `announce(path, kind)` just before
creating it and `released(path)` once it is renamed into place or removed; a service that runs an engine
job installs a watcher (`watching`) that records each path in the catalog with its owner (pid, boot id),
so that after a crash at any moment `cleanup-temp-files` knows whose it was. No watcher: no-op.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol


class TempWatcher(Protocol):
    def announce(self, path: Path, kind: str) -> None: ...

    def released(self, path: Path) -> None: ...


_lock = threading.Lock()
_watchers: list[TempWatcher] = []


@contextmanager
def watching(watcher: TempWatcher) -> Iterator[TempWatcher]:
    """Installs `watcher` for the whole process (engine jobs use worker threads) while the block runs."""
    with _lock:
        _watchers.append(watcher)
    try:
        yield watcher
    finally:
        with _lock:
            _watchers.remove(watcher)


def _current() -> list[TempWatcher]:
    with _lock:
        return list(_watchers)


def announce(path: Path, kind: str) -> None:
    """Call before creating `path`; an error here (catalog unwritable) stops the job before the file."""
    for watcher in _current():
        watcher.announce(Path(path), kind)


def released(path: Path) -> None:
    """Call after `path` was renamed into place or removed (errors are the watcher's to swallow)."""
    for watcher in _current():
        watcher.released(Path(path))


