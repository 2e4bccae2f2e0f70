""""How the class judged the sources": for each key item, how many chose each value (§10).

A tree, so that it reads in the overview's narrow pane: one branch per
expert passage and question ("«informó en Telegram el Kremlin» · Kind of
source"), one line per answer with how many trainees chose it, then those
who found the passage but left the question empty and those who did not
find it. The answers the expert accepts are marked with a check sign and
in bold, never by colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator.core.feature_feedback import feature_label, value_label
from annotator.core.model import Tagset
from annotator.services.feature_report import ItemJudgements

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

ACCEPTED_MARK = "✓"
PASSAGE_CHARS = 36


class JudgementsPage(QWidget):
    """A tab of the class overview: the class's answers to each question, passage by passage."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("classJudgements")
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(translate(
            "Judgements", "For each expert passage: how many trainees chose each answer. "
            "✓ marks the answers the expert accepts."))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("classJudgementsTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([translate("Judgements", "Passage and answers"),
                                   translate("Judgements", "Trainees")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setAccessibleName(translate("Judgements", "How the class judged the sources"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.tree, 1)

    def set_rows(self, rows: list[ItemJudgements], tagset: Tagset | None, language: str) -> None:
        self.tree.clear()
        for row in rows:
            quote = " ".join(row.key.quote.split())
            if len(quote) > PASSAGE_CHARS:
                quote = quote[: PASSAGE_CHARS - 1] + "…"
            branch = QTreeWidgetItem([
                f"«{quote}» · {feature_label(tagset, row.feature, language)}", ""])
            branch.setToolTip(0, row.key.quote)
            font = branch.font(0)
            font.setBold(True)
            branch.setFont(0, font)
            for value, count in row.counts.items():
                accepted = value in row.accepted
                label = value_label(tagset, row.feature, value, language)
                leaf = QTreeWidgetItem(branch, [
                    f"{ACCEPTED_MARK} {label}" if accepted else f"   {label}", str(count)])
                if accepted:
                    leaf.setToolTip(0, translate("Judgements", "An answer the expert accepts"))
                    bold = leaf.font(0)
                    bold.setBold(True)
                    leaf.setFont(0, bold)
                    leaf.setFont(1, bold)
            QTreeWidgetItem(branch, [translate("Judgements", "   No answer"), str(row.missing)])
            QTreeWidgetItem(branch, [translate("Judgements", "   Did not find the passage"),
                                     str(row.not_paired)])
            for index in range(branch.childCount()):
                branch.child(index).setTextAlignment(1, Qt.AlignRight | Qt.AlignVCenter)
            self.tree.addTopLevelItem(branch)
        self.tree.expandAll()
