"""French and English: our .qm files plus Qt's own (standard buttons), chosen from the system locale."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
SUPPORTED = ("en", "fr")


def resolve_language(choice: str) -> str:
    """'system' -> the system locale's language when we ship it, else English."""
    if choice in SUPPORTED:
        return choice
    name = QLocale.system().name().split("_")[0]
    return name if name in SUPPORTED else "en"


class Translations:
    """Keeps the installed translators alive and swaps them when the language changes."""

    def __init__(self, app: QApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def install(self, choice: str) -> str:
        for t in self._installed:
            self._app.removeTranslator(t)
        self._installed.clear()
        lang = resolve_language(choice)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.French if lang == "fr" else QLocale.Language.English,
                QLocale.Country.France if lang == "fr" else QLocale.Country.UnitedStates,
            )
        )
        # Ours in English too: its catalogue holds the English plural forms ("1 file", "2 files").
        ours = QTranslator(self._app)
        if ours.load(str(TRANSLATIONS_DIR / f"backup_desk_{lang}.qm")):
            self._installed.append(ours)
        if lang != "en":
            qt = QTranslator(self._app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(f"qtbase_{lang}", qt_dir):
                self._installed.append(qt)
        for t in self._installed:
            self._app.installTranslator(t)
        self.language = lang
        return lang
