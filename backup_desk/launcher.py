"""Entry point of `backup-desk`: no command opens the window, a command runs the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    gui_only = [a for a in args if a not in ("--debug",) and not a.startswith("--home")]
    if not gui_only or args == ["gui"]:
        from backup_desk.ui.app import run_gui

        return run_gui(args)
    from backup_desk.cli.main import run_cli

    return run_cli(args)
