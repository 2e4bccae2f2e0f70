"""The expert's accepted answers for a key span (scoring.md §10), in the key panel's form.

For each question the span's category asks with answers to choose from, a
row of check boxes, one per answer: tick every answer the expert accepts
(an official source that is also an interested party may accept both).
Ticking or unticking sends one change of the span, one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from annotator.core.model import Category, KeySpan

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

AcceptedRequest = Callable[[str, dict[str, list[str]]], None]  # span id, new accepted values


class AcceptedAnswers(QGroupBox):
    """Check boxes of accepted answers for the span shown; hidden when nothing is asked."""

    def __init__(self, changed: AcceptedRequest, language: str, parent=None) -> None:
        super().__init__(translate("AcceptedAnswers", "Answers the expert accepts"), parent)
        self.setObjectName("acceptedAnswers")
        self.setToolTip(translate(
            "AcceptedAnswers",
            "A trainee who finds this passage is told whether their answer is one of these. "
            "Tick several when more than one is right; none: the question is not graded here."))
        self.changed = changed
        self.language = language
        self.boxes: dict[tuple[str, str], QCheckBox] = {}
        self._span: KeySpan | None = None
        self._form = QFormLayout(self)
        self._form.setContentsMargins(6, 4, 6, 4)
        self.hide()

    def show_span(self, span: KeySpan | None, category: Category | None) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self.boxes.clear()
        self._span = span
        features = [f for f in (category.features if category else []) if f.kind == "choice"]
        if span is None or not features:
            self.hide()
            return
        for feature in features:
            row = QWidget(self)
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            accepted = span.accepted.get(feature.id, [])
            for value in feature.values:
                box = QCheckBox(value.label(self.language), row)
                box.setObjectName(f"accepted_{feature.id}_{value.id}")
                box.setToolTip(value.description(self.language))
                box.setChecked(value.id in accepted)
                box.toggled.connect(lambda _on, f=feature.id: self._on_toggled(f))
                layout.addWidget(box)
                self.boxes[(feature.id, value.id)] = box
            layout.addStretch(1)
            label = QLabel(feature.label(self.language) + ":", self)
            label.setBuddy(next(iter(self.boxes.values())) if self.boxes else row)
            self._form.addRow(label, row)
        self.show()

    def _on_toggled(self, feature_id: str) -> None:
        if self._span is None:
            return
        accepted = {f: list(v) for f, v in self._span.accepted.items() if f != feature_id}
        values = [value for (feature, value), box in self.boxes.items()
                  if feature == feature_id and box.isChecked()]
        if values:
            accepted[feature_id] = values
        self.changed(self._span.id, accepted)
