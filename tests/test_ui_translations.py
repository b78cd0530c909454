"""The French and English catalogues: complete, placeholders kept, compiled .qm loadable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from backup_desk.ui.i18n import TRANSLATIONS_DIR

PLACEHOLDER = re.compile(r"\{\d+(?:![rsa])?(?::[^{}]*)?\}")  # {0}, {0!r}, {0:,}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_catalogue_complete_with_same_placeholders(lang: str) -> None:
    tree = ET.parse(TRANSLATIONS_DIR / f"backup_desk_{lang}.ts")
    messages = list(tree.iter("message"))
    assert len(messages) > 300
    for m in messages:
        source = m.findtext("source") or ""
        tr = m.find("translation")
        assert tr is not None and tr.get("type") != "unfinished", source
        # Plural forms (a count in the text): one translation per form, each keeping %n.
        forms = [f.text or "" for f in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text]
        assert forms and all(forms), source
        for text in forms:
            assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), source
            assert ("%n" in source) == ("%n" in text), source


def test_french_qm_translates(qapp) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS_DIR / "backup_desk_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Dashboard") == "Tableau de bord"
        assert QCoreApplication.translate("Messages", "Failed") == "Échouée"  # backup_desk.vocabulary
        template = QCoreApplication.translate("ConfigActions", "Configuration “{0}” deleted.")
        assert template.format("Paie") == "Configuration « Paie » supprimée."
    finally:
        QCoreApplication.removeTranslator(translator)
