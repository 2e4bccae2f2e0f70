"""The small dialog before a decision: who decides, an optional comment, and any warning.

The name is remembered (Settings, "Instructor's name") so that it is typed
once; the warning of scoring.md §9 (excusing a passage the trainee partly
found turns their span into an extra) is shown in words and with a sign,
never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from annotator.core.limits import TEXT_MAX
from annotator.gui.text_limits import guard

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

MAX_COMMENT = 2000  # refused where it is typed (with a counter), never cut off unseen


class DecisionDialog(QDialog):
    """Name and comment for one decision; OK only with a name."""

    def __init__(self, title: str, warning: str | None, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        if warning:
            self.warning = QLabel(f"⚠ {warning}", self)
            self.warning.setObjectName("decisionWarning")
            self.warning.setWordWrap(True)
            layout.addWidget(self.warning)
        self.name = QLineEdit(name, self)
        self.name.setObjectName("decisionName")
        self.name.setAccessibleName(translate("DecisionDialog", "Your name"))
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("decisionComment")
        self.comment.setAccessibleName(translate("DecisionDialog", "Comment for the trainee"))
        self.comment.setPlaceholderText(translate(
            "DecisionDialog", "Optional: why, in words the trainee will read"))
        self.comment.setTabChangesFocus(True)
        self.limit_note = QLabel(self)  # the counter near a limit, or why a key was refused
        self.limit_note.setObjectName("limitNote")
        self.limit_note.setVisible(False)
        guard(self.name, TEXT_MAX, self._say_limit)
        guard(self.comment, MAX_COMMENT, self._say_limit)
        form = QFormLayout()
        form.addRow(translate("DecisionDialog", "&Your name:"), self.name)
        form.addRow(translate("DecisionDialog", "&Comment:"), self.comment)
        layout.addLayout(form)
        layout.addWidget(self.limit_note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()
        (self.comment if name.strip() else self.name).setFocus()
        self.setMinimumWidth(460)

    def _say_limit(self, text: str) -> None:
        self.limit_note.setText(text)
        self.limit_note.setVisible(bool(text))

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(self.name.text().strip()))

    def answer(self) -> tuple[str, str]:
        return (" ".join(self.name.text().split()),
                self.comment.toPlainText().strip())
