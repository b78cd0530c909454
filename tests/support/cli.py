"""Running `python -m backup_desk ...` in a real subprocess, as a script or an admin would.

The child inherits the test's environment (conftest sets PYTHONPATH and the test keyring file), gets
`--home` appended, no terminal on stdin (so prompts are refused, as in a script) and no
BACKUP_DESK_PASSPHRASE unless the test passes one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class CliResult:
    code: int
    stdout: str
    stderr: str
    args: tuple[str, ...]

    def json(self) -> Any:
        return json.loads(self.stdout)

    def __str__(self) -> str:  # shown by pytest when an assertion fails
        return (f"$ backup-desk {' '.join(self.args)}\nexit {self.code}\n"
                f"--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}")


def cli_env(passphrase: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("BACKUP_DESK_PASSPHRASE", None)
    env.pop("BACKUP_DESK_HOME", None)
    env["PYTHONUNBUFFERED"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH")]))
    if passphrase is not None:
        env["BACKUP_DESK_PASSPHRASE"] = passphrase
    env.update(extra or {})
    return env


def command(home: Path, args: tuple[str, ...]) -> list[str]:
    return [sys.executable, "-m", "backup_desk", *args, "--home", str(home)]


def run_cli(home: Path, *args: str, passphrase: str | None = None, env: dict[str, str] | None = None,
            stdin: str | None = None, timeout: float = 180) -> CliResult:
    proc = subprocess.run(
        command(home, args), cwd=REPO_ROOT, env=cli_env(passphrase, env), timeout=timeout,
        input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True, text=True, encoding="utf-8",
    )
    return CliResult(proc.returncode, proc.stdout, proc.stderr, args)


def start_cli(home: Path, *args: str, passphrase: str | None = None,
              env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """A running child (stdout/stderr pipes, line buffered) for tests that interrupt it."""
    return subprocess.Popen(
        command(home, args), cwd=REPO_ROOT, env=cli_env(passphrase, env), stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8", bufsize=1,
    )


def ok(result: CliResult) -> CliResult:
    """Asserts success and returns the result (keeps tests short: `data = ok(run_cli(...)).json()`)."""
    assert result.code == 0, str(result)
    return result


def failed(result: CliResult, code: int, *words: str) -> CliResult:
    """Asserts the error contract: exit `code`, nothing on stdout, an error and a hint on stderr that
    mention every one of `words` (case-insensitive)."""
    assert result.code == code, str(result)
    assert result.stdout == "", str(result)
    assert "error:" in result.stderr and "hint:" in result.stderr, str(result)
    assert "Traceback" not in result.stderr, str(result)
    for word in words:
        assert word.lower() in result.stderr.lower(), f"{word!r} not in stderr\n{result}"
    return result


def run_in_pty(home: Path, *args: str, dialogue: list[tuple[str, str]], passphrase: str | None = None,
               timeout: float = 60) -> tuple[int, str]:
    """Runs the command on a real pseudo-terminal (so getpass and the TTY checks see a terminal); for each
    (expected text, answer) waits for the text in the output, then types the answer. Returns (exit code,
    everything the terminal showed)."""
    import pty
    import select
    import time

    env = cli_env(passphrase)
    pid, fd = pty.fork()
    if pid == 0:  # child: the pty is its controlling terminal
        try:
            os.chdir(REPO_ROOT)
            os.execve(sys.executable, command(home, args), env)
        finally:
            os._exit(127)
    seen, pos, steps, deadline = b"", 0, list(dialogue), time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            at = seen.find(steps[0][0].encode(), pos) if steps else -1
            if at >= 0:  # each prompt is matched after the previous one, so a repeated prompt waits
                expected, answer = steps.pop(0)
                pos = at + len(expected.encode())
                os.write(fd, answer.encode() + b"\n")
            ready, _, _ = select.select([fd], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not chunk:
                    break
                seen += chunk
        else:
            os.kill(pid, 9)
            raise AssertionError(f"timed out; terminal showed:\n{seen.decode(errors='replace')}")
    finally:
        os.close(fd)
    _, status = os.waitpid(pid, 0)
    assert not steps, f"prompts never shown: {steps}\n{seen.decode(errors='replace')}"
    return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")
