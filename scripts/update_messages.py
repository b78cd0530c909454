#!/usr/bin/env python3
"""Keeps the "Messages" context of both Qt catalogues in step with the code, then rebuilds the .qm files.

Every `Text("template", …)` written in backup_desk/ (errors, hints, field errors, recorded failures; see
backup_desk/messages.py) is a message id. Templates missing from a catalogue are added: English translated
as itself, French marked unfinished (tests/test_messages.py fails until someone translates them). Existing
translations are kept; templates no longer in the code are dropped (and printed, with their translation).

    .venv/bin/python scripts/update_messages.py                  # update both .ts, rebuild both .qm
    .venv/bin/python scripts/update_messages.py --translations fr.json   # also set French translations
                                                                 # from a {"template": "traduction"} file
    .venv/bin/python scripts/update_messages.py --check          # change nothing; exit 1 when out of step
    .venv/bin/python scripts/update_messages.py --untranslated   # list the French entries still to do
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "backup_desk"
TRANSLATIONS = PACKAGE / "ui" / "translations"
LANGUAGES = ("en", "fr")
CONTEXT = "Messages"  # backup_desk.messages.CONTEXT
MESSAGES_MODULE = "backup_desk.messages"
LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Found:
    template: str
    path: Path
    line: int


def _text_names(tree: ast.Module) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == MESSAGES_MODULE:
            names |= {a.asname or a.name for a in node.names if a.name == "Text"}
    return names


def templates_in(path: Path) -> list[Found]:
    """Every literal template given to backup_desk.messages.Text in this file (not Text.plain)."""
    tree = ast.parse(path.read_bytes())
    names = _text_names(tree) | ({"Text"} if path == PACKAGE / "messages.py" else set())
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names
                and node.args and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)):
            template = node.args[0].value
            if LETTER.search(template.replace("{", " ").replace("}", " ")):  # not "{0}" or "{0} {1}"
                found.append(Found(template, path, node.lineno))
    return found


def code_templates(package: Path = PACKAGE) -> dict[str, Found]:
    """Template -> its first use, over the whole package."""
    out: dict[str, Found] = {}
    for path in sorted(package.rglob("*.py")):
        for f in templates_in(path):
            out.setdefault(f.template, f)
    return out


def catalogue(lang: str) -> Path:
    return TRANSLATIONS / f"backup_desk_{lang}.ts"


def messages_context(root: ET.Element) -> ET.Element:
    for ctx in root.findall("context"):
        if ctx.findtext("name") == CONTEXT:
            return ctx
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    return ctx


def translations(lang: str) -> dict[str, ET.Element]:
    """Source -> <translation> element of the Messages context (read only)."""
    root = ET.parse(catalogue(lang)).getroot()
    ctx = messages_context(root)
    return {m.findtext("source") or "": m.find("translation") for m in ctx.findall("message")
            if m.find("translation") is not None}  # type: ignore[misc]


def update(lang: str, templates: dict[str, Found], given: dict[str, str]) -> tuple[bool, list[str]]:
    """Brings one catalogue in step; returns (changed, dropped templates with their translation)."""
    path = catalogue(lang)
    before = path.read_bytes()
    tree = ET.parse(path)
    root = tree.getroot()
    ctx = messages_context(root)
    old = {m.findtext("source") or "": m for m in ctx.findall("message")}
    dropped = [f"{s!r} -> {(m.findtext('translation') or '')!r}"
               for s, m in old.items() if s not in templates]
    for m in list(ctx.findall("message")):
        ctx.remove(m)
    for source in sorted(templates):
        message = old.get(source)
        if message is None:
            message = ET.Element("message")
            ET.SubElement(message, "source").text = source
            tr = ET.SubElement(message, "translation")
            if lang == "en":
                tr.text = source
            else:
                tr.set("type", "unfinished")
        tr = message.find("translation")
        assert tr is not None
        if lang != "en" and source in given:
            tr.text = given[source]
            tr.attrib.pop("type", None)
        ctx.append(message)
    root.text = "\n"
    for c in root:
        ET.indent(c, space="    ")
        c.tail = "\n"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    after = path.read_bytes()
    return after != before, dropped


def lrelease() -> str:
    near = Path(sys.executable).parent / "pyside6-lrelease"
    found = str(near) if near.exists() else shutil.which("pyside6-lrelease")
    if not found:
        sys.exit("pyside6-lrelease not found: run this with the project's .venv/bin/python")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when out of step")
    parser.add_argument("--untranslated", action="store_true", help="list the French entries still to do")
    parser.add_argument("--translations", type=Path, help='JSON {"English template": "French"} to apply')
    options = parser.parse_args(argv)
    templates = code_templates()
    if options.check or options.untranslated:
        status = 0
        for lang in LANGUAGES:
            known = translations(lang)
            for source, found in sorted(templates.items()):
                tr = known.get(source)
                if tr is None:
                    print(f"{lang}: missing {source!r} ({found.path.relative_to(ROOT)}:{found.line})")
                    status = 1
                elif tr.get("type") == "unfinished" or not tr.text:
                    print(f"{lang}: untranslated {source!r}")
                    status = 1
            if options.check:
                status |= int(any(s not in templates for s in known))
        return status
    given: dict[str, str] = {}
    if options.translations:
        given = json.loads(options.translations.read_text(encoding="utf-8"))
        unknown = sorted(set(given) - set(templates))
        for source in unknown:
            print(f"not in the code, ignored: {source!r}")
    for lang in LANGUAGES:
        changed, dropped = update(lang, templates, given)
        for item in dropped:
            print(f"{lang}: dropped (no longer in the code) {item}")
        ts = catalogue(lang)
        subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"{ts.relative_to(ROOT)}: {'updated' if changed else 'unchanged'}; .qm rebuilt")
    missing = [s for s, tr in translations("fr").items() if tr.get("type") == "unfinished" or not tr.text]
    if missing:
        print(f"{len(missing)} French message(s) to translate: run with --untranslated to list them")
    return 0


if __name__ == "__main__":
    sys.exit(main())
