"""Settings: stored in the app's settings file, shown again, applied at once where Qt allows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton
from tests_gui_helpers import type_text

from annotator.core.model import Trainee
from annotator.gui import appearance, i18n, storage
from annotator.gui.settings_dialog import SettingsDialog


@pytest.fixture
def store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)


@pytest.fixture
def plain_look(qapp):
    """Put the light theme and the desktop's text size back after a test changes them."""
    yield
    appearance.appearance(qapp).apply("light", 0)


def _press(dialog: SettingsDialog, which) -> None:
    dialog.buttons.button(which).click()


def test_what_is_chosen_is_stored_and_shown_next_time(qtbot, store, tmp_path, plain_look):
    """Ensure every field goes to the settings file and comes back in a new dialog."""
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    dialog.font_size.setValue(14)
    dialog.article_size.setValue(16)
    dialog.trainee_name.clear()
    type_text(dialog.trainee_name, "Begoña Núñez")
    type_text(dialog.trainee_id, "s031")
    dialog.save_folder.setText(str(tmp_path))
    with qtbot.waitSignal(dialog.applied) as applied:
        _press(dialog, QDialogButtonBox.Ok)
    assert applied.args[0].theme == "high-contrast"
    prefs = storage.load_preferences(store)
    assert prefs == storage.Preferences("es", "high-contrast", 14, 16.0, "Begoña Núñez", "s031",
                                        str(tmp_path))
    again = SettingsDialog(store)
    qtbot.addWidget(again)
    assert again.preferences() == prefs
    assert storage.last_trainee(store) == Trainee(id="s031", name="Begoña Núñez")


def test_a_folder_that_does_not_exist_is_named_and_nothing_is_saved(qtbot, store, tmp_path):
    """Ensure a wrong folder gets one clear line, and OK waits for a folder that exists."""
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    missing = tmp_path / "no such folder"
    dialog.save_folder.setText(str(missing))
    assert dialog.folder_problem.isVisibleTo(dialog)
    assert str(missing) in dialog.folder_problem.text()
    assert not dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()
    dialog.accept()  # Enter on the dialog: refused, not saved
    assert store.value("files/save_folder", "", str) == ""
    dialog.choose_folder = lambda parent, start: str(tmp_path)  # the Choose… dialog's answer
    qtbot.mouseClick(dialog.findChild(QPushButton, "chooseFolder"), Qt.LeftButton)
    assert dialog.save_folder.text() == str(tmp_path)
    assert not dialog.folder_problem.isVisibleTo(dialog)
    assert dialog.buttons.button(QDialogButtonBox.Ok).isEnabled()


def test_a_new_language_is_announced_for_the_next_start(qtbot, store):
    """Ensure picking another language says when it applies, and the next start uses it."""
    dialog = SettingsDialog(store, current_language="en")
    qtbot.addWidget(dialog)
    assert not dialog.language_hint.isVisibleTo(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    assert dialog.language_hint.isVisibleTo(dialog)
    assert "Español" in dialog.language_hint.text()
    _press(dialog, QDialogButtonBox.Ok)
    assert i18n.choose_language(None, store) == "es"
    assert i18n.choose_language("en", store) == "en"  # --language still wins


def test_restore_defaults_resets_the_look_and_keeps_the_trainee(qtbot, store, tmp_path):
    dialog = SettingsDialog(store)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.font_size.setValue(18)
    dialog.trainee_name.setText("Ana Pérez")
    _press(dialog, QDialogButtonBox.RestoreDefaults)
    prefs = dialog.preferences()
    assert (prefs.theme, prefs.font_size, prefs.language) == ("system", 0, "")
    assert prefs.trainee_name == "Ana Pérez"


def test_the_window_opens_settings_with_a_key_and_applies_them_at_once(qtbot, window, plain_look):
    """Ensure Ctrl+, opens Settings and Apply changes the theme and text sizes in place."""
    qtbot.keyClick(window, Qt.Key_Comma, Qt.ControlModifier)
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.theme.setCurrentIndex(dialog.theme.findData("high-contrast"))
    dialog.font_size.setValue(15)
    dialog.article_size.setValue(19)
    _press(dialog, QDialogButtonBox.Apply)
    app = QApplication.instance()
    assert app.palette().color(QPalette.Window).name() == "#000000"
    assert app.font().pointSizeF() == 15
    assert "#ffff00" in app.styleSheet()
    assert window.view.point_size == 19
    assert window.settings.value("view/point_size", 0.0, float) == 19
    _press(dialog, QDialogButtonBox.Cancel)
    assert not dialog.isVisible()


def test_the_dark_theme_keeps_the_article_on_light_paper(qapp, plain_look):
    """Ensure dark mode darkens the interface but not the page the spans are drawn on."""
    drawn = appearance.appearance(qapp).apply("dark", 0)
    assert drawn == "dark"
    assert qapp.palette().color(QPalette.Window).lightness() < 80
    assert "#f1efe9" in qapp.styleSheet()  # the article's paper


def test_following_the_system_picks_light_or_dark():
    assert appearance.resolve("system", Qt.ColorScheme.Dark) == "dark"
    assert appearance.resolve("system", Qt.ColorScheme.Light) == "light"
    assert appearance.resolve("system", Qt.ColorScheme.Unknown) == "light"
    assert appearance.resolve("high-contrast", Qt.ColorScheme.Dark) == "high-contrast"


def test_a_larger_interface_scales_the_sheets_point_sizes(qapp, plain_look):
    """Ensure headings grow with the text size, keeping their proportions."""
    base = appearance.base_font_size(qapp)
    sheet = appearance.stylesheet("light", 2.0)
    assert "30.0pt" in sheet  # the exercise title, 15pt at the desktop's size
    appearance.appearance(qapp).apply("light", int(base) + 4)
    assert qapp.font().pointSizeF() == int(base) + 4


def test_the_stored_name_and_folder_are_what_the_window_suggests(make_window, exercise_path,
                                                                 prompts, tmp_path):
    """Ensure Settings' trainee is proposed when an exercise opens, and its folder on Save."""
    folder = tmp_path / "entregas"
    folder.mkdir()
    store = storage.settings()
    storage.save_preferences(
        store,
        storage.Preferences(trainee_name="Begoña Núñez", trainee_id="s031",
                            save_folder=str(folder)),
    )
    window = make_window(exercise_path)
    assert ("trainee", Trainee(id="s031", name="Begoña Núñez")) in prompts.asked
    assert window.suggested_path().parent == folder


def test_the_article_size_survives_opening_another_file(window, exercise_path):
    """Ensure the reader's text size is kept when the next article opens."""
    window.view.set_point_size(17)
    assert window.open_path(exercise_path) == "opened"
    assert window.view.point_size == 17
