"""Coloured pill labels for statuses, types and states."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from backup_desk.ui.theme import BADGE_COLORS


class Badge(QLabel):
    def __init__(self, text: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setObjectName("Badge")
        self.set_kind(kind)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_kind(self, kind: str) -> None:
        self.kind = kind
        bg, fg = BADGE_COLORS.get(kind, BADGE_COLORS["neutral"])
        self.setStyleSheet(
            f"QLabel#Badge {{ background: {bg}; color: {fg}; border-radius: 10px; padding: 0px 9px;"
            " font-size: 11px; font-weight: 600; }"
        )
        self.setFixedHeight(20)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)


# Looked up once: a Qt enum member read from Python costs about a microsecond, and a history page paints
# two badges per row on every repaint.
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen
_CENTRE = Qt.AlignmentFlag.AlignCenter


_fonts: dict[str, tuple[QFont, QFontMetrics]] = {}  # by the painter's font (QFont.key())


def _badge_font(base: QFont) -> tuple[QFont, QFontMetrics]:
    found = _fonts.get(base.key())
    if found is not None:
        return found
    font = QFont(base)
    font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
    font.setBold(True)
    found = _fonts[base.key()] = (font, QFontMetrics(font))
    return found


@lru_cache(maxsize=32)
def _badge_colours(kind: str) -> tuple[QColor, QColor]:
    bg, fg = BADGE_COLORS.get(kind, BADGE_COLORS["neutral"])
    return QColor(bg), QColor(fg)


@lru_cache(maxsize=256)
def _text_width(font_key: str, text: str) -> int:
    return _fonts[font_key][1].horizontalAdvance(text)


def paint_badge(painter: QPainter, rect: QRect, text: str, kind: str) -> None:
    """Draws a badge centred vertically at the left of `rect` (used by the history table's delegate)."""
    bg, fg = _badge_colours(kind)
    base = painter.font()
    font, metrics = _badge_font(base)
    w = _text_width(base.key(), text) + 16
    h = metrics.height() + 4
    pill = QRect(rect.left() + 6, rect.top() + (rect.height() - h) // 2, min(w, rect.width() - 8), h)
    painter.save()
    painter.setRenderHint(_ANTIALIASING)
    painter.setPen(_NO_PEN)
    painter.setBrush(bg)
    painter.drawRoundedRect(pill, h / 2, h / 2)
    painter.setPen(fg)
    painter.setFont(font)
    painter.drawText(pill, _CENTRE, text)
    painter.restore()


class ElidedLabel(QLabel):
    """A one-line label that cuts long text in the middle ("/home/…/backups") to fit its width; the full
    text stays in the tooltip."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = text
        self.setToolTip(text)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        super().setText(text)

    def text(self) -> str:
        return self.full_text

    def setText(self, text: str) -> None:
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        super().setText(
            metrics.elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, max(self.width(), 40))
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()
