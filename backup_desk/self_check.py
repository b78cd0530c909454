"""`backup-desk --self-test`: the installed app checks itself, offscreen, and exits 0 only if all passed.

Two parts: the services' round trip (services/self_test.py: demo source, encrypted backup, verify,
restore into a new place, compare) and the window (Qt's platform plugin, translations, icons and the main
window painting offscreen, in English and French).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def check_window() -> list[str]:
    """Builds the main window on a throwaway home and paints it in each shipped language; the problems."""
    from PySide6.QtWidgets import QApplication

    from backup_desk.services.context import AppContext
    from backup_desk.ui.app import build_window
    from backup_desk.ui.i18n import SUPPORTED

    problems: list[str] = []
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="backup-desk-self-test-") as tmp:
        ctx = AppContext.open(Path(tmp))
        try:
            window = build_window(app, ctx)
            window.show()
            for lang in SUPPORTED:
                window.translations.install(lang)
                if lang == "fr" and app.translate("MainWindow", "Dashboard") != "Tableau de bord":
                    problems.append("the French translation did not load")
                app.processEvents()
                image = window.grab().toImage()
                if image.isNull() or image.width() < 100:
                    problems.append(f"the window did not paint ({lang})")
            if not _collation_works():
                problems.append("French collation (Qt's ICU data) does not work")
            if window.windowIcon().isNull():
                problems.append("the application icon is missing")
            window.close()
            app.processEvents()
        finally:
            ctx.close()
    return problems


def _collation_works() -> bool:
    """French sorts "é" before "f" only through ICU's collation data (the bundle slims that data)."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.French, QLocale.Country.France))
    words = sorted(["fraise", "école", "Zoé", "eau"], key=collator.sortKey)
    return words == ["eau", "école", "fraise", "Zoé"]


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from backup_desk.resources import resources_dir
    from backup_desk.services.self_test import run_self_test

    print(f"Backup Desk self-test (resources: {resources_dir() or 'built-in only'})", flush=True)
    report = run_self_test(log=lambda line: print(line, flush=True))
    problems = check_window()
    print(("FAIL window: " + "; ".join(problems)) if problems else "ok   window: painted in every language")
    ok = report.ok and not problems and resources_dir() is not None
    if resources_dir() is None:
        print("FAIL resources: the resources/ folder was not found")
    print("self-test passed" if ok else "self-test FAILED", flush=True)
    return 0 if ok else 1
