#!/usr/bin/env python3
"""Rewrites the messages of error constructors into translatable texts; safe to run again and again.

Every call of a BackupDeskError subclass (found in the package by following class bases) and of
FieldError whose message or hint is a string literal or an f-string becomes `Text("template", arg0, …)`:
f"The folder {path} does not exist." -> Text("The folder {0} does not exist.", path); `{x!r}` -> `{0!r}`,
`{n:,}` -> `{0:,}`, literal braces are doubled. The import of Text is added (then sorted by ruff).
Anything else given as a message (a variable, a concatenation, `.format`) is listed for a person to check.

    .venv/bin/python scripts/messages_codemod.py            # rewrite backup_desk/, list what is left
    .venv/bin/python scripts/messages_codemod.py --check    # rewrite nothing; exit 1 if a call needs it
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "backup_desk"
BASE_ERROR = "BackupDeskError"
LINE_LENGTH = 110
MESSAGES_MODULE = "backup_desk.messages"
# callable name -> (positions of its message arguments, keyword names of the same arguments): FieldError,
# and helpers that build an error from a message (add any new one here)
HELPERS = {"FieldError": ((1,), ("message",)), "_refuse": ((0,), ("problem",))}
ERROR_ARGS = ((0, 1), ("message", "hint"))
CONVERSIONS = {-1: "", ord("s"): "!s", ord("r"): "!r", ord("a"): "!a"}


@dataclass(frozen=True)
class Edit:
    start: int  # byte offsets in the file
    end: int
    text: str


@dataclass(frozen=True)
class Left:
    path: Path
    line: int
    source: str

    def __str__(self) -> str:
        where = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{where}:{self.line}: check by hand: {self.source}"


def error_classes(files: list[Path]) -> set[str]:
    """Names of BackupDeskError and every class deriving from it anywhere in the package."""
    bases: dict[str, set[str]] = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_bytes())):
            if isinstance(node, ast.ClassDef):
                names = {b.id if isinstance(b, ast.Name) else b.attr for b in node.bases
                         if isinstance(b, ast.Name | ast.Attribute)}
                bases.setdefault(node.name, set()).update(names)
    found = {BASE_ERROR}
    while True:
        more = {name for name, parents in bases.items() if parents & found} - found
        if not more:
            return found
        found |= more


def text_names(tree: ast.Module) -> set[str]:
    """Local names bound to backup_desk.messages.Text in this module (aliases included)."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == MESSAGES_MODULE:
            names |= {a.asname or a.name for a in node.names if a.name == "Text"}
    return names


def other_binding_of_text(tree: ast.Module) -> bool:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module != MESSAGES_MODULE and any(
                (a.asname or a.name) == "Text" for a in node.names):
            return True
    return False


def quote(value: str) -> str:
    body = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{body}"'


def expression(node: ast.expr, source: str) -> str:
    """The expression's own source when it reads back as the same tree, else an unparsed form (the
    positions of expressions inside f-strings are not always right before Python 3.12)."""
    segment = ast.get_source_segment(source, node)
    if segment is not None:
        try:
            if ast.dump(ast.parse(segment.strip(), mode="eval").body) == ast.dump(node):
                return segment.strip()
        except SyntaxError:
            pass
    return ast.unparse(node)


