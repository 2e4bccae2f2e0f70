"""Close (Ctrl+W) closes the window; Quit (Ctrl+Q) closes them all, asking about unsaved work."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from tests_gui_helpers import mark

from annotator.gui.shortcuts import shortcuts


def _authoring(qtbot, closed_by_the_test: bool = False):
    from annotator.gui.authoring.prompts import NoPrompts
    from annotator.gui.authoring.window import AuthoringWindow

    window = AuthoringWindow(prompts=NoPrompts(), language="en")
    if not closed_by_the_test:  # it deletes itself on close: qtbot must not close it again
        qtbot.addWidget(window)
    return window


def _class(qtbot):
    from annotator.gui.classroom.prompts import NoClassPrompts
    from annotator.gui.classroom.window import ClassWindow

    window = ClassWindow(prompts=NoClassPrompts(), language="en")
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("make", ["trainee", "authoring", "class"])
def test_every_window_has_close_and_quit_with_their_keys_described(qtbot, make, window):
    """Ensure each window's File menu offers Close (Ctrl+W) and Quit (Ctrl+Q), both explained."""
    target = {"trainee": lambda: window, "authoring": lambda: _authoring(qtbot),
              "class": lambda: _class(qtbot)}[make]()
    rows = {row.command: row for row in shortcuts(target)}
    assert rows["Close"].keys.split(" / ")[0] == "Ctrl+W" and rows["Close"].description
    assert rows["Quit"].keys == "Ctrl+Q" and rows["Quit"].description
    assert rows["Close"].group == rows["Quit"].group  # the first menu (File, or Class)


def test_ctrl_w_closes_only_the_window_it_is_pressed_in(qtbot, window):
    """Ensure Close leaves the other windows open (here: the class window beside the trainee's)."""
    other = _class(qtbot)
    other.show()
    qtbot.waitExposed(other)
    qtbot.keyClick(window.view, Qt.Key_W, Qt.ControlModifier)
    assert not window.isVisible() and other.isVisible()


def test_ctrl_q_in_any_window_closes_every_window(qtbot, window):
    """Ensure Quit from the authoring window also closes the trainee and class windows."""
    authoring, classroom = _authoring(qtbot, closed_by_the_test=True), _class(qtbot)
    for other in (authoring, classroom):
        other.show()
        qtbot.waitExposed(other)
    with qtbot.waitSignal(authoring.destroyed, timeout=5000):
        authoring.quit_action.trigger()
    assert not window.isVisible() and not classroom.isVisible()


def test_quit_stops_where_unsaved_work_is_kept(qtbot, window, prompts):
    """Ensure answering Cancel about unsaved highlights keeps that window (and its work) open."""
    mark(qtbot, window, "indicó el Kremlin", Qt.Key_2)
    prompts.unsaved = "cancel"
    classroom = _class(qtbot)
    classroom.show()
    qtbot.waitExposed(classroom)
    classroom.quit_action.trigger()
    assert window.isVisible() and len(window.session) == 1
    assert ("unsaved",) in prompts.asked
    window.undo_stack.setClean()
