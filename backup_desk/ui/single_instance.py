"""One window per user: a second start brings the running window forward instead of opening another.

Built on QtCore only (the bundle carries no QtNetwork): the first instance holds a QLockFile in the config
folder (a lock left by a crashed instance is stale and taken over) and watches a "wake" file; a second
instance, finding the lock held, writes to the wake file and exits.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal


class SingleInstance(QObject):
    """`acquire()` True: we are the first (keep this object alive). False: another instance was woken."""

    woken = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(folder / "instance.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        self.wake_path = folder / "instance.wake"
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(100):
            self.wake_path.write_text(f"{time.time()}\n", encoding="utf-8")
            return False
        self.wake_path.write_text("", encoding="utf-8")
        return True

    def listen(self) -> None:
        """Starts watching the wake file (needs the QApplication, hence not in acquire())."""
        self._watcher = QFileSystemWatcher([str(self.wake_path)], self)
        self._watcher.fileChanged.connect(self._changed)

    def _changed(self, path: str) -> None:
        # Some editors and file systems replace the file: watch it again after each change.
        if self._watcher is not None and path not in self._watcher.files() and Path(path).exists():
            self._watcher.addPath(path)
        if Path(path).exists() and Path(path).read_text(encoding="utf-8").strip():
            self.woken.emit()

    def release(self) -> None:
        self._lock.unlock()


def bring_forward(window: object) -> Callable[[], None]:
    """A slot that shows, un-minimises and raises `window`."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QWidget

    def raise_window() -> None:
        assert isinstance(window, QWidget)
        window.show()
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.raise_()
        window.activateWindow()

    return raise_window
