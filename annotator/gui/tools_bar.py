"""The toolbar of the trainee and authoring windows: the same groups in the same places.

Files, then undo and redo, then one button per category (added later, after
the anchor this returns, as a tagset can change), then "Exact", then the
window's own tools. Buttons carry short labels; the menus keep full names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from annotator.gui.accessibility import plain_text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class ToolBar(QToolBar):
    """A toolbar whose buttons a screen reader calls by their actions' full names.

    The buttons show short labels ("A+", "↶ Undo"); read aloud those say
    little, so each button's accessible name is its action's menu text.
    Named once the buttons are in (:meth:`name_buttons`): following every
    action event from Python cost a quarter of building the window.
    """

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(title, parent)
        more = self.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:  # Qt's » button for the tools that do not fit
            more.setAccessibleName(translate("ToolBar", "More tools"))

    def name_buttons(self, actions: Iterable[QAction] | None = None) -> None:
        """Name the buttons of ``actions`` (all, by default) by their actions' full texts;
        call after adding them."""
        for action in self.actions() if actions is None else actions:
            if action.text():
                widget = self.widgetForAction(action)
                if widget is not None:
                    widget.setAccessibleName(plain_text(action.text()))


def tools_toolbar(
    window: QMainWindow,
    title: str,
    groups: Sequence[Sequence[QAction]],
    exact: QAction,
    tools: Sequence[QAction],
    short_labels: Iterable[tuple[QAction, str]],
) -> tuple[QToolBar, QAction]:
    """Add the toolbar to ``window``; returns it and the separator category buttons go after."""
    toolbar = ToolBar(title, window)
    toolbar.setObjectName("tools")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    window.addToolBar(toolbar)
    for group in groups:
        toolbar.addActions(list(group))
        toolbar.addSeparator()
    anchor = toolbar.addSeparator()
    toolbar.addAction(exact)
    toolbar.addSeparator()
    toolbar.addActions(list(tools))
    for action, text in short_labels:
        action.setIconText(text)
    toolbar.name_buttons()
    return toolbar, anchor
