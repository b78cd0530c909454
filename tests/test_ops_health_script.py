"""scripts/backup_health_check.sh, run for real: --yes applies every safe fix; interactive answers are
honoured (no = nothing changes, no terminal = nothing changes, yes = fixed)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from backup_desk.catalog.models import Configuration
from backup_desk.services.context import AppContext
from tests.support.cli import REPO_ROOT, cli_env
from tests.support.ops_rows import add_row, dead_pid, old, row_state

SCRIPT = REPO_ROOT / "scripts" / "backup_health_check.sh"


def _broken_home(home: Path, tmp_path: Path) -> dict[str, Path]:
    ctx = AppContext.open(home, recover=False)
    temp = ctx.paths.default_backups_dir / "killed.zip.bdtmp"
    temp.write_bytes(b"half an archive")
    old(temp)
    orphan = ctx.paths.tmp_dir / "restore-staging.bdtmp"
    orphan.mkdir()
    old(orphan)
    row = add_row(ctx, pid=dead_pid(), temp_path=temp)
    dest = tmp_path / "usb-drive" / "backups"
    with ctx.catalog.write() as session:
        session.add(Configuration(name="usb", backup_type="full", destination=str(dest),
                                  source_url=f"sqlite:///{tmp_path / 'app.db'}"))
    for i in (1, 2, 3):  # old rotated logs: 240 MB (sparse) in all
        with open(ctx.paths.log_dir / f"backup_operations.log.{i}", "wb") as fh:
            fh.truncate(80 * 1024 * 1024)
    ctx.close()
    return {"temp": temp, "orphan": orphan, "dest": dest, "row": Path(str(row))}


def _run(home: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = cli_env(extra={"BACKUP_DESK_CMD": f"{sys.executable} -m backup_desk", "PYTHON": sys.executable})
    return subprocess.run(["bash", str(SCRIPT), "--home", str(home), *args], env=env, cwd=REPO_ROOT,
                          input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                          capture_output=True, text=True, timeout=120)


def _state(home: Path, things: dict[str, Path]) -> dict[str, object]:
    ctx = AppContext.open(home, recover=False)
    try:
        status = row_state(ctx, int(things["row"].name))[0]
    finally:
        ctx.close()
    rotated = len(list((home / "logs").glob("*.log.*")))
    return {"temp": things["temp"].exists(), "orphan": things["orphan"].exists(),
            "dest": things["dest"].is_dir(), "rotated": rotated, "row": status}


def test_yes_applies_every_safe_fix(home: Path, tmp_path: Path) -> None:
    things = _broken_home(home, tmp_path)
    result = _run(home, "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    for section in ("Directories & permissions", "Disk space", "Stuck operations", "Temporary files",
                    "Log sizes", "Dependencies", "Configuration", "tools able to open archives"):
        assert section in out
    assert "[FAIL] Directories & permissions" in out and "[WARN] Stuck operations" in out
    assert "== After the fixes ==" in out and "Overall: healthy." in out
    after = _state(home, things)
    assert after == {"temp": False, "orphan": False, "dest": True, "rotated": 0, "row": "failed"}


def test_interactive_answers(home: Path, tmp_path: Path) -> None:
    things = _broken_home(home, tmp_path)
    before = _state(home, things)
    assert before == {"temp": True, "orphan": True, "dest": False, "rotated": 3, "row": "running"}

    no_terminal = _run(home)
    assert no_terminal.returncode == 2 and "(no answer: skipped)" in no_terminal.stdout
    refused = _run(home, stdin="n\nn\nn\nn\n")
    assert refused.returncode == 2 and "Overall: errors remain." in refused.stdout
    assert _state(home, things) == before

    # Folders: yes; stuck operations: no; temporary files: yes; logs: yes.
    partly = _run(home, stdin="y\nn\ny\ny\n")
    assert partly.returncode == 1, partly.stdout + partly.stderr  # the stuck row is still there
    # The killed run's temporary file is a leftover too (its process is dead), the row stays open.
    after = _state(home, things)
    assert after == {"temp": False, "orphan": False, "dest": True, "rotated": 0, "row": "running"}
