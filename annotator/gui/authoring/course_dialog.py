"""Course and teacher's notes: level, minutes, skills, paired exercise, licence, the kit.

What the library lists beside the exercise's title (level, minutes,
skills), the exercise it is meant to be compared with, the licence of the
text, and the teacher's kit (goals, background facts, discussion prompts,
time plan) in Spanish and English, one item a line. The core checks the
form (core.course_authoring); a refusal is one line under the fields, in
the instructor's language, and the dialog stays open with the field to fix
focused. OK hands the result to the window, which pushes it as one undo
step; the notes never go into a student copy.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from annotator.core.authoring import AuthoringError, Draft
from annotator.core.course_authoring import (
    MINUTES,
    NOTE_FIELDS,
    NOTE_LANGUAGES,
    CourseForm,
    CourseSettings,
    SkillRow,
    checked_course,
    course_form,
)
from annotator.core.limits import TEXT_MAX
from annotator.gui.accessibility import plain_text
from annotator.gui.authoring.messages import describe
from annotator.gui.authoring.widgets import limited_line
from annotator.gui.text_limits import guard

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

# The core's refusals about the course, for lupdate (messages.describe translates them).
TEMPLATES = (
    QT_TRANSLATE_NOOP("AuthoringErrors", "the level must be 1, 2 or 3"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the minutes must be a whole number from 1 to 600"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "an exercise cannot be paired with itself"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "two skills cannot share the id {id}"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "the licence can have at most {limit} characters"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a skill label can have at most {limit} characters"),
    QT_TRANSLATE_NOOP("AuthoringErrors", "a note can have at most {limit} characters"),
    QT_TRANSLATE_NOOP(
        "AuthoringErrors",
        "{id} is not a valid skill id: use letters, digits, '-', '_' or '.', starting with a "
        "letter",
    ),
    QT_TRANSLATE_NOOP(
        "AuthoringErrors",
        "{id} is not an exercise id: use letters, digits, '-', '_' or '.', starting with a "
        "letter",
    ),
)

LEVEL_NAMES = (
    (None, QT_TRANSLATE_NOOP("CourseDialog", "Not given")),
    (1, QT_TRANSLATE_NOOP("CourseDialog", "1 — first steps")),
    (2, QT_TRANSLATE_NOOP("CourseDialog", "2 — some practice")),
    (3, QT_TRANSLATE_NOOP("CourseDialog", "3 — the hardest")),
)
NOTE_NAMES = {  # field -> (label with its mnemonic, what goes in it)
    "goals": (QT_TRANSLATE_NOOP("CourseDialog", "&Goals"), QT_TRANSLATE_NOOP(
        "CourseDialog", "What trainees can do after the exercise")),
    "background": (QT_TRANSLATE_NOOP("CourseDialog", "&Background facts"), QT_TRANSLATE_NOOP(
        "CourseDialog", "Facts needed to check the claims (they may give the key away)")),
    "prompts": (QT_TRANSLATE_NOOP("CourseDialog", "&Discussion prompts"), QT_TRANSLATE_NOOP(
        "CourseDialog", "Questions for the class; the class overview shows them")),
    "time_plan": (QT_TRANSLATE_NOOP("CourseDialog", "T&ime plan"), QT_TRANSLATE_NOOP(
        "CourseDialog", "The steps of the lesson, e.g. 10 min: read and mark")),
}
LANGUAGE_NAMES = {"es": QT_TRANSLATE_NOOP("CourseDialog", "Spanish"),
                  "en": QT_TRANSLATE_NOOP("CourseDialog", "English")}
SKILL_COLUMNS = (QT_TRANSLATE_NOOP("CourseDialog", "Id"),
                 QT_TRANSLATE_NOOP("CourseDialog", "Spanish label"),
                 QT_TRANSLATE_NOOP("CourseDialog", "English label"))


class CourseDialog(QDialog):
    """The form over one exercise's course settings; ``chosen`` is set when OK is accepted."""

    def __init__(self, settings: CourseSettings, exercise_id: str,
                 neighbours: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("courseDialog")
        self.setWindowTitle(translate("CourseDialog", "Course and teacher's notes"))
        self.exercise_id = exercise_id
        self.original = settings
        self.form = course_form(settings)  # the languages the form does not show ride along
        self.chosen: CourseSettings | None = None
        self.refusal: AuthoringError | None = None
        self.problem = QLabel(self)
        self.problem.setObjectName("courseProblem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.problem.hide()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("courseTabs")
        self.tabs.addTab(self._course_page(neighbours), translate("CourseDialog", "&Course"))
        self.tabs.addTab(self._notes_page(), translate("CourseDialog", "&Teacher's notes"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fill(self.form)
        self.resize(760, 560)

    # ---------------------------------------------------------------- pages

    def _course_page(self, neighbours: list[tuple[str, str]]) -> QWidget:
        page = QWidget(self)
        self.level_box = QComboBox(page)
        self.level_box.setObjectName("courseLevel")
        for value, name in LEVEL_NAMES:
            self.level_box.addItem(translate("CourseDialog", name), value)
        self.level_box.setToolTip(translate(
            "CourseDialog", "How hard the exercise is; the library groups the course by level"))
        self.minutes_spin = QSpinBox(page)
        self.minutes_spin.setObjectName("courseMinutes")
        self.minutes_spin.setRange(0, MINUTES[1])
        self.minutes_spin.setSpecialValueText(translate("CourseDialog", "Not given"))
        self.minutes_spin.setSuffix(translate("CourseDialog", " min"))
        self.minutes_spin.setSingleStep(5)
        self.minutes_spin.setToolTip(translate(
            "CourseDialog", "About how long a trainee needs, from 1 to 600 minutes"))
        self.pairs_box = QComboBox(page)
        self.pairs_box.setObjectName("coursePairsWith")
        self.pairs_box.setEditable(True)
        self.pairs_box.setInsertPolicy(QComboBox.NoInsert)
        self.pairs_box.addItem("", "")
        for other_id, title in neighbours:
            self.pairs_box.addItem(f"{other_id} — {title}", other_id)
        self.pairs_box.setToolTip(translate(
            "CourseDialog", "Another exercise on the same event, told by another outlet, to "
            "compare in class: choose one from this folder or type its id"))
        self.pairs_box.lineEdit().editingFinished.connect(self.check)
        self.licence_edit = limited_line(page, "courseLicence", translate(
            "CourseDialog", "What the text may be used for and where it comes from, e.g. "
            "“CC BY 4.0; adapted” or “Written for the course; people invented”"))
        self.licence_edit.editingFinished.connect(self.check)
        form = QFormLayout()
        for text, widget in (
            (translate("CourseDialog", "&Level:"), self.level_box),
            (translate("CourseDialog", "&Minutes:"), self.minutes_spin),
            (translate("CourseDialog", "&Pairs with:"), self.pairs_box),
            (translate("CourseDialog", "Lic&ence of the text:"), self.licence_edit),
        ):
            label = QLabel(text, page)
            label.setBuddy(widget)
            widget.setAccessibleName(plain_text(text).rstrip(":"))
            form.addRow(label, widget)
        self.pairs_box.lineEdit().setAccessibleName(self.pairs_box.accessibleName())

        self.skills = QTableWidget(0, len(SKILL_COLUMNS), page)
        self.skills.setObjectName("courseSkills")
        self.skills.setAccessibleName(translate("CourseDialog", "Skills"))
        self.skills.setHorizontalHeaderLabels(
            [translate("CourseDialog", name) for name in SKILL_COLUMNS])
        self.skills.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.skills.verticalHeader().hide()
        self.skills.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.skills.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.skills.setEditTriggers(
            QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
            | QAbstractItemView.AnyKeyPressed)
        self.skills.itemChanged.connect(lambda _item: self.check())
        self.add_skill_button = QPushButton(translate("CourseDialog", "&Add skill"), page)
        self.add_skill_button.setObjectName("addSkill")
        self.add_skill_button.clicked.connect(self.add_skill)
        self.remove_skill_button = QPushButton(translate("CourseDialog", "&Remove skill"), page)
        self.remove_skill_button.setObjectName("removeSkill")
        self.remove_skill_button.clicked.connect(self.remove_skill)
        skills_hint = QLabel(translate(
            "CourseDialog", "What the exercise practises. An id is letters, digits and '-'; "
            "a known one (numbers, anonymous-source, loaded-words…) brings its own labels."),
            page)
        skills_hint.setWordWrap(True)
        skill_buttons = QHBoxLayout()
        skill_buttons.addWidget(self.add_skill_button)
        skill_buttons.addWidget(self.remove_skill_button)
        skill_buttons.addStretch(1)
        skills_title = QLabel("<b>" + translate("CourseDialog", "Skills") + "</b>", page)

        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(skills_title)
        layout.addWidget(skills_hint)
        layout.addWidget(self.skills, 1)
        layout.addLayout(skill_buttons)
        return page

    def _notes_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(translate(
            "CourseDialog", "For you and other teachers: never in a student copy. One item a "
            "line."), page)
        intro.setWordWrap(True)
        grid = QGridLayout()
        for column, language in enumerate(NOTE_LANGUAGES, start=1):
            grid.addWidget(QLabel("<b>" + translate("CourseDialog", LANGUAGE_NAMES[language])
                                  + "</b>", page), 0, column)
        self.note_edits: dict[tuple[str, str], QPlainTextEdit] = {}
        for row, name in enumerate(NOTE_FIELDS, start=1):
            text, tip = (translate("CourseDialog", part) for part in NOTE_NAMES[name])
            label = QLabel(text, page)
            label.setToolTip(tip)
            grid.addWidget(label, row, 0, Qt.AlignTop)
            for column, language in enumerate(NOTE_LANGUAGES, start=1):
                edit = QPlainTextEdit(page)
                edit.setObjectName(f"note-{name}-{language}")
                edit.setTabChangesFocus(True)
                edit.setToolTip(tip)
                edit.setAccessibleName(
                    translate("CourseDialog", "%1 in %2").replace("%1", plain_text(text))
                    .replace("%2", translate("CourseDialog", LANGUAGE_NAMES[language])))
                guard(edit, TEXT_MAX, self._say_count)
                grid.addWidget(edit, row, column)
                self.note_edits[(name, language)] = edit
            label.setBuddy(self.note_edits[(name, NOTE_LANGUAGES[0])])
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(grid, 1)
        return page

    # --------------------------------------------------------------- values

    def _fill(self, form: CourseForm) -> None:
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(form.level)))
        self.minutes_spin.setValue(form.minutes or 0)
        position = self.pairs_box.findData(form.pairs_with)
        if position >= 0:
            self.pairs_box.setCurrentIndex(position)
        else:
            self.pairs_box.setEditText(form.pairs_with)
        self.licence_edit.setText(form.licence)
        self.licence_edit.setCursorPosition(0)
        self.skills.blockSignals(True)
        for row in form.skills:
            self._append_skill(row)
        self.skills.blockSignals(False)
        for (name, language), edit in self.note_edits.items():
            edit.setPlainText(form.notes.get(name, {}).get(language, ""))

    def _append_skill(self, row: SkillRow) -> int:
        number = self.skills.rowCount()
        self.skills.insertRow(number)
        for column, value in enumerate((row.id, row.es, row.en)):
            self.skills.setItem(number, column, QTableWidgetItem(value))
        return number

    def pairs_with(self) -> str:
        """The chosen exercise's id, or what was typed (a list entry shows its title too)."""
        text = self.pairs_box.currentText().strip()
        position = self.pairs_box.findText(text)
        return self.pairs_box.itemData(position) if position > 0 else text

    def current_form(self) -> CourseForm:
        def cell(row: int, column: int) -> str:
            item = self.skills.item(row, column)
            return item.text() if item is not None else ""

        notes: dict[str, dict[str, str]] = {}
        for (name, language), edit in self.note_edits.items():
            notes.setdefault(name, {})[language] = edit.toPlainText()
        return CourseForm(
            level=self.level_box.currentData(),
            minutes=self.minutes_spin.value() or None,
            pairs_with=self.pairs_with(),
            skills=tuple(SkillRow(cell(r, 0), cell(r, 1), cell(r, 2))
                         for r in range(self.skills.rowCount())),
            notes=notes,
            licence=self.licence_edit.text(),
            other_labels=self.form.other_labels,
            other_notes=self.form.other_notes,
        )

    # -------------------------------------------------------------- actions

    def add_skill(self) -> None:
        row = self._append_skill(SkillRow())
        self.skills.setCurrentCell(row, 0)
        self.skills.setFocus()
        self.skills.editItem(self.skills.item(row, 0))

    def remove_skill(self) -> None:
        row = self.skills.currentRow()
        if row < 0:
            return
        self.skills.removeRow(row)
        self.skills.setCurrentCell(min(row, self.skills.rowCount() - 1), 0)
        self.check()

    def check(self) -> CourseSettings | None:
        """Check the form as it stands; show the refusal in one line, or clear it."""
        try:
            settings = checked_course(self.current_form(), self.exercise_id)
        except AuthoringError as refused:
            self.refusal = refused
            self._show_problem("⚠ " + describe(refused))
            return None
        self.refusal = None
        self._show_problem("")
        return settings

    def accept(self) -> None:
        if self.current_form() == self.form:  # untouched: keep the file's values exactly
            self.chosen = self.original
            super().accept()
            return
        settings = self.check()
        if settings is None:
            self._focus_problem()
            return
        self.chosen = settings
        super().accept()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setAccessibleName(text.lstrip("⚠ "))
        self.problem.setVisible(bool(text))

    def _say_count(self, text: str) -> None:
        """A notes box near its limit says so in the problem line, unless a refusal is there."""
        if self.refusal is None:
            self._show_problem(text)

    def _focus_problem(self) -> None:
        """Take the keyboard to the field the refusal is about."""
        template = self.refusal.template if self.refusal is not None else ""
        for words, page, widget in (
            ("skill", 0, self.skills), ("exercise", 0, self.pairs_box),
            ("licence", 0, self.licence_edit), ("minutes", 0, self.minutes_spin),
            ("level", 0, self.level_box), ("note", 1, None),
        ):
            if words in template:
                self.tabs.setCurrentIndex(page)
                if widget is not None:
                    widget.setFocus()
                return


def course_summary(draft: Draft, language: str) -> str:
    """One line on what the exercise says about its place in the course, for the details tab."""
    course, notes, licence = draft.course, draft.notes, draft.details.licence
    parts = []
    if course is not None and course.level is not None:
        parts.append(translate("CourseDialog", "Level %1").replace("%1", str(course.level)))
    if course is not None and course.minutes is not None:
        parts.append(translate("CourseDialog", "%1 min").replace("%1", str(course.minutes)))
    if course is not None and course.skills:
        parts.append(translate("CourseDialog", "Skills: %1").replace(
            "%1", ", ".join(skill.label(language) for skill in course.skills)))
    if course is not None and course.pairs_with:
        parts.append(translate("CourseDialog", "Pairs with %1").replace("%1", course.pairs_with))
    items = sum(len(lines) for name in NOTE_FIELDS
                for lines in getattr(notes, name).values()) if notes is not None else 0
    if items:
        parts.append(translate("CourseDialog", "%n teacher's notes", "", items))
    if licence:
        parts.append(translate("CourseDialog", "Licence: %1").replace("%1", licence))
    if not parts:
        return translate("CourseDialog", "No level, minutes, skills or notes yet.")
    return " · ".join(parts)
