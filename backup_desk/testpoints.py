"""Named stopping points for the crash tests (`tests/test_crash_recovery.py`), inert otherwise.

With BACKUP_DESK_TEST_STOP_AT=<name> in its environment, a process that reaches `stop_point(<name>)` prints
`backup-desk stopped at <name>` on stderr and sleeps until killed: the test then sends SIGKILL at a known
moment of the job (before the temporary file, during key derivation, mid dump, mid walk, between fsync and
rename, between rename and the catalog update, mid restore). The variable is read once, when the process
starts (tests set it in a child's environment): a call costs one comparison (reading os.environ at each of
the tens of thousands of calls of a backup cost 0.25 s). Only tests set it; it changes nothing in what a
job writes.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time

STOP_ENV = "BACKUP_DESK_TEST_STOP_AT"
STOP_MESSAGE = "backup-desk stopped at "
_STOP_AT = os.environ.get(STOP_ENV)


def stop_point(name: str) -> None:
    if name != _STOP_AT:
        return
    with contextlib.suppress(OSError, ValueError):
        print(STOP_MESSAGE + name, file=sys.stderr, flush=True)
    while True:  # until SIGKILL
        time.sleep(3600)
