"""Renders resources/icons/backup-desk.svg into the PNG sizes, the Windows .ico and the macOS .icns.

Run after changing the SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python resources/make_icons.py`.
The outputs are committed, so packaging needs no rendering step.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# .icns element types holding PNG data, by pixel size (Apple's icon family format)
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024))


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def ico(images: list[tuple[int, bytes]]) -> bytes:
    """An ICO file with PNG-compressed images (readable by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(blobs))
        blobs += data
    return header + entries + blobs


def icns(images: list[tuple[bytes, bytes]]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(HERE / "backup-desk.svg"))
    if not renderer.isValid():
        print("cannot read backup-desk.svg", file=sys.stderr)
        return 1
    pngs = {size: png_bytes(render(renderer, size)) for size in {*PNG_SIZES, *ICO_SIZES, 1024}}
    for size in PNG_SIZES:
        (HERE / f"backup-desk-{size}.png").write_bytes(pngs[size])
    (HERE / "backup-desk.ico").write_bytes(ico([(s, pngs[s]) for s in ICO_SIZES]))
    (HERE / "backup-desk.icns").write_bytes(icns([(k, pngs[s]) for k, s in ICNS_TYPES]))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
