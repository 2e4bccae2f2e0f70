"""Settings: language, look, text sizes, who usually works here, where submissions go.

Everything is stored in the app's QSettings (storage.py) the moment OK or
Apply is pressed, and applied at once where Qt allows it: the theme, the
interface text size and the article text size change under the user's eyes.
The language needs the windows to be built again, so it takes effect at the
next start; the dialog says so next to the choice rather than surprising
anyone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator.gui import appearance, i18n, storage
from annotator.gui.article_view import BASE_POINT_SIZE, MAX_POINT_SIZE, MIN_POINT_SIZE
from annotator.gui.fitting import fit_placeholder

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

FolderChooser = Callable[[QWidget, str], str]


def _choose_folder(parent: QWidget, start: str) -> str:
    return QFileDialog.getExistingDirectory(
        parent, translate("SettingsDialog", "Folder for submissions"), start
    )


class SettingsDialog(QDialog):
    """Edits the stored Preferences; ``applied`` carries them after OK or Apply."""

    applied = Signal(object)  # storage.Preferences

    def __init__(self, store: QSettings, current_language: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.store = store
        self.current_language = current_language
        self.choose_folder: FolderChooser = _choose_folder  # tests put a script here
        prefs = storage.load_preferences(store)

        self.language = QComboBox(self)
        self.language.setObjectName("languageChoice")
        system = i18n.LANGUAGE_NAMES[i18n.system_language()]
        self.language.addItem(
            translate("SettingsDialog", "Same as this computer (%1)").replace("%1", system), ""
        )
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setToolTip(
            translate("SettingsDialog", "The language of menus, messages, help and feedback")
        )
        self.language_hint = QLabel(self)
        self.language_hint.setObjectName("settingsHint")
        self.language_hint.setWordWrap(True)

        self.theme = QComboBox(self)
        self.theme.setObjectName("themeChoice")
        for code, name in (
            ("system", translate("SettingsDialog", "Same as this computer (light or dark)")),
            ("light", translate("SettingsDialog", "Light")),
            ("dark", translate("SettingsDialog", "Dark")),
            ("high-contrast", translate("SettingsDialog", "High contrast")),
        ):
            self.theme.addItem(name, code)
        self.theme.setToolTip(
            translate(
                "SettingsDialog",
                "High contrast: white and yellow on black, with thick outlines around "
                "the focused control",
            )
        )

        self.font_size = QSpinBox(self)
        self.font_size.setObjectName("fontSize")
        self.font_size.setRange(appearance.MIN_FONT_SIZE - 1, appearance.MAX_FONT_SIZE)
        self.font_size.setSpecialValueText(translate("SettingsDialog", "Same as this computer"))
        self.font_size.setSuffix(translate("SettingsDialog", " pt"))
        self.font_size.setToolTip(
            translate("SettingsDialog", "Text size of menus, lists and buttons")
        )

        self.article_size = QDoubleSpinBox(self)
        self.article_size.setObjectName("articleSize")
        self.article_size.setRange(MIN_POINT_SIZE, MAX_POINT_SIZE)
        self.article_size.setDecimals(0)
        self.article_size.setSuffix(translate("SettingsDialog", " pt"))
        self.article_size.setToolTip(
            translate("SettingsDialog", "Text size of the article (also Ctrl++ and Ctrl+−)")
        )

        self.trainee_name = QLineEdit(self)
        self.trainee_name.setObjectName("settingsTraineeName")
        self.trainee_name.setPlaceholderText(translate("SettingsDialog", "First and last name"))
        self.trainee_name.setToolTip(
            translate(
                "SettingsDialog",
                "Suggested when an exercise opens; on a shared computer, leave it empty",
            )
        )
        self.trainee_id = QLineEdit(self)
        self.trainee_id.setObjectName("settingsTraineeId")
        self.trainee_id.setPlaceholderText(
            translate("SettingsDialog", "Optional, as your teacher gave it")
        )
        self.trainee_id.setToolTip(translate("SettingsDialog", "The student id your teacher uses"))
        for field in (self.trainee_name, self.trainee_id):
            fit_placeholder(field)

        self.instructor_name = QLineEdit(self)
        self.instructor_name.setObjectName("settingsInstructorName")
        self.instructor_name.setPlaceholderText(translate("SettingsDialog", "Only for instructors"))
        self.instructor_name.setToolTip(translate(
            "SettingsDialog", "Signs the decisions you take on trainees' work in the class window"))

        self.save_folder = QLineEdit(self)
        self.save_folder.setObjectName("saveFolder")
        self.save_folder.setPlaceholderText(translate("SettingsDialog", "Documents"))
        self.save_folder.setToolTip(
            translate(
                "SettingsDialog",
                "Where Save suggests putting a new submission file; saving in another "
                "folder makes that one the suggestion",
            )
        )
        browse = QPushButton(translate("SettingsDialog", "C&hoose…"), self)
        browse.setObjectName("chooseFolder")
        browse.setToolTip(translate("SettingsDialog", "Pick the folder in a file dialog"))
        browse.clicked.connect(self._browse)
        self.folder_problem = QLabel(self)
        self.folder_problem.setObjectName("folderProblem")
        self.folder_problem.setWordWrap(True)
        self.folder_problem.hide()
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.save_folder, 1)
        folder_row.addWidget(browse)

        self.announce_caret = QCheckBox(
            translate("SettingsDialog", "Screen reader: say the &highlight the caret enters"), self)
        self.announce_caret.setObjectName("announceCaret")
        self.announce_caret.setToolTip(
            translate(
                "SettingsDialog",
                "Moving the caret into a highlight speaks its category and note (in check "
                "mode: its verdict and why); turn off if it talks too much",
            )
        )

        look = QGroupBox(translate("SettingsDialog", "Language and look"), self)
        look_form = QFormLayout(look)
        look_form.addRow(translate("SettingsDialog", "&Language:"), self.language)
        look_form.addRow("", self.language_hint)
        look_form.addRow(translate("SettingsDialog", "&Theme:"), self.theme)
        look_form.addRow(translate("SettingsDialog", "&Interface text:"), self.font_size)
        look_form.addRow(translate("SettingsDialog", "&Article text:"), self.article_size)
        look_form.addRow("", self.announce_caret)
        work = QGroupBox(translate("SettingsDialog", "Trainee and files"), self)
        work_form = QFormLayout(work)
        work_form.addRow(translate("SettingsDialog", "&Name:"), self.trainee_name)
        work_form.addRow(translate("SettingsDialog", "Student &id:"), self.trainee_id)
        folder_label = QLabel(translate("SettingsDialog", "&Folder for submissions:"), self)
        folder_label.setBuddy(self.save_folder)  # a row holding a layout gets no buddy itself
        work_form.addRow(folder_label, folder_row)
        work_form.addRow("", self.folder_problem)
        work_form.addRow(translate("SettingsDialog", "Instructo&r's name:"), self.instructor_name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.Ok
            | QDialogButtonBox.Cancel
            | QDialogButtonBox.Apply
            | QDialogButtonBox.RestoreDefaults,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(look)
        layout.addWidget(work)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

        self.show_preferences(prefs)
        self.language.currentIndexChanged.connect(self._update_language_hint)
        self.save_folder.textChanged.connect(self._check_folder)
        self._update_language_hint()
        self._check_folder()

    # ------------------------------------------------------------- fields

    def show_preferences(self, prefs: storage.Preferences) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        self.font_size.setValue(prefs.font_size or self.font_size.minimum())
        self.article_size.setValue(prefs.article_size or BASE_POINT_SIZE)
        self.trainee_name.setText(prefs.trainee_name)
        self.trainee_id.setText(prefs.trainee_id)
        self.save_folder.setText(prefs.save_folder)
        self.announce_caret.setChecked(prefs.announce_caret)
        self.instructor_name.setText(prefs.instructor_name)

    def reload(self) -> None:
        """Show what is stored now (the zoom keys may have changed the article size)."""
        self.show_preferences(storage.load_preferences(self.store))

    def preferences(self) -> storage.Preferences:
        size = self.font_size.value()
        return storage.Preferences(
            language=self.language.currentData(),
            theme=self.theme.currentData(),
            font_size=0 if size < appearance.MIN_FONT_SIZE else size,
            article_size=float(self.article_size.value()),
            trainee_name=" ".join(self.trainee_name.text().split()),
            trainee_id="".join(self.trainee_id.text().split()),
            save_folder=self.save_folder.text().strip(),
            announce_caret=self.announce_caret.isChecked(),
            instructor_name=" ".join(self.instructor_name.text().split()),
        )

    def restore_defaults(self) -> None:
        """Defaults for the look only: the trainee and the folder are left as they are."""
        prefs = self.preferences()
        self.show_preferences(
            storage.Preferences(
                trainee_name=prefs.trainee_name,
                trainee_id=prefs.trainee_id,
                save_folder=prefs.save_folder,
                instructor_name=prefs.instructor_name,
            )
        )

    def _browse(self) -> None:
        chosen = self.choose_folder(self, self.save_folder.text() or str(Path.home()))
        if chosen:
            self.save_folder.setText(chosen)

    def _update_language_hint(self) -> None:
        chosen = i18n.choose_language(self.language.currentData() or None)
        changes = bool(self.current_language) and chosen != self.current_language
        self.language_hint.setText(
            translate(
                "SettingsDialog", "%1 from the next time annotator starts."
            ).replace("%1", i18n.LANGUAGE_NAMES[chosen])
            if changes
            else ""
        )
        self.language_hint.setVisible(changes)

    def _check_folder(self) -> bool:
        """A folder that does not exist is named in one line, and OK waits for a good one."""
        text = self.save_folder.text().strip()
        bad = bool(text) and not Path(text).is_dir()
        self.folder_problem.setText(
            translate("SettingsDialog", "⚠ There is no folder “%1”. Choose an existing folder.")
            .replace("%1", text)
            if bad
            else ""
        )
        self.folder_problem.setVisible(bad)
        for button in (QDialogButtonBox.Ok, QDialogButtonBox.Apply):
            self.buttons.button(button).setEnabled(not bad)
        return not bad

    # ------------------------------------------------------------- saving

    def apply(self) -> None:
        if not self._check_folder():
            return
        prefs = self.preferences()
        storage.save_preferences(self.store, prefs)
        self.applied.emit(prefs)

    def accept(self) -> None:
        if not self._check_folder():
            return
        self.apply()
        super().accept()
