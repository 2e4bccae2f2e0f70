"""The toolbar of the trainee and authoring windows: the same groups in the same places.

Files, then undo and redo, then one button per category (added later, after
the anchor this returns, as a tagset can change), then "Exact", then the
window's own tools. Buttons carry short labels; the menus keep full names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar


def tools_toolbar(
    window: QMainWindow,
    title: str,
    groups: Sequence[Sequence[QAction]],
    exact: QAction,
    tools: Sequence[QAction],
    short_labels: Iterable[tuple[QAction, str]],
) -> tuple[QToolBar, QAction]:
    """Add the toolbar to ``window``; returns it and the separator category buttons go after."""
    toolbar = QToolBar(title, window)
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
    return toolbar, anchor
