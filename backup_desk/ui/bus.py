"""A small signal bus passed to every view and controller (instead of signals on QApplication)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class SignalBus(QObject):
    configs_changed = Signal()  # a configuration was created, edited, toggled, duplicated or deleted
    history_changed = Signal()  # a backup row was added, finished, verified or deleted
    notify = Signal(str, str)  # (kind: success|error|warning|info, text) -> a toast
    show_history = Signal(object)  # a HistoryFilter: open History pre-filtered
    show_tab = Signal(int)  # 0 dashboard, 1 configurations, 2 history

    def changed(self) -> None:
        """Both kinds of data may have moved (e.g. a finished backup updates a card's last success)."""
        self.configs_changed.emit()
        self.history_changed.emit()

    def success(self, text: str) -> None:
        self.notify.emit("success", text)

    def error(self, text: str) -> None:
        self.notify.emit("error", text)

    def warning(self, text: str) -> None:
        self.notify.emit("warning", text)

    def info(self, text: str) -> None:
        self.notify.emit("info", text)
