"""Light and dark palettes that follow the system, and the colours of badges."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from backup_desk.vocabulary import BackupStatus, BackupType

# (background, text) per badge kind; readable on both palettes.
BADGE_COLORS: dict[str, tuple[str, str]] = {
    BackupStatus.COMPLETED: ("#1f8a4c", "#ffffff"),
    BackupStatus.FAILED: ("#c62f3b", "#ffffff"),
    BackupStatus.RUNNING: ("#2f6fde", "#ffffff"),
    BackupStatus.PENDING: ("#8a6d00", "#ffffff"),
    BackupType.FULL: ("#5a48c8", "#ffffff"),
    BackupType.METADATA: ("#0f7d8c", "#ffffff"),
    BackupType.DATA: ("#b35900", "#ffffff"),
    "active": ("#1f8a4c", "#ffffff"),
    "inactive": ("#6b7280", "#ffffff"),
    "overdue": ("#c62f3b", "#ffffff"),
    "neutral": ("#4b5563", "#ffffff"),
}
TOAST_COLORS = {"success": "#1f8a4c", "error": "#c62f3b", "warning": "#b07800", "info": "#2f6fde"}


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def is_dark() -> bool:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return bool(app.property("bd_dark"))


def icon_color() -> str:
    return "#c9d1d9" if is_dark() else "#4b5563"


def _dark_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#1e2128",
        QPalette.ColorRole.WindowText: "#e6e8eb",
        QPalette.ColorRole.Base: "#16181d",
        QPalette.ColorRole.AlternateBase: "#23262e",
        QPalette.ColorRole.Text: "#e6e8eb",
        QPalette.ColorRole.Button: "#2a2e37",
        QPalette.ColorRole.ButtonText: "#e6e8eb",
        QPalette.ColorRole.Highlight: "#3b7be8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#2a2e37",
        QPalette.ColorRole.ToolTipText: "#e6e8eb",
        QPalette.ColorRole.PlaceholderText: "#8b929c",
        QPalette.ColorRole.Link: "#6ea2ff",
        QPalette.ColorRole.Mid: "#3a3f4a",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b717c"))
    return p


def _light_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#f4f5f7",
        QPalette.ColorRole.WindowText: "#1f2328",
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f6f8fa",
        QPalette.ColorRole.Text: "#1f2328",
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: "#1f2328",
        QPalette.ColorRole.Highlight: "#2f6fde",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#ffffff",
        QPalette.ColorRole.ToolTipText: "#1f2328",
        QPalette.ColorRole.PlaceholderText: "#8b929c",
        QPalette.ColorRole.Link: "#2f6fde",
        QPalette.ColorRole.Mid: "#d0d7de",
    }
    for role, color in roles.items():
        p.setColor(role, QColor(color))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#9aa1ab"))
    return p


def stylesheet(dark: bool) -> str:
    card_bg, border, muted = ("#262a33", "#3a3f4a", "#9aa1ab") if dark else ("#ffffff", "#d8dde3", "#5f6874")
    return f"""
    QFrame#Card {{ background: {card_bg}; border: 1px solid {border}; border-radius: 8px; }}
    QFrame#Card[attention="true"] {{ border: 2px solid #c62f3b; }}
    QLabel[role="muted"] {{ color: {muted}; }}
    QLabel[role="title"] {{ font-size: 15px; font-weight: 600; }}
    QLabel[role="heading"] {{ font-size: 13px; font-weight: 600; }}
    QLabel[role="metric"] {{ font-size: 22px; font-weight: 600; }}
    QLabel[role="fieldError"] {{ color: #d9434f; }}
    QLabel[role="warning"] {{ color: #d9434f; font-weight: 600; }}
    QPushButton[role="primary"] {{ background: #2f6fde; color: white; border: 1px solid #2a63c7;
        border-radius: 4px; padding: 5px 12px; }}
    QPushButton[role="primary"]:disabled {{ background: #9db8ea; border-color: #9db8ea; }}
    QToolButton[role="cardAction"] {{ border: 1px solid {border}; border-radius: 4px; padding: 3px 6px; }}
    QToolButton[role="cardAction"]:hover {{ background: {border}; }}
    QPushButton[role="page"] {{ min-width: 28px; padding: 3px 6px; }}
    QPushButton[role="page"]:checked {{ background: #2f6fde; color: white; border: 1px solid #2a63c7; }}
    """


def apply_theme(app: QApplication, mode: str = "system") -> None:
    """Fusion style with our palette; mode is 'system', 'light' or 'dark'."""
    dark = system_is_dark() if mode == "system" else mode == "dark"
    app.setStyle("Fusion")
    app.setPalette(_dark_palette() if dark else _light_palette())
    app.setProperty("bd_dark", dark)
    app.setStyleSheet(stylesheet(dark))
