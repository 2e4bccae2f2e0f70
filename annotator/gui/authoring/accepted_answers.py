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

from annotator.core.model import Category, Feature, KeySpan

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
        self._shape: list[tuple] = []  # the questions and answers the boxes ask, as worded
        self._form = QFormLayout(self)
        self._form.setContentsMargins(6, 4, 6, 4)
        self.hide()

    def show_span(self, span: KeySpan | None, category: Category | None) -> None:
        features = [f for f in (category.features if category else []) if f.kind == "choice"]
        shape = [self._shape_of(f) for f in features] if span else []
        same_boxes = bool(shape) and shape == self._shape  # no span shown: no shape kept
        self._span = span
        if same_boxes:
            self._tick(span)
            return
        self._clear()
        self._shape = shape
        if span is None or not features:
            self.hide()
            return
        for feature in features:
            first_box = None
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
                if first_box is None:
                    first_box = box
            layout.addStretch(1)
            label = QLabel(feature.label(self.language) + ":", self)
            label.setBuddy(first_box if first_box is not None else row)
            self._form.addRow(label, row)
        self.show()

    def _shape_of(self, feature: Feature) -> tuple:
        words = [(v.id, v.label(self.language), v.description(self.language))
                 for v in feature.values]
        return feature.id, feature.label(self.language), words

    def _tick(self, span: KeySpan) -> None:
        """Show a span's answers in the boxes already there, sending no change back."""
        for (feature_id, value_id), box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(value_id in span.accepted.get(feature_id, []))
            box.blockSignals(False)
        self.show()

    def _clear(self) -> None:
        """Take the rows out now and delete their widgets later.

        A tick's change comes back here while the ticked box is still inside
        its own signal: deleting it at once would pull it out from under Qt.
        """
        while self._form.rowCount():
            row = self._form.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                if item is not None and item.widget() is not None:
                    item.widget().hide()
                    item.widget().deleteLater()
        self.boxes.clear()

    def _on_toggled(self, feature_id: str) -> None:
        if self._span is None:
            return
        accepted = {f: list(v) for f, v in self._span.accepted.items() if f != feature_id}
        values = [value for (feature, value), box in self.boxes.items()
                  if feature == feature_id and box.isChecked()]
        if values:
            accepted[feature_id] = values
        self.changed(self._span.id, accepted)
