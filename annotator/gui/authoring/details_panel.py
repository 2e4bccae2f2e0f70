"""Title, instructions and source of the exercise, and how strictly it is graded.

Each scheme comes with a sentence on what it means for a trainee's score,
because "partial" or "lenient" alone tells a busy instructor little. Fields
commit when left (one undo step each); the draft checks them when saving.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.authoring import Details, Draft
from annotator.core.limits import ID_MAX
from annotator.core.model import CHECK_POLICIES, SCHEMES, GradingSettings
from annotator.gui.accessibility import plain_text
from annotator.gui.authoring.course_dialog import course_summary
from annotator.gui.authoring.widgets import CommitTextEdit, ElidedLabel, limited_line

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

SCHEME_NAMES = {
    "partial": QT_TRANSLATE_NOOP("DetailsPanel", "&Partial (recommended)"),
    "strict": QT_TRANSLATE_NOOP("DetailsPanel", "St&rict"),
    "lenient": QT_TRANSLATE_NOOP("DetailsPanel", "&Lenient"),
}
SCHEME_SENTENCES = {
    "partial": QT_TRANSLATE_NOOP(
        "DetailsPanel",
        "Credit in proportion to the words shared with the expert's span: half right earns half.",
    ),
    "strict": QT_TRANSLATE_NOOP(
        "DetailsPanel",
        "Only exact matches count: a span must start and end where the expert's does.",
    ),
    "lenient": QT_TRANSLATE_NOOP(
        "DetailsPanel",
        "Any overlap with an expert span of the same category counts as a full hit.",
    ),
}
CHECK_NAMES = {
    "anytime": QT_TRANSLATE_NOOP("DetailsPanel", "Check at &any time (practice)"),
    "after-hand-in": QT_TRANSLATE_NOOP("DetailsPanel", "Check only after &handing in"),
}
CHECK_SENTENCES = {
    "anytime": QT_TRANSLATE_NOOP(
        "DetailsPanel",
        "Trainees may compare with the key whenever they have it, even before they try.",
    ),
    "after-hand-in": QT_TRANSLATE_NOOP(
        "DetailsPanel",
        "Trainees hand in first; then they may compare, revise and hand in again. You can "
        "grade the first attempt, made before any feedback.",
    ),
}
LANGUAGE_CHOICES = (("es", QT_TRANSLATE_NOOP("DetailsPanel", "Spanish (es)")),
                    ("en", QT_TRANSLATE_NOOP("DetailsPanel", "English (en)")))

DetailsRequest = Callable[[Details], None]
GradingRequest = Callable[[GradingSettings], None]


class DetailsPanel(QWidget):
    def __init__(
        self, details_requested: DetailsRequest, grading_requested: GradingRequest, parent=None,
        course_requested: Callable[[], object] | None = None, interface_language: str = "en",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailsPanel")
        self.details_requested, self.grading_requested = details_requested, grading_requested
        self.draft: Draft | None = None
        self.interface_language = interface_language  # skill labels in the reader's language

        self.title_edit = limited_line(self, "exerciseTitleEdit", translate(
            "DetailsPanel", "What trainees see at the top of the exercise"))
        self.instructions_edit = CommitTextEdit(self, max_lines=3)
        self.instructions_edit.setObjectName("instructionsEdit")
        self.instructions_edit.setToolTip(translate(
            "DetailsPanel", "One or two sentences: what to mark and how"))
        self.instructions_edit.committed.connect(self._on_details_edited)
        self.language_box = QComboBox(self)
        self.language_box.setObjectName("languageBox")
        self.language_box.setEditable(True)
        self.language_box.setToolTip(translate(
            "DetailsPanel", "The language of the article (a code such as es or en)"))
        for code, name in LANGUAGE_CHOICES:
            self.language_box.addItem(translate("DetailsPanel", name), code)
        self.language_box.activated.connect(self._on_details_edited)
        self.language_box.lineEdit().editingFinished.connect(self._on_details_edited)
        self.publisher_edit = limited_line(self, "publisherEdit", translate(
            "DetailsPanel", "Who published the article"))
        self.url_edit = limited_line(self, "urlEdit", translate(
            "DetailsPanel", "Where the article was found"))
        self.published_edit = limited_line(self, "publishedEdit", translate(
            "DetailsPanel", "When it was published, e.g. 2025-08-12"))
        self.published_edit.setPlaceholderText("YYYY-MM-DD")
        self.id_edit = limited_line(self, "exerciseIdEdit", translate(
            "DetailsPanel",
            "The id that ties trainees' files to this exercise: letters, digits and '-'. "
            "Change it before handing out, never after.",
        ), ID_MAX)
        for edit in (self.title_edit, self.publisher_edit, self.url_edit, self.published_edit,
                     self.id_edit):
            edit.editingFinished.connect(self._on_details_edited)

        about = QFormLayout()
        about.addRow(self._buddy(translate("DetailsPanel", "&Title:"), self.title_edit),
                     self.title_edit)
        about.addRow(
            self._buddy(translate("DetailsPanel", "&Instructions:"), self.instructions_edit),
            self.instructions_edit,
        )
        language_label = translate("DetailsPanel", "Lan&guage:")
        self.language_box.lineEdit().setAccessibleName(plain_text(language_label).rstrip(":"))
        about.addRow(self._buddy(language_label, self.language_box),
                     self.language_box)
        about.addRow(self._buddy(translate("DetailsPanel", "P&ublisher:"), self.publisher_edit),
                     self.publisher_edit)
        about.addRow(self._buddy(translate("DetailsPanel", "&Web address:"), self.url_edit),
                     self.url_edit)
        about.addRow(self._buddy(translate("DetailsPanel", "D&ate:"), self.published_edit),
                     self.published_edit)
        about.addRow(self._buddy(translate("DetailsPanel", "E&xercise id:"), self.id_edit),
                     self.id_edit)
        about.addRow(self._course_row(course_requested))
        about_box = QGroupBox(translate("DetailsPanel", "Exercise"), self)
        about_box.setLayout(about)

        grading = QVBoxLayout()
        self.scheme_buttons = self._choices(grading, "scheme", SCHEMES, SCHEME_NAMES,
                                            SCHEME_SENTENCES)
        self.pass_spin = QDoubleSpinBox(self)
        self.pass_spin.setObjectName("passMark")
        self.pass_spin.setRange(0, 100)
        self.pass_spin.setDecimals(0)
        self.pass_spin.setSingleStep(5)
        self.pass_spin.setMaximumWidth(160)
        self.pass_spin.setSuffix(translate("DetailsPanel", " of 100"))
        self.pass_spin.setToolTip(translate(
            "DetailsPanel", "A trainee passes with a score (100 × F1) of at least this"))
        self.pass_spin.editingFinished.connect(self._on_pass_edited)
        self.weight_spin = QDoubleSpinBox(self)
        self.weight_spin.setObjectName("featuresWeight")
        self.weight_spin.setRange(0, 100)
        self.weight_spin.setDecimals(0)
        self.weight_spin.setSingleStep(5)
        self.weight_spin.setMaximumWidth(160)
        self.weight_spin.setSuffix(" %")
        self.weight_spin.setToolTip(translate(
            "DetailsPanel", "How much the trainees' answers to the categories' questions (the "
            "kind of source, whether a claim can be checked) count in the score; 0: they are "
            "explained but do not change it"))
        self.weight_spin.editingFinished.connect(self._on_weight_edited)
        pass_form = QFormLayout()
        pass_form.addRow(self._buddy(translate("DetailsPanel", "Pa&ss mark:"), self.pass_spin),
                         self.pass_spin)
        pass_form.addRow(
            self._buddy(translate("DetailsPanel", "&Judgements count:"), self.weight_spin),
            self.weight_spin)
        grading.addLayout(pass_form)
        self.check_buttons = self._choices(grading, "check", CHECK_POLICIES, CHECK_NAMES,
                                           CHECK_SENTENCES)
        grading_box = QGroupBox(translate("DetailsPanel", "Grading"), self)
        grading_box.setLayout(grading)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(about_box)
        layout.addWidget(grading_box)
        layout.addStretch(1)

    def _choices(self, layout: QVBoxLayout, setting: str, values, names: dict,
                 sentences: dict) -> dict[str, QRadioButton]:
        """One radio button per value of a grading setting, each with its sentence below.

        Choosing a button asks for ``setting`` to become its value; the
        buttons are named ``setting-value``, the sentences ``settingSentence``.
        """
        group = QButtonGroup(self)
        buttons: dict[str, QRadioButton] = {}
        for value in values:
            button = QRadioButton(translate("DetailsPanel", names[value]), self)
            button.setObjectName(f"{setting}-{value}")
            sentence = QLabel(translate("DetailsPanel", sentences[value]), self)
            sentence.setObjectName(f"{setting}Sentence")
            sentence.setWordWrap(True)
            sentence.setIndent(24)
            button.setToolTip(sentence.text())
            group.addButton(button)
            buttons[value] = button
            layout.addWidget(button)
            layout.addWidget(sentence)
            button.toggled.connect(
                lambda on, v=value: on and self._on_setting_chosen(setting, v))
        return buttons

    def _course_row(self, course_requested: Callable[[], object] | None) -> QHBoxLayout:
        """The course metadata in one line (all of it in the tooltip) and the button to edit it."""
        self.course_summary = ElidedLabel(self)
        self.course_summary.setObjectName("courseSummary")
        self.course_button = QPushButton(
            translate("DetailsPanel", "C&ourse and teacher's notes…"), self)
        self.course_button.setObjectName("courseButton")
        self.course_button.setToolTip(translate(
            "DetailsPanel", "Level, minutes, skills, the exercise it pairs with, the licence "
            "of the text, and your notes (Ctrl+Shift+C)"))
        if course_requested is not None:
            self.course_button.clicked.connect(course_requested)
        row = QHBoxLayout()
        row.addWidget(self.course_button)
        row.addWidget(self.course_summary, 1)
        return row

    def _buddy(self, text: str, widget: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        return label

    # --------------------------------------------------------------- filling

    def set_draft(self, draft: Draft) -> None:
        if self.draft is not None:
            self.draft.unsubscribe(self._on_draft_changed)
        self.draft = draft
        draft.subscribe(self._on_draft_changed)
        self._fill_details()
        self._fill_grading()
        self._fill_course()

    def _on_draft_changed(self, part: str) -> None:
        if part == "details":
            self._fill_details()
        elif part == "course":
            self._fill_course()
        elif part == "grading":
            self._fill_grading()

    def _fill_details(self) -> None:
        details = self.draft.details
        for edit, value in (
            (self.title_edit, details.title), (self.publisher_edit, details.publisher),
            (self.url_edit, details.url), (self.published_edit, details.published),
            (self.id_edit, details.id),
        ):
            if edit.text() != value:
                edit.setText(value)
                edit.setCursorPosition(0)
        self.instructions_edit.set_text_quietly(details.instructions)
        position = self.language_box.findData(details.language)
        if position >= 0:
            self.language_box.setCurrentIndex(position)
        else:
            self.language_box.setEditText(details.language)

    def _fill_course(self) -> None:
        self.course_summary.setText(course_summary(self.draft, self.interface_language))
        self.course_button.setAccessibleDescription(self.course_summary.toolTip())

    def _fill_grading(self) -> None:
        grading = self.draft.grading
        for button in (self.scheme_buttons[grading.scheme], self.check_buttons[grading.check]):
            if not button.isChecked():
                button.blockSignals(True)
                button.setChecked(True)
                button.blockSignals(False)
        self.pass_spin.blockSignals(True)
        self.pass_spin.setValue(grading.pass_mark)
        self.pass_spin.blockSignals(False)
        self.weight_spin.blockSignals(True)
        self.weight_spin.setValue(round(100 * grading.features_weight))
        self.weight_spin.blockSignals(False)

    # -------------------------------------------------------------- editing

    def language(self) -> str:
        text = self.language_box.currentText().strip()
        position = self.language_box.findText(text)
        data = self.language_box.itemData(position) if position >= 0 else None
        return data or text

    def commit(self) -> None:
        self.instructions_edit.commit()
        self._on_details_edited()
        self._on_pass_edited()
        self._on_weight_edited()

    def _on_details_edited(self, *args) -> None:
        if self.draft is None:
            return
        details = replace(
            self.draft.details,
            title=self.title_edit.text(),
            instructions=self.instructions_edit.toPlainText(),
            language=self.language(),
            publisher=self.publisher_edit.text(),
            url=self.url_edit.text(),
            published=self.published_edit.text(),
            id=self.id_edit.text().strip(),
        )
        if details != self.draft.details:
            self.details_requested(details)

    def _on_setting_chosen(self, setting: str, value: str) -> None:
        """``setting`` is ``scheme`` or ``check``: the grading field of the same name."""
        if self.draft is not None and value != getattr(self.draft.grading, setting):
            self.grading_requested(self.draft.grading.model_copy(update={setting: value}))

    def _on_pass_edited(self) -> None:
        value = float(self.pass_spin.value())
        if self.draft is not None and value != self.draft.grading.pass_mark:
            self.grading_requested(self.draft.grading.model_copy(update={"pass_mark": value}))


    def _on_weight_edited(self) -> None:
        """w of scoring.md §10, shown as a percentage: 25 % is features-weight 0.25."""
        value = round(self.weight_spin.value()) / 100
        if self.draft is not None and value != self.draft.grading.features_weight:
            self.grading_requested(
                self.draft.grading.model_copy(update={"features_weight": value}))
