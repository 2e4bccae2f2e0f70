"""Settings in the Edit menu, and the Help menu: guide, shortcut sheet, About.

Kept apart from window_actions.py so any main window (the workspace, the
authoring window, the class window) gets them with one call. Each action has
a shortcut, a tooltip that names it and a status tip, like every other
command, and is added to the window so its key works wherever the focus is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from annotator.gui import storage

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _new_action(window, text: str, shortcut, tip: str, slot) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    keys = action.shortcut().toString(QKeySequence.NativeText)
    action.setToolTip(f"{tip} ({keys})" if keys else tip)
    action.setStatusTip(tip)
    action.triggered.connect(slot)
    window.addAction(action)
    return action


def add_help_and_settings(window, settings_menu: QMenu, tour=None) -> None:
    """Give ``window`` its Settings action (in ``settings_menu``) and a Help menu.

    ``tour``: what starts the guided example, first in the Help menu (the trainee window).
    """
    window.settings_action = _new_action(
        window,
        translate("HelpMenu", "S&ettings…"),
        "Ctrl+,",
        translate("HelpMenu", "Language, theme, text size, your name and where files go"),
        lambda: open_settings(window),
    )
    window.guide_action = _new_action(
        window,
        translate("HelpMenu", "&Guide"),
        QKeySequence.HelpContents,
        translate("HelpMenu", "How to mark an article, and how to make and grade exercises"),
        lambda: open_help(window, getattr(window, "help_page", "trainee")),
    )
    window.shortcuts_action = _new_action(
        window,
        translate("HelpMenu", "&Keyboard shortcuts"),
        "Ctrl+F1",
        translate("HelpMenu", "Every key this window understands"),
        lambda: open_help(window, "shortcuts"),
    )
    window.about_action = _new_action(
        window,
        translate("HelpMenu", "&About annotator"),
        None,
        translate("HelpMenu", "Version and licences"),
        lambda: open_about(window),
    )
    settings_menu.addSeparator()
    settings_menu.addAction(window.settings_action)
    menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
    if tour is not None:
        window.tour_action = tour_action(window, tour)
        menu.addAction(window.tour_action)
    menu.addActions([window.guide_action, window.shortcuts_action])
    menu.addSeparator()
    menu.addAction(window.about_action)


def tour_action(window, slot) -> QAction:
    """Help › Guided example: the five-minute tour of the worked example, any time."""
    return _new_action(
        window,
        translate("HelpMenu", "Guided &example"),
        None,
        translate("HelpMenu", "Five minutes, step by step: mark, answer, note, undo and check "
                              "on a short worked example"),
        slot,
    )


# The dialogs are imported when first opened: start-up does not pay for them.


def open_settings(window):
    from annotator.gui.appearance import apply_look
    from annotator.gui.settings_dialog import SettingsDialog

    dialog = getattr(window, "settings_dialog", None)
    if dialog is None:
        store = getattr(window, "settings", None)
        store = store if store is not None else storage.settings()
        dialog = SettingsDialog(store, getattr(window, "language", ""), window)
        view = getattr(window, "view", None)  # the article, whose text size Settings sets
        dialog.applied.connect(lambda prefs: apply_look(prefs, view))
        window.settings_dialog = dialog
    dialog.reload()
    dialog.open()
    return dialog


def open_help(window, page: str):
    from annotator.gui.help_window import HelpWindow

    help_window = getattr(window, "help_window", None)
    if help_window is None:
        help_window = HelpWindow(window, getattr(window, "language", "en"), window)
        window.help_window = help_window
    help_window.show_page(page)
    return help_window


def open_about(window):
    from annotator.gui.about import AboutDialog

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.open()
    return dialog
