"""Accept a passage for the whole class: as which key item's alternative, or as optional.

Shown before the key is edited (scoring.md §9, "Accept for the whole
class"): the passage, each expert passage of its category it overlaps (to
add it as another right extent, §8), or an optional passage with an
explanation that every trainee will read.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from annotator.core.limits import TEXT_MAX
from annotator.gui.text_limits import guard

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class AcceptDialog(QDialog):
    """``answer()`` is (key item id or None for an optional passage, explanation)."""

    def __init__(self, quote: str, items: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("acceptForClassDialog")
        self.setWindowTitle(translate("AcceptDialog", "Accept for the whole class"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "AcceptDialog", "Add «%1» to the expert's key. The exercise gets a new version "
            "(the old one is kept) and the class is graded again.").replace("%1", quote), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.group = QButtonGroup(self)
        self.choices: list[str | None] = []
        for item_id, item_quote in items:
            button = QRadioButton(translate(
                "AcceptDialog", "As another right extent of the expert's «%1»")
                .replace("%1", item_quote), self)
            self.group.addButton(button, len(self.choices))
            self.choices.append(item_id)
            layout.addWidget(button)
        optional = QRadioButton(translate(
            "AcceptDialog", "As an optional passage: marking it neither adds nor takes away"),
            self)
        self.group.addButton(optional, len(self.choices))
        self.choices.append(None)
        layout.addWidget(optional)
        self.group.button(0).setChecked(True)
        self.explanation = QPlainTextEdit(self)
        self.explanation.setObjectName("acceptExplanation")
        self.explanation.setAccessibleName(translate("AcceptDialog", "Explanation"))
        self.explanation.setPlaceholderText(translate(
            "AcceptDialog", "Why the passage is right too, in words a trainee understands"))
        self.explanation.setTabChangesFocus(True)
        label = QLabel(translate("AcceptDialog", "&Explanation:"), self)
        label.setBuddy(self.explanation)
        layout.addWidget(label)
        layout.addWidget(self.explanation)
        self.limit_note = QLabel(self)  # the counter near the format's limit
        self.limit_note.setObjectName("limitNote")
        self.limit_note.setVisible(False)
        layout.addWidget(self.limit_note)
        guard(self.explanation, TEXT_MAX, self._say_limit)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _say_limit(self, text: str) -> None:
        self.limit_note.setText(text)
        self.limit_note.setVisible(bool(text))

    def answer(self) -> tuple[str | None, str]:
        return self.choices[self.group.checkedId()], self.explanation.toPlainText().strip()
