"""Who is working? Asked each time an exercise opens, because laptops are shared.

The fields come prefilled from the last use so a student on their own
laptop just presses Enter; on a shared one the next student sees a name
that is not theirs and clears it with one button. The recovery journal is
only looked up after this answer, for the trainee given here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from annotator.core.limits import TEXT_MAX
from annotator.core.model import Trainee
from annotator.gui.fitting import fit_placeholder
from annotator.gui.text_limits import guard

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class TraineeDialog(QDialog):
    def __init__(self, suggested: Trainee | None, exercise_title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("traineeDialog")
        self.setWindowTitle(translate("TraineeDialog", "Who is working?"))
        intro = QLabel(
            translate(
                "TraineeDialog",
                "<b>%1</b><br>This computer may be shared. Check that the name below is yours "
                "before you start: your highlights and any unsaved work are kept under it.",
            ).replace("%1", exercise_title),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setObjectName("traineeName")
        self.name.setPlaceholderText(translate("TraineeDialog", "First and last name"))
        self.student_id = QLineEdit(self)
        self.student_id.setObjectName("traineeId")
        self.student_id.setPlaceholderText(
            translate("TraineeDialog", "Optional, as your teacher gave it")
        )
        for field in (self.name, self.student_id):
            fit_placeholder(field)
        if suggested is not None:
            self.name.setText(suggested.name or "")
            self.student_id.setText(suggested.id or "")
        self.limit_note = QLabel(self)  # the counter near the format's limit, or why not added
        self.limit_note.setObjectName("limitNote")
        self.limit_note.setVisible(False)
        for field in (self.name, self.student_id):
            guard(field, TEXT_MAX, self._say_limit)
        form = QFormLayout()
        form.addRow(translate("TraineeDialog", "&Name:"), self.name)
        form.addRow(translate("TraineeDialog", "Student &id:"), self.student_id)
        buttons = QDialogButtonBox(self)
        self.start = buttons.addButton(
            translate("TraineeDialog", "&Start"), QDialogButtonBox.AcceptRole
        )
        self.start.setDefault(True)
        self.clear = QPushButton(translate("TraineeDialog", "Not me: &clear"), self)
        buttons.addButton(self.clear, QDialogButtonBox.ResetRole)
        buttons.addButton(QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.clear.clicked.connect(self._clear)
        self.name.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.limit_note)
        layout.addWidget(buttons)
        self._update()
        self.name.selectAll()

    def _say_limit(self, text: str) -> None:
        self.limit_note.setText(text)
        self.limit_note.setVisible(bool(text))

    def _clear(self) -> None:
        self.name.clear()
        self.student_id.clear()
        self.name.setFocus()

    def _update(self) -> None:
        self.start.setEnabled(bool(self.name.text().strip()))

    def trainee(self) -> Trainee:
        name = " ".join(self.name.text().split())
        student_id = "".join(self.student_id.text().split())
        return Trainee(id=student_id or None, name=name or None)
