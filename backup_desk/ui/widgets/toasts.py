"""Non-modal notifications that stack in the window's bottom-right corner and fade away."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPoint, Qt, QTimeLine, QTimer
from PySide6.QtGui import QCursor, QEnterEvent, QFontMetrics
from PySide6.QtWidgets import QGraphicsOpacityEffect, QHBoxLayout, QLabel, QToolButton, QWidget

from backup_desk.ui.icons import icon
from backup_desk.ui.theme import TOAST_COLORS

LIFETIME_MS = {"success": 4000, "info": 4000, "warning": 7000, "error": 9000}
MAX_VISIBLE = 5
FADE_MS, FADE_STEPS = 300, 5


def elide_long_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """Words wider than a line (paths, mostly) shortened in the middle, so both the start and the file
    name stay visible; word wrap cannot break them and Qt would cut them at the end."""
    words = text.split(" ")
    return " ".join(
        metrics.elidedText(w, Qt.TextElideMode.ElideMiddle, width) if metrics.horizontalAdvance(w) > width
        else w for w in words)


class Toast(QWidget):
    def __init__(self, kind: str, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.kind, self.text = kind, text
        self.setObjectName("Toast")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        color = TOAST_COLORS.get(kind, TOAST_COLORS["info"])
        self.setStyleSheet(
            f"QWidget#Toast {{ background: {color}; border-radius: 6px; }}"
            " QLabel { color: white; } QToolButton { color: white; border: none; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 6, 8)
        glyph = QLabel()
        glyph.setPixmap(icon({"success": "check"}.get(kind, kind), "#ffffff").pixmap(18, 18))
        row.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setMinimumWidth(260)
        self.label.setMaximumWidth(340)
        self.label.setText(elide_long_words(text, self.label.fontMetrics(), 320))
        self.label.setToolTip(text)  # the whole text, long paths included
        row.addWidget(self.label, 1)
        close = self.close_button = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.fade_out)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        # The opacity effect exists only while the toast is see-through or fading: a graphics effect renders
        # the toast offscreen on every repaint of what lies beneath it (the history table during a backup).
        self._effect: QGraphicsOpacityEffect | None = None
        self._anim: QTimeLine | None = None
        QTimer.singleShot(LIFETIME_MS.get(kind, 5000), self.fade_out)
        # Under the pointer a toast turns see-through and lets clicks pass to what it covers (a card's
        # buttons, the pager); its ✕ stays clickable. A timer follows the pointer, since a see-through
        # widget receives no mouse events.
        self._follow = QTimer(self, interval=120)
        self._follow.timeout.connect(lambda: self.follow_pointer(QCursor.pos()))

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        self.follow_pointer(QCursor.pos())

    def follow_pointer(self, global_pos: QPoint) -> None:
        inside = self.rect().contains(self.mapFromGlobal(global_pos))
        on_close = self.close_button.rect().contains(self.close_button.mapFromGlobal(global_pos))
        see_through = inside and not on_close
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, see_through)
        if self._anim is None:
            self._set_opacity(0.2 if see_through else 1.0)
        if inside:
            self._follow.start()
        else:
            self._follow.stop()

    def _set_opacity(self, opacity: float) -> None:
        if opacity >= 1.0:
            if self._effect is not None:
                self.setGraphicsEffect(None)  # type: ignore[arg-type]  # None removes (and deletes) it
                self._effect = None
            return
        if self._effect is None:
            self._effect = QGraphicsOpacityEffect(self)
            self.setGraphicsEffect(self._effect)
        self._effect.setOpacity(opacity)

    def fade_out(self) -> None:
        """Fades in a few steps, not at the screen's frame rate: each step repaints what lies beneath the
        toast (the history table: 24 frames of it cost the event loop ~13 ms each on a loaded machine)."""
        if self._anim is not None:
            return
        self._set_opacity(0.999)
        assert self._effect is not None
        self._anim = QTimeLine(FADE_MS, self)
        self._anim.setUpdateInterval(FADE_MS // FADE_STEPS)
        self._anim.setEasingCurve(QEasingCurve.Type.InQuad)
        effect = self._effect
        self._anim.valueChanged.connect(lambda v: effect.setOpacity(1.0 - v))
        self._anim.finished.connect(self.deleteLater)
        self._anim.start()


class ToastHost(QObject):
    """Owns the toasts of one window and re-stacks them when one leaves or the window resizes."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._toasts: list[Toast] = []
        self.avoid: list[QWidget] = []  # widgets toasts must not cover (progress panel, status bar)
        window.installEventFilter(self)

    def toasts(self) -> list[Toast]:
        return list(self._toasts)

    def show_toast(self, kind: str, text: str) -> Toast:
        toast = Toast(kind, text, self._window)
        toast.destroyed.connect(lambda _o=None, t=toast: self._forget(t))
        self._toasts.append(toast)
        while len(self._toasts) > MAX_VISIBLE:
            self._toasts.pop(0).deleteLater()
        toast.adjustSize()
        toast.show()
        toast.raise_()
        self._restack()
        toast.follow_pointer(QCursor.pos())  # shown at (0, 0) first: settle against the pointer where it is
        return toast

    def _forget(self, toast: Toast) -> None:
        if not shiboken6.isValid(self._window):
            return  # the window itself is going away with its toasts
        if toast in self._toasts:
            self._toasts.remove(toast)
            self._restack()

    def _restack(self) -> None:
        margin, y = 16, self._window.height() - 16
        for w in self.avoid:
            if shiboken6.isValid(w) and w.isVisible():
                y = min(y, w.mapTo(self._window, w.rect().topLeft()).y() - 8)
        for toast in reversed(self._toasts):
            toast.adjustSize()
            y -= toast.height()
            toast.move(self._window.width() - toast.width() - margin, y)
            y -= 8

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Resize:
            self._restack()
        return False
