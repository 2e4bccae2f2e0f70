"""Render the icon SVGs in packaging/icons/ to the PNG, ICO and ICNS files we ship.

Run after editing an SVG, then commit what it wrote:

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py

It uses QtSvg from PySide6-Essentials, which the app already depends on, so
rendering needs nothing new. The outputs are committed because the build
machines for Windows and macOS, and distribution packagers, should not need
Qt to get an icon. Layout written:

    packaging/icons/hicolor/NxN/apps/annotator.png          (freedesktop theme)
    packaging/icons/hicolor/NxN/mimetypes/<mime-icon>.png
    packaging/icons/annotator.ico                           (Windows, PNG entries)
    packaging/icons/annotator.icns                          (macOS, PNG entries)
    resources/icons/app/annotator.svg                       (window icon at run time)
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE / "icons"
REPO = HERE.parent

APP_SIZES = (16, 32, 48, 64, 128, 256, 512)
# File managers show document icons small; the SVG covers anything larger.
MIME_SIZES = (16, 32, 48, 64, 128)
MIME_ICONS = ("application-x-annotator-exercise+xml", "application-x-annotator-submission+xml")
ICO_SIZES = (16, 32, 48, 64, 128, 256)  # 256 is the largest an .ico entry can be
# ICNS entry types that hold PNG data, by pixel size (Apple's "icp4".."ic09").
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(svg: Path, size: int) -> bytes:
    """The SVG drawn at size x size on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed entries (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    entries, offset = b"", 6 + 16 * len(pngs)
    for size, png in pngs.items():
        side = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs.values())


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: a big-endian length-prefixed list of PNG entries."""
    body = b"".join(ICNS_TYPES[s] + struct.pack(">I", 8 + len(p)) + p for s, p in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(path.relative_to(REPO))


def main() -> int:
    # Rendering needs no screen; without a platform Qt aborts on a headless machine.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (keeps Qt up)

    app_svg = ICONS / "annotator.svg"
    app_pngs = {size: render(app_svg, size) for size in APP_SIZES}
    for size, png in app_pngs.items():
        write(ICONS / "hicolor" / f"{size}x{size}" / "apps" / "annotator.png", png)
    for name in MIME_ICONS:
        for size in MIME_SIZES:
            png = render(ICONS / f"{name}.svg", size)
            write(ICONS / "hicolor" / f"{size}x{size}" / "mimetypes" / f"{name}.png", png)
    write(ICONS / "annotator.ico", ico({s: app_pngs[s] for s in ICO_SIZES}))
    write(ICONS / "annotator.icns", icns({s: app_pngs[s] for s in ICNS_TYPES}))

    # The running app sets its window icon from the package's resources.
    copy = REPO / "resources" / "icons" / "app" / "annotator.svg"
    copy.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(app_svg, copy)
    print(copy.relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
