"""The layering of docs/architecture.md, enforced: every `backup_desk` import (module level or inside a
function) is checked against the table below, and Qt is imported only by the window and the job wrapper."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import backup_desk

PACKAGE = Path(backup_desk.__file__).parent

# What the upper layers may use of the engine: its request/result contracts, progress and cancellation,
# and the URL helpers that keep passwords out of what is shown. Everything else goes through services.
ENGINE_PUBLIC = (
    "backup_desk.engine.contracts",
    "backup_desk.engine.progress",
    "backup_desk.engine.database.urls",
)
# plain helpers every layer may use
BASE = {"errors", "messages", "paths", "sizes", "resources", "testpoints", "vocabulary"}
# layer -> layers it may import (a layer may always import itself)
ALLOWED: dict[str, set[str]] = {
    "__init__": set(),
    "messages": set(),
    "errors": {"messages"},
    "paths": {"errors", "messages"},
    "sizes": set(),
    "vocabulary": {"messages"},
    "resources": set(),
    "testpoints": set(),
    "engine": BASE,
    "catalog": BASE,
    "ops": BASE | {"catalog"},
    "services": BASE | {"engine", "catalog", "ops"},
    "cli": BASE | {"services", "ops", "engine:public", "__init__"},
    "jobs": BASE | {"services", "engine:public"},
    "ui": BASE | {"services", "ops", "jobs", "engine:public", "__init__"},
    "launcher": {"cli", "ui", "self_check", "services"},  # services: the job process entry
    "self_check": BASE | {"services", "ui"},
    "__main__": {"launcher"},
}
QT_LAYERS = {"ui", "jobs", "self_check"}  # the self-test paints the window


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _imports(path: Path) -> Iterator[tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            if node.module == "backup_desk":  # `from backup_desk import cli` names a layer too
                for alias in node.names:
                    if alias.name != "__version__":
                        yield node.lineno, f"backup_desk.{alias.name}"


def _allowed(source: str, target: str) -> bool:
    src, dst = _layer(source), _layer(target)
    if src == dst:
        return True
    rules = ALLOWED[src]
    if dst == "engine" and "engine:public" in rules:
        return target.startswith(ENGINE_PUBLIC)
    return dst in rules


def violations() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__")
        layer = _layer(module)
        if layer not in ALLOWED:
            found.append(f"{module}: layer {layer!r} is not in the rules (add it here and to the doc)")
            continue
        for line, target in _imports(path):
            if target.split(".")[0] == "PySide6" and layer not in QT_LAYERS:
                found.append(f"{module}:{line} imports Qt ({target})")
            elif target.startswith("backup_desk.") and not _allowed(module, target):
                found.append(f"{module}:{line} ({layer}) imports {target}")
    return found


def test_imports_follow_the_layers() -> None:
    assert violations() == []


def test_the_rules_catch_a_violation(tmp_path: Path) -> None:
    assert not _allowed("backup_desk.ui.dialogs.restore", "backup_desk.engine.archive.reader")
    assert not _allowed("backup_desk.engine.backup", "backup_desk.services.runs")
    assert not _allowed("backup_desk.services.runs", "backup_desk.ui.format")
    assert _allowed("backup_desk.ui.dialogs.restore", "backup_desk.engine.contracts")


def test_the_doc_names_every_layer() -> None:
    doc = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    for layer in ALLOWED:
        if layer not in ("__init__", "__main__"):
            assert f"backup_desk/{layer}" in doc, layer


def test_the_window_start_does_not_load_the_database_engine() -> None:
    """`engine.database.urls` (imported at start) must not pull in dump/restore/verify and their drivers."""
    import subprocess
    import sys

    code = ("import sys, backup_desk.engine.database.urls; "
            "print(sorted(m for m in sys.modules if m.startswith('backup_desk.engine.database.')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['backup_desk.engine.database.urls']"
