"""The release code of a sealed student copy, shown to the instructor once, to copy or print.

The code is also kept in the instructor's exercise (``<sealing code>``), so
closing this dialog loses nothing; the dialog says so. It is large and
selectable, and has Copy and Print buttons, so it can go on the board, in
an e-mail or in the LMS after the deadline.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class ReleaseCodeDialog(QDialog):
    def __init__(self, code: str, copy_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = code
        self.setWindowTitle(translate("ReleaseCode", "Release code"))
        intro = QLabel(translate(
            "ReleaseCode",
            "The sealed student copy is in %1. Hand it out. When your trainees may check "
            "their work, give them this code:").replace("%1", str(copy_path)), self)
        intro.setWordWrap(True)
        self.code_label = QLabel(code, self)
        self.code_label.setObjectName("releaseCode")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextSelectableByMouse
                                                | Qt.TextSelectableByKeyboard)
        self.code_label.setAccessibleName(translate("ReleaseCode", "Release code"))
        self.code_label.setFocusPolicy(Qt.StrongFocus)
        kept = QLabel(translate(
            "ReleaseCode",
            "The code is also kept in your exercise file, so you can look it up later. "
            "Anyone who has it can open the key."), self)
        kept.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        copy = QPushButton(translate("ReleaseCode", "&Copy"), self)
        copy.clicked.connect(self.copy_code)
        printing = QPushButton(translate("ReleaseCode", "&Print…"), self)
        printing.clicked.connect(self.print_code)
        buttons.addButton(copy, QDialogButtonBox.ActionRole)
        buttons.addButton(printing, QDialogButtonBox.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.code_label)
        layout.addWidget(kept)
        layout.addWidget(buttons)

    def copy_code(self) -> None:
        QGuiApplication.clipboard().setText(self.code)

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec() != QDialog.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self.code)
        font = QFont(self.font())
        font.setPointSize(28)
        document.setDefaultFont(font)
        document.print_(printer)
