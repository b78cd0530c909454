"""Every hint that names a command or an option names one the CLI really has.

Hints are the second argument of the errors raised anywhere in the package (BackupDeskError and its
subclasses): a command line in them stands between backticks and is parsed here by the real parser;
an option named anywhere in a hint (`--replace`) must be an option of some command.
"""

from __future__ import annotations

import argparse
import ast
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

import backup_desk
from backup_desk.cli.main import build_parser

PACKAGE = Path(backup_desk.__file__).parent
COMMAND = re.compile(r"`backup-desk( [^`]*)?`")
OPTION = re.compile(r"(?<![\w-])--[a-z][a-z-]+")
ERROR_NAME = re.compile(r"(Error|Refused)$")


def _text(node: ast.expr) -> str | None:
    """A string literal, an f-string or a Text template, with placeholders as `{}` (constant parts are
    checked)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("Text", "MessageText") and node.args:
        template = _text(node.args[0])  # backup_desk.messages.Text("template {0}", …)
        return None if template is None else re.sub(r"\{\d+[^{}]*\}", "{}", template)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        return None if left is None or right is None else left + right
    return None


def hints() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if not ERROR_NAME.search(name):
                continue
            texts = [node.args[1]] if len(node.args) > 1 else []
            texts += [k.value for k in node.keywords if k.arg == "hint"]
            for arg in texts:
                text = _text(arg)
                if text:
                    yield f"{path.relative_to(PACKAGE.parent)}:{node.lineno}", text


def _subparsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _subparsers(sub)


def _all_options() -> set[str]:
    return {opt for p in _subparsers(build_parser()) for a in p._actions for opt in a.option_strings}


def _concrete(line: str) -> list[str]:
    """`backup-desk show {}` / `… [--dry-run]` / `… --scan-dir=<where>` → arguments the parser accepts."""
    line = re.sub(r"<[^>]*>", "x", line).replace("{}", "1").replace("...", "")
    line = re.sub(r"\[([^\]]*)\]", r"\1", line)  # optional parts are given
    words = []
    for word in shlex.split(line):
        word = word.split("|")[0]  # alternatives: the first stands for them all
        words.append("x" if re.fullmatch(r"[A-Z]+", word) else word)
    return words


def test_hints_are_found() -> None:
    found = list(hints())
    assert len(found) > 50 and any(COMMAND.search(t) for _, t in found)


@pytest.mark.parametrize(("where", "hint"), [h for h in hints() if COMMAND.search(h[1])])
def test_command_lines_in_hints_parse(where: str, hint: str) -> None:
    parser = build_parser()
    for match in COMMAND.finditer(hint):
        args = _concrete(match.group(1) or "")
        try:
            parser.parse_args(args)
        except SystemExit as exc:
            pytest.fail(f"{where}: the hint's command `backup-desk {' '.join(args)}` does not parse "
                        f"(exit {exc.code}): {hint}")


def test_options_named_in_hints_exist() -> None:
    known = _all_options()
    unknown = [(where, opt) for where, hint in hints() for opt in OPTION.findall(hint) if opt not in known]
    assert unknown == []
