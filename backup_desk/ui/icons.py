"""Icons drawn from the SVG files beside this module, tinted to fit the light or dark palette."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parent / "icons"


@cache
def _svg(name: str) -> str:
    return (ICON_DIR / f"{name}.svg").read_text(encoding="utf-8")


@cache
def icon(name: str, color: str | None = None, size: int = 32) -> QIcon:
    """The named icon in `color` (hex; default: the palette's icon colour). Cached because cards ask for
    the same icons many times; the cache is cleared when the palette changes."""
    from backup_desk.ui.theme import icon_color

    data = _svg(name).replace("currentColor", color or icon_color())
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QIcon(QPixmap.fromImage(image))


def app_icon() -> QIcon:
    """The application icon from resources/ (SVG plus the rendered PNG sizes), else the built-in SVG."""
    from backup_desk.resources import resources_dir

    root = resources_dir()
    if root is None:
        return QIcon(str(ICON_DIR / "app.svg"))
    result = QIcon(str(root / "icons" / "backup-desk.svg"))
    for png in sorted((root / "icons").glob("backup-desk-*.png")):
        result.addFile(str(png))
    return result
