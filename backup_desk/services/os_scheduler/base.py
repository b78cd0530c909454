"""What every OS scheduler backend provides, and the command line they all register."""

from __future__ import annotations

import hashlib
import shlex
import sys
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path

INTERVAL_MINUTES = 15
MARKER = "Written by Backup Desk (backup-desk scheduler install); removed by `scheduler uninstall`."


def run_due_command(home: Path | None) -> list[str]:
    """The program and arguments the OS runs every INTERVAL_MINUTES (absolute paths only: timers start in
    an unknown folder with a minimal environment). No home: the user's default folders."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "backup_desk"]
    return [*program, "run-due", "--quiet", *(["--home", str(home)] if home is not None else [])]


def home_tag(home: Path | None) -> str:
    """A short stable tag per home folder, so two homes can be scheduled side by side."""
    return "default" if home is None else hashlib.sha256(str(home).encode("utf-8")).hexdigest()[:8]


def shell_join(args: list[str]) -> str:
    return " ".join(shlex.quote(a) for a in args)


@dataclass(frozen=True)
class Status:
    backend: str
    installed: bool  # our files / entry are in place
    active: bool  # the OS will actually run them (timer enabled, task registered, agent loaded)
    detail: str  # plain words: where, and what is missing
    files: tuple[str, ...] = ()


class Backend(ABC):
    name = ""

    def __init__(self, home: Path | None, state_dir: Path) -> None:
        self.home = home.expanduser().resolve() if home is not None else None
        self.state_dir = state_dir  # where a backend keeps files of its own (the Windows task XML)

    @abstractmethod
    def install(self) -> Status: ...

    @abstractmethod
    def uninstall(self) -> Status: ...

    @abstractmethod
    def status(self) -> Status: ...


def run_quiet(args: list[str], timeout: float = 30) -> tuple[int, str]:
    import subprocess

    try:
        proc = subprocess.run(args, capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.SubprocessError) as exc:
        return 127, str(exc)
    return proc.returncode, (proc.stdout + proc.stderr).strip()
