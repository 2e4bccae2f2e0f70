"""The questions of a category (scoring.md §10), on the Categories tab.

A category may ask the trainee a question about each highlight: a choice
(the kind of source, whether a claim can be checked), graded against the
key's accepted answers, or a text line (where they checked), never graded.
Here an instructor adds, renames, reorders and removes questions and their
answers; every change is a planned tagset edit (one undo step), and a
question or answer the key uses goes only after a confirmation that says
how many expert spans give it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from annotator.core import feature_authoring as plans
from annotator.core.authoring import Draft, clean_texts
from annotator.core.feature_authoring import FeatureInUse
from annotator.core.model import Feature
from annotator.gui.authoring.widgets import limited_line

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

Confirm = Callable[[str, str, str], bool]  # title, message, action -> yes

# The core's refusals about questions, for lupdate (messages.describe translates them).
TEMPLATES = (
    QT_TRANSLATE_NOOP("AuthoringErrors", "{count} key spans give {what}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "there is no question {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a question needs a label"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the category {id} already asks the course's questions"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a text question has no answers to choose from"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "there is no answer {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "an answer needs a label"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a question needs at least one answer"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "there is no category {id}"),
)


class FeaturesEditor(QGroupBox):
    """Questions of the category shown, and the answers of the question chosen."""

    def __init__(self, run_edit: Callable[[Callable[[], object]], bool], parent=None) -> None:
        super().__init__(translate("FeaturesEditor", "Questions about each highlight"), parent)
        self.setObjectName("featuresEditor")
        self.run_edit = run_edit
        self.confirm: Confirm = lambda title, message, action: False  # set by the window
        self.draft: Draft | None = None
        self.language = "en"
        self.category_id: str | None = None
        self._filling = False

        self.features = QListWidget(self)
        self.features.setObjectName("featureList")
        self.features.setAccessibleName(translate("FeaturesEditor", "Questions"))
        self.features.setMaximumHeight(90)
        self.features.currentRowChanged.connect(lambda _row: self._show_feature())
        self.label_es = limited_line(self, "featureLabelEs")  # ShortText: the format's limit
        self.label_es.setAccessibleName(translate("FeaturesEditor", "Question in Spanish"))
        self.label_en = limited_line(self, "featureLabelEn")  # ShortText: the format's limit
        self.label_en.setAccessibleName(translate("FeaturesEditor", "Question in English"))
        for edit in (self.label_es, self.label_en):
            edit.editingFinished.connect(self._on_labels_edited)
        self.required = QCheckBox(translate("FeaturesEditor", "Remind at hand-in"), self)
        self.required.setObjectName("featureRequired")
        self.required.setToolTip(translate(
            "FeaturesEditor", "Trainees who leave it empty are reminded; it never blocks"))
        self.required.clicked.connect(self._on_required_clicked)

        self.values = QListWidget(self)
        self.values.setObjectName("valueList")
        self.values.setAccessibleName(translate("FeaturesEditor", "Answers"))
        self.values.setMaximumHeight(110)
        self.values.currentRowChanged.connect(lambda _row: self._show_value())
        self.value_es = limited_line(self, "valueLabelEs")  # ShortText: the format's limit
        self.value_es.setAccessibleName(translate("FeaturesEditor", "Answer in Spanish"))
        self.value_en = limited_line(self, "valueLabelEn")  # ShortText: the format's limit
        self.value_en.setAccessibleName(translate("FeaturesEditor", "Answer in English"))
        for edit in (self.value_es, self.value_en):
            edit.editingFinished.connect(self._on_value_edited)

        feature_tools = self._tools([
            (translate("FeaturesEditor", "Add question"), self._add_choice),
            (translate("FeaturesEditor", "Add text line"), self._add_text),
            (translate("FeaturesEditor", "Course questions"), self._add_course),
            (translate("FeaturesEditor", "Remove question"), self._remove_feature),
            (translate("FeaturesEditor", "Earlier"), lambda: self._move_feature(-1)),
            (translate("FeaturesEditor", "Later"), lambda: self._move_feature(+1)),
        ])
        value_tools = self._tools([
            (translate("FeaturesEditor", "Add answer"), self._add_value),
            (translate("FeaturesEditor", "Remove answer"), self._remove_value),
            (translate("FeaturesEditor", "Up"), lambda: self._move_value(-1)),
            (translate("FeaturesEditor", "Down"), lambda: self._move_value(+1)),
        ])
        form = QFormLayout()
        names = QHBoxLayout()
        names.addWidget(self.label_es)
        names.addWidget(self.label_en)
        form.addRow(translate("FeaturesEditor", "Question (es / en):"), names)
        form.addRow("", self.required)
        answer_names = QHBoxLayout()
        answer_names.addWidget(self.value_es)
        answer_names.addWidget(self.value_en)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.features)
        layout.addLayout(feature_tools)
        layout.addLayout(form)
        layout.addWidget(self.values)
        layout.addLayout(value_tools)
        answer_form = QFormLayout()
        answer_form.addRow(translate("FeaturesEditor", "Answer (es / en):"), answer_names)
        layout.addLayout(answer_form)

    def _tools(self, entries) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot in entries:
            action = QAction(text, self)
            action.triggered.connect(slot)
            button = QToolButton(self)
            button.setDefaultAction(action)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # ---------------------------------------------------------------- showing

    def show_category(self, draft: Draft, category_id: str | None, language: str) -> None:
        self.draft, self.language = draft, language
        wanted = self.current_feature_id() if category_id == self.category_id else None
        self.category_id = category_id
        category = draft.category(category_id) if category_id else None
        self._filling = True
        try:
            self.features.clear()
            for feature in category.features if category else []:
                kind = (translate("FeaturesEditor", "choice") if feature.kind == "choice"
                        else translate("FeaturesEditor", "text line"))
                item = QListWidgetItem(f"{feature.label(language)}  ({kind})")
                item.setData(Qt.UserRole, feature.id)
                self.features.addItem(item)
            ids = [f.id for f in category.features] if category else []
            self.features.setCurrentRow(ids.index(wanted) if wanted in ids else 0 if ids else -1)
        finally:
            self._filling = False
        self._show_feature()

    def current_feature(self) -> Feature | None:
        category = self.draft.category(self.category_id) if self.draft and self.category_id \
            else None
        feature_id = self.current_feature_id()
        return category.feature(feature_id) if category and feature_id else None

    def current_feature_id(self) -> str | None:
        item = self.features.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def current_value_id(self) -> str | None:
        item = self.values.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def _show_feature(self, wanted_value: str | None = None) -> None:
        if self._filling:
            return
        feature = self.current_feature()
        for widget in (self.label_es, self.label_en, self.required, self.values,
                       self.value_es, self.value_en):
            widget.setEnabled(feature is not None)
        self.label_es.setText(feature.labels.get("es", "") if feature else "")
        self.label_en.setText(feature.labels.get("en", "") if feature else "")
        self.required.setChecked(bool(feature and feature.required))
        self.values.clear()
        for number, value in enumerate(feature.values if feature else [], start=1):
            item = QListWidgetItem(f"{number}  {value.label(self.language)}")
            item.setData(Qt.UserRole, value.id)
            self.values.addItem(item)
        ids = feature.value_ids() if feature else []
        self.values.setCurrentRow(ids.index(wanted_value) if wanted_value in ids
                                  else 0 if ids else -1)
        self._show_value()

    def _show_value(self) -> None:
        feature = self.current_feature()
        value = feature.value(self.current_value_id() or "") if feature else None
        self.value_es.setText(value.labels.get("es", "") if value else "")
        self.value_en.setText(value.labels.get("en", "") if value else "")
        self.value_es.setEnabled(value is not None)
        self.value_en.setEnabled(value is not None)

    # ---------------------------------------------------------------- editing

    def _run(self, plan, feature_id: str | None = None, value_id: str | None = None) -> bool:
        done = self.run_edit(plan)
        self.show_category(self.draft, self.category_id, self.language)
        ids = [self.features.item(r).data(Qt.UserRole) for r in range(self.features.count())]
        if feature_id in ids:
            self.features.setCurrentRow(ids.index(feature_id))
        self._show_feature(value_id)
        return done

    def _add(self, kind: str) -> None:
        if self.draft is None or self.category_id is None:
            return
        before = {f.id for c in self.draft.categories for f in c.features}
        self._run(lambda: plans.add_feature(self.draft, self.category_id, kind))
        new = [f.id for f in self.draft.category(self.category_id).features
               if f.id not in before]
        if new:
            ids = [self.features.item(r).data(Qt.UserRole) for r in range(self.features.count())]
            self.features.setCurrentRow(ids.index(new[0]))
            self.label_es.setFocus()
            self.label_es.selectAll()

    def _add_choice(self) -> None:
        self._add("choice")

    def _add_text(self) -> None:
        self._add("text")

    def _add_course(self) -> None:
        if self.draft is not None and self.category_id is not None:
            self._run(lambda: plans.add_course_features(self.draft, self.category_id))

    def _on_labels_edited(self) -> None:
        feature = self.current_feature()
        labels = {"es": self.label_es.text(), "en": self.label_en.text()}
        if feature is not None and clean_texts(labels) != feature.labels:
            fid, cid = feature.id, self.category_id
            self._run(lambda: plans.update_feature(self.draft, cid, fid, labels=labels), fid)

    def _on_required_clicked(self, checked: bool) -> None:
        feature = self.current_feature()
        if feature is not None:
            fid, cid = feature.id, self.category_id
            self._run(lambda: plans.update_feature(self.draft, cid, fid, required=checked), fid)

    def _remove_feature(self) -> None:
        feature = self.current_feature()
        if feature is None:
            return
        fid, cid = feature.id, self.category_id
        try:
            plans.remove_feature(self.draft, cid, fid)
        except FeatureInUse as used:
            if not self._confirm_removal(feature.label(self.language), used.count):
                return
            self._run(lambda: plans.remove_feature(self.draft, cid, fid, confirmed=True))
            return
        except Exception:  # noqa: BLE001 - the refusal is said by run_edit below
            pass
        self._run(lambda: plans.remove_feature(self.draft, cid, fid))

    def _confirm_removal(self, label: str, count: int) -> bool:
        return self.confirm(
            translate("FeaturesEditor", "Remove an answer the key uses?"),
            translate("FeaturesEditor", "%1 expert spans give “%2” as an accepted answer. "
                      "Removing it removes it from them too (Undo brings both back).")
            .replace("%1", str(count)).replace("%2", label),
            translate("FeaturesEditor", "Remove from %1 spans").replace("%1", str(count)),
        )

    def _move_feature(self, delta: int) -> None:
        fid = self.current_feature_id()
        if fid:
            cid = self.category_id
            self._run(lambda: plans.move_feature(self.draft, cid, fid, delta), fid)

    def _add_value(self) -> None:
        feature = self.current_feature()
        if feature is None:
            return
        fid, cid = feature.id, self.category_id
        before = set(feature.value_ids())
        self._run(lambda: plans.add_value(self.draft, cid, fid), fid)
        now = self.current_feature()
        new = [v for v in now.value_ids() if v not in before] if now else []
        if new:
            self._show_feature(new[0])
            self.value_es.setFocus()
            self.value_es.selectAll()

    def _on_value_edited(self) -> None:
        feature = self.current_feature()
        value = feature.value(self.current_value_id() or "") if feature else None
        labels = {"es": self.value_es.text(), "en": self.value_en.text()}
        if value is not None and clean_texts(labels) != value.labels:
            fid, vid, cid = feature.id, value.id, self.category_id
            self._run(lambda: plans.rename_value(self.draft, cid, fid, vid, labels), fid, vid)

    def _remove_value(self) -> None:
        feature = self.current_feature()
        value = feature.value(self.current_value_id() or "") if feature else None
        if value is None:
            return
        fid, vid, cid = feature.id, value.id, self.category_id
        try:
            plans.remove_value(self.draft, cid, fid, vid)
        except FeatureInUse as used:
            if not self._confirm_removal(value.label(self.language), used.count):
                return
            self._run(lambda: plans.remove_value(self.draft, cid, fid, vid, confirmed=True), fid)
            return
        except Exception:  # noqa: BLE001 - the refusal is said by run_edit below
            pass
        self._run(lambda: plans.remove_value(self.draft, cid, fid, vid), fid)

    def _move_value(self, delta: int) -> None:
        feature = self.current_feature()
        vid = self.current_value_id()
        if feature is not None and vid:
            fid, cid = feature.id, self.category_id
            self._run(lambda: plans.move_value(self.draft, cid, fid, vid, delta), fid, vid)
