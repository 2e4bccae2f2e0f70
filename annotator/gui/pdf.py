"""HTML reports to PDF with Qt's own text engine: A4, fonts embedded, no browser.

QTextDocument lays out the report HTML (annotator.services.reports keeps to the
subset it understands) and paints it onto a QPdfWriter, which works without
a display; the command line creates an offscreen application for it when
none is running. The layout is done on the writer itself: laid out with
screen metrics and printed at 300 dpi (what ``QTextDocument.print_`` does
with an unpaginated document), table columns came out a little narrower
than their words and Qt broke words in the middle. Pages are painted here,
with "n / N" in a strip kept free at the foot. The PDF is built in memory
and saved atomically, so an interrupted run never leaves half a report.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from annotator.xmlio.atomic import atomic_write

MARGIN_MM = 15.0
FOOTER_MM = 7.0  # kept free at the foot of each page for its number
RESOLUTION = 300  # dots per inch of the layout; text stays vector in the PDF

_app: QGuiApplication | None = None  # kept alive when this module had to create it


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new offscreen one (command line, scripts)."""
    global _app
    app = QGuiApplication.instance()
    if app is None:
        _app = QGuiApplication(["annotator", "-platform", "offscreen"])
        app = _app
    return app  # type: ignore[return-value]


def html_to_pdf_bytes(html: str, title: str = "") -> bytes:
    """The HTML laid out on A4 pages with page numbers, as the bytes of a PDF."""
    ensure_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("annotator")
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter,
    ))
    body = writer.pageLayout().paintRectPixels(RESOLUTION)
    footer = round(RESOLUTION * FOOTER_MM / 25.4)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(html)
    document.setPageSize(QSizeF(body.width(), body.height() - footer))
    _paint(document, writer, footer)
    buffer.close()
    return bytes(data.data())


def _paint(document: QTextDocument, writer: QPdfWriter, footer: int) -> None:
    page = document.pageSize()
    pages = document.pageCount()
    painter = QPainter(writer)
    number_font = QFont("DejaVu Sans")
    number_font.setPointSizeF(8)
    try:
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.setClipRect(QRectF(0, 0, page.width(), page.height()))
            painter.translate(0, -index * page.height())
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = QRectF(0, index * page.height(), page.width(), page.height())
            document.documentLayout().draw(painter, context)
            painter.restore()
            painter.setFont(number_font)
            painter.setPen(Qt.GlobalColor.darkGray)
            painter.drawText(QRectF(0, page.height(), page.width(), footer),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             f"{index + 1} / {pages}")
    finally:
        painter.end()


def html_to_pdf(html: str, path: str | Path, title: str = "") -> None:
    """Write the HTML as a PDF at ``path``, atomically. Raises SaveError."""
    atomic_write(path, html_to_pdf_bytes(html, title))
