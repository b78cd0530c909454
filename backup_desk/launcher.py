"""Entry point of `backup-desk`: no command opens the window, a command runs the CLI."""

from __future__ import annotations

import gc
import sys

# Options the window understands too; anything else means a CLI command.
_GUI_FLAGS = {"--debug", "--no-demo", "--quit-after-paint"}  # the last two: tests, benchmarks
_GUI_OPTIONS_WITH_VALUE = {"--home"}


def wants_gui(args: list[str]) -> bool:
    """True for no command, `gui`, and either of them with only --home DIR / --home=DIR / --debug."""
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg in _GUI_FLAGS or arg == "gui":
            continue
        if arg in _GUI_OPTIONS_WITH_VALUE:
            if not rest:
                return False  # let the CLI report the missing value
            rest.pop(0)
            continue
        if any(arg.startswith(opt + "=") for opt in _GUI_OPTIONS_WITH_VALUE):
            continue
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["--self-test"]:
        from backup_desk.self_check import main as self_test

        return self_test(args[1:])
    if args[:1] == ["--job-process"]:  # a long job of the window, in a process of its own
        from backup_desk.services.job_process import child_main

        return child_main()
    if wants_gui(args):
        from backup_desk.ui.app import run_gui

        return run_gui([a for a in args if a != "gui"])
    # Imports create objects that live as long as the command: no collection while they load (about 40 ms
    # of full passes), and none walks them afterwards (each full collection during a restore of 10,000
    # files walked them for about 50 ms).
    gc.disable()
    from backup_desk.cli import early_key

    early_key.start(args)  # before the CLI's imports: they and the key derivation overlap
    from backup_desk.cli.main import run_cli

    gc.freeze()
    gc.enable()
    return run_cli(args)
