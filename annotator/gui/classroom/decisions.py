"""The instructor's last word, in the class window: decisions on one trainee's comparison.

Under a trainee's comparison a bar offers what scoring.md §9 allows on the
feedback item chosen in the list: accept an extra, excuse an expert passage,
give full credit to a partial pair, or comment; and remove a decision
again. Each change is one undoable step (:class:`ChangeDecisions`) on the
class window's undo stack; the window saves the decisions file at once and
grades the class again with it (:meth:`ClassWindow.change_decisions`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from annotator.core.feedback import FeedbackItem
from annotator.core.model import Decision
from annotator.services.classroom import ClassRow

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

# What each kind of decision can be taken on: the verdicts of the chosen feedback item.
ALLOWED = {
    "accept": ("extra",),
    "excuse": ("missed", "partial", "wrong-category"),
    "full-credit": ("partial",),
}
# Excusing these frees a span the trainee put there, which then counts as an extra (§9).
PARTLY_FOUND = ("partial", "wrong-category")


def kind_name(kind: str) -> str:
    return {
        "accept": translate("Decisions", "Accepted"),
        "excuse": translate("Decisions", "Excused"),
        "full-credit": translate("Decisions", "Full credit"),
        "comment": translate("Decisions", "Comment"),
    }[kind]


def describe(decision: Decision, quotes: dict[str, str] | None = None) -> str:
    """One line for the list: what, on what (its words when known), by whom, the comment."""
    quotes = quotes or {}
    target = " + ".join(
        f"«{_short(quotes[t])}»" if t in quotes else t
        for t in (decision.key, decision.annotation) if t
    ) or translate("Decisions", "whole submission")
    line = translate("Decisions", "%1 (%2), by %3").replace("%1", kind_name(decision.kind)) \
        .replace("%2", target).replace("%3", decision.by)
    if decision.comment:
        line += f": «{' '.join(decision.comment.split())}»"
    return line


def target_of(kind: str, item: FeedbackItem | None) -> tuple[str | None, str | None]:
    """The (key item, annotation) a decision of ``kind`` on ``item`` names."""
    if item is None:
        return (None, None)
    if kind == "accept":
        return (None, item.annotation)
    if kind == "excuse":
        return (item.key, None)
    if kind == "full-credit":
        return (item.key, item.annotation)
    return (item.key, None) if item.key else (None, item.annotation)


def _short(text: str, limit: int = 50) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def quotes_of(row: ClassRow) -> dict[str, str]:
    """The words of every key item and annotation of a trainee's grade, by id."""
    quotes = {o.key.id: o.key.quote for o in row.result.key_outcomes}
    quotes.update({a.id: a.quote for a in row.graded_annotations})
    return quotes


class ChangeDecisions(QUndoCommand):
    """One change to the class's decisions: the decisions it adds and those it takes away.

    A change, not the whole list: undoing it never takes back what another
    window wrote to the file meanwhile.
    """

    def __init__(self, apply: Callable[[list[Decision], list[Decision]], None],
                 added: list[Decision], removed: list[Decision], text: str) -> None:
        super().__init__(text)
        self._apply, self.added, self.removed = apply, list(added), list(removed)

    def redo(self) -> None:
        self._apply(self.added, self.removed)

    def undo(self) -> None:
        self._apply(self.removed, self.added)


class DecisionBar(QWidget):
    """Decide on the feedback item chosen in a trainee's comparison.

    ``window`` is the class window (it takes, saves and undoes decisions);
    the buttons follow the chosen item, so that only what §9 allows is offered.
    """

    def __init__(self, window, row: ClassRow, current: Callable[[], FeedbackItem | None],
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionBar")
        self.window, self.row, self.current = window, row, current
        self.title = QLabel(translate("Decisions", "Your decisions as instructor:"), self)
        self.buttons: dict[str, QPushButton] = {}
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.title)
        for kind, text, tip in (
            ("accept", translate("Decisions", "&Accept this span"),
             translate("Decisions", "The expert did not mark it, but it is defensible: "
                                    "it stops counting as an extra")),
            ("excuse", translate("Decisions", "E&xcuse this passage"),
             translate("Decisions", "Missing this expert passage costs this trainee nothing")),
            ("full-credit", translate("Decisions", "Full cre&dit"),
             translate("Decisions", "Count this partly right span as fully right")),
            ("comment", translate("Decisions", "Co&mment…"),
             translate("Decisions", "A comment shown with this verdict (or the whole "
                                    "submission), without changing the score")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"decide-{kind}")
            button.setToolTip(tip)
            button.setAccessibleDescription(tip)
            button.clicked.connect(lambda _=False, k=kind: self.window.decide(
                self.row, k, self.current()))
            self.buttons[kind] = button
            row_layout.addWidget(button)
        self.class_button = QPushButton(translate("Decisions", "For the &whole class…"), self)
        self.class_button.setObjectName("acceptForWholeClass")
        self.class_button.setToolTip(translate(
            "Decisions", "Add this passage to the expert's key for everyone: the class is "
            "graded again"))
        self.class_button.clicked.connect(self._accept_for_class)
        row_layout.addWidget(self.class_button)
        self.remove_button = QPushButton(translate("Decisions", "&Remove decision"), self)
        self.remove_button.setObjectName("removeDecision")
        self.remove_button.setToolTip(translate("Decisions", "Take back the decision chosen "
                                                "in the list below"))
        self.remove_button.clicked.connect(self._remove)
        row_layout.addWidget(self.remove_button)
        row_layout.addStretch(1)
        self.list = QListWidget(self)
        self.list.setObjectName("decisionList")
        self.list.setAccessibleName(translate("Decisions", "Decisions on this trainee"))
        self.list.setMaximumHeight(90)
        self.list.currentRowChanged.connect(lambda _row: self.update_buttons())
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addLayout(row_layout)
        layout.addWidget(self.note)
        layout.addWidget(self.list)
        self.refresh(row)

    def refresh(self, row: ClassRow) -> None:
        """Show the decisions in force for this trainee (after a change, an undo, a regrade)."""
        self.row = row
        self.list.clear()
        quotes = quotes_of(row)
        for decision in row.decisions:
            self.list.addItem(describe(decision, quotes))
            self.list.item(self.list.count() - 1).setData(Qt.UserRole, decision)
        has_id = bool((row.trainee_id or "").strip())
        self.note.setText("" if has_id else translate(
            "Decisions", "This file has no trainee id: decisions need one to find the "
                         "trainee again."))
        self.note.setVisible(not has_id)
        self.update_buttons()

    def update_buttons(self) -> None:
        item = self.current()
        has_id = bool((self.row.trainee_id or "").strip())
        for kind, button in self.buttons.items():
            allowed = kind == "comment" or (item is not None and item.verdict in ALLOWED[kind])
            button.setEnabled(has_id and allowed)
        self.remove_button.setEnabled(self.list.currentItem() is not None)
        self.class_button.setEnabled(item is not None and item.verdict == "extra")

    def _accept_for_class(self) -> None:
        item = self.current()
        if item is not None and item.verdict == "extra":
            self.window.accept_for_class(item.category, item.start, item.end)

    def _remove(self) -> None:
        chosen = self.list.currentItem()
        if chosen is not None:
            self.window.remove_decision(self.row, chosen.data(Qt.UserRole))
