"""A layout that places items left to right and wraps them to new rows (the configuration card grid)."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._do_layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._do_layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _do_layout(self, rect: QRect, *, apply: bool) -> int:
        """Cards in a row share the row's width equally so the grid stays aligned as it reflows."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        visible = [i for i in self._items if (w := i.widget()) is None or not w.isHidden()]
        if not visible:
            return m.top() + m.bottom()
        min_w = max(i.minimumSize().width() for i in visible)
        columns = max(1, (area.width() + self._spacing) // (min_w + self._spacing))
        col_w = max(min_w, (area.width() - (columns - 1) * self._spacing) // columns)
        y = area.y()
        for start in range(0, len(visible), columns):
            row = visible[start : start + columns]
            row_h = max(
                i.heightForWidth(col_w) if i.hasHeightForWidth() else i.sizeHint().height() for i in row
            )
            if apply:
                for n, item in enumerate(row):
                    item.setGeometry(
                        QRect(QPoint(area.x() + n * (col_w + self._spacing), y), QSize(col_w, row_h))
                    )
            y += row_h + self._spacing
        return y - self._spacing - rect.y() + m.bottom()
