"""Run one command and measure it: wall time, CPU (user + system of the whole process tree) and peak RSS.

Each measurement runs in a fresh wrapper process (`python -m bench.measure OUT.json -- CMD…`), so the
resource usage of its children is exactly the command's, whatever ran before in the harness. Peak RSS is
the largest single process of the tree (`ru_maxrss`); for a shell pipeline that is its largest stage.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Measurement:
    wall_s: float
    user_s: float
    sys_s: float
    peak_rss_mb: float
    returncode: int

    @property
    def cpu_s(self) -> float:
        return self.user_s + self.sys_s


class CommandFailed(RuntimeError):
    pass


def measure(cmd: Sequence[str], *, cwd: Path | None = None, env: Mapping[str, str] | None = None,
            timeout: float = 3600, check: bool = True) -> Measurement:
    """Run `cmd` (an argv list; use ["bash", "-c", "a | b"] for pipelines) under the wrapper."""
    fd, out_name = tempfile.mkstemp(prefix="bench-measure-", suffix=".json")
    os.close(fd)
    out = Path(out_name)
    wrapper_env = dict(env if env is not None else os.environ)
    # The wrapper must import this module whatever the command's working directory is.
    root = str(Path(__file__).resolve().parent.parent)
    wrapper_env["PYTHONPATH"] = os.pathsep.join(filter(None, [root, wrapper_env.get("PYTHONPATH")]))
    try:
        done = subprocess.run([sys.executable, "-m", "bench.measure", str(out), "--", *cmd], cwd=cwd,
                              env=wrapper_env, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout)
        data = json.loads(out.read_text() or "{}")
    finally:
        out.unlink(missing_ok=True)
    if not data:
        raise CommandFailed(f"measurement wrapper failed: {done.stderr.decode(errors='replace')[-2000:]}")
    m = Measurement(**data)
    if check and m.returncode != 0:
        lines = done.stderr.decode(errors="replace").strip().splitlines()
        why = " / ".join(lines[-3:]) or "(no error output)"
        raise CommandFailed(f"exit {m.returncode}: {why[:500]}\ncommand: {' '.join(cmd)[:500]}")
    return m


def _child_main(argv: list[str]) -> int:
    out, sep, *cmd = argv
    if sep != "--" or not cmd:
        print("usage: python -m bench.measure OUT.json -- CMD...", file=sys.stderr)
        return 2
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    returncode = subprocess.call(cmd)
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = Measurement(wall_s=wall, user_s=after.ru_utime - before.ru_utime,
                         sys_s=after.ru_stime - before.ru_stime,
                         peak_rss_mb=after.ru_maxrss / 1024,  # kB on Linux
                         returncode=returncode)
    Path(out).write_text(json.dumps(result.__dict__))
    return 0


if __name__ == "__main__":
    raise SystemExit(_child_main(sys.argv[1:]))
