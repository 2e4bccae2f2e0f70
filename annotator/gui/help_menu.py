"""Settings in the Edit menu, and the Help menu: guide, shortcut sheet, About.

Kept apart from window_actions.py so the main window needs one call to get
them; the actions are made with the window's own ``_action`` helper, so
they get a shortcut, a tooltip and a status tip like every other command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.gui.about import AboutDialog
from annotator.gui.help_window import HelpWindow
from annotator.gui.settings_dialog import SettingsDialog, apply_look

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def add_help_and_settings(window, settings_menu: QMenu) -> None:
    """Give ``window`` its Settings action (in ``settings_menu``) and a Help menu."""
    window.settings_action = window._action(
        translate("HelpMenu", "S&ettings…"),
        "Ctrl+,",
        translate("HelpMenu", "Language, theme, text size, your name and where files go"),
        lambda: open_settings(window),
    )
    window.guide_action = window._action(
        translate("HelpMenu", "&Guide"),
        QKeySequence.HelpContents,
        translate("HelpMenu", "How to mark an article, and how to make and grade exercises"),
        lambda: open_help(window, getattr(window, "help_page", "trainee")),
    )
    window.shortcuts_action = window._action(
        translate("HelpMenu", "&Keyboard shortcuts"),
        "Ctrl+F1",
        translate("HelpMenu", "Every key the workspace understands"),
        lambda: open_help(window, "shortcuts"),
    )
    window.about_action = window._action(
        translate("HelpMenu", "&About annotator"),
        None,
        translate("HelpMenu", "Version and licences"),
        lambda: open_about(window),
    )
    settings_menu.addSeparator()
    settings_menu.addAction(window.settings_action)
    menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
    menu.addActions([window.guide_action, window.shortcuts_action])
    menu.addSeparator()
    menu.addAction(window.about_action)


def open_settings(window) -> SettingsDialog:
    dialog = getattr(window, "settings_dialog", None)
    if dialog is None:
        dialog = SettingsDialog(window.settings, window.language, window)
        dialog.applied.connect(lambda prefs: apply_look(prefs, window.view))
        window.settings_dialog = dialog
    dialog.reload()
    dialog.open()
    return dialog


def open_help(window, page: str) -> HelpWindow:
    help_window = getattr(window, "help_window", None)
    if help_window is None:
        help_window = HelpWindow(window, window.language, window)
        window.help_window = help_window
    help_window.show_page(page)
    return help_window


def open_about(window) -> AboutDialog:
    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog
