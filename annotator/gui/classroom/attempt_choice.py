"""Which attempt the class is graded on: a labelled choice for the class toolbar.

attempts.md: ``first`` (the work before any feedback), ``last`` (the highest
attempt), ``current`` (the live highlights), or each submission's default
(first for an after-hand-in exercise when the trainee handed in). The
gradebook, the overview and every export follow the choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class AttemptChoice(QWidget):
    changed = Signal(object)  # "first", "last", "current", or None (the default)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.box = QComboBox(self)
        self.box.setObjectName("attemptChoice")
        for text, value in (
            (translate("AttemptChoice", "As the check policy says"), None),
            (translate("AttemptChoice", "First attempt"), "first"),
            (translate("AttemptChoice", "Last attempt"), "last"),
            (translate("AttemptChoice", "Current highlights"), "current"),
        ):
            self.box.addItem(text, value)
        label = QLabel(translate("AttemptChoice", "&Attempt graded:"), self)
        label.setBuddy(self.box)
        self.box.setAccessibleName(translate("AttemptChoice", "Which attempt is graded"))
        self.box.setToolTip(translate(
            "AttemptChoice", "Which of each trainee's attempts the gradebook, the overview "
                             "and the exports use. As the check policy says: the first "
                             "attempt when the exercise asks trainees to hand in before they "
                             "check, else the current highlights"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(label)
        layout.addWidget(self.box)
        self.box.currentIndexChanged.connect(lambda _: self.changed.emit(self.value()))

    def value(self) -> str | None:
        return self.box.currentData()

    def set_value(self, value: str | None) -> None:
        self.box.setCurrentIndex(max(0, self.box.findData(value)))
