"""Start-up benchmark of the frozen app (not a timed test): from launching the PyInstaller bundle to its
window painted (offscreen), against two peers measured in the same run:
- the same app from the source tree (`python -m backup_desk`), and
- the smallest possible PySide6 program painting one QLabel (what any Qt window costs on this machine).

Each program runs `runs` times in a fresh process; the first start on an empty home (catalog created and
migrated) is reported apart from the later starts (catalog present). Target: frozen <= 1 s.

    python bench/frozen_startup.py [--bundle dist/backup-desk/backup-desk] [--runs 7]
Prints a Markdown table (docs/benchmarks.md quotes it).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELLO = (
    "import sys\n"
    "from PySide6.QtCore import QEvent, QObject, QTimer\n"
    "from PySide6.QtWidgets import QApplication, QLabel\n"
    "app = QApplication(sys.argv[:1]); w = QLabel('hello'); w.resize(400, 300)\n"
    "class P(QObject):\n"
    "    def eventFilter(self, o, e):\n"
    "        if e.type() == QEvent.Type.Paint:\n"
    "            print('painted', flush=True); QTimer.singleShot(0, app.quit)\n"
    "        return False\n"
    "p = P(); w.installEventFilter(p); w.show(); app.exec()\n"
)


@dataclass(frozen=True)
class Timing:
    name: str
    first: float  # seconds, empty home
    later: list[float]  # seconds, catalog present

    @property
    def median(self) -> float:
        return statistics.median(self.later)


def time_to_paint(cmd: list[str]) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
                            cwd=ROOT)
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.startswith("painted"):
            elapsed = time.perf_counter() - started
            break
    proc.wait(timeout=60)
    if elapsed is None:
        raise SystemExit(f"{cmd[0]} never painted (exit {proc.returncode})")
    return elapsed


def measure(name: str, cmd: list[str], home: Path | None, runs: int) -> Timing:
    def run() -> float:
        return time_to_paint(cmd + (["--home", str(home), "--quit-after-paint"] if home else []))

    first = run()
    return Timing(name, first, [run() for _ in range(runs)])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "backup-desk" / "backup-desk"))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    bundle = Path(args.bundle)
    if not bundle.is_file():
        print(f"no bundle at {bundle}: build it with packaging/build.sh", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(suffix=".bdtmp") as tmp:
        timings = [
            measure("frozen bundle", [str(bundle)], Path(tmp) / "frozen", args.runs),
            measure("source tree (python -m backup_desk)", [sys.executable, "-m", "backup_desk"],
                    Path(tmp) / "source", args.runs),
            measure("PySide6 hello window (peer floor)", [sys.executable, "-c", HELLO], None, args.runs),
        ]
    frozen = timings[0]
    print(f"load average {os.getloadavg()[0]:.1f}; {args.runs} later starts each\n")
    print("| program | first start (empty home) s | later starts median / max s | frozen ÷ this |")
    print("| --- | ---: | ---: | ---: |")
    for t in timings:
        print(f"| {t.name} | {t.first:.2f} | {t.median:.2f} / {max(t.later):.2f} | "
              f"{frozen.median / t.median:.2f} |")
    verdict = "met" if max(frozen.first, frozen.median) <= 1.0 else "NOT met"
    print(f"\nfrozen cold start to a painted window: {frozen.median:.2f} s median (bar 1 s: {verdict})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
