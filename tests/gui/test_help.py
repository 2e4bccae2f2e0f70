"""Help: guides that work offline and tell the truth about keys; a live shortcut sheet; About."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

import annotator
from annotator.bundled import resources_dir
from annotator.gui import help_menu
from annotator.gui.about import AboutDialog, components, own_licence
from annotator.gui.help_window import GUIDES, guide_path
from annotator.gui.i18n import LANGUAGES

REPO_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"
HELP = resources_dir() / "help"
# Keys a guide may name that are held, not pressed as a command.
MODIFIERS = {"Shift", "Alt", "Ctrl"}
# Keys the widgets answer themselves: Tab moves the focus in every window, Enter on a
# row of the highlights list goes to that highlight (tests/gui/test_accessibility.py).
FOCUS_KEYS = {"Tab", "Shift+Tab", "Return", "Enter"}
SPANISH_KEY_NAMES = {"Mayús": "Shift", "Supr": "Del", "Intro": "Return"}


def _portable(keys: str) -> str:
    return QKeySequence(keys, QKeySequence.PortableText).toString(QKeySequence.PortableText)


def _window_keys(window) -> set[str]:
    keys = set()
    for action in window.findChildren(QAction):
        keys |= {s.toString(QKeySequence.PortableText) for s in action.shortcuts()}
    return keys


def test_f1_opens_the_trainee_guide_with_the_three_categories(qtbot, window):
    """Ensure F1 shows the guide, and the guide explains the categories with real examples."""
    qtbot.keyClick(window, Qt.Key_F1)
    help_window = window.help_window
    qtbot.waitUntil(help_window.isActiveWindow)
    text = help_window.guides["trainee"].toPlainText()
    for words in ("Claim", "Attribution", "Framing", "A long-overdue victory for students",
                  "The library staff union said", "had not been consulted"):
        assert words in text
    assert help_window.tabs.currentWidget() is help_window.guides["trainee"]
    qtbot.keyClick(help_window.tabs.currentWidget(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: not help_window.isVisible())


def test_the_shortcut_sheet_lists_every_key_of_the_window(qtbot, window):
    """Ensure each named action with a key is on the sheet, with that key."""
    help_window = help_menu.open_help(window, "shortcuts")
    rows = {(r.keys, r.command) for r in help_window.sheet.rows}
    sheet = help_window.sheet.view.toPlainText()
    for action in window.findChildren(QAction):
        keys = [s.toString(QKeySequence.NativeText) for s in action.shortcuts() if not s.isEmpty()]
        name = action.text().replace("&", "").rstrip("…")
        if keys and name and not action.parent().inherits("QMenu"):
            assert (" / ".join(keys), name) in rows, name
            assert keys[0] in sheet
    for expected in ("Ctrl+O", "Ctrl+S", "F2", "Ctrl+F1"):
        assert expected in sheet
    assert any(r.keys == "1" for r in help_window.sheet.rows)  # the category keys


def test_the_shortcut_sheet_follows_the_actions_it_is_read_from(qtbot, window):
    """Ensure the sheet never lies: a changed shortcut shows as soon as the sheet is opened."""
    window.find_action.setShortcut(QKeySequence("Ctrl+J"))
    help_window = help_menu.open_help(window, "shortcuts")
    assert ("Ctrl+J", "Find") in {(r.keys, r.command) for r in help_window.sheet.rows}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", GUIDES)
def test_guides_need_nothing_from_outside(name, language):
    """Ensure the guides work offline: no scripts, no links to files or the web, no images."""
    html = (HELP / language / f"{name}.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe|object)\b", html, re.I)
    assert not re.search(r"(src|href)\s*=", html, re.I)
    assert not re.search(r"url\(|@import", html, re.I)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_keys_a_guide_names_are_keys_the_window_has(window, language):
    """Ensure the trainee guide only names keys that really work in the workspace."""
    html = (HELP / language / "trainee.html").read_text(encoding="utf-8")
    named = re.findall(r"<kbd>(.*?)</kbd>", html)
    assert len(named) > 10
    assert window.comparison.enter()  # check mode makes its keys (F8…) on first use
    keys = _window_keys(window)
    for key in named:
        for spanish, english in SPANISH_KEY_NAMES.items():
            key = key.replace(spanish, english)
        if key in MODIFIERS or key in FOCUS_KEYS:
            continue
        assert _portable(key) in keys, f"{language}/trainee.html names {key}, which does nothing"


def test_a_language_without_guides_gets_the_english_ones():
    assert guide_path("trainee", "fr") == HELP / "en" / "trainee.html"
    assert guide_path("instructor", "es") == HELP / "es" / "instructor.html"


def test_about_shows_our_version_and_licence_and_those_of_the_dependencies(qtbot):
    """Ensure About names our version and the licence pyproject.toml declares, and Qt's LGPL."""
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    declared = tomllib.loads(REPO_PYPROJECT.read_text(encoding="utf-8"))["project"]["license"]
    assert own_licence() == declared == "GPL-3.0-or-later"
    assert annotator.__version__ in text and declared in text
    licences = {c.name: c.licence for c in components()}
    assert licences["Qt for Python (PySide6)"] == "LGPL-3.0"
    assert licences["pydantic"] == "MIT"
    assert licences["lxml"].startswith("BSD")
    for component in components():
        assert component.name in text and component.version in text


def test_the_help_menu_opens_about(qtbot, window):
    window.about_action.trigger()
    about = window.findChild(AboutDialog)
    qtbot.waitUntil(lambda: about is not None and about.isVisible())


def test_f1_in_the_authoring_window_opens_the_instructors_guide(qtbot, first_exercise_path):
    """Ensure the guide opens where its reader is: instructors author exercises."""
    from annotator.gui.authoring.prompts import NoPrompts
    from annotator.gui.authoring.window import AuthoringWindow

    window = AuthoringWindow(prompts=NoPrompts(), language="en")
    qtbot.addWidget(window)
    assert window.open_path(first_exercise_path)
    window.guide_action.trigger()
    help_window = window.help_window
    assert help_window.tabs.currentWidget() is help_window.guides["instructor"]
    assert "Grade a class" in help_window.guides["instructor"].toPlainText()


def test_the_class_window_has_settings_and_the_instructors_guide(qtbot):
    """Ensure instructors grading a class find Settings and Help there too."""
    from annotator.gui.classroom.prompts import NoClassPrompts
    from annotator.gui.classroom.window import ClassWindow

    window = ClassWindow(prompts=NoClassPrompts(), language="en")
    qtbot.addWidget(window)
    window.guide_action.trigger()
    assert window.help_window.tabs.currentWidget() is window.help_window.guides["instructor"]
    window.settings_action.trigger()
    assert window.settings_dialog.isVisible()
    window.settings_dialog.reject()


def test_the_sheet_does_not_repeat_the_keys_in_the_description(window):
    """Ensure a tip written with its keys, "Undo the last change (Ctrl+Z)", reads cleanly."""
    help_window = help_menu.open_help(window, "shortcuts")
    undo = next(r for r in help_window.sheet.rows if r.command == "Undo")
    assert undo.description == "Undo the last change"
