"""Named stopping points for the crash tests (`tests/test_crash_recovery.py`), inert otherwise.

With BACKUP_DESK_TEST_STOP_AT=<name> in its environment, a process that reaches `stop_point(<name>)` prints
`backup-desk stopped at <name>` on stderr and sleeps until killed: the test then sends SIGKILL at a known
moment of the job (before the temporary file, during key derivation, mid dump, mid walk, between fsync and
rename, between rename and the catalog update, mid restore). Without the variable a call costs one
dictionary lookup. Only tests set it; it changes nothing in what a job writes.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time

STOP_ENV = "BACKUP_DESK_TEST_STOP_AT"
STOP_MESSAGE = "backup-desk stopped at "


def stop_point(name: str) -> None:
    if os.environ.get(STOP_ENV) != name:
        return
    with contextlib.suppress(OSError, ValueError):
        print(STOP_MESSAGE + name, file=sys.stderr, flush=True)
    while True:  # until SIGKILL
        time.sleep(3600)
