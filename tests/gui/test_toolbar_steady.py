"""Marking never makes the window lay itself out again.

A category's toolbar button is checked for an instant when its key marks
(checkable actions check themselves when triggered). If a checked button
were bigger than an unchecked one, the toolbar, and so the article, would
grow and shrink at every highlight: a twitch a trainee sees, and a repaint
of the whole article each time.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from tests_gui_helpers import mark

from annotator.gui import theme


@pytest.fixture(autouse=True)
def styled(qapp):
    """The app's own style sheet, as the app runs (the other tests run without it)."""
    before = qapp.styleSheet()
    theme.apply(qapp)
    yield
    qapp.setStyleSheet(before)


class Resizes(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[str] = []

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Resize:
            self.seen.append(watched.objectName() or type(watched).__name__)
        return False


def test_marking_and_deleting_resize_neither_the_toolbar_nor_the_article(qtbot, window):
    resizes = Resizes()
    for widget in (window.toolbar, window.view, window.view.viewport()):
        widget.installEventFilter(resizes)
    height = window.toolbar.height()
    for key in (Qt.Key_1, Qt.Key_2, Qt.Key_3):
        mark(qtbot, window, "informó en Telegram el Kremlin", key)
        qtbot.wait(10)
        window.view.setFocus()
        window.delete_current()
        qtbot.wait(10)
    assert resizes.seen == []
    assert window.toolbar.height() == height


def test_a_checked_tool_is_as_big_as_an_unchecked_one(qtbot, window):
    action = next(iter(window.category_actions.values()))
    button = window.toolbar.widgetForAction(action)
    size = button.sizeHint()
    action.setChecked(True)
    button.ensurePolished()
    assert button.sizeHint() == size
    action.setChecked(False)
