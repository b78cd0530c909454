"""Helpers for the GUI tests: a real main window on a test home, and answering modal dialogs."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_modal(callback: Callable[[Any], None], kind: type | None = None, timeout_ms: int = 10_000) -> None:
    """Calls `callback(dialog)` as soon as a modal dialog (of `kind`) is shown; schedule it BEFORE the click
    that opens the dialog, because exec() blocks until the dialog is answered."""
    deadline = time.monotonic() + timeout_ms / 1000

    def poll() -> None:
        w = QApplication.activeModalWidget()
        if w is not None and (kind is None or isinstance(w, kind)) and w.isVisible():
            try:
                callback(w)
            except BaseException:
                w.close()  # never leave a modal dialog blocking the test run; pytest-qt reports the error
                raise
            QTimer.singleShot(30_000, lambda: _still_open(w))
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _still_open(w: QWidget) -> None:
    """A dialog the test meant to answer is still up: close it and fail rather than hang forever."""
    import shiboken6

    if shiboken6.isValid(w) and w.isVisible():
        w.close()
        raise AssertionError(f"{type(w).__name__} was still open 30 s after the test answered it")


def make_window(qtbot: Any, ctx: Any) -> Any:
    """The configured main window (as run_gui builds it), shown offscreen, with its first loads done."""
    from backup_desk.ui.app import build_window

    app = QApplication.instance()
    window = build_window(app, ctx)  # type: ignore[arg-type]
    # A test that fails with a job still running must not hang in the window's "Jobs are running" question
    # when pytest-qt closes it: its work is cancelled and waited for first.
    qtbot.addWidget(window, before_close_func=_stop_work)
    window.show()
    wait_idle(qtbot, window)
    return window


def _stop_work(window: Any) -> None:
    work = getattr(window, "work", None)
    if work is None:
        return
    work.cancel_all()
    work.wait(30_000)
    deadline = time.monotonic() + 10
    while not work.idle() and time.monotonic() < deadline:  # the ends are delivered as queued signals
        QApplication.processEvents()


def wait_idle(qtbot: Any, window: Any, timeout: int = 60_000) -> None:
    """Until no job runs and every view has its data."""

    def idle() -> None:
        assert window.work.idle()  # no read, change or job pending

    qtbot.waitUntil(idle, timeout=timeout)


def toast_texts(window: Any) -> list[str]:
    return [t.text for t in window.toasts.toasts()]


def visible_text(widget: QWidget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    return "\n".join(parts)