def template_of(node: ast.expr, source: str) -> tuple[str, list[str]] | None:
    """(template, argument sources) for a string literal or an f-string; None for anything else."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}"), []
    if not isinstance(node, ast.JoinedStr):
        return None
    parts: list[str] = []
    args: list[str] = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value).replace("{", "{{").replace("}", "}}"))
            continue
        assert isinstance(value, ast.FormattedValue)
        spec = ""
        if value.format_spec is not None:
            pieces = value.format_spec.values if isinstance(value.format_spec, ast.JoinedStr) else []
            if not all(isinstance(p, ast.Constant) for p in pieces):
                return None  # a computed format spec: left to a person
            spec = ":" + "".join(str(p.value) for p in pieces if isinstance(p, ast.Constant))
        expr = expression(value.value, source)
        if expr not in args:
            args.append(expr)
        parts.append(f"{{{args.index(expr)}{CONVERSIONS[value.conversion]}{spec}}}")
    return "".join(parts), args


def chunks(template: str, width: int) -> list[str]:
    """The template cut at spaces into pieces of at most `width` characters (when it can be)."""
    out: list[str] = []
    current = ""
    for word in template.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and len(quote(candidate + " ")) > width:
            out.append(current + " ")
            current = word
        else:
            current = candidate
    out.append(current)
    return out


def rendering(name: str, template: str, args: list[str], column: int, rest_of_line: int) -> str:
    """`Name("template", args…)` on one line when it fits, else the template cut over several lines
    (aligned after the opening parenthesis) with the arguments on the last one, or on their own."""
    tail = "".join(f", {a}" for a in args) + ")"
    one_line = f"{name}({quote(template)}{tail}"
    if column + len(one_line) + rest_of_line <= LINE_LENGTH:
        return one_line
    indent = column + len(name) + 1
    room = LINE_LENGTH - indent
    for width in range(room, 30, -8):
        lines = [quote(p) for p in chunks(template, width)]
        if indent + len(lines[-1]) + len(tail) + rest_of_line <= LINE_LENGTH:
            lines[-1] += tail
            break
    else:
        lines = [quote(p) for p in chunks(template, room - 1)]
        if args:
            lines[-1] += ","
            lines.append(", ".join(args) + ")")
        else:
            lines[-1] += ")"
    return f"{name}(" + ("\n" + " " * indent).join(lines)


class FileRewrite:
    def __init__(self, path: Path, classes: set[str]) -> None:
        self.path = path
        self.raw = path.read_bytes()
        self.source = self.raw.decode("utf-8")
        self.tree = ast.parse(self.raw)
        self.classes = classes
        self.line_starts = [0]
        for line in self.raw.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))
        names = text_names(self.tree)
        self.has_import = bool(names)
        self.name = next(iter(sorted(names))) if names else (
            "MessageText" if other_binding_of_text(self.tree) else "Text")
        self.edits: list[Edit] = []
        self.left: list[Left] = []

    def offset(self, line: int, col: int) -> int:
        return self.line_starts[line - 1] + col

    def message_args(self, call: ast.Call) -> list[ast.expr]:
        func = call.func
        called = func.id if isinstance(func, ast.Name) else (
            func.attr if isinstance(func, ast.Attribute) else "")
        if called in HELPERS:
            positions, keywords = HELPERS[called]
        elif called in self.classes:
            positions, keywords = ERROR_ARGS
        else:
            return []
        found = [call.args[i] for i in positions
                 if i < len(call.args) and not isinstance(call.args[i], ast.Starred)]
        return found + [k.value for k in call.keywords if k.arg in keywords]

    def is_text(self, node: ast.expr) -> bool:
        if isinstance(node, ast.IfExp):
            return self.is_text(node.body) and self.is_text(node.orelse)
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in (self.name, "Text"):
                return True
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in (
                    self.name, "Text"):
                return True
        # Already a Text by naming convention: an error's own texts, or an upper-case constant.
        if isinstance(node, ast.Attribute) and node.attr in ("text", "hint_text", "full_text"):
            return True
        return isinstance(node, ast.Name) and node.id.isupper()

    def run(self, constants: set[str]) -> None:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                self.rewrite_call(node)
        # Module constants given as a message somewhere (`_HINT = "…"`) become texts too.
        for node in self.tree.body:
            if (isinstance(node, ast.Assign) and len(node.targets) == 1
                    and isinstance(node.targets[0], ast.Name) and node.targets[0].id in constants
                    and not self.is_text(node.value)):
                found = template_of(node.value, self.source)
                if found is None:
                    self.left.append(Left(self.path, node.lineno, node.targets[0].id))
                    continue
                value = node.value
                assert value.end_lineno is not None and value.end_col_offset is not None
                start = self.offset(value.lineno, value.col_offset)
                end = self.offset(value.end_lineno, value.end_col_offset)
                column = len(self.raw[self.line_starts[value.lineno - 1]:start].decode("utf-8"))
                self.edits.append(Edit(start, end, rendering(self.name, *found, column, 0)))

    def constant_names(self) -> set[str]:
        """Upper-case names given as a message in this module (candidates for module constants)."""
        names = set()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                names |= {a.id for a in self.message_args(node) if isinstance(a, ast.Name) and a.id.isupper()}
        return names

    def rewrite_call(self, call: ast.Call) -> None:
        args = sorted(self.message_args(call), key=lambda a: (a.lineno, a.col_offset))
        rewritten = [not self.is_text(a) and template_of(a, self.source) is not None
                     and not (isinstance(a, ast.Constant) and a.value == "") for a in args]
        previous: tuple[ast.expr, int] | None = None  # the last rewritten argument, its last line's length
        for i, arg in enumerate(args):
            if self.is_text(arg) or (isinstance(arg, ast.Constant) and arg.value == ""):
                continue
            found = template_of(arg, self.source)
            if not rewritten[i] or found is None:
                segment = ast.get_source_segment(self.source, arg) or ast.unparse(arg)
                self.left.append(Left(self.path, arg.lineno, " ".join(segment.split())))
                continue
            template, values = found
            assert arg.end_lineno is not None and arg.end_col_offset is not None
            start = self.offset(arg.lineno, arg.col_offset)
            end = self.offset(arg.end_lineno, arg.end_col_offset)
            line_end = self.raw.find(b"\n", end)
            rest = len(self.raw[end:line_end if line_end >= 0 else len(self.raw)].decode("utf-8"))
            if i + 1 < len(args) and rewritten[i + 1] and args[i + 1].lineno == arg.end_lineno:
                rest = 1  # the next argument moves to its own line if this line gets too long
            column = len(self.raw[self.line_starts[arg.lineno - 1]:start].decode("utf-8"))
            prefix = ""
            if previous is not None and previous[0].end_lineno == arg.lineno:
                text = rendering(self.name, template, values, 0, 0)
                if previous[1] + 2 + len(text.splitlines()[0]) + rest > LINE_LENGTH:
                    # Break after the comma; align under the previous argument.
                    first = previous[0]
                    start = self.offset(first.end_lineno or first.lineno, first.end_col_offset or 0)
                    start = self.raw.index(b",", start) + 1
                    column = len(self.raw[self.line_starts[first.lineno - 1]:self.offset(
                        first.lineno, first.col_offset)].decode("utf-8"))
                    prefix = "\n" + " " * column
            text = rendering(self.name, template, values, column, rest)
            last = text.splitlines()[-1]
            previous = (arg, (column if "\n" not in text else 0) + len(last))
            self.edits.append(Edit(start, end, prefix + text))

    def rewritten(self) -> bytes:
        out = self.raw
        for edit in sorted(self.edits, key=lambda e: e.start, reverse=True):
            out = out[:edit.start] + edit.text.encode("utf-8") + out[edit.end:]
        if self.edits and not self.has_import:
            out = self.add_import(out)
        return out

    def add_import(self, raw: bytes) -> bytes:
        alias = "" if self.name == "Text" else f" as {self.name}"
        line = f"from {MESSAGES_MODULE} import Text{alias}\n".encode()
        body = self.tree.body
        imports = [n for n in body if isinstance(n, ast.Import | ast.ImportFrom)]
        if imports:
            after = imports[-1].end_lineno or imports[-1].lineno
        else:  # after the docstring, or at the top
            first = body[0] if body else None
            doc = first is not None and isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
            after = (first.end_lineno or 0) if doc and first is not None else 0
            line = b"\n" + line
        at = self.line_starts[after] if after < len(self.line_starts) else len(raw)
        return raw[:at] + line + raw[at:]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 when a call needs rewriting")
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders (default: backup_desk/)")
    options = parser.parse_args(argv)
    files = sorted(p for root in options.paths or [PACKAGE]
                   for p in ([root] if root.is_file() else root.rglob("*.py")))
    classes = error_classes(sorted(PACKAGE.rglob("*.py")))
    constants = set().union(*(FileRewrite(p, classes).constant_names()
                              for p in sorted(PACKAGE.rglob("*.py"))))
    changed: list[Path] = []
    left: list[Left] = []
    for path in files:
        rewrite = FileRewrite(path.resolve(), classes)
        rewrite.run(constants)
        left += rewrite.left
        if rewrite.edits:
            changed.append(path)
            if options.check:
                for edit in rewrite.edits:
                    line = rewrite.raw[:edit.start].count(b"\n") + 1
                    print(f"{path}:{line}: needs Text(…): {edit.text.splitlines()[0]}")
            else:
                path.write_bytes(rewrite.rewritten())
    for item in left:
        print(item)
    if options.check:
        return 1 if changed else 0
    if changed:
        # Sort the added imports the way the project does (ruff's isort rules).
        subprocess.run([sys.executable, "-m", "ruff", "check", "--fix", "--select", "I", "--quiet",
                        *map(str, changed)], check=False)
        print(f"rewrote {len(changed)} file(s); {len(left)} message(s) to check by hand")
    return 0


if __name__ == "__main__":
    sys.exit(main())
