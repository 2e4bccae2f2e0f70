"""Close and Quit, the same in every window, as the desktop expects.

Close (Ctrl+W) closes the window it is pressed in; Quit (Ctrl+Q) closes
every window of the app. Each window still asks about its own unsaved work
when it closes, and a "Cancel" there stops the quit, so nothing is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def quit_application() -> None:
    """Close every window; stops at the first that keeps its work open."""
    QApplication.closeAllWindows()


def close_and_quit_actions(window: QWidget) -> tuple[QAction, QAction]:
    """Close-this-window and quit-the-app actions for ``window``'s File menu."""
    close = QAction(translate("Quitting", "&Close"), window)
    ctrl_w = QKeySequence("Ctrl+W")  # first: the key people know; the platform's others too
    others = [k for k in QKeySequence.keyBindings(QKeySequence.Close)
              if k != ctrl_w and k[0].keyboardModifiers()]  # not a keyboard's own Close key
    close.setShortcuts([ctrl_w, *others])
    close.setStatusTip(translate("Quitting", "Close this window; the others stay open"))
    close.triggered.connect(window.close)
    quit_ = QAction(translate("Quitting", "&Quit"), window)
    ctrl_q = QKeySequence("Ctrl+Q")  # some platforms bind no key to Quit: this one always
    others = [k for k in QKeySequence.keyBindings(QKeySequence.Quit) if k != ctrl_q]
    quit_.setShortcuts([ctrl_q, *others])
    quit_.setStatusTip(translate(
        "Quitting", "Close every window of the app; each asks first about unsaved work"))
    quit_.triggered.connect(quit_application)
    for action in (close, quit_):
        keys = action.shortcut().toString(QKeySequence.NativeText)
        action.setToolTip(f"{action.statusTip()} ({keys})")
        window.addAction(action)  # the keys work even while the menu is hidden
    return close, quit_
