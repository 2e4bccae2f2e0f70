"""One trainee's result, read-only: what the instructor sees on double-clicking a row.

With an exercise it is the check mode's comparison (the same view a
trainee sees on checking their own work: the article with both sides'
highlights and a verdict each, the score card, the feedback with misses
first), so the instructor talks about exactly what the trainee saw. A key
file has no article to draw on, so then it is the trainee's feedback
report. Nothing here can change the trainee's file; with a ``decider``
(the class window) a bar under the comparison takes the instructor's
decisions, which live in the class's decisions file (scoring.md §9).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from annotator.gui.comparison_view import ComparisonView
from annotator.services.classroom import ClassRow, Key
from annotator.services.reports import trainee_report

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _first_name(row: ClassRow) -> str:
    """How the instructor's view names the trainee: the first name, else the id or file."""
    name = (row.trainee_name or "").split()
    return name[0] if name else row.label()


class TraineeView(QDialog):
    """A trainee's comparison with the expert (or their report); Esc closes."""

    def __init__(self, row: ClassRow, key: Key, language: str, parent=None,
                 decider=None) -> None:
        super().__init__(parent)
        self.setObjectName("traineeView")
        self.row = row
        self.key = key
        self.language = language
        self.decision_bar = None
        self._show_title()
        self.comparison: ComparisonView | None = None
        self.browser: QTextBrowser | None = None
        layout = QVBoxLayout(self)
        if key.exercise is not None:
            self.comparison = ComparisonView(language, self)
            self.comparison.set_exercise(key.exercise)
            self.comparison.set_audience(_first_name(row))  # "What Ana missed", to the teacher
            self.comparison.set_trainee(row.trainee)
            self.comparison.set_result(row.result)
            layout.addWidget(self.comparison, 1)
            if decider is not None:
                from annotator.gui.classroom.decisions import DecisionBar

                self.decision_bar = DecisionBar(decider, row, self.comparison.panel.current_item,
                                                self)
                self.comparison.panel.list.selectionModel().currentChanged.connect(
                    lambda *_: self.decision_bar.update_buttons())
                layout.addWidget(self.decision_bar)
                for action in (decider.undo_action, decider.redo_action):
                    self.addAction(action)  # Ctrl+Z here undoes the class's last decision
        else:
            self.browser = QTextBrowser(self)
            self.browser.setObjectName("traineeReport")
            self.browser.setOpenLinks(False)
            self.browser.setHtml(trainee_report(row, key, language))
            for keys, step in ((QKeySequence.ZoomIn, 1), (QKeySequence.ZoomOut, -1)):
                shortcut = QShortcut(QKeySequence(keys), self)
                shortcut.activated.connect(lambda s=step: self.browser.zoomIn(s))
            layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.resize(1200, 780)

    def _show_title(self) -> None:
        """Whose comparison, and which attempt it is of when the trainee handed in."""
        row = self.row
        title = translate("TraineeView", "%1 — comparison with the expert").replace(
            "%1", row.label())
        if row.history is not None and row.history.scores:  # say which attempt is shown
            title += " · " + {
                "first": translate("TraineeView", "first attempt"),
                "last": translate("TraineeView", "last attempt"),
                "current": translate("TraineeView", "current highlights"),
            }[row.attempt]
        self.setWindowTitle(title)

    def refresh(self) -> None:
        """Show the trainee's grade as it stands now (after a decision, its undo, or
        another attempt chosen in the class window)."""
        self._show_title()
        if self.comparison is not None:
            self.comparison.set_result(self.row.result)
        elif self.browser is not None:
            self.browser.setHtml(trainee_report(self.row, self.key, self.language))
        if self.decision_bar is not None:
            self.decision_bar.refresh(self.row)
