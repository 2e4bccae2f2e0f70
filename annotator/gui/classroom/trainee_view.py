"""One trainee's result, read-only: what the instructor sees on double-clicking a row.

It shows the trainee's feedback report (their highlights on the article
with a verdict after each, the score card, misses first): the very page a
trainee receives, so the instructor talks about the same thing. Nothing
here can change the trainee's file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from annotator.core.classroom import ClassRow, Key
from annotator.reports import trainee_report

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class TraineeView(QDialog):
    """A trainee's report in a read-only browser; Esc closes, Ctrl+plus/minus zoom."""

    def __init__(self, row: ClassRow, key: Key, language: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("traineeView")
        self.row = row
        self.setWindowTitle(translate("TraineeView", "%1 — comparison with the expert")
                            .replace("%1", row.label()))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("traineeReport")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(trainee_report(row, key, language))
        self.browser.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        for keys, step in ((QKeySequence.ZoomIn, 1), ("Ctrl+=", 1), (QKeySequence.ZoomOut, -1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda s=step: self.browser.zoomIn(s))
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.resize(900, 760)
