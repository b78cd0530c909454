"""Translatable messages: the Text value, errors keeping their English words, and every template of the code
base translated in the French catalogue (a merge that adds an untranslated message fails here)."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from backup_desk.errors import SourceError, TargetNotEmptyError
from backup_desk.messages import CONTEXT, Text, as_text
from backup_desk.services.models import FieldError
from backup_desk.ui.i18n import TRANSLATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{\d+(?:![rsa])?(?::[^{}]*)?\}")


def _script(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def _catalogue(lang: str) -> dict[str, ET.Element]:
    root = ET.parse(TRANSLATIONS_DIR / f"backup_desk_{lang}.ts").getroot()
    out = {}
    for ctx in root.iter("context"):
        if ctx.findtext("name") == CONTEXT:
            for m in ctx.iter("message"):
                tr = m.find("translation")
                assert tr is not None
                out[m.findtext("source") or ""] = tr
    return out


def test_text_is_english_until_translated() -> None:
    text = Text("The folder {0} holds {1:,} files ({2!r}).", Path("/srv/a"), 12345, "x")
    assert str(text) == "The folder /srv/a holds 12,345 files ('x')."
    french = {"The folder {0} holds {1:,} files ({2!r}).": "Le dossier {0} contient {1:,} fichiers ({2!r})."}
    assert text.render(lambda t: french.get(t, t)) == "Le dossier /srv/a contient 12,345 fichiers ('x')."
    assert str(Text("Use {{name}} literally.")) == "Use {name} literally."
    nested = Text("Backup failed: {0}", Text("Cancelled by the user."))
    assert nested.render({"Cancelled by the user.": "Annulée.", "Backup failed: {0}": "Échec : {0}"}.get) == (
        "Échec : Annulée."
    )


def test_a_broken_translation_falls_back_to_english() -> None:
    text = Text("{0} is not a folder.", "/tmp/x")
    assert text.render(lambda _t: "{3} n’est pas un dossier.") == "/tmp/x is not a folder."


def test_json_round_trip_keeps_numbers_and_nesting() -> None:
    text = Text("{0} {1}", Text("Entry {0!r} is damaged ({1}).", "db/t", ValueError("bad")), 3)
    back = Text.from_json(text.to_json())
    assert back == Text("{0} {1}", Text("Entry {0!r} is damaged ({1}).", "db/t", "bad"), 3)
    assert str(back) == str(text)
    assert Text.from_json(None) is None and Text.from_json({"a": 1}) is None
    assert text.map_args(lambda s: s.replace("db/t", "***")).to_json()["a"][0]["a"] == ["***", "bad"]


def test_plain_strings_still_work() -> None:
    assert as_text("Cancelled by the user.") == Text("Cancelled by the user.")
    braces = as_text("driver said {oops}")
    assert str(braces) == "driver said {oops}" and braces.template == "{0}"


def test_errors_keep_english_message_and_hint_and_expose_texts() -> None:
    exc = SourceError(Text("The SQLite database {0} does not exist.", "/x.db"), Text("Check the path."))
    assert (exc.message, exc.hint, str(exc)) == (
        "The SQLite database /x.db does not exist.", "Check the path.",
        "The SQLite database /x.db does not exist. Check the path.",
    )
    assert exc.text.template == "The SQLite database {0} does not exist." and exc.text.args == ("/x.db",)
    assert exc.full_text == Text("{0} {1}", exc.text, exc.hint_text)
    old_style = TargetNotEmptyError("Not empty.")
    assert (old_style.message, old_style.hint, old_style.full_text) == ("Not empty.", "", Text("Not empty."))
    field = FieldError("name", Text("A configuration named “{0}” already exists.", "Paie"))
    assert field.message == "A configuration named “Paie” already exists."
    assert FieldError("name", "A name is required.").text == Text("A name is required.")


def test_no_error_message_left_as_a_bare_literal() -> None:
    """What messages_codemod.py rewrites: a literal or f-string message given to an error. After a merge,
    run `scripts/messages_codemod.py` (and `scripts/update_messages.py`) to fix this test."""
    assert _script("messages_codemod").main(["--check"]) == 0


def test_codemod_rewrites_fstrings_and_literals(tmp_path: Path) -> None:
    codemod = _script("messages_codemod")
    sample = tmp_path / "sample.py"
    sample.write_text(
        'from backup_desk.errors import UserInputError\n\n\n'
        'def f(n: int, path: str) -> None:\n'
        '    raise UserInputError(f"{n:,} rows in {path!r}; {{kept}} {n:,}", "Check {it}.")\n',
        encoding="utf-8",
    )
    assert codemod.main([str(sample)]) == 0
    text = sample.read_text(encoding="utf-8")
    assert 'Text("{0:,} rows in {1!r}; {{kept}} {0:,}", n, path)' in text
    assert 'Text("Check {{it}}.")' in text
    assert "from backup_desk.messages import Text" in text
    assert codemod.main(["--check", str(sample)]) == 0  # nothing left to do: running it again is safe


def test_every_template_is_translated_in_french() -> None:
    templates = _script("update_messages").code_templates()
    assert len(templates) > 200
    french, english = _catalogue("fr"), _catalogue("en")
    missing = sorted(t for t in templates if t not in french or t not in english)
    assert missing == [], "run scripts/update_messages.py, then translate: " + repr(missing[:10])
    untranslated = sorted(t for t in templates if french[t].get("type") == "unfinished" or not french[t].text)
    assert untranslated == [], "translate in backup_desk_fr.ts: " + repr(untranslated[:10])
    for template in templates:
        translation = french[template].text or ""
        assert sorted(PLACEHOLDER.findall(template)) == sorted(PLACEHOLDER.findall(translation)), template
        assert translation != template or not re.search(r"[a-z]{4}", template), template


@pytest.mark.usefixtures("qapp")
def test_french_qm_translates_messages() -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from backup_desk.ui.controllers.errors import tr_text

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / "backup_desk_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        text = Text("{0} {1}", Text("The folder {0} is not empty.", "/srv/x"),
                    Text("Choose an empty or new folder, or ask to replace what is there."))
        assert tr_text(text) == (
            "Le dossier /srv/x n’est pas vide. "
            "Choisissez un dossier vide ou nouveau, ou demandez à remplacer son contenu."
        )
    finally:
        QCoreApplication.removeTranslator(translator)


def test_joined_texts_translate_one_by_one() -> None:
    from backup_desk.messages import joined

    text = joined([Text("{0}: {1}", "name", Text("A name is required.")), Text("Choose {{x}}.")])
    assert str(text) == "name: A name is required.; Choose {x}."
    french = {"A name is required.": "Un nom est obligatoire."}
    assert text.render(lambda t: french.get(t, t)) == (
        "name: Un nom est obligatoire.; Choose {x}."
    )
