"""The start page's offer of the guided example, and its Help menu that starts it again.

On the first start (the settings hold no answer yet) the library says,
plainly, above the list: new here? try the five-minute guided example,
with Start and No thanks. Either answer is remembered, so the offer shows
once; Help › Guided example starts the tour whenever the trainee wants.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenuBar, QPushButton, QWidget

from annotator.gui import storage
from annotator.gui.help_menu import open_help, tour_action

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


class TourOffer(QFrame):
    """"New here?" with Start and No thanks; hidden once answered (now or before)."""

    start_requested = Signal()

    def __init__(self, settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourOffer")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.settings = settings
        self.setAccessibleName(translate("Tour", "Guided example"))
        self.text = QLabel(translate(
            "Tour", "New here? Try the 5-minute guided example: it shows you, step by step, "
                    "how to mark a passage, answer a question about it, write a note and check "
                    "your work against an expert's."), self)
        self.text.setObjectName("tourOfferText")
        self.text.setWordWrap(True)
        self.start_button = QPushButton(translate("Tour", "Start the &guided example"), self)
        self.start_button.clicked.connect(self.start_requested)
        self.no_button = QPushButton(translate("Tour", "No th&anks"), self)
        self.no_button.setToolTip(translate("Tour", "Do not offer it again; Help › Guided "
                                                    "example still starts it"))
        self.no_button.clicked.connect(self.decline)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 10, 20, 10)
        layout.setSpacing(10)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.start_button, 0, Qt.AlignVCenter)
        layout.addWidget(self.no_button, 0, Qt.AlignVCenter)
        self.refresh()

    def refresh(self) -> None:
        """Shown until the offer has an answer (a tour started elsewhere is one)."""
        self.setVisible(storage.tour_state(self.settings) == "")

    def decline(self) -> None:
        """No thanks: remembered, so the offer does not come back."""
        storage.remember_tour(self.settings, "declined")
        self.hide()


def library_menu_bar(library) -> QMenuBar:
    """The start page's Help menu: the guided example and the guide (F1)."""
    bar = QMenuBar(library)
    menu = bar.addMenu(translate("HelpMenu", "&Help"))
    library.tour_action = tour_action(library, library.start_tour)
    library.guide_action = guide = QAction(translate("HelpMenu", "&Guide"), library)
    guide.setShortcut(QKeySequence.HelpContents)
    guide.setToolTip(translate("HelpMenu", "How to mark an article, and how to make and grade "
                                           "exercises"))
    guide.triggered.connect(lambda: open_help(library, "trainee"))
    library.addAction(guide)
    menu.addActions([library.tour_action, guide])
    return bar
