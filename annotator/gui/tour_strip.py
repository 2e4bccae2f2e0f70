"""The guided example's step strip: what to do now, in plain words, above the article.

A strip, not a dialog: the trainee must act in the window while it is
shown. It sits in a tool bar area of the workspace, so it stays in place
when Check swaps the central area for the comparison. Its buttons are in
the Tab order and have Alt+letters; Esc with the focus on the strip ends
the tour (Esc elsewhere keeps its own meaning: stop marking, skip a
question, leave the comparison); F6 brings the focus here from anywhere in
the window and back (the tour's own action, gui/tour.py).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

MIN_FIT_WIDTH = 480


class TourStrip(QFrame):
    """One step at a time: "Step 2 of 8", the instruction, Skip step and End tour."""

    skip_requested = Signal()
    end_requested = Signal()
    finish_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourStrip")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(translate("Tour", "Guided example"))
        self.text = QLabel(self)  # "Step 2 of 8" in bold, then what to do now
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.RichText)
        self.text.setTextInteractionFlags(Qt.NoTextInteraction)
        self.text.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Minimum)
        self.heading = ""
        self.instruction = ""

        self.skip_button = QPushButton(translate("Tour", "S&kip step"), self)
        self.skip_button.setToolTip(translate("Tour", "Go on to the next step without doing "
                                                      "this one"))
        self.skip_button.clicked.connect(self.skip_requested)
        self.finish_button = QPushButton(translate("Tour", "Back to the &library"), self)
        self.finish_button.setToolTip(translate("Tour", "End the guided example and choose "
                                                        "an exercise"))
        self.finish_button.clicked.connect(self.finish_requested)
        self.finish_button.hide()
        self.end_button = QPushButton(translate("Tour", "E&nd tour"), self)
        self.end_button.setToolTip(translate("Tour", "Stop the guided example and go on on "
                                                     "your own (F6, then Esc)"))
        self.end_button.clicked.connect(self.end_requested)
        for button in (self.skip_button, self.finish_button, self.end_button):
            button.setAutoDefault(True)  # Enter presses the focused button

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.skip_button, 0, Qt.AlignVCenter)
        layout.addWidget(self.finish_button, 0, Qt.AlignVCenter)
        layout.addWidget(self.end_button, 0, Qt.AlignVCenter)
        escape = QShortcut(QKeySequence(Qt.Key_Escape), self, self.end_requested.emit)
        escape.setContext(Qt.WidgetWithChildrenShortcut)  # only with the focus on the strip

    def sizeHint(self) -> QSize:  # noqa: N802
        """As tall as the wrapped words need at the width the strip has (or will have).

        A tool bar lays its widgets out by their size hints and never asks
        a wrapped label's height for a width, so the strip asks it itself.
        """
        hint = super().sizeHint()
        width = self.width()
        if width < MIN_FIT_WIDTH:  # not laid out yet: the window's width is the best guess
            width = max(self.window().width(), MIN_FIT_WIDTH)
        height = self.layout().heightForWidth(width)
        return QSize(hint.width(), height) if height > 0 else hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # another width, another number of lines

    def show_step(self, number: int, count: int, text: str, last: bool) -> None:
        """Show one step; the last one offers "Back to the library" instead of Skip."""
        self.heading = (translate("Tour", "Guided example · step %1 of %2")
                        .replace("%1", str(number)).replace("%2", str(count)))
        self.instruction = text
        self.text.setText(f"<b>{escape(self.heading)}</b>&nbsp;&nbsp; {escape(text)}")
        self.setAccessibleDescription(self.spoken())
        self.updateGeometry()
        self.skip_button.setVisible(not last)
        self.finish_button.setVisible(last)
        self.finish_button.setDefault(last)

    def spoken(self) -> str:
        """What a screen reader hears when the step changes."""
        return f"{self.heading}. {self.instruction}"
