"""Window state and preferences in an INI file under the app's config folder (tests use the test home)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from backup_desk.services.models import HistoryFilter
from backup_desk.vocabulary import BackupStatus, BackupType

LANGUAGES = ("system", "en", "fr")
THEMES = ("system", "light", "dark")


class UiSettings:
    def __init__(self, config_dir: Path) -> None:
        self.path = config_dir / "gui.ini"
        self._s = QSettings(str(self.path), QSettings.Format.IniFormat)

    def sync(self) -> None:
        self._s.sync()

    def _get(self, key: str, default: Any) -> Any:
        value = self._s.value(key, default)
        return default if value is None else value

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def current_tab(self) -> int:
        try:
            return int(self._get("window/tab", 0))
        except (TypeError, ValueError):
            return 0

    @current_tab.setter
    def current_tab(self, value: int) -> None:
        self._s.setValue("window/tab", int(value))

    @property
    def language(self) -> str:
        value = str(self._get("prefs/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("prefs/language", value)

    @property
    def theme(self) -> str:
        value = str(self._get("prefs/theme", "system"))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self._s.setValue("prefs/theme", value)

    @property
    def close_to_tray(self) -> bool:
        """Closing the window keeps the app (and its scheduler) running in the tray."""
        return str(self._get("prefs/close_to_tray", "true")).lower() in ("true", "1")

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self._s.setValue("prefs/close_to_tray", "true" if value else "false")

    @property
    def page_size(self) -> int:
        try:
            return int(self._get("history/page_size", 25))
        except (TypeError, ValueError):
            return 25

    @page_size.setter
    def page_size(self, value: int) -> None:
        self._s.setValue("history/page_size", int(value))

    @property
    def history_filter(self) -> HistoryFilter:
        """The last filters; anything unreadable falls back to 'no filter' rather than failing start-up."""
        self._s.beginGroup("history_filter")
        try:

            def day(key: str) -> date | None:
                raw = str(self._s.value(key, "") or "")
                try:
                    return date.fromisoformat(raw) if raw else None
                except ValueError:
                    return None

            btype = str(self._s.value("backup_type", "") or "")
            status = str(self._s.value("status", "") or "")
            cfg = str(self._s.value("configuration_id", "") or "")
            return HistoryFilter(
                search=str(self._s.value("search", "") or ""),
                backup_type=BackupType(btype) if btype in tuple(BackupType) else None,
                status=BackupStatus(status) if status in tuple(BackupStatus) else None,
                date_from=day("date_from"),
                date_to=day("date_to"),
                configuration_id=int(cfg) if cfg.isdigit() else None,
            )
        finally:
            self._s.endGroup()

    @history_filter.setter
    def history_filter(self, value: HistoryFilter) -> None:
        self._s.beginGroup("history_filter")
        for key, raw in asdict(value).items():
            self._s.setValue(key, "" if raw is None else (raw.isoformat() if isinstance(raw, date) else raw))
        self._s.endGroup()
