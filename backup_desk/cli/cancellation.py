"""Ctrl-C during a long job: the first one cancels cleanly through the CancelToken (the engine stops
within one chunk, removes its temporary file and the row is marked failed); a second one interrupts at
once, for a job stuck somewhere that never checks the token."""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from backup_desk.engine.progress import CancelToken


@contextmanager
def sigint_cancels(announce: bool = True) -> Iterator[CancelToken]:
    token = CancelToken()
    if threading.current_thread() is not threading.main_thread():  # signals only reach the main thread
        yield token
        return

    def on_sigint(signum: int, frame: FrameType | None) -> None:
        if token.cancelled:
            raise KeyboardInterrupt
        token.cancel()
        if announce:
            print("\nCancelling... (press Ctrl-C again to stop at once)", file=sys.stderr, flush=True)

    previous = signal.signal(signal.SIGINT, on_sigint)
    # SIGTERM (a service manager stopping us) deserves the same clean ending.
    previous_term = signal.signal(signal.SIGTERM, on_sigint)
    try:
        yield token
    finally:
        signal.signal(signal.SIGINT, previous)
        signal.signal(signal.SIGTERM, previous_term)
